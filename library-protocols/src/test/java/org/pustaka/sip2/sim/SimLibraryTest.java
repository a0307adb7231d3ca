package org.pustaka.sip2.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.FeePaidRequest;
import org.pustaka.sip2.FeePaidResponse;
import org.pustaka.sip2.FeeType;
import org.pustaka.sip2.HoldMode;
import org.pustaka.sip2.HoldRequest;
import org.pustaka.sip2.HoldResponse;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.PatronStatusResponse;
import org.pustaka.sip2.PaymentType;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.RenewResponse;
import org.pustaka.sip2.Sip2Dates;
import org.pustaka.sip2.Sip2Message;

/** The simulated library's answers, request by request, on the demo data with a fixed clock. */
class SimLibraryTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 7, 10, 15, 0, 0, JAKARTA);
    private final SimCatalog catalog = SimCatalog.demo();
    private final SimLibrary library;
    private final SimFaults faults = new SimFaults();

    SimLibraryTest() throws IOException {
        library = new SimLibrary(catalog, SimState.open(catalog, null, NOW.toLocalDate()),
                Clock.fixed(NOW.toInstant(), JAKARTA), new Sip2Dates(JAKARTA));
    }

    @Test
    void aMultiPartItemNamesItsPartsOnCheckoutAndItemInformation() {
        CheckoutResponse lent = answer(checkout("2024000123", "30000105", false, null), CheckoutResponse.class);

        assertThat(lent.ok()).isTrue();
        assertThat(lent.itemProperties()).isEqualTo("2 bagian: buku, CD");
        assertThat(item("30000105").itemProperties()).isEqualTo("2 bagian: buku, CD");
        assertThat(item("30000107").itemProperties()).isEqualTo("Tidak untuk dipinjam (referensi)");
        assertThat(item("30000101").itemProperties()).isNull();
        assertThat(answer(checkout("2024000123", "30000101", false, null), CheckoutResponse.class).itemProperties())
                .isNull();
    }

    @Test
    void anUnknownItemIsRefusedWithTheItemOwnAnswer() {
        ItemInformationResponse unknown = item("99999999");

        assertThat(unknown.title()).isEmpty();
        assertThat(unknown.itemId()).isEqualTo("99999999");
        assertThat(unknown.screenMessages()).containsExactly(SimMessages.UNKNOWN_ITEM);
    }

    @Test
    void aFeeAmountIsSentOnlyWhenSomethingIsOwed() {
        assertThat(patronInformation("2024000789").feeAmount()).isEqualTo("7500.00");
        assertThat(patronInformation("2024000123").feeAmount()).isNull();
        assertThat(patronStatus("2024000789").feeAmount()).isEqualTo("7500.00");
        assertThat(patronStatus("2024000123").feeAmount()).isNull();
    }

    @Test
    void anUnknownPatronIsRefusedAndSaysCqOnlyWhenAPinWasGiven() {
        PatronInformationResponse withPin = answer(new PatronInformationRequest("000", NOW.toLocalDateTime(), null,
                "MLG", "0000000000", "", "1234", null, null, List.of()), PatronInformationResponse.class);
        PatronInformationResponse withoutPin = answer(new PatronInformationRequest("000", NOW.toLocalDateTime(), null,
                "MLG", "0000000000", "", null, null, null, List.of()), PatronInformationResponse.class);

        assertThat(withPin.validPatron()).isFalse();
        assertThat(withPin.validPassword()).isFalse();
        assertThat(withoutPin.validPassword()).isNull();
        assertThat(patronStatus("0000000000").screenMessages()).containsExactly(SimMessages.UNKNOWN_PATRON);
    }

    @Test
    void aPaymentIsTakenFromAKnownPatronAndRefusedForAnUnknownOne() {
        FeePaidResponse paid = answer(feePaid("2024000789", "2500.00"), FeePaidResponse.class);
        FeePaidResponse unknown = answer(feePaid("0000000000", "2500.00"), FeePaidResponse.class);

        assertThat(paid.paymentAccepted()).isTrue();
        assertThat(paid.screenMessages()).containsExactly(SimMessages.PAID);
        assertThat(patronStatus("2024000789").feeAmount()).isEqualTo("5000.00");
        assertThat(unknown.paymentAccepted()).isFalse();
        assertThat(unknown.transactionId()).isEqualTo("T1");
        assertThat(unknown.screenMessages()).containsExactly(SimMessages.UNKNOWN_PATRON);
    }

    @Test
    void holdsAreTakenOnlyAtTheServiceDesk() {
        HoldResponse r = answer(new HoldRequest(HoldMode.ADD, NOW.toLocalDateTime(), null, null, null, "MLG",
                "2024000123", "1234", "30000101", null, "", null, List.of()), HoldResponse.class);

        assertThat(r.ok()).isFalse();
        assertThat(r.itemId()).isEqualTo("30000101");
        assertThat(r.screenMessages()).containsExactly(SimMessages.HOLDS_AT_DESK);
    }

    @Test
    void noBlockLoansAndRenewalsRunFromTheOriginalDateAndARenewalNeverShortensALoan() {
        LocalDateTime threeDaysAgo = NOW.toLocalDateTime().minusDays(3);
        LocalDateTime monthAgo = NOW.toLocalDateTime().minusDays(30);
        int days = catalog.loanDays();

        CheckoutResponse offline = answer(checkout("2024000456", "30000102", true, threeDaysAgo),
                CheckoutResponse.class);
        RenewResponse replayed = answer(renew("2024000123", "30000111", true, threeDaysAgo), RenewResponse.class);
        RenewResponse old = answer(renew("2024000123", "30000112", true, monthAgo), RenewResponse.class);
        RenewResponse online = answer(renew("2024000123", "30000111", false, monthAgo), RenewResponse.class);

        assertThat(offline.ok()).as("no-block: accepted whatever the blocks").isTrue();
        assertThat(due(offline.dueDate())).isEqualTo(threeDaysAgo.toLocalDate().plusDays(days));
        assertThat(due(replayed.dueDate())).isEqualTo(threeDaysAgo.toLocalDate().plusDays(days));
        assertThat(old.ok()).isTrue();
        assertThat(due(old.dueDate())).as("the demo loan was due in 9 days").isEqualTo(NOW.toLocalDate().plusDays(9));
        assertThat(due(online.dueDate())).as("a blocking request counts from now").isEqualTo(
                NOW.toLocalDate().plusDays(days));
    }

    private LocalDate due(String wire) {
        return new Sip2Dates(JAKARTA).parseLenient(wire).orElseThrow().toLocalDate();
    }

    private <T extends Sip2Message> T answer(Sip2Message request, Class<T> type) {
        return type.cast(library.answer(request, faults));
    }

    private ItemInformationResponse item(String id) {
        return answer(new ItemInformationRequest(NOW.toLocalDateTime(), "MLG", id, "", List.of()),
                ItemInformationResponse.class);
    }

    private PatronInformationResponse patronInformation(String patron) {
        return answer(new PatronInformationRequest("000", NOW.toLocalDateTime(), null, "MLG", patron, "", null, null,
                null, List.of()), PatronInformationResponse.class);
    }

    private PatronStatusResponse patronStatus(String patron) {
        return answer(new PatronStatusRequest("000", NOW.toLocalDateTime(), "MLG", patron, "", null, List.of()),
                PatronStatusResponse.class);
    }

    private static CheckoutRequest checkout(String patron, String item, boolean noBlock, LocalDateTime when) {
        return new CheckoutRequest(false, noBlock, when, null, "MLG", patron, item, "", null, null, null, null,
                List.of());
    }

    private static RenewRequest renew(String patron, String item, boolean noBlock, LocalDateTime when) {
        return new RenewRequest(false, noBlock, when, null, "MLG", patron, null, item, null, "", null, null,
                List.of());
    }

    private static FeePaidRequest feePaid(String patron, String amount) {
        return new FeePaidRequest(NOW.toLocalDateTime(), FeeType.OVERDUE, PaymentType.CASH, "IDR", amount, "MLG",
                patron, "", null, null, "T1", List.of());
    }
}
