package org.pustaka.central.http;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.Times;
import org.pustaka.central.store.Tx;

/**
 * Exactly once for single changing requests (event sign-ups, visit bookings): the first answer, status and
 * body, is stored under the request id in the same transaction as the change, and any repeat gets it again
 * without running anything (a first {@code 201} comes back as {@code 200}, as the API document says).
 * Refusals (409, 422) are stored too, so a repeat is answered the same even after the situation changed.
 * The same id with a different request, or from another kiosk, is refused: it is a client's mistake.
 */
final class StoredAnswers {
    private final Tx tx;
    private final Clock clock;
    private final java.time.ZoneId zone;

    StoredAnswers(Tx tx, Clock clock, java.time.ZoneId zone) {
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
    }

    /** The change to make once; runs inside the transaction that also stores its answer. */
    @FunctionalInterface
    interface Change {
        Answer apply(Connection c) throws SQLException;
    }

    Answer once(String kioskId, UUID requestId, String operation, String fingerprint, Change change) throws SQLException {
        try {
            return tx.run(c -> {
                Optional<Answer> stored = find(c, kioskId, requestId, operation, fingerprint);
                if (stored.isPresent()) {
                    return stored.get();
                }
                Answer answer;
                try {
                    answer = change.apply(c);
                } catch (Refused r) {
                    if (r.kind() != Refused.Kind.CONFLICT && r.kind() != Refused.Kind.REFUSED) {
                        throw r;
                    }
                    answer = Answer.of(r, zone);
                }
                insert(c, kioskId, requestId, operation, fingerprint, answer);
                return answer;
            });
        } catch (SQLIntegrityConstraintViolationException raced) {
            return tx.read(c -> find(c, kioskId, requestId, operation, fingerprint)).orElseThrow(() -> raced);
        }
    }

    private Optional<Answer> find(Connection c, String kioskId, UUID id, String operation, String fingerprint)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kiosk_id, operation, fingerprint, status, body FROM api_request WHERE request_id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString("kiosk_id").equals(kioskId) || !rs.getString("operation").equals(operation)
                        || !rs.getString("fingerprint").equals(fingerprint)) {
                    throw Refused.invalid("Id " + id + " sudah dipakai untuk permintaan lain; buat id baru.",
                            "The id " + id + " was already used for another request; make a new id.");
                }
                int status = rs.getInt("status");
                return Optional.of(new Answer(status == 201 ? 200 : status,
                        rs.getString("body").getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private void insert(Connection c, String kioskId, UUID id, String operation, String fingerprint, Answer a)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_request (request_id, kiosk_id, operation, "
                + "fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, kioskId);
            ps.setString(3, operation);
            ps.setString(4, fingerprint);
            ps.setInt(5, a.status());
            ps.setString(6, new String(a.body(), StandardCharsets.UTF_8));
            Times.set(ps, 7, clock.instant());
            ps.executeUpdate();
        }
    }
}
