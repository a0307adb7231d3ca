package org.pustaka.sip2;

/**
 * The answer to a lending request: checkout (12) or renew (30), which the specification gives one
 * layout. Readers that only care whether the item is now lent, until when and whether to desensitize it
 * take this type, so the two answers are read in one place.
 */
public sealed interface LoanResponse extends ScreenText permits CheckoutResponse, RenewResponse {
    boolean ok();

    boolean renewalOk();

    Tristate desensitize();

    String itemId();

    String title();

    /** Free text as the server sent it (AH). */
    String dueDate();
}
