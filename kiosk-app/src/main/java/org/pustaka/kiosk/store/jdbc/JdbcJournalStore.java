package org.pustaka.kiosk.store.jdbc;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.JournalStore;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.ReplayState;
import org.pustaka.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal table. Each step is first appended to the write-ahead {@link JournalLog} and then
 * committed, both before the call returns, so a step recorded before a side effect outlives a killed
 * process even where H2 loses a commit; the store heals itself from the log when it is opened.
 */
public final class JdbcJournalStore implements JournalStore {
    /** The write-ahead log's file name in the data directory. */
    public static final String LOG_FILE = "journal.wal";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcJournalStore.class);
    private static final String COLUMNS = "id, kind, item_id, tag_uids, patron_id, state, offline, title, due_date, "
            + "refusal_reason, sort_bin, hold_shelf, detail, replay, created_at, updated_at";

    private final Database db;
    private final JournalLog log;

    /** Opens the journal and heals it from its write-ahead log (see {@link JournalLog}). */
    public JdbcJournalStore(Database db) {
        this.db = db;
        this.log = JournalLog.open(db.dataDir().resolve(LOG_FILE));
        heal();
        // a compaction closes H2 cleanly with no step in progress: everything logged so far is in the store
        db.afterCleanClose(log::clear);
    }

    @Override
    public void begin(JournalEntry e) {
        try (Database.Lease lease = db.lease()) {
            log.append(e, null);
            insert(e);
        }
    }

    @Override
    public void record(JournalEntry e, OutboxRecord report) {
        try (Database.Lease lease = db.lease()) {
            log.append(e, report);
            update(e, report);
        }
    }

    /**
     * Call after the database was closed cleanly: H2 then holds every step in a clean store, so the
     * write-ahead log may be emptied.
     */
    public void databaseClosedCleanly() {
        log.clear();
        log.close();
    }

    /**
     * Deletes the entries that finished before {@code before} and need nothing more: the loan or return
     * was done, refused, compensated or abandoned, and an offline one reached the library. Unfinished and
     * flagged entries, and offline ones still queued or refused at replay, stay until they are dealt with.
     * Returns how many were deleted.
     */
    public int deleteFinishedBefore(Instant before) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM journal WHERE updated_at < ?"
                    + " AND state IN ('TAG_DONE', 'REFUSED', 'COMPENSATED', 'ABANDONED')"
                    + " AND replay IN ('NONE', 'REPLAYED')")) {
                ps.setTimestamp(1, Timestamp.from(before));
                return ps.executeUpdate();
            }
        });
    }

    /** Puts back steps the log has and the database lost (or holds at an earlier state). */
    private void heal() {
        Map<UUID, JournalLog.Line> logged = log.latest();
        if (logged.isEmpty()) {
            return;
        }
        Map<UUID, JournalEntry> stored = new HashMap<>();
        all().forEach(e -> stored.put(e.id(), e));
        int healed = 0;
        for (JournalLog.Line line : logged.values()) {
            JournalEntry have = stored.get(line.entry().id());
            if (have == null) {
                insert(line.entry());
                if (line.report() != null) {
                    Jdbc.inTransaction(db, c -> {
                        JdbcOutboxStore.insert(c, line.report());
                        return null;
                    });
                }
                healed++;
            } else if (later(line.entry(), have)) {
                update(line.entry(), line.report());
                healed++;
            }
        }
        if (healed > 0) {
            LOG.warn("The local database was behind the journal log by {} steps (a step cut short by a stop, or commits"
                    + " the database lost); restored them from {}", healed, LOG_FILE);
        }
    }

    private static boolean later(JournalEntry logged, JournalEntry stored) {
        int a = logged.state().progress();
        int b = stored.state().progress();
        return a > b || a == b && replayRank(logged.replay()) > replayRank(stored.replay());
    }

    private static int replayRank(ReplayState r) {
        return switch (r) {
            case NONE -> 0;
            case QUEUED -> 1;
            default -> 2;
        };
    }

    private void insert(JournalEntry e) {
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
    }

    private void update(JournalEntry e, OutboxRecord report) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE journal SET state = ?, offline = ?, title = ?, "
                    + "due_date = ?, refusal_reason = ?, sort_bin = ?, hold_shelf = ?, detail = ?, replay = ?, "
                    + "updated_at = ?, replayed_at = CASE WHEN ? = 'REPLAYED' THEN CURRENT_TIMESTAMP "
                    + "ELSE replayed_at END, patron_id = ? WHERE id = ?")) {
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
                ps.setString(12, e.patronId());
                ps.setObject(13, e.id());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("The journal has no entry " + e.id() + " to update.");
                }
            }
            if (report != null) {
                JdbcOutboxStore.insert(c, report);
            }
            return null;
        });
    }

    @Override
    public Optional<JournalEntry> find(UUID id) {
        List<JournalEntry> found = query(db, "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<JournalEntry> unfinished() {
        return query(db, "WHERE state IN ('PENDING', 'ACCEPTED', 'COMPENSATING') ORDER BY created_at, seq");
    }

    @Override
    public List<JournalEntry> queued() {
        return query(db, "WHERE replay = 'QUEUED' ORDER BY created_at, seq");
    }

    @Override
    public List<JournalEntry> all() {
        return query(db, "ORDER BY created_at, seq");
    }

    @Override
    public List<JournalEntry> forItem(String itemId) {
        return query(db, "WHERE item_id = ? ORDER BY created_at, seq", itemId);
    }

    @Override
    public List<JournalEntry> needingStaff() {
        return query(db, "WHERE state = 'FLAGGED' OR replay = 'REFUSED' ORDER BY created_at, seq");
    }

    /**
     * The newest {@code max} entries, newest first, read straight from the table (the diagnostics
     * journal view). A read only: it needs no write-ahead log, so it works beside the open store.
     */
    public static List<JournalEntry> newest(Database db, int max) {
        return query(db, "ORDER BY created_at DESC, seq DESC LIMIT ?", Math.max(0, max));
    }

    private static List<JournalEntry> query(Database db, String where, Object... params) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM journal " + where)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
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
