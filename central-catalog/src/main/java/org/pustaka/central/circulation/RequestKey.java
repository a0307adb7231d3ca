package org.pustaka.central.circulation;

/**
 * Who asked (kiosk or SIP2 terminal id), their request id, and the operation. A request id is unique per
 * kiosk; it is at most 64 characters and the kiosk id at most 64, so derived ids (renew-all's per-item
 * renewals) still fit the ledger.
 */
record RequestKey(String kioskId, String requestId, String operation) {

    static final int MAX_ID_LENGTH = 64;

    /** The key of a request as a door passes it in: both ids 1 to {@value #MAX_ID_LENGTH} characters. */
    static RequestKey of(String kioskId, String requestId, String operation) {
        if (requestId != null && requestId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("A request id is 1 to " + MAX_ID_LENGTH + " characters; got "
                    + requestId.length() + " characters.");
        }
        return new RequestKey(kioskId, requestId, operation);
    }

    RequestKey {
        if (kioskId == null || kioskId.isBlank() || kioskId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("A kiosk id is 1 to " + MAX_ID_LENGTH + " characters; got "
                    + (kioskId == null ? "none" : kioskId.length() + " characters") + ".");
        }
        if (requestId == null || requestId.isBlank() || requestId.length() > MAX_ID_LENGTH + 21) {
            throw new IllegalArgumentException("A request id is 1 to " + MAX_ID_LENGTH + " characters; got "
                    + (requestId == null ? "none" : requestId.length() + " characters") + ".");
        }
    }

    /** The key of one item's renewal inside a renew-all request. */
    RequestKey forItem(String itemCode, String itemOperation) {
        return new RequestKey(kioskId, requestId + "/" + itemCode, itemOperation);
    }
}
