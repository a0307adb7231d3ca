package org.pustaka.kiosk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.ReplayState;
import org.pustaka.privacy.PatronMask;

/**
 * The journal view's rows: per entry its time in the kiosk's zone, the kind and the state in the
 * screen's language, the item, the patron number masked, the offline state and the staff note. The
 * whole patron number never leaves this class. Pure; any thread.
 */
final class DiagnosticsJournalRows {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One entry as the technician reads it; {@code replay} and {@code detail} may be empty. */
    record Row(String time, String kind, String itemId, String patron, String state, String replay, String detail,
               boolean needsStaff) {
    }

    private final Texts t;
    private final ZoneId zone;

    DiagnosticsJournalRows(Texts t, ZoneId zone) {
        this.t = t;
        this.zone = zone;
    }

    /** The rows for {@code entries} in their order, only those needing staff when {@code staffOnly}. */
    List<Row> rows(List<JournalEntry> entries, boolean staffOnly) {
        List<Row> rows = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (!staffOnly || e.needsStaff()) {
                rows.add(row(e));
            }
        }
        return rows;
    }

    Row row(JournalEntry e) {
        return new Row(TIME.format(e.createdAt().atZone(zone)), t.get("diag.journal.kind." + e.kind().name()),
                e.itemId(), PatronMask.mask(e.patronId()), state(e), replay(e.replay()), e.detail().strip(),
                e.needsStaff());
    }

    String state(JournalEntry e) {
        return switch (e.state()) {
            case TAG_DONE -> t.get("diag.journal.state.done");
            case REFUSED -> e.refusalReason().isBlank() ? t.get("diag.journal.state.refusedNoReason")
                    : t.get("diag.journal.state.refused", e.refusalReason());
            case COMPENSATED -> t.get("diag.journal.state.compensated");
            case FLAGGED -> t.get("diag.journal.state.flagged");
            case ABANDONED -> t.get("diag.journal.state.abandoned");
            case PENDING, ACCEPTED, COMPENSATING -> t.get("diag.journal.state.unfinished");
        };
    }

    String replay(ReplayState replay) {
        return switch (replay) {
            case NONE -> "";
            case QUEUED, REPLAYED, REFUSED -> t.get("diag.journal.replay." + replay.name());
        };
    }

    /** The status line over the list: how many rows of how many entries read. */
    String status(int shown, int read) {
        return read == 0 ? t.get("diag.journal.none") : t.get("diag.journal.count", shown, read);
    }

    /** The list's text: one line per entry, its offline state and staff note indented beneath it. */
    String text(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (Row r : rows) {
            lines.add(String.format("%s %s %-10s %-14s %-12s %s", r.needsStaff() ? "!" : " ", r.time(), r.kind(),
                    r.itemId(), r.patron().isEmpty() ? "-" : r.patron(), r.state()));
            if (!r.replay().isEmpty()) {
                lines.add("    " + r.replay());
            }
            if (!r.detail().isEmpty()) {
                lines.add("    " + r.detail());
            }
        }
        return String.join("\n", lines);
    }
}
