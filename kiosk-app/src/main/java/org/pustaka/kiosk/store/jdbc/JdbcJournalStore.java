package org.pustaka.kiosk.store.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.ReplayState;
import org.pustaka.kiosk.store.StoreException;

/**
 * The journal table. Each call commits before it returns; the database runs with {@code WRITE_DELAY=0},
 * so the commit has been handed to the operating system and outlives a killed process.
 */
public final class JdbcJournalStore implements JournalStore {
    private static final String COLUMNS = "id, kind, item_id, tag_uids, patron_id, state, offline, title, due_date, "
            + "refusal_reason, sort_bin, hold_shelf, detail, replay, created_at, updated_at";

    private final Database db;

    public JdbcJournalStore(Database db) {
        this.db = db;
    }

    @Override
    public void begin(JournalEntry e) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal (" + COLUMNS
                    + ", tag_uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, e.id());
                ps.setString(2, e.kind().name());
                ps.setString(3, e.itemId());
                ps.setString(4, String.join(",", e.tagUids()));
                ps.setString(5, e.patronId());
                ps.setString(6, e.state().name());
                ps.setBoolean(7, e.offline());
                ps.setString(8, e.title());
                ps.setDate(9, e.dueDate() == null ? null : Date.valueOf(e.dueDate()));
                ps.setString(10, e.refusalReason());
                ps.setString(11, e.sortBin());
                ps.setBoolean(12, e.holdShelf());
                ps.setString(13, clip(e.detail()));
                ps.setString(14, e.replay().name());
                ps.setTimestamp(15, Timestamp.from(e.createdAt()));
                ps.setTimestamp(16, Timestamp.from(e.updatedAt()));
                ps.setString(17, e.tagUids().isEmpty() ? null : e.tagUids().get(0));
                ps.executeUpdate();
            }
            return null;
        });
        flush();
    }

    @Override
    public void record(JournalEntry e, OutboxRecord report) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE journal SET state = ?, offline = ?, title = ?, "
                    + "due_date = ?, refusal_reason = ?, sort_bin = ?, hold_shelf = ?, detail = ?, replay = ?, "
                    + "updated_at = ?, replayed_at = CASE WHEN ? = 'REPLAYED' THEN CURRENT_TIMESTAMP "
                    + "ELSE replayed_at END WHERE id = ?")) {
                ps.setString(1, e.state().name());
                ps.setBoolean(2, e.offline());
                ps.setString(3, e.title());
                ps.setDate(4, e.dueDate() == null ? null : Date.valueOf(e.dueDate()));
                ps.setString(5, e.refusalReason());
                ps.setString(6, e.sortBin());
                ps.setBoolean(7, e.holdShelf());
                ps.setString(8, clip(e.detail()));
                ps.setString(9, e.replay().name());
                ps.setTimestamp(10, Timestamp.from(e.updatedAt()));
                ps.setString(11, e.replay().name());
                ps.setObject(12, e.id());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("The journal has no entry " + e.id() + " to update.");
                }
            }
            if (report != null) {
                JdbcOutboxStore.insert(c, report);
            }
            return null;
        });
        flush();
    }

    /**
     * Writes the store out now. H2's MVStore may keep a committed transaction in memory for a moment,
     * and the crash test showed the last steps before a SIGKILL lost; the journal must not lose them.
     */
    private void flush() {
        Jdbc.inTransaction(db, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT");
            }
            return null;
        });
    }

    @Override
    public Optional<JournalEntry> find(UUID id) {
        List<JournalEntry> found = query("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<JournalEntry> unfinished() {
        return query("WHERE state IN ('PENDING', 'ACCEPTED', 'COMPENSATING') ORDER BY created_at, seq", null);
    }

    @Override
    public List<JournalEntry> queued() {
        return query("WHERE replay = 'QUEUED' ORDER BY created_at, seq", null);
    }

    @Override
    public List<JournalEntry> all() {
        return query("ORDER BY created_at, seq", null);
    }

    @Override
    public List<JournalEntry> needingStaff() {
        return query("WHERE state = 'FLAGGED' OR replay = 'REFUSED' ORDER BY created_at, seq", null);
    }

    private List<JournalEntry> query(String where, UUID id) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM journal " + where)) {
                if (id != null) {
                    ps.setObject(1, id);
                }
                List<JournalEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    private static JournalEntry read(ResultSet rs) throws SQLException {
        String uids = rs.getString(4);
        Date due = rs.getDate(9);
        return new JournalEntry(rs.getObject(1, UUID.class), JournalKind.valueOf(rs.getString(2)), rs.getString(3),
                uids == null || uids.isEmpty() ? List.of() : Arrays.asList(uids.split(",")), rs.getString(5),
                JournalState.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getString(8),
                due == null ? null : due.toLocalDate(), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                rs.getString(13), ReplayState.valueOf(rs.getString(14)), rs.getTimestamp(15).toInstant(),
                rs.getTimestamp(16).toInstant());
    }

    private static String clip(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
