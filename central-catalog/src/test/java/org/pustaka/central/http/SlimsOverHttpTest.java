package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.embedded.EmbeddedMariaDb;
import org.pustaka.embedded.SlimsDatabase;

/**
 * The service as the composition root builds it from its config (slims.* keys), over the embedded SLiMS
 * database with the Malang demo data: loans made over HTTP are SLiMS loan rows, a repeat makes no second one,
 * and two kiosks racing for one item get one loan.
 */
class SlimsOverHttpTest {
    private static TestService svc;
    private static Api api;
    private static String kioskA;
    private static String kioskB;
    private static String slimsDb;

    @BeforeAll
    static void start() throws Exception {
        EmbeddedMariaDb db = TestService.mariaDb();
        slimsDb = "slims_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        SlimsDatabase.createDemo(db, slimsDb, LocalDate.now(ZoneId.of("Asia/Jakarta")));
        svc = TestService.startWithSlims(db, Map.of("slims.url", db.jdbcUrl(slimsDb), "slims.user", "root",
                "slims.staffUser", SlimsDatabase.DEMO_STAFF_USER));
        api = new Api(svc.base);
        kioskA = svc.enroll(api, "MLG-01");
        kioskB = svc.enroll(api, "MLG-02");
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    private static String loan(String id, String patron, String pin, String item) {
        return "{\"id\":\"" + id + "\",\"patronId\":\"" + patron + "\"" + (pin == null ? "" : ",\"pin\":\"" + pin + "\"")
                + ",\"itemId\":\"" + item + "\",\"transactionTime\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}";
    }

    private static long openLoans(String item) throws Exception {
        return svc.count("SELECT COUNT(*) FROM " + slimsDb + ".loan WHERE item_code = '" + item + "' AND is_lent = 1 AND is_return = 0");
    }

    @Test
    void aLoanOverHttpIsOneSlimsLoanRowEvenWhenRepeated() throws Exception {
        Api.Reply auth = api.call("POST", "/circulation/patrons/authenticate", kioskA, "{\"patronId\":\"2024000123\",\"pin\":\"1234\"}");
        assertThat(auth.status()).isEqualTo(200);
        assertThat(auth.body().get("name").asText()).isEqualTo("Siti Rahayu");
        String id = UUID.randomUUID().toString();
        Api.Reply first = api.call("POST", "/circulation/checkout", kioskA, loan(id, "2024000123", "1234", "30000101"));
        Api.Reply again = api.call("POST", "/circulation/checkout", kioskA, loan(id, "2024000123", "1234", "30000101"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(again.body().get("dueDate")).isEqualTo(first.body().get("dueDate"));
        assertThat(openLoans("30000101")).isEqualTo(1);
        Api.Reply item = api.call("GET", "/circulation/items/{itemId}", kioskA, null, "30000101");
        assertThat(item.body().get("status").asText()).isEqualTo("CHARGED");
        Api.Reply account = api.call("POST", "/circulation/patrons/account", kioskA, "{\"patronId\":\"2024000123\",\"pin\":\"1234\"}");
        assertThat(account.body().get("loans").toString()).contains("30000101");
        Api.Reply back = api.call("POST", "/circulation/checkin", kioskA, "{\"id\":\"" + UUID.randomUUID() + "\",\"itemId\":"
                + "\"30000101\",\"transactionTime\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}");
        assertThat(back.status()).isEqualTo(200);
        assertThat(openLoans("30000101")).isZero();
    }

    @Test
    void refusalsComeWithSlimsReasonsAs422() throws Exception {
        Api.Reply wrongPin = api.call("POST", "/circulation/patrons/authenticate", kioskA, "{\"patronId\":\"2024000123\",\"pin\":\"0000\"}");
        assertThat(wrongPin.code()).isEqualTo("WRONG_PIN");
        Api.Reply reference = api.call("POST", "/circulation/checkout", kioskA, loan(UUID.randomUUID().toString(), "2024000789",
                null, "30000107"));
        assertThat(reference.status()).isEqualTo(422);
        assertThat(reference.code()).isEqualTo("ITEM_NOT_FOR_LOAN");
        assertThat(openLoans("30000107")).isZero();
    }

    @Test
    void twoKiosksRacingForOneItemMakeOneLoanEachRound() throws Exception {
        String[] items = {"30000102", "30000103", "30000104", "30000108", "30000109"};
        for (String item : items) {
            CompletableFuture<Api.Reply> a = CompletableFuture.supplyAsync(() -> call(kioskA, "2024000321", item));
            CompletableFuture<Api.Reply> b = CompletableFuture.supplyAsync(() -> call(kioskB, "2024000789", item));
            List<Integer> statuses = new ArrayList<>(List.of(a.join().status(), b.join().status()));
            assertThat(statuses).as(item).containsExactlyInAnyOrder(200, 422);
            assertThat(openLoans(item)).as(item).isEqualTo(1);
            api.call("POST", "/circulation/checkin", kioskA, "{\"id\":\"" + UUID.randomUUID() + "\",\"itemId\":\"" + item
                    + "\",\"transactionTime\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\"}");
        }
    }

    private static Api.Reply call(String token, String patron, String item) {
        try {
            return api.call("POST", "/circulation/checkout", token, loan(UUID.randomUUID().toString(), patron, null, item));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
