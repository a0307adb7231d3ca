package org.pustaka.central.circulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The exactly-once ledger in the service's own database ({@code circulation_request}, InnoDB). A request is
 * written PENDING with its plan before its first write in the library system, and DONE with its answer after
 * the last; the first DONE answer is never replaced. Thread-safe; every method is one short statement.
 */
final class RequestLedger {

    /** One stored request. {@code planJson} is set while PENDING; {@code answerJson} once DONE. */
    record Entry(boolean done, String operation, String planJson, String answerJson) {
    }

    private static final String FIND = """
            SELECT state, operation, plan_json, answer_json FROM circulation_request
             WHERE kiosk_id = ? AND request_id = ?""";
    private static final String BEGIN = """
            INSERT INTO circulation_request
                   (kiosk_id, request_id, operation, member_id, item_code, state, plan_json, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)
            ON DUPLICATE KEY UPDATE plan_json = IF(state = 'DONE', plan_json, VALUES(plan_json)),
                                    updated_at = VALUES(updated_at)""";
    private static final String FINISH = """
            INSERT INTO circulation_request
                   (kiosk_id, request_id, operation, member_id, item_code, state, answer_json, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, 'DONE', ?, ?, ?)
            ON DUPLICATE KEY UPDATE answer_json = IF(state = 'DONE', answer_json, VALUES(answer_json)),
                                    updated_at = IF(state = 'DONE', updated_at, VALUES(updated_at)),
                                    state = 'DONE'""";

    private final DataSource dataSource;
    private final Clock clock;

    RequestLedger(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    Optional<Entry> find(RequestKey key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, key.kioskId());
            ps.setString(2, key.requestId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry("DONE".equals(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Records the plan of a request about to write (or replaces the plan of a request that wrote nothing). */
    void begin(RequestKey key, String memberId, String itemCode, String planJson) {
        write(BEGIN, key, memberId, itemCode, planJson);
    }

    /** Records the answer, unless one is stored already; returns the stored answer (the first one). */
    String finish(RequestKey key, String memberId, String itemCode, String answerJson) {
        write(FINISH, key, memberId, itemCode, answerJson);
        return find(key).map(Entry::answerJson)
                .orElseThrow(() -> new CirculationUnavailableException("The answer just stored is gone"));
    }

    private void write(String sql, RequestKey key, String memberId, String itemCode, String json) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key.kioskId());
            ps.setString(2, key.requestId());
            ps.setString(3, key.operation());
            ps.setString(4, clip(memberId));
            ps.setString(5, clip(itemCode));
            ps.setString(6, json);
            ps.setTimestamp(7, now);
            ps.setTimestamp(8, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static String clip(String code) {
        return code == null || code.length() <= 20 ? code : code.substring(0, 20);
    }

    private static CirculationUnavailableException unavailable(SQLException e) {
        return new CirculationUnavailableException("The service's own database did not answer: " + e.getMessage(), e);
    }
}
