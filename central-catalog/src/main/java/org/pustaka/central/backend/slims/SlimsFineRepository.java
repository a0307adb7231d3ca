package org.pustaka.central.backend.slims;

import java.time.LocalDate;
import org.pustaka.central.backend.Fines;

/**
 * SLiMS's {@code fines} table: a charge is a row with {@code debet}, a payment raises {@code credit}. The
 * description is the one SLiMS writes in the library's default language, so its fines pages read the same.
 */
final class SlimsFineRepository implements Fines {

    private static final String UNPAID =
            "SELECT COALESCE(SUM(debet), 0) - COALESCE(SUM(credit), 0) FROM fines WHERE member_id = ?";
    private static final String CHARGE =
            "INSERT INTO fines (fines_date, member_id, debet, credit, description) VALUES (?, ?, ?, 0, ?)";
    private static final String CHARGED = """
            SELECT 1 FROM fines WHERE member_id = ? AND fines_date = ? AND debet = ? AND description = ? LIMIT 1""";

    private final Jdbc jdbc;
    private final boolean indonesian;

    SlimsFineRepository(Jdbc jdbc, boolean indonesian) {
        this.jdbc = jdbc;
        this.indonesian = indonesian;
    }

    @Override
    public long unpaid(String memberId) {
        return Math.max(0, jdbc.one(UNPAID, rs -> rs.getLong(1), memberId).orElse(0L));
    }

    @Override
    public void chargeOverdue(String memberId, String itemCode, LocalDate date, long amount) {
        jdbc.update(CHARGE, date, memberId, amount, description(itemCode));
    }

    @Override
    public boolean hasOverdueCharge(String memberId, String itemCode, LocalDate date, long amount) {
        return jdbc.one(CHARGED, rs -> 1, memberId, date, amount, description(itemCode)).isPresent();
    }

    private String description(String itemCode) {
        return (indonesian ? "Denda terlambat untuk eksemplar " : "Overdue fines for item ") + itemCode;
    }
}
