package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enrollment, tokens and their scope, heartbeats and the exactly-once report batches, over real HTTP and MariaDB. */
class KioskApiTest {
    private static TestService svc;
    private static Api api;
    private static String token;
    private static String otherToken;

    @BeforeAll
    static void start() throws Exception {
        svc = TestService.start(new MemoryDesk());
        api = new Api(svc.base);
        token = svc.enroll(api, "MLG-01");
        otherToken = svc.enroll(api, "MLG-02");
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    @Test
    void theDocumentHasTwentyOperations() {
        // every one of them served: see OpenApiDocumentTest for the routes
        assertThat(Api.DOCUMENT.operationCount()).isEqualTo(20);
    }

    @Test
    void statusAnswersWithTheServersClock() throws Exception {
        Api.Reply r = api.call("GET", "/status", token, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("serverTime").asText()).endsWith("Z");
    }

    @Test
    void aCodeWorksOnceAndARepeatSoonAnswersTheSameToken() throws Exception {
        String code = svc.service.kiosks().createCode("MLG-03").code();
        String body = "{\"kioskId\":\"MLG-03\",\"enrollmentCode\":\"" + code.toLowerCase() + "\",\"version\":\"1.0\"}";
        Api.Reply first = api.call("POST", "/kiosks/enroll", null, body);
        Api.Reply again = api.call("POST", "/kiosks/enroll", null, body);
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.body().get("token").asText()).isEqualTo(first.body().get("token").asText());
        assertThat(svc.count("SELECT COUNT(*) FROM kiosk_token WHERE kiosk_id = 'MLG-03' AND revoked_at IS NULL")).isEqualTo(1);
        assertThat(svc.count("SELECT COUNT(*) FROM kiosk_token WHERE token_hash = '" + first.body().get("token").asText() + "'"))
                .as("only the hash is stored").isZero();
        Api.Reply status = api.call("GET", "/status", first.body().get("token").asText(), null);
        assertThat(status.status()).isEqualTo(200);
    }

    @Test
    void aWrongCodeOrAnotherKiosksCodeIsRefused() throws Exception {
        String code = svc.service.kiosks().createCode("MLG-04").code();
        Api.Reply wrongKiosk = api.call("POST", "/kiosks/enroll", null,
                "{\"kioskId\":\"MLG-05\",\"enrollmentCode\":\"" + code + "\"}");
        Api.Reply wrongCode = api.call("POST", "/kiosks/enroll", null,
                "{\"kioskId\":\"MLG-04\",\"enrollmentCode\":\"AAAA-BBBB\"}");
        assertThat(wrongKiosk.status()).isEqualTo(403);
        assertThat(wrongKiosk.code()).isEqualTo("ENROLLMENT_CODE_INVALID");
        assertThat(wrongCode.status()).isEqualTo(403);
        assertThat(svc.count("SELECT COUNT(*) FROM kiosk WHERE kiosk_id IN ('MLG-04', 'MLG-05')")).isZero();
    }

    @Test
    void aMissingOrWrongTokenIs401AndAnotherKiosksPathIs403() throws Exception {
        String hb = heartbeat();
        assertThat(api.call("POST", "/kiosks/{kioskId}/heartbeat", null, hb, "MLG-01").status()).isEqualTo(401);
        Api.Reply wrong = api.call("POST", "/kiosks/{kioskId}/heartbeat", "x" + token, hb, "MLG-01");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("TOKEN_REJECTED");
        for (String path : new String[] {"/kiosks/{kioskId}/heartbeat", "/kiosks/{kioskId}/transactions",
            "/kiosks/{kioskId}/survey-answers", "/kiosks/{kioskId}/metrics"}) {
            Api.Reply other = api.call("POST", path, otherToken, path.endsWith("heartbeat") ? hb : "{\"items\":[]}", "MLG-01");
            assertThat(other.status()).as(path).isEqualTo(403);
            assertThat(other.code()).isEqualTo("TOKEN_REJECTED");
        }
        assertThat(svc.count("SELECT COUNT(*) FROM kiosk_heartbeat WHERE kiosk_id = 'MLG-01'")).isZero();
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        String t = svc.enroll(api, "MLG-09");
        svc.service.kiosks().revoke("MLG-09");
        assertThat(api.call("GET", "/status", t, null).status()).isEqualTo(401);
    }

    @Test
    void theLatestHeartbeatIsKept() throws Exception {
        String t = svc.enroll(api, "MLG-06");
        Api.Reply r = api.call("POST", "/kiosks/{kioskId}/heartbeat", t, heartbeat(), "MLG-06");
        api.call("POST", "/kiosks/{kioskId}/heartbeat", t, heartbeat().replace("\"outboxDepth\":3", "\"outboxDepth\":7"), "MLG-06");
        assertThat(r.status()).isEqualTo(200);
        assertThat(svc.count("SELECT outbox_depth FROM kiosk_heartbeat WHERE kiosk_id = 'MLG-06'")).isEqualTo(7);
    }

