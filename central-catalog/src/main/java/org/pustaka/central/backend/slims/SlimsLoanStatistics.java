package org.pustaka.central.backend.slims;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.pustaka.central.backend.BackendException;
import org.pustaka.central.staff.StatisticsLoans;

/**
 * Statistik's reads of SLiMS: {@code loan} by its primary key from a given id, with the collection and member
 * type names that SLiMS's triggers copied into {@code loan_history} at loan time (what SLiMS's own Loan History
 * report shows), and {@code visitor_count} (the guest book) by month. Kiosk loans are those written as the
 * service's staff user ({@code loan.uid}). Read only; SLiMS's schema is never changed. Thread-safe.
 */
public final class SlimsLoanStatistics implements StatisticsLoans {
    private static final String LOANS_AFTER = """
            SELECT l.loan_id, l.loan_date, l.item_code, l.member_id, l.uid,
                   COALESCE(h.collection_type_name, '') AS coll, COALESCE(h.member_type_name, '') AS mtype
              FROM loan l LEFT JOIN loan_history h ON h.loan_id = l.loan_id
             WHERE l.loan_id > ? ORDER BY l.loan_id LIMIT ?""";
    private static final String VISIT_MONTHS = """
            SELECT YEAR(checkin_date) AS y, MONTH(checkin_date) AS m, COUNT(*) AS visits
              FROM visitor_count WHERE checkin_date >= ? AND checkin_date < ? GROUP BY YEAR(checkin_date), MONTH(checkin_date)""";

    private final DataSource slims;
    private final String staffUsername;

    public SlimsLoanStatistics(DataSource slims, String staffUsername) {
        this.slims = slims;
        this.staffUsername = staffUsername;
    }

    @Override
    public List<LoanFact> loansAfter(long loanId, int limit) {
        try (Connection c = slims.getConnection()) {
            Jdbc jdbc = new Jdbc(c);
            int uid = new SlimsStaffRepository(jdbc).find(staffUsername).map(SlimsStaffRepository.Staff::userId).orElse(-1);
            return jdbc.list(LOANS_AFTER, rs -> new LoanFact(rs.getLong("loan_id"), Jdbc.date(rs, "loan_date"),
                    text(rs.getString("item_code")), text(rs.getString("member_id")), rs.getInt("uid") == uid,
                    rs.getString("coll"), rs.getString("mtype")), loanId, limit);
        } catch (SQLException e) {
            throw new BackendException("The SLiMS database did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public Map<YearMonth, Long> visitors(LocalDate from, LocalDate to) {
        try (Connection c = slims.getConnection()) {
            Map<YearMonth, Long> out = new TreeMap<>();
            new Jdbc(c).list(VISIT_MONTHS, rs -> out.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("visits")),
                    from.atStartOfDay(), to.plusDays(1).atStartOfDay());
            return out;
        } catch (SQLException e) {
            throw new BackendException("The SLiMS database did not answer: " + e.getMessage(), e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
