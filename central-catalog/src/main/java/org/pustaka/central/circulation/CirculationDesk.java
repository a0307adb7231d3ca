package org.pustaka.central.circulation;

/**
 * The circulation core every door calls (the kiosk API, the SIP2 server, staff pages): who a member is,
 * what they hold, and lending, returning and renewing items in the library system by its own rules.
 *
 * <p>Thread-safe; every method blocks on the library system's database and the service's own store, so
 * call it from request threads, never from a UI thread. A refusal is an answer, not an exception: it comes
 * back with {@code ok == false} and a {@link Refusal} that names the reason in Bahasa Indonesia and English.
 * {@link CirculationUnavailableException} means the request was not finished (database down, item lock not
 * granted in time); the caller answers "try again" and the client repeats the request with the same id.
 *
 * <p>Exactly once: checkout, checkin, renew and renew-all carry a request id, unique per kiosk. The first
 * answer is stored; the same (kiosk id, request id) repeated gets that answer again and changes nothing,
 * and a request cut off half-way (crash, lost connection) is finished by its repeat. Authentication, the
 * account and the item look-up change nothing and have no request id.
 */
public interface CirculationDesk {

    /**
     * Checks a card and, when given, its PIN (the member's OPAC password). An absent PIN is accepted only
     * where the library allows borrowing without one; otherwise the answer is refused with
     * {@link RefusalCode#WRONG_PIN}. A known member with a wrong PIN comes back with the patron and
     * {@code pinAccepted == false}, as SIP2's patron status needs.
     */
    PatronAnswer authenticate(String memberId, java.util.Optional<String> pin);

    /** The member's open loans, reservations ready for pick-up and unpaid fines (no PIN check here). */
    AccountAnswer account(String memberId);

    /**
     * Lends an item. An item already on loan to the same member is answered as success with its current
     * due date and {@link CirculationAnswer#alreadyOnLoanToMember()} set, without a renewal or a new loan.
     */
    CirculationAnswer checkout(CheckoutRequest request);

    /** Takes an item back, charging an overdue fine where the library's rules say so. No member needed. */
    CirculationAnswer checkin(CheckinRequest request);

    /** Renews one loan of the member: the same loan gets a new due date counted from today. */
    CirculationAnswer renew(RenewRequest request);

    /** Renews every open loan of the member, each renewed or refused on its own. */
    RenewAllAnswer renewAll(RenewAllRequest request);

    /** An item's state, title, due date and holder. The kiosk API must not show the holder to visitors. */
    ItemState item(String itemCode);
}
