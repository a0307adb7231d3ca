package org.pustaka.central.staff;

/** A staff request refused with an HTTP status and a message key of the staff bundle, shown as a page. */
public final class StaffRefusal extends RuntimeException {
    private final int status;

    public StaffRefusal(int status, String messageKey) {
        super(messageKey);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
