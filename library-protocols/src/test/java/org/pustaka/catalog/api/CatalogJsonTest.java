package org.pustaka.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's own value types keep the field names of the published contract, and bad bodies fail cleanly. */
class CatalogJsonTest {

    @Test
    void anAccountAnswerReadsAndWritesTheContractsFieldNames() throws CatalogJsonException {
        String body = """
                {"patron":{"patronId":"2024000123","name":"Sari","valid":true,"pinAccepted":true,"blocks":[],
                 "fines":{"amount":1500,"currency":"IDR"}},
                 "loans":[{"itemId":"31000100001","title":"Laskar Pelangi","dueDate":"2026-12-21","overdue":false}],
                 "holdsReady":[{"itemId":"31000100002","title":"Bumi Manusia","pickupBy":"2026-12-10"}],
                 "fines":{"amount":1500}}""";

        AccountAnswer a = CatalogJson.read(body.getBytes(StandardCharsets.UTF_8), AccountAnswer.class);

        assertThat(a.loans()).containsExactly(
                new LoanEntry("31000100001", "Laskar Pelangi", LocalDate.of(2026, 12, 21), false));
        assertThat(a.holdsReady()).containsExactly(
                new HoldEntry("31000100002", "Bumi Manusia", LocalDate.of(2026, 12, 10)));
        assertThat(a.fines()).isEqualTo(new Amount(BigDecimal.valueOf(1500), "IDR"));
        assertThat(CatalogJson.text(new AccountAnswer(a.patron(), a.loans(), List.of(), a.fines())))
                .contains("\"dueDate\":\"2026-12-21\"").contains("\"overdue\":false")
                .contains("\"fines\":{\"amount\":1500,\"currency\":\"IDR\"}");
    }

    @Test
    void aBodyThatIsNotTheTypeSaysWhich() {
        assertThatThrownBy(() -> CatalogJson.read("[1,2]".getBytes(StandardCharsets.UTF_8), ItemAnswer.class))
                .isInstanceOf(CatalogJsonException.class).hasMessageContaining("ItemAnswer");
        assertThatThrownBy(() -> CatalogJson.read(new byte[0], ItemAnswer.class))
                .isInstanceOf(CatalogJsonException.class).hasMessageContaining("empty");
    }

    @Test
    void patronNumbersAreMaskedWhenARequestIsLogged() {
        assertThat(new PatronRequest("2024000123", "1234").toString()).doesNotContain("2024000123")
                .doesNotContain("1234").contains("0123");
    }
}
