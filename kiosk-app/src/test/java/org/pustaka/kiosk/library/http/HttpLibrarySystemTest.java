package org.pustaka.kiosk.library.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.PatronBlock;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.TransactionOptions;

class HttpLibrarySystemTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final PatronCredentials SITI = new PatronCredentials("2024000123", "1234");
    private HttpLibrarySystem library;

    @BeforeEach
    void open() throws CatalogException {
        library = new HttpLibrarySystem(TestSettings.forBase(wm.baseUrl()));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static String refusal(String code) {
        return "{\"code\":\"" + code + "\",\"message\":{\"id\":\"Buku ini dipesan anggota lain.\",\"en\":\"On hold.\"}}";
    }

    private static TransactionOptions options() {
        return new TransactionOptions(UUID.randomUUID(), Instant.parse("2026-11-28T03:00:00Z"), false);
    }

    @Test
    void identifyMapsPatronAndBlocks() throws Exception {
        wm.stubFor(post("/api/v1/circulation/patrons/authenticate").willReturn(okJson("{\"patronId\":\"2024000123\","
                + "\"name\":\"Siti Rahayu\",\"valid\":true,\"pinAccepted\":true,\"blocks\":[\"CARD_EXPIRED\",\"SOMETHING_NEW\"],"
                + "\"fines\":{\"amount\":2500,\"currency\":\"IDR\"}}")));
        var id = library.identify(SITI);
        assertThat(id.name()).isEqualTo("Siti Rahayu");
        assertThat(id.blocks()).containsExactly(PatronBlock.CARD_EXPIRED);
        assertThat(id.fines().amount().intValue()).isEqualTo(2500);
        assertThat(id.mayBorrow()).isFalse();
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/circulation/patrons/authenticate"))
                .withRequestBody(matchingJsonPath("$.pin", equalTo("1234"))));
    }

    @Test
    void unknownCardAndWrongPinAreAnswersNotErrors() throws Exception {
        wm.stubFor(post("/api/v1/circulation/patrons/authenticate").inScenario("p").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(422).withBody(refusal("UNKNOWN_PATRON"))).willSetStateTo("pin"));
        wm.stubFor(post("/api/v1/circulation/patrons/authenticate").inScenario("p").whenScenarioStateIs("pin")
                .willReturn(aResponse().withStatus(422).withBody(refusal("WRONG_PIN"))));
        assertThat(library.identify(SITI).valid()).isFalse();
        var wrongPin = library.identify(SITI);
        assertThat(wrongPin.valid()).isTrue();
        assertThat(wrongPin.pinAccepted()).isFalse();
    }

    @Test
    void accountListsLoansAndHolds() throws Exception {
        wm.stubFor(post("/api/v1/circulation/patrons/account").willReturn(okJson("{\"patron\":{\"patronId\":\"2024000123\","
                + "\"valid\":true,\"pinAccepted\":true},\"loans\":[{\"itemId\":\"31000100001\",\"title\":\"Laskar Pelangi\","
                + "\"dueDate\":\"2026-12-12\",\"overdue\":false}],\"holdsReady\":[{\"itemId\":\"31000100007\",\"title\":\"Perahu Kertas\"}],"
                + "\"fines\":{\"amount\":0}}")));
        var account = library.account(SITI);
        assertThat(account.loans()).singleElement().satisfies(l -> assertThat(l.dueDate()).isEqualTo(LocalDate.of(2026, 12, 12)));
        assertThat(account.holdsReady()).hasSize(1);
    }

    @Test
    void checkoutCarriesJournalIdAndMapsDueDate() throws Exception {
        TransactionOptions o = options();
        wm.stubFor(post("/api/v1/circulation/checkout").willReturn(okJson("{\"itemId\":\"31000100001\",\"ok\":true,"
                + "\"title\":\"Laskar Pelangi\",\"dueDate\":\"2026-12-12\"}")));
        CheckoutResult r = library.checkout(SITI, "31000100001", o);
        assertThat(r.ok()).isTrue();
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(r.securityOff()).isTrue();
        wm.verify(postRequestedFor(urlEqualTo("/api/v1/circulation/checkout"))
                .withHeader("Idempotency-Key", equalTo(o.transactionId().toString()))
                .withRequestBody(matchingJsonPath("$.id", equalTo(o.transactionId().toString())))
                .withRequestBody(matchingJsonPath("$.transactionTime", equalTo("2026-11-28T03:00:00Z"))));
    }

    @Test
    void refusalCodesBecomeRefusalReasons() throws Exception {
        wm.stubFor(post("/api/v1/circulation/checkout").willReturn(aResponse().withStatus(422).withBody(refusal("ITEM_ON_HOLD_FOR_ANOTHER"))));
        wm.stubFor(post("/api/v1/circulation/renew").willReturn(aResponse().withStatus(422).withBody(refusal("RENEWAL_LIMIT_REACHED"))));
        wm.stubFor(post("/api/v1/circulation/checkin").willReturn(aResponse().withStatus(404).withBody(refusal("ITEM_NOT_FOUND"))));
        CheckoutResult out = library.checkout(SITI, "31000100007", options());
        assertThat(out.ok()).isFalse();
        assertThat(out.refusal().reason()).isEqualTo(RefusalReason.ITEM_ON_HOLD_FOR_ANOTHER);
        assertThat(out.refusal().libraryMessage()).isEqualTo("Buku ini dipesan anggota lain.");
        assertThat(library.renew(SITI, "31000100001", options()).refusal().reason()).isEqualTo(RefusalReason.RENEWAL_LIMIT_REACHED);
        assertThat(library.checkin("X", options()).refusal().reason()).isEqualTo(RefusalReason.ITEM_UNKNOWN);
    }

    @Test
    void checkinTellsSortBinAndHold() throws Exception {
        wm.stubFor(post("/api/v1/circulation/checkin").willReturn(okJson("{\"itemId\":\"31000100007\",\"ok\":true,"
                + "\"title\":\"Perahu Kertas\",\"sortBin\":\"HOLD\",\"holdForAnother\":true}")));
        CheckinResult r = library.checkin("31000100007", options());
        assertThat(r.ok()).isTrue();
        assertThat(r.holdForAnother()).isTrue();
        assertThat(r.sortBin()).isEqualTo("HOLD");
    }

    @Test
    void renewAllGivesOneResultPerLoan() throws Exception {
        wm.stubFor(post("/api/v1/circulation/renew-all").willReturn(okJson("{\"results\":[{\"itemId\":\"A\",\"ok\":true,"
                + "\"dueDate\":\"2026-12-26\"},{\"itemId\":\"B\",\"ok\":false,\"refusal\":{\"code\":\"RENEWAL_LIMIT_REACHED\"}}]}")));
        var results = library.renewAll(SITI);
        assertThat(results).extracting(CheckoutResult::ok).containsExactly(true, false);
        assertThat(results.get(1).refusal().reason()).isEqualTo(RefusalReason.RENEWAL_LIMIT_REACHED);
    }

    @Test
    void itemInformationAndUnknownItem() throws Exception {
        wm.stubFor(get("/api/v1/circulation/items/31000100001").willReturn(okJson("{\"itemId\":\"31000100001\",\"found\":true,"
                + "\"status\":\"CHARGED\",\"title\":\"Laskar Pelangi\",\"dueDate\":\"2026-12-12\"}")));
        wm.stubFor(get("/api/v1/circulation/items/NOPE").willReturn(aResponse().withStatus(404).withBody(refusal("ITEM_UNKNOWN"))));
        assertThat(library.item("31000100001").status()).isEqualTo(CirculationStatus.CHARGED);
        assertThat(library.item("NOPE").found()).isFalse();
    }

    @Test
    void lostAnswerToCheckoutIsRepeatedWithTheSameKey() throws Exception {
        TransactionOptions o = options();
        wm.stubFor(post("/api/v1/circulation/checkout").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)).willSetStateTo("done"));
        wm.stubFor(post("/api/v1/circulation/checkout").inScenario("lost").whenScenarioStateIs("done")
                .willReturn(okJson("{\"itemId\":\"31000100001\",\"ok\":true,\"dueDate\":\"2026-12-12\"}")));
        assertThat(library.checkout(SITI, "31000100001", o).ok()).isTrue();
        var requests = wm.findAll(postRequestedFor(urlEqualTo("/api/v1/circulation/checkout")));
        // WireMock moves the scenario on after it has dropped the connection, so a quick repeat may be
        // dropped too before the answer comes: two requests or more, every one with the same key.
        assertThat(requests).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r ->
                assertThat(r.getHeader("Idempotency-Key")).isEqualTo(o.transactionId().toString()));
    }

    @Test
    void everyAnswerLostMeansOutcomeUnknown() {
        wm.stubFor(post("/api/v1/circulation/checkin").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        assertThatThrownBy(() -> library.checkin("31000100001", options()))
                .isInstanceOfSatisfying(LibraryUnavailableException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    }

    @Test
    void pinCheckIsNotRepeatedAfterALostAnswer() {
        wm.stubFor(post("/api/v1/circulation/patrons/authenticate").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        assertThatThrownBy(() -> library.identify(SITI)).isInstanceOf(LibraryUnavailableException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/api/v1/circulation/patrons/authenticate")));
    }

    @Test
    void malformedAnswerIsNotUnavailability() {
        wm.stubFor(post("/api/v1/circulation/checkout").willReturn(okJson("[1,2,3]")));
        assertThatThrownBy(() -> library.checkout(SITI, "31000100001", options()))
                .isInstanceOf(LibraryException.class).isNotInstanceOf(LibraryUnavailableException.class);
    }

    @Test
    void rejectedTokenMakesTheLibraryUnavailableWithoutUnknownOutcome() {
        wm.stubFor(post("/api/v1/circulation/checkout").willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> library.checkout(SITI, "31000100001", options()))
                .isInstanceOfSatisfying(LibraryUnavailableException.class, e -> {
                    assertThat(e.outcomeUnknown()).isFalse();
                    assertThat(e.getMessage()).contains("token");
                });
    }

    @Test
    void statusReportsRoundTripOrFailureWithoutThrowing() {
        wm.stubFor(get("/api/v1/status").willReturn(okJson("{\"serverTime\":\"2026-11-28T02:00:00Z\",\"system\":\"INLISLite bridge\"}")));
        var s = library.status();
        assertThat(s.online()).isTrue();
        assertThat(s.roundTripMillis()).isGreaterThanOrEqualTo(0);
        assertThat(s.detail()).contains("INLISLite bridge");
        wm.stubFor(get("/api/v1/status").willReturn(aResponse().withStatus(503)));
        assertThat(library.status().online()).isFalse();
    }
}
