package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.sip2.RefusalClassifier.Operation;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.RenewResponse;
import org.pustaka.sip2.Sip2Dates;
import org.pustaka.sip2.Tristate;

/** Checkout (12) and renewal (30) answers become the kiosk's result the same way. */
class Sip2ResultsTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 15);
    private final Sip2Dates dates = new Sip2Dates(ZoneId.of("Asia/Jakarta"));

    @Test
    void anAcceptedCheckoutOrRenewalGivesTheDueDateAndTheSecurityAnswer() {
        CheckoutResult checkout = Sip2Results.loan("I1", checkout(true, Tristate.UNKNOWN, "20261221    235959",
                List.of("OK")), Operation.CHECKOUT, dates);
        CheckoutResult renewal = Sip2Results.loan("I1", renewal(true, Tristate.NO, "21/12/2026", List.of()),
                Operation.RENEW, dates);

        assertThat(checkout.ok()).isTrue();
        assertThat(checkout.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(checkout.securityOff()).as("desensitize unknown: off").isTrue();
        assertThat(checkout.title()).isEqualTo("Laskar Pelangi");
        assertThat(checkout.screenMessages()).containsExactly("OK");
        assertThat(renewal.ok()).isTrue();
        assertThat(renewal.dueDate()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(renewal.securityOff()).as("desensitize N: left on").isFalse();
    }

    @Test
    void aRefusalIsNamedForTheOperationThatWasRefused() {
        CheckoutResult checkout = Sip2Results.loan("I1", checkout(false, Tristate.YES, "20261221    235959",
                List.of("Tidak bisa.")), Operation.CHECKOUT, dates);
        CheckoutResult renewal = Sip2Results.loan("I1", renewal(false, Tristate.YES, "", List.of("Tidak bisa.")),
                Operation.RENEW, dates);

        assertThat(checkout.ok()).isFalse();
        assertThat(checkout.dueDate()).isNull();
        assertThat(checkout.securityOff()).isFalse();
        assertThat(checkout.refusal().reason()).isEqualTo(RefusalReason.OTHER);
        assertThat(checkout.refusal().libraryMessage()).isEqualTo("Tidak bisa.");
        assertThat(renewal.refusal().reason()).isEqualTo(RefusalReason.RENEWAL_NOT_ALLOWED);
    }

    private static CheckoutResponse checkout(boolean ok, Tristate desensitize, String due, List<String> screen) {
        return new CheckoutResponse(ok, false, Tristate.UNKNOWN, desensitize, NOW, "MLG", "P1", "I1", "Laskar Pelangi",
                due, null, null, null, null, null, null, null, screen, List.of(), List.of());
    }

    private static RenewResponse renewal(boolean ok, Tristate desensitize, String due, List<String> screen) {
        return new RenewResponse(ok, true, Tristate.UNKNOWN, desensitize, NOW, "MLG", "P1", "I1", "Laskar Pelangi",
                due, null, null, null, null, null, null, null, screen, List.of(), List.of());
    }
}
