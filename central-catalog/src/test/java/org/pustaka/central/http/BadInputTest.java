package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input on every operation: malformed JSON, a JSON null, the wrong JSON type, a wrong type in every
 * field, SQL metacharacters in every string, a huge body, unknown ids and bad query parameters. Each answer
 * is a 4xx with the error body (validated against the document) and no table changes.
 */
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQL = "x' OR '1'='1'; DROP TABLE kiosk; -- \\\" `";
    private static TestService svc;
    private static MemoryDesk desk;
    private static Api api;
    private static String token;

    /** One operation that reads a body, with a body it would accept. */
    record Op(String template, String validBody, boolean batch, String... pathParams) {
    }

    private static final String NOW = "2026-12-07T01:00:00Z";

    private static List<Op> bodies() {
        String id = UUID.randomUUID().toString();
        return List.of(
                new Op("/kiosks/enroll", "{\"kioskId\":\"MLG-50\",\"enrollmentCode\":\"ABCD-EFGH\",\"version\":\"1\"}", false),
                new Op("/kiosks/{kioskId}/heartbeat", KioskApiTest.heartbeat(), false, "MLG-01"),
                new Op("/kiosks/{kioskId}/transactions", "{\"items\":[" + KioskApiTest.transaction(id, "CHECKIN") + "]}", true, "MLG-01"),
                new Op("/kiosks/{kioskId}/survey-answers", "{\"items\":[" + KioskApiTest.survey(id, 3) + "]}", true, "MLG-01"),
                new Op("/kiosks/{kioskId}/metrics", "{\"items\":[" + KioskApiTest.usage(id) + "]}", true, "MLG-01"),
                new Op("/events/{eventId}/registrations", "{\"id\":\"" + id + "\",\"memberId\":\"M1\",\"partySize\":1}", false, "none"),
                new Op("/school-visits", "{\"id\":\"" + id + "\",\"slotId\":\"none\",\"schoolName\":\"SD\",\"npsn\":\"20533761\","
                        + "\"teacherName\":\"Bu Rina\",\"phone\":\"081234567890\",\"students\":10,\"grade\":\"4\"}", false),
                new Op("/circulation/patrons/authenticate", "{\"patronId\":\"M1\",\"pin\":\"1234\"}", false),
                new Op("/circulation/patrons/account", "{\"patronId\":\"M1\",\"pin\":\"1234\"}", false),
                new Op("/circulation/checkout", "{\"id\":\"" + id + "\",\"patronId\":\"M1\",\"pin\":\"1234\",\"itemId\":\"B1\","
                        + "\"transactionTime\":\"" + NOW + "\",\"noBlock\":false}", false),
                new Op("/circulation/checkin", "{\"id\":\"" + id + "\",\"itemId\":\"B1\",\"transactionTime\":\"" + NOW + "\"}", false),
                new Op("/circulation/renew", "{\"id\":\"" + id + "\",\"patronId\":\"M1\",\"itemId\":\"B1\",\"transactionTime\":\""
                        + NOW + "\"}", false),
                new Op("/circulation/renew-all", "{\"id\":\"" + id + "\",\"patronId\":\"M1\",\"transactionTime\":\"" + NOW + "\"}", false));
    }

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

    private static void refusedAndNothingWritten(Op op, String body, int... statuses) throws Exception {
        Map<String, Long> before = svc.rowCounts();
        int loans = desk.holder.size();
        int answered = desk.answered.size();
        Api.Reply r = api.call("POST", op.template(), token, body, op.pathParams());
        assertThat(r.status()).as("%s with %s", op.template(), abbreviate(body)).isIn(boxed(statuses));
        assertThat(r.body().get("code").asText()).isNotEmpty();
        assertThat(r.body().get("message").get("id").asText()).isNotEmpty();
        assertThat(r.body().get("message").get("en").asText()).isNotEmpty();
        assertThat(svc.rowCounts()).as("tables after %s with %s", op.template(), abbreviate(body)).isEqualTo(before);
        assertThat(desk.holder).hasSize(loans);
        assertThat(desk.answered).hasSize(answered);
    }

    @Test
    void unreadableBodiesAre400OnEveryOperation() throws Exception {
        for (Op op : bodies()) {
            for (String body : new String[] {"{", "null", "[]", "\"text\"", "42", "", "{\"a\":1}{", "{\"id\":1,\"id\":2}"}) {
                refusedAndNothingWritten(op, body, 400);
            }
        }
    }

    @Test
    void aWrongTypeInEveryFieldIs400() throws Exception {
        for (Op op : bodies()) {
            ObjectNode valid = (ObjectNode) JSON.readTree(op.validBody());
            for (String field : fields(valid)) {
                if (op.batch()) {
                    ObjectNode b = valid.deepCopy();
                    b.put("items", "not a list");
                    refusedAndNothingWritten(op, b.toString(), 400);
                    continue;
                }
                ObjectNode b = valid.deepCopy();
                JsonNode v = b.get(field);
                if (v.isTextual()) {
                    b.put(field, 12345);
                } else if (v.isBoolean()) {
                    b.put(field, "yes");
                } else {
                    b.put(field, "many");
                }
                refusedAndNothingWritten(op, b.toString(), 400);
                ObjectNode withoutField = valid.deepCopy();
                withoutField.putNull(field);
                if (isRequired(op, field)) {
                    refusedAndNothingWritten(op, withoutField.toString(), 400);
                }
            }
        }
    }

    @Test
    void aBadRecordInABatchIsRejectedByIdAndNothingOfItStored() throws Exception {
        for (Op op : bodies()) {
            if (!op.batch()) {
                continue;
            }
            ObjectNode item = (ObjectNode) JSON.readTree(op.validBody()).get("items").get(0);
            for (String field : fields(item)) {
                if (field.equals("id") || item.get(field).isObject() || item.get(field).isArray()) {
                    continue;
                }
                ObjectNode bad = item.deepCopy();
                bad.put("id", UUID.randomUUID().toString());
                bad.put(field, item.get(field).isTextual() ? JSON.getNodeFactory().numberNode(7) : JSON.getNodeFactory().textNode("7"));
                Map<String, Long> before = svc.rowCounts();
                Api.Reply r = api.call("POST", op.template(), token, "{\"items\":[" + bad + "]}", op.pathParams());
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.body().get("rejected").get(0).get("id").asText()).as(field).isEqualTo(bad.get("id").asText());
                assertThat(r.body().get("rejected").get(0).get("message").get("en").asText()).contains(field);
                assertThat(svc.rowCounts()).isEqualTo(before);
            }
        }
    }

    @Test
    void sqlMetacharactersInEveryStringAreRefusedOrStoredVerbatim() throws Exception {
        for (Op op : bodies()) {
            ObjectNode valid = (ObjectNode) JSON.readTree(op.validBody());
            for (String field : fields(valid)) {
                if (!valid.get(field).isTextual()) {
                    continue;
                }
                ObjectNode b = valid.deepCopy();
                b.put(field, SQL);
                if (b.has("id") && !field.equals("id")) {
                    b.put("id", UUID.randomUUID().toString());
                }
                Map<String, Long> before = svc.rowCounts();
                Api.Reply r = api.call("POST", op.template(), token, b.toString(), op.pathParams());
                assertThat(r.status()).as("%s %s", op.template(), field).isBetween(200, 499);
                if (r.status() >= 400) {
                    assertThat(svc.rowCounts()).as("%s %s", op.template(), field).isEqualTo(before);
                }
            }
        }
        assertThat(svc.count("SELECT COUNT(*) FROM kiosk")).as("the kiosk table is still there").isPositive();
    }

    @Test
    void aHugeBodyIs413() throws Exception {
        String huge = "{\"items\":[],\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        for (Op op : bodies()) {
            refusedAndNothingWritten(op, huge, 413);
        }
    }

    @Test
    void unknownIdsAndBadParametersAre4xx() throws Exception {
        Map<String, Long> before = svc.rowCounts();
        assertThat(api.call("GET", "/events?from=2026-13-01&to=2026-12-31", token, null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/events?from=2026-12-31&to=2026-12-01", token, null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/events?from=2026-01-01&to=2028-01-01", token, null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/events?to=2026-12-01", token, null).status()).isEqualTo(400);
        assertThat(api.call("GET", "/school-visits/slots?from=" + java.net.URLEncoder.encode(SQL, java.nio.charset.StandardCharsets.UTF_8) + "&to=x", token, null).status()).isEqualTo(400);
        assertThat(api.call("DELETE", "/events/{eventId}/registrations/{registrationId}", token, null, SQL, "not-a-uuid")
                .status()).isEqualTo(400);
        assertThat(api.call("DELETE", "/events/{eventId}/registrations/{registrationId}", token, null, SQL,
                UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(api.call("GET", "/school-visits/{confirmationCode}", token, null, "KS'--").status()).isEqualTo(404);
        assertThat(api.call("GET", "/school-visits/{confirmationCode}", token, null, "K".repeat(40)).status()).isEqualTo(400);
        assertThat(api.call("GET", "/circulation/items/{itemId}", token, null, SQL).status()).isEqualTo(404);
        assertThat(api.call("GET", "/circulation/items/{itemId}", token, null, "B".repeat(65)).status()).isEqualTo(400);
        assertThat(api.call("POST", "/events/{eventId}/registrations", token, bodies().get(5).validBody(), SQL).status())
                .isEqualTo(404);
        assertThat(svc.rowCounts()).isEqualTo(before);
    }

    @Test
    void anIdempotencyKeyThatDiffersFromTheBodysIdIs400() throws Exception {
        Op checkout = bodies().get(9);
        Map<String, Long> before = svc.rowCounts();
        Api.Reply r = api.call("POST", checkout.template(), token, checkout.validBody(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(desk.holder).isEmpty();
        assertThat(svc.rowCounts()).isEqualTo(before);
    }

    private static boolean isRequired(Op op, String field) {
        if (op.template().contains("registrations")) {
            return !field.equals("memberId");
        }
        return !List.of("pin", "version", "noBlock", "lastError", "email", "notes").contains(field);
    }

    private static List<String> fields(ObjectNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static Integer[] boxed(int[] values) {
        Integer[] out = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