    @Test
    void aBatchIsStoredOnceHoweverOftenItComes() throws Exception {
        String id = UUID.randomUUID().toString();
        String batch = "{\"items\":[" + transaction(id, "CHECKOUT") + "," + transaction(id, "CHECKOUT") + "]}";
        Api.Reply first = api.call("POST", "/kiosks/{kioskId}/transactions", token, batch, "MLG-01");
        Api.Reply again = api.call("POST", "/kiosks/{kioskId}/transactions", token, batch, "MLG-01");
        assertThat(first.body().get("accepted")).hasSize(1);
        assertThat(first.body().get("accepted").get(0).asText()).isEqualTo(id);
        assertThat(again.body().get("accepted").get(0).asText()).isEqualTo(id);
        assertThat(svc.count("SELECT COUNT(*) FROM transaction_report WHERE id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void aRecordWithABadFieldIsRejectedByItsIdAndTheRestStored() throws Exception {
        String good = UUID.randomUUID().toString();
        String bad = UUID.randomUUID().toString();
        String batch = "{\"items\":[" + survey(good, 5) + "," + survey(bad, 9) + "]}";
        Api.Reply r = api.call("POST", "/kiosks/{kioskId}/survey-answers", token, batch, "MLG-01");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("accepted").get(0).asText()).isEqualTo(good);
        assertThat(r.body().get("rejected").get(0).get("id").asText()).isEqualTo(bad);
        assertThat(r.body().get("rejected").get(0).get("code").asText()).isEqualTo("INVALID_RECORD");
        assertThat(r.body().get("rejected").get(0).get("message").get("en").asText()).contains("items[1].score");
        assertThat(svc.count("SELECT COUNT(*) FROM survey_answer WHERE id = '" + bad + "'")).isZero();
    }

    @Test
    void aRecordWithoutAValidIdRefusesTheBatchByNameAndStoresNothing() throws Exception {
        String good = UUID.randomUUID().toString();
        String batch = "{\"items\":[" + survey(good, 4) + "," + survey("not-a-uuid", 4) + "]}";
        Api.Reply r = api.call("POST", "/kiosks/{kioskId}/survey-answers", token, batch, "MLG-01");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("message").get("en").asText()).contains("items[1].id");
        assertThat(svc.count("SELECT COUNT(*) FROM survey_answer WHERE id = '" + good + "'")).isZero();
    }

    @Test
    void anIdAnotherKioskUsedIsRejectedForGood() throws Exception {
        String id = UUID.randomUUID().toString();
        api.call("POST", "/kiosks/{kioskId}/metrics", otherToken, "{\"items\":[" + usage(id) + "]}", "MLG-02");
        Api.Reply r = api.call("POST", "/kiosks/{kioskId}/metrics", token, "{\"items\":[" + usage(id) + "]}", "MLG-01");
        assertThat(r.body().get("accepted")).isEmpty();
        assertThat(r.body().get("rejected").get(0).get("id").asText()).isEqualTo(id);
        assertThat(svc.count("SELECT COUNT(*) FROM usage_report WHERE id = '" + id + "' AND kiosk_id = 'MLG-02'")).isEqualTo(1);
    }

    static String heartbeat() {
        return "{\"version\":\"1.0\",\"sentAt\":\"2026-12-07T01:00:00Z\",\"devices\":[{\"device\":\"printer\",\"state\":\"OK\"}],"
                + "\"outboxDepth\":3,\"lastError\":\"\"}";
    }

    static String transaction(String id, String type) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"itemId\":\"B1\",\"title\":\"\",\"occurredAt\":"
                + "\"2026-12-07T01:00:00Z\",\"offline\":false,\"outcome\":\"ACCEPTED\",\"refusalCode\":\"\",\"detail\":\"\"}";
    }

    static String survey(String id, int score) {
        return "{\"id\":\"" + id + "\",\"answeredAt\":\"2026-12-07T01:00:00Z\",\"score\":" + score
                + ",\"language\":\"id\",\"activity\":\"BORROW\"}";
    }

    static String usage(String id) {
        return "{\"id\":\"" + id + "\",\"periodStart\":\"2026-12-07T01:00:00Z\",\"periodEnd\":\"2026-12-07T02:00:00Z\","
                + "\"transactions\":4,\"transactionsByHour\":{\"08\":4},\"visits\":2,\"itemsPerVisit\":2.0,"
                + "\"topTitles\":[{\"title\":\"Laskar Pelangi\",\"count\":2}]}";
    }
}
