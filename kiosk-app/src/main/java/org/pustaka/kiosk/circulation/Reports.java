package org.pustaka.kiosk.circulation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.OutboxRecord;

/**
 * Transaction reports for the central catalog's outbox (kind {@code transaction}): what happened to
 * which item, when, whether offline, from which kiosk. Never the patron number. Written as JSON by hand
 * because this package uses no JSON library; the values are escaped.
 */
final class Reports {
    static final String KIND = "transaction";

    private final String kioskId;

    Reports(String kioskId) {
        this.kioskId = kioskId;
    }

    /** The report of a finished step; its id is the journal entry's, so it is sent once. */
    OutboxRecord of(JournalEntry e) {
        return report(e.id(), e, result(e.state()), null);
    }

    /** The report of an offline transaction's replay, under an id derived from the entry's. */
    OutboxRecord replayOf(JournalEntry e, boolean accepted) {
        UUID id = UUID.nameUUIDFromBytes(("replay:" + e.id()).getBytes(StandardCharsets.UTF_8));
        return report(id, e, accepted ? "REPLAYED" : "REPLAY_REFUSED", e.id());
    }

    private OutboxRecord report(UUID id, JournalEntry e, String result, UUID replayOf) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "id", id.toString()).append(',');
        field(json, "type", e.kind().name()).append(',');
        field(json, "itemId", e.itemId()).append(',');
        field(json, "title", e.title()).append(',');
        field(json, "occurredAt", e.createdAt().toString()).append(',');
        field(json, "outcome", result).append(',');
        json.append("\"offline\":").append(e.offline()).append(',');
        field(json, "kioskId", kioskId);
        if (e.dueDate() != null) {
            json.append(',');
            field(json, "dueDate", e.dueDate().toString());
        }
        if (!e.refusalReason().isEmpty()) {
            json.append(',');
            field(json, "refusalCode", e.refusalReason());
        }
        if (replayOf != null) {
            json.append(',');
            field(json, "detail", "replay of " + replayOf);
        }
        json.append('}');
        return OutboxRecord.pending(id, KIND, json.toString(), e.updatedAt());
    }

    private static String result(JournalState s) {
        return switch (s) {
            case TAG_DONE -> "DONE";
            case PENDING, ACCEPTED, COMPENSATING -> "UNFINISHED";
            default -> s.name();
        };
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"');
    }
}
