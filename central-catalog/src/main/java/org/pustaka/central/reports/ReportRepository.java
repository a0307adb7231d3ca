package org.pustaka.central.reports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.pustaka.central.store.Times;

/** SQL of the kiosk_heartbeat, transaction_report, survey_answer and usage_report tables. */
final class ReportRepository {

    void saveHeartbeat(Connection c, String kioskId, HeartbeatRecord h, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO kiosk_heartbeat (kiosk_id, received_at, sent_at, version, outbox_depth, last_error, devices_json) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE received_at = VALUES(received_at), "
                        + "sent_at = VALUES(sent_at), version = VALUES(version), outbox_depth = VALUES(outbox_depth), "
                        + "last_error = VALUES(last_error), devices_json = VALUES(devices_json)")) {
            ps.setString(1, kioskId);
            Times.set(ps, 2, now);
            Times.set(ps, 3, h.sentAt());
            ps.setString(4, h.version());
            ps.setInt(5, h.outboxDepth());
            ps.setString(6, h.lastError());
            ps.setString(7, h.devicesJson());
            ps.executeUpdate();
        }
    }

    /** Inserts the record unless its id is stored already; answers whether it was new. */
    boolean insert(Connection c, String kioskId, Report report, Instant now) throws SQLException {
        if (report instanceof TransactionRecord t) {
            return insertTransaction(c, kioskId, t, now);
        }
        if (report instanceof SurveyRecord s) {
            return insertSurvey(c, kioskId, s, now);
        }
        return insertUsage(c, kioskId, (UsageRecord) report, now);
    }

    /** The kiosk that sent the stored record with this id. */
    Optional<String> ownerOf(Connection c, Report report) throws SQLException {
        String table = report instanceof TransactionRecord ? "transaction_report"
                : report instanceof SurveyRecord ? "survey_answer" : "usage_report";
        try (PreparedStatement ps = c.prepareStatement("SELECT kiosk_id FROM " + table + " WHERE id = ?")) {
            ps.setString(1, report.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private boolean insertTransaction(Connection c, String kioskId, TransactionRecord t, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT IGNORE INTO transaction_report (id, kiosk_id, type, item_id, title, occurred_at, offline, outcome, "
                        + "refusal_code, due_date, detail, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, t.id().toString());
            ps.setString(2, kioskId);
            ps.setString(3, t.type());
            ps.setString(4, t.itemId());
            ps.setString(5, t.title());
            Times.set(ps, 6, t.occurredAt());
            ps.setBoolean(7, t.offline());
            ps.setString(8, t.outcome());
            ps.setString(9, t.refusalCode());
            ps.setDate(10, t.dueDate() == null ? null : Date.valueOf(t.dueDate()));
            ps.setString(11, t.detail());
            Times.set(ps, 12, now);
            return ps.executeUpdate() == 1;
        }
    }

    private boolean insertSurvey(Connection c, String kioskId, SurveyRecord s, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT IGNORE INTO survey_answer (id, kiosk_id, answered_at, score, language, activity, received_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, s.id().toString());
            ps.setString(2, kioskId);
            Times.set(ps, 3, s.answeredAt());
            ps.setInt(4, s.score());
            ps.setString(5, s.language());
            ps.setString(6, s.activity());
            Times.set(ps, 7, now);
            return ps.executeUpdate() == 1;
        }
    }

    private boolean insertUsage(Connection c, String kioskId, UsageRecord u, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT IGNORE INTO usage_report (id, kiosk_id, period_start, period_end, transactions, by_hour_json, "
                        + "visits, items_per_visit, top_titles_json, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, u.id().toString());
            ps.setString(2, kioskId);
            Times.set(ps, 3, u.periodStart());
            Times.set(ps, 4, u.periodEnd());
            ps.setInt(5, u.transactions());
            ps.setString(6, u.byHourJson());
            ps.setInt(7, u.visits());
            ps.setDouble(8, u.itemsPerVisit());
            ps.setString(9, u.topTitlesJson());
            Times.set(ps, 10, now);
            return ps.executeUpdate() == 1;
        }
    }
}
