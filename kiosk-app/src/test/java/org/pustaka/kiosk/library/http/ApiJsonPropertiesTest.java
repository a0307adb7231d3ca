package org.pustaka.kiosk.library.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pustaka.catalog.api.AccountAnswer;
import org.pustaka.catalog.api.ApiError;
import org.pustaka.catalog.api.BatchResult;
import org.pustaka.catalog.api.CirculationAnswer;
import org.pustaka.catalog.api.Enrollment;
import org.pustaka.catalog.api.EventList;
import org.pustaka.catalog.api.HeartbeatAck;
import org.pustaka.catalog.api.ItemAnswer;
import org.pustaka.catalog.api.PatronAnswer;
import org.pustaka.catalog.api.RegistrationResult;
import org.pustaka.catalog.api.RenewAllAnswer;
import org.pustaka.catalog.api.ServerStatus;
import org.pustaka.catalog.api.SlotList;
import org.pustaka.catalog.api.VisitBooking;

/** Any body the central catalog may send is read into a value or a clean {@link CatalogException}, never anything else. */
class ApiJsonPropertiesTest {
    private static final List<Class<?>> ANSWERS = List.of(ApiError.class, BatchResult.class, EventList.class,
            RegistrationResult.class, SlotList.class, VisitBooking.class, Enrollment.class, HeartbeatAck.class,
            ServerStatus.class, PatronAnswer.class, AccountAnswer.class, CirculationAnswer.class, RenewAllAnswer.class,
            ItemAnswer.class);
    private static final List<String> FIELDS = List.of("id", "code", "message", "en", "accepted", "rejected", "events",
            "title", "start", "end", "slots", "slot", "status", "registrationId", "confirmationCode", "token", "kioskId",
            "serverTime", "patronId", "patron", "loans", "holdsReady", "fines", "amount", "currency", "itemId", "ok",
            "dueDate", "refusal", "results", "found", "blocks", "nextFreeSlots", "capacity", "seatsLeft", "messages");

    @Provide
    Arbitrary<Class<?>> answerTypes() {
        return Arbitraries.of(ANSWERS);
    }

    @Provide
    Arbitrary<String> jsonLike() {
        return Arbitraries.randomValue(r -> value(r, 0));
    }

    @Property(tries = 10_000)
    void anyTextGivesAValueOrACleanError(@ForAll String body, @ForAll("answerTypes") Class<?> type) {
        assertValueOrCleanError(body.getBytes(StandardCharsets.UTF_8), type);
    }

    @Property(tries = 10_000)
    void anyBytesGiveAValueOrACleanError(@ForAll byte[] body, @ForAll("answerTypes") Class<?> type) {
        assertValueOrCleanError(body, type);
    }

    @Property(tries = 10_000)
    void jsonShapedBodiesGiveAValueOrACleanError(@ForAll("jsonLike") String body, @ForAll("answerTypes") Class<?> type) {
        assertValueOrCleanError(body.getBytes(StandardCharsets.UTF_8), type);
    }

    private static void assertValueOrCleanError(byte[] body, Class<?> type) {
        try {
            Object value = ApiJson.read(body, type);
            assertThat(value).isInstanceOf(type);
        } catch (CatalogException e) {
            assertThat(e.failure()).isEqualTo(CatalogException.Failure.MALFORMED);
            assertThat(e.getMessage()).startsWith("The central catalog sent an answer");
        }
        ApiJson.errorOrNull(body);
    }

    /** Random JSON built from the API's own field names, so the mapping (not only the parser) is exercised. */
    private static String value(Random r, int depth) {
        int pick = r.nextInt(depth > 3 ? 6 : 9);
        return switch (pick) {
            case 0 -> "null";
            case 1 -> r.nextBoolean() ? "true" : "false";
            case 2 -> Long.toString(r.nextLong() % 100_000);
            case 3 -> Double.toString(r.nextDouble() * 1e6);
            case 4 -> "\"" + List.of("", "x", "2026-12-05", "2026-12-05T09:00:00+07:00", "2026-11-28T02:00:00Z",
                    "CONFIRMED", "WAITLISTED", "1c7c5f4e-9a5b-4a53-8d1d-3f7f0b8b2a11", "\\u0000", "IDR").get(r.nextInt(10)) + "\"";
            case 5 -> "\"" + Integer.toHexString(r.nextInt()) + "\"";
            case 6, 7 -> object(r, depth + 1);
            default -> {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," : "").append(value(r, depth + 1));
                }
                yield b.append(']').toString();
            }
        };
    }

    private static String object(Random r, int depth) {
        StringBuilder b = new StringBuilder("{");
        int n = r.nextInt(7);
        for (int i = 0; i < n; i++) {
            b.append(i > 0 ? "," : "").append('"').append(FIELDS.get(r.nextInt(FIELDS.size()))).append("\":")
                    .append(value(r, depth));
        }
        return b.append('}').toString();
    }
}
