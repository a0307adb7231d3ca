package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The circulation door: what it sends to the core and how it renders the core's answers and refusals. The
 * core's own rules over SLiMS are tested with the core.
 */
class CirculationApiTest {
    private static final String NOW = "2026-12-07T01:00:00Z";
    private static MemoryDesk desk;
    private static TestService svc;
    private static Api api;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        desk = new MemoryDesk();
        svc = TestService.start(desk);
        api = new Api(svc.base);
        token = svc.enroll(api, "MLG-01");
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    @BeforeEach
    void emptyShelves() {
        desk.holder.clear();
        desk.answered.clear();
    }

    private static Api.Reply post(String path, String body) throws Exception {
        return api.call("POST", path, token, body);
    }

    private static String loan(String id, String item, String pin) {
        return "{\"id\":\"" + id + "\",\"patronId\":\"M1\"," + (pin == null ? "" : "\"pin\":\"" + pin + "\",")
                + "\"itemId\":\"" + item + "\",\"transactionTime\":\"" + NOW + "\"}";
    }

    @Test
    void aCardWithItsPinIsAcceptedAndAWrongPinIs422() throws Exception {
        Api.Reply ok = post("/circulation/patrons/authenticate", "{\"patronId\":\"M1\",\"pin\":\"1234\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("pinAccepted").asBoolean()).isTrue();
        assertThat(ok.body().get("fines").get("amount").asLong()).isEqualTo(2500);
        Api.Reply wrong = post("/circulation/patrons/authenticate", "{\"patronId\":\"M1\",\"pin\":\"9999\"}");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.code()).isEqualTo("WRONG_PIN");
        assertThat(post("/circulation/patrons/authenticate", "{\"patronId\":\"X9\"}").code()).isEqualTo("UNKNOWN_PATRON");
    }

    @Test
    void aLoanIsMadeOnceAndItsRepeatGetsTheSameAnswer() throws Exception {
        String id = UUID.randomUUID().toString();
        Api.Reply first = api.call("POST", "/circulation/checkout", token, loan(id, "B1", "1234"), Map.of("Idempotency-Key", id));
        Api.Reply again = api.call("POST", "/circulation/checkout", token, loan(id, "B1", "1234"), Map.of("Idempotency-Key", id));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("dueDate").asText()).isEqualTo("2026-12-21");
        assertThat(first.body().get("securityOff").asBoolean()).isTrue();
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(desk.answered).containsKey("MLG-01/" + id);
        Api.Reply account = post("/circulation/patrons/account", "{\"patronId\":\"M1\",\"pin\":\"1234\"}");
        assertThat(account.body().get("loans")).hasSize(1);
        assertThat(account.body().get("holdsReady").get(0).get("itemId").asText()).isEqualTo("B9");
        Api.Reply item = api.call("GET", "/circulation/items/{itemId}", token, null, "B1");
        assertThat(item.body().get("status").asText()).isEqualTo("CHARGED");
        assertThat(item.body().toString()).doesNotContain("M1");
    }

    @Test
    void aRefusedLoanIs422WithTheCoresCodeAndSentences() throws Exception {
        desk.holder.put("B2", "M7");
        Api.Reply r = post("/circulation/checkout", loan(UUID.randomUUID().toString(), "B2", null));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("ITEM_ALREADY_ON_LOAN");
        assertThat(r.body().get("message").get("id").asText()).isEqualTo("Sedang dipinjam.");
        Api.Reply pin = post("/circulation/checkout", loan(UUID.randomUUID().toString(), "B3", "0000"));
        assertThat(pin.code()).isEqualTo("WRONG_PIN");
        assertThat(desk.holder).doesNotContainKey("B3");
    }

    @Test
    void aPinAcceptedOnceIsNotCheckedAgainForEveryBookOfTheVisit() throws Exception {
        post("/circulation/patrons/authenticate", "{\"patronId\":\"M1\",\"pin\":\"1234\"}");
        int before = desk.authentications.get();
        for (String item : new String[] {"B4", "B5", "B6"}) {
            assertThat(post("/circulation/checkout", loan(UUID.randomUUID().toString(), item, "1234")).status()).isEqualTo(200);
        }
        assertThat(desk.authentications.get()).isEqualTo(before);
    }

    @Test
    void returnsRenewalsAndRenewAllRenderTheCoresAnswers() throws Exception {
        post("/circulation/checkout", loan(UUID.randomUUID().toString(), "B9", null));
        post("/circulation/checkout", loan(UUID.randomUUID().toString(), "B7", null));
        Api.Reply renew = post("/circulation/renew", loan(UUID.randomUUID().toString(), "B7", null));
        assertThat(renew.body().get("dueDate").asText()).isEqualTo("2026-12-28");
        Api.Reply all = post("/circulation/renew-all", "{\"id\":\"" + UUID.randomUUID() + "\",\"patronId\":\"M1\","
                + "\"transactionTime\":\"" + NOW + "\"}");
        assertThat(all.body().get("results")).hasSize(2);
        Api.Reply back = post("/circulation/checkin", "{\"id\":\"" + UUID.randomUUID() + "\",\"itemId\":\"B9\","
                + "\"transactionTime\":\"" + NOW + "\"}");
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body().get("holdForAnother").asBoolean()).isTrue();
        assertThat(back.body().get("messages").get(0).asText()).isEqualTo("Denda Rp1.000. / Fine Rp1,000.");
        Api.Reply notOnLoan = post("/circulation/checkin", "{\"id\":\"" + UUID.randomUUID() + "\",\"itemId\":\"B9\","
                + "\"transactionTime\":\"" + NOW + "\"}");
        assertThat(notOnLoan.code()).isEqualTo("ITEM_NOT_ON_LOAN");
        assertThat(api.call("GET", "/circulation/items/{itemId}", token, null, "Z1").code()).isEqualTo("ITEM_UNKNOWN");
    }
}
