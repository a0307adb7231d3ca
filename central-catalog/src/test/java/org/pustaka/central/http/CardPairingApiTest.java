package org.pustaka.central.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.cards.Cards;
import org.pustaka.central.refusal.Refused;

/** The card pairing look-up over real HTTP and MariaDB, and the desk's pairing rules behind it. */
class CardPairingApiTest {
    private static final Set<String> MEMBERS = Set.of("2024000123", "2024000456");
    private static TestService svc;
    private static Api api;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        svc = TestService.start(new MemoryDesk());
        api = new Api(svc.base);
        token = svc.enroll(api, "MLG-01");
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    private static Cards cards() {
        return svc.service.cards();
    }

    @Test
    void aPairedCardAnswersItsMemberWhicheverCaseTheUidIsAskedIn() throws Exception {
        cards().pair("04:a2:24:b2:c3:5e:80", "2024000123", "desk-1", MEMBERS::contains);

        Api.Reply upper = api.call("GET", "/cards/{uid}", token, null, "04A224B2C35E80");
        Api.Reply lower = api.call("GET", "/cards/{uid}", token, null, "04a224b2c35e80");

        assertThat(upper.status()).as(upper.toString()).isEqualTo(200);
        assertThat(upper.body().get("uid").asText()).isEqualTo("04A224B2C35E80");
        assertThat(upper.body().get("memberId").asText()).isEqualTo("2024000123");
        assertThat(lower.body().get("uid").asText()).isEqualTo("04A224B2C35E80");
        assertThat(upper.body().size()).as("the answer says nothing more about the member").isEqualTo(2);
    }

    @Test
    void anUnknownCardIs404AndAnUnpairedCardIsForgotten() throws Exception {
        Api.Reply unknown = api.call("GET", "/cards/{uid}", token, null, "0011223344556677");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("CARD_UNKNOWN");

        cards().pair("A1B2C3D4", "2024000456", "desk-1", MEMBERS::contains);
        assertThat(api.call("GET", "/cards/{uid}", token, null, "A1B2C3D4").status()).isEqualTo(200);
        assertThat(cards().unpair("a1b2c3d4", "hilang", "desk-2")).isPresent();

        assertThat(api.call("GET", "/cards/{uid}", token, null, "A1B2C3D4").status()).isEqualTo(404);
        assertThat(svc.count("SELECT COUNT(*) FROM card_pairing_log WHERE uid = 'A1B2C3D4' AND action = 'UNPAIR'"
                + " AND reason = 'hilang' AND done_by = 'desk-2'")).isEqualTo(1);
        assertThat(cards().unpair("A1B2C3D4", "", "desk-2")).as("unpairing twice changes nothing").isEmpty();
    }

    @Test
    void aUidThatIsNotFourToTenBytesOfHexIs400() throws Exception {
        for (String bad : new String[] {"XYZ12345", "0A1B2C", "0A1B2C3", "00112233445566778899AA", "04:A2:24:B2"}) {
            Api.Reply r = api.call("GET", "/cards/{uid}", token, null, bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.code()).isEqualTo("INVALID_REQUEST");
            assertThat(r.body().get("message").get("id").asText()).contains("heksadesimal");
        }
    }

    @Test
    void withoutTheKioskTokenTheLookUpIs401() throws Exception {
        cards().pair("DEADBEEF", "2024000123", "desk-1", MEMBERS::contains);
        assertThat(api.call("GET", "/cards/{uid}", null, null, "DEADBEEF").status()).isEqualTo(401);
        assertThat(api.call("GET", "/cards/{uid}", "x" + token, null, "DEADBEEF").status()).isEqualTo(401);
    }

    @Test
    void aCardBelongsToOneMemberAndOnlyToAMemberTheLibraryKnows() throws Exception {
        cards().pair("CAFEF00D01", "2024000123", "desk-1", MEMBERS::contains);
        Cards.Pairing again = cards().pair("cafef00d01", "2024000123", "desk-3", MEMBERS::contains);
        assertThat(again.pairedBy()).as("pairing again with the same member keeps the first pairing").isEqualTo("desk-1");
        assertThat(svc.count("SELECT COUNT(*) FROM card_pairing_log WHERE uid = 'CAFEF00D01'")).isEqualTo(1);

        assertThatThrownBy(() -> cards().pair("CAFEF00D01", "2024000456", "desk-1", MEMBERS::contains))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("CARD_PAIRED_ELSEWHERE"));
        assertThatThrownBy(() -> cards().pair("CAFEF00D02", "9999999999", "desk-1", MEMBERS::contains))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("UNKNOWN_PATRON"));
        assertThatThrownBy(() -> cards().pair("CAFEF00D03", " ", "desk-1", MEMBERS::contains))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.INVALID));
        assertThat(svc.count("SELECT COUNT(*) FROM card_pairing WHERE uid LIKE 'CAFEF00D0%'")).isEqualTo(1);
        assertThat(api.call("GET", "/cards/{uid}", token, null, "CAFEF00D01").body().get("memberId").asText())
                .isEqualTo("2024000123");
    }

    @Test
    void uidsAreWrittenAsReadersShowThem() {
        assertThat(Cards.uid("04 a2 24 b2")).isEqualTo("04A224B2");
        assertThat(Cards.uid("04-A2-24-B2-C3-5E-80")).isEqualTo("04A224B2C35E80");
        assertThatThrownBy(() -> Cards.uid("04A224B")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> Cards.uid(null)).isInstanceOf(Refused.class);
    }
}
