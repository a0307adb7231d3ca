package org.pustaka.kiosk.library.sip2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.CirculationStatus;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.sip2.net.SocketConnector;
import org.pustaka.sip2.sim.SimFaults;
import org.pustaka.sip2.sim.SimulatedAcs;

/** The client against the simulated library over real TCP, with every fault switch. */
class Sip2ClientFaultTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final int TIMEOUT = 800;
    @TempDir
    Path dir;
    private SimulatedAcs acs;
    private SimFaults faults;
    private Sip2Client client;

    @BeforeEach
    void start() throws IOException {
        acs = new SimulatedAcs();
        int port = acs.start(0, dir.resolve("loans.json"));
        faults = acs.faults();
        client = new Sip2Client(new Sip2Codec(StandardCharsets.UTF_8, JAKARTA, true),
                SocketConnector.plain("127.0.0.1", port, 2000),
                new Sip2ClientOptions("kiosk", "rahasia", "MLG-01", "MLG", TIMEOUT, 2, ""));
    }

    @AfterEach
    void stop() {
        client.close();
        acs.close();
    }

    @Test
    void logsInAndAsksStatusOnConnect() throws Sip2Exception {
        assertThat(client.status().response().online()).isTrue();
        assertThat(client.acsStatus()).isNotNull();
        assertThat(client.acsStatus().institutionId()).isEqualTo("MLG");
    }

    @Test
    void aRefusedLoginIsAProtocolErrorNamingTheSettings() {
        faults.refuseLogin = true;

        assertThatThrownBy(() -> client.status()).isInstanceOf(Sip2ProtocolException.class)
                .hasMessageContaining("sip2.user");
    }

    @Test
    void aSlowAnswerWithinTheTimeoutIsWaitedFor() throws Sip2Exception {
        faults.delayMillis = TIMEOUT / 3;

        assertThat(item("30000101").title()).isEqualTo("Laskar Pelangi");
    }

    @Test
    void anAnswerLaterThanTheTimeoutIsATimeout() throws Sip2Exception {
        client.status();
        faults.delayMillis = TIMEOUT * 2;

        assertThatThrownBy(() -> item("30000101")).isInstanceOf(Sip2ConnectionException.class)
                .matches(e -> ((Sip2ConnectionException) e).timedOut());
    }

    @Test
    void aServerThatStopsAnsweringFailsWithATimeout() throws Sip2Exception {
        client.status();
        faults.silent = true;

        assertThatThrownBy(() -> item("30000101")).isInstanceOf(Sip2ConnectionException.class)
                .hasMessageContaining("did not answer within " + TIMEOUT);
    }

    @Test
    void aConnectionDroppedBeforeARequestIsReopenedAndTheRequestSentOnce() throws Sip2Exception {
        client.status();
        faults.dropBeforeProcessing.set(1);

        assertThat(item("30000102").title()).isEqualTo("Bumi Manusia");
    }

    @Test
    void anIdleConnectionClosedByTheServerIsReopenedBeforeSending() throws Sip2Exception {
        client.status();
        acs.setOffline(true);
        acs.setOffline(false);

        assertThat(item("30000103").title()).isEqualTo("Cantik Itu Luka");
    }

    @Test
    void aCheckoutAfterTheServerClosedTheIdleConnectionGoesOutOnAFreshOne() throws Sip2Exception {
        client.status();
        acs.setOffline(true);
        acs.setOffline(false);

        CheckoutResponse r = client.send(checkout("2024000123", "30000103"), CheckoutResponse.class).response();

        assertThat(r.ok()).isTrue();
    }

    @Test
    void aWrongChecksumIsAskedForAgainWith97() throws Sip2Exception {
        client.status();
        faults.wrongChecksum.set(1);

        assertThat(item("30000104").title()).isEqualTo("Ronggeng Dukuh Paruk");
    }

    @Test
    void aDamagedChecksumMarkerIsAskedForAgainWith97() throws Sip2Exception {
        client.status();
        faults.brokenChecksumMarker.set(1);

        Sip2Exchange<ItemInformationResponse> x = client.send(itemRequest("30000104"), ItemInformationResponse.class);

        assertThat(faults.brokenChecksumMarker.get()).isZero();
        assertThat(x.raw()).containsPattern("AY\\dAZ[0-9A-F]{4}$");
        assertThat(x.response().otherFields()).isEmpty();
    }

    @Test
    void garbageIsAskedForAgainWith97() throws Sip2Exception {
        client.status();
        faults.garbage.set(2);

        assertThat(item("30000104").title()).isEqualTo("Ronggeng Dukuh Paruk");
    }

    @Test
    void endlessGarbageIsAProtocolErrorNotACrash() throws Sip2Exception {
        client.status();
        faults.garbage.set(Integer.MAX_VALUE);

        assertThatThrownBy(() -> item("30000104")).isInstanceOf(Sip2ProtocolException.class)
                .hasMessageContaining("could not be read");
        faults.clear();
        assertThat(item("30000104").title()).isEqualTo("Ronggeng Dukuh Paruk");
    }

    @Test
    void endlessWrongChecksumsAreAProtocolError() throws Sip2Exception {
        client.status();
        faults.wrongChecksum.set(Integer.MAX_VALUE);

        assertThatThrownBy(() -> item("30000104")).isInstanceOf(Sip2ProtocolException.class);
    }

    @Test
    void aWrongSequenceNumberIsDetectedAndTheNextRequestWorks() throws Sip2Exception {
        client.status();
        faults.wrongSequence.set(1);

        assertThatThrownBy(() -> item("30000105")).isInstanceOf(Sip2ProtocolException.class)
                .hasMessageContaining("sequence number");
        assertThat(item("30000105").title()).startsWith("Belajar Bahasa Inggris");
    }

    @Test
    void a96MakesTheSameRequestGoOutAgain() throws Sip2Exception {
        client.status();
        faults.askResend.set(2);

        CheckoutResponse r = client.send(checkout("2024000123", "30000101"), CheckoutResponse.class).response();

        assertThat(r.ok()).isTrue();
        assertThat(acs.loanOf("30000101")).hasValue("2024000123");
    }

    @Test
    void endless96IsAProtocolErrorAndNotALostAnswer() throws Sip2Exception {
        client.status();
        faults.askResend.set(Integer.MAX_VALUE);

        assertThatThrownBy(() -> client.send(checkout("2024000123", "30000101"), CheckoutResponse.class))
                .isInstanceOf(Sip2ProtocolException.class);
        assertThat(acs.isCheckedOut("30000101")).isFalse();
    }

    @Test
    void aLostCheckoutAnswerIsNeverResentBlindly() throws Sip2Exception {
        client.status();
        faults.dropAfterProcessing.set(1);

        assertThatThrownBy(() -> client.send(checkout("2024000123", "30000101"), CheckoutResponse.class))
                .isInstanceOf(Sip2ResponseLostException.class);
        assertThat(acs.loanOf("30000101")).hasValue("2024000123");
    }

    @Test
    void aLostCheckoutAnswerIsRecoveredFromItemInformationWithoutASecondLoan() throws Sip2Exception {
        client.status();
        faults.dropAfterProcessing.set(1);

        CheckoutResponse r = new LostResponseRecovery(client).checkout(checkout("2024000123", "30000101")).response();

        assertThat(r.ok()).isTrue();
        assertThat(r.title()).isEqualTo("Laskar Pelangi");
        assertThat(r.dueDate()).isNotBlank();
        assertThat(acs.loanOf("30000101")).hasValue("2024000123");
        ItemInformationResponse after = client.send(itemRequest("30000101"), ItemInformationResponse.class).response();
        assertThat(after.dueDate()).isEqualTo(r.dueDate());
    }

    @Test
    void aCheckoutLostBeforeTheLibraryActedIsSentOnceMore() throws Sip2Exception {
        client.status();
        faults.dropBeforeProcessing.set(1);

        CheckoutResponse r = new LostResponseRecovery(client).checkout(checkout("2024000123", "30000102")).response();

        assertThat(r.ok()).isTrue();
        assertThat(acs.loanOf("30000102")).hasValue("2024000123");
    }

    @Test
    void aLostCheckinAnswerIsRecoveredFromItemInformation() throws Sip2Exception {
        client.status();
        faults.dropAfterProcessing.set(1);

        CheckinResponse r = new LostResponseRecovery(client).checkin(checkin("30000111")).response();

        assertThat(r.ok()).isTrue();
        assertThat(acs.isCheckedOut("30000111")).isFalse();
    }

    @Test
    void aLostRenewAnswerOnAnItemStillOnLoanStaysUnknownRatherThanRenewTwice() throws Sip2Exception {
        client.status();
        faults.dropAfterProcessing.set(1);
        RenewRequest renew = new RenewRequest(false, false, now(), null, "MLG", "2024000123", "1234", "30000112", null,
                "", null, null, List.of());

        assertThatThrownBy(() -> new LostResponseRecovery(client).renew(renew))
                .isInstanceOf(Sip2ResponseLostException.class);
    }

    @Test
    void crlfSplitReadsAndReorderedFieldsAreUnderstood() throws Sip2Exception {
        faults.lineEnding = SimFaults.LineEnding.CRLF;
        faults.splitWrites = true;
        faults.reorderFields = true;

        assertThat(client.status().response().online()).isTrue();
        ItemInformationResponse item = client.send(itemRequest("30000111"), ItemInformationResponse.class).response();
        assertThat(item.title()).isEqualTo("Si Kancil dan Buaya");
        assertThat(item.circulationStatus()).isEqualTo(CirculationStatus.CHARGED);
        faults.lineEnding = SimFaults.LineEnding.LF;
        assertThat(item("30000101").title()).isEqualTo("Laskar Pelangi");
    }

    @Test
    void anOfflineLibraryIsAConnectionErrorAndComesBack() throws Sip2Exception {
        acs.setOffline(true);

        assertThatThrownBy(() -> client.status()).isInstanceOf(Sip2ConnectionException.class);
        acs.setOffline(false);
        assertThat(client.status().response().online()).isTrue();
    }

    private ItemInformationResponse item(String id) throws Sip2Exception {
        return client.send(itemRequest(id), ItemInformationResponse.class).response();
    }

    private static ItemInformationRequest itemRequest(String id) {
        return new ItemInformationRequest(now(), "MLG", id, "", List.of());
    }

    private static CheckoutRequest checkout(String patron, String item) {
        return new CheckoutRequest(false, false, now(), null, "MLG", patron, item, "", null, null, null, null,
                List.of());
    }

    private static CheckinRequest checkin(String item) {
        return new CheckinRequest(false, now(), now(), "MLG-01", "MLG", item, "", null, null, List.of());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(JAKARTA);
    }
}
