package org.pustaka.central.backend.slims;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.pustaka.central.backend.BackendException;
import org.pustaka.central.staff.StatisticsLoans;

/**
 * Statistik's figures from SLiMS's {@code loan}, {@code loan_history} (which SLiMS's triggers fill with the
 * collection and member type names) and {@code visitor_count} (the guest book). Kiosk loans are those written as the service's staff user
 * ({@code loan.uid}). Read only; SLiMS's schema is never changed, so these scans use SLiMS's own keys. Thread-safe.
 */
public final class SlimsLoanStatistics implements StatisticsLoans {
    private static final String KIOSK_LOAN_IDS =
            "SELECT loan_id FROM loan WHERE uid = ? AND loan_date >= ? AND loan_date <= ?";
    private static final String HISTORY = """
            SELECT loan_id, item_code, loan_date, collection_type_name, member_type_name
              FROM loan_history WHERE loan_date >= ? AND loan_date <= ?""";
    private static final String LOAN_MONTHS = """
            SELECT YEAR(loan_date) AS y, MONTH(loan_date) AS m, COUNT(*) AS loans, SUM(uid = ?) AS kiosk,
                   COUNT(DISTINCT member_id) AS members
              FROM loan WHERE loan_date >= ? AND loan_date <= ? GROUP BY YEAR(loan_date), MONTH(loan_date)""";
    private static final String VISIT_MONTHS = """
            SELECT YEAR(checkin_date) AS y, MONTH(checkin_date) AS m, COUNT(*) AS visits
              FROM visitor_count WHERE checkin_date >= ? AND checkin_date < ? GROUP BY YEAR(checkin_date), MONTH(checkin_date)""";

    private final DataSource slims;
    private final String staffUsername;

    public SlimsLoanStatistics(DataSource slims, String staffUsername) {
        this.slims = slims;
        this.staffUsername = staffUsername;
    }

    /**
     * Two plain scans joined here rather than in SQL: {@code loan} has no key on {@code loan_date} or {@code uid}
     * (and the service adds none to SLiMS), so a join per loan row costs a lookup per row, while
     * {@code loan_history} already holds the collection and member type names as they were at loan time, which
     * is also what SLiMS's own Loan History report shows.
     */
    @Override
    public List<KioskLoan> kioskLoans(LocalDate from, LocalDate to) {
        try (Connection c = slims.getConnection()) {
            Jdbc jdbc = new Jdbc(c);
            int uid = uid(jdbc);
            Set<Long> kiosk = new HashSet<>(jdbc.list(KIOSK_LOAN_IDS, rs -> rs.getLong(1), uid, from, to));
            List<KioskLoan> loans = new ArrayList<>(kiosk.size());
            jdbc.list(HISTORY, rs -> {
                if (kiosk.contains(rs.getLong("loan_id"))) {
                    loans.add(new KioskLoan(rs.getString("item_code"), Jdbc.date(rs, "loan_date"),
                            text(rs.getString("collection_type_name")), text(rs.getString("member_type_name"))));
                }
                return null;
            }, from, to);
            return loans;
        } catch (SQLException e) {
            throw new BackendException("The SLiMS database did not answer: " + e.getMessage(), e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public Map<YearMonth, LibraryMonth> months(LocalDate from, LocalDate to) {
        try (Connection c = slims.getConnection()) {
            Jdbc jdbc = new Jdbc(c);
            int uid = uid(jdbc);
            Map<YearMonth, long[]> figures = new TreeMap<>();
            jdbc.list(LOAN_MONTHS, rs -> {
                long[] f = figures.computeIfAbsent(YearMonth.of(rs.getInt("y"), rs.getInt("m")), k -> new long[4]);
                f[0] = rs.getLong("loans");
                f[1] = rs.getLong("kiosk");
                f[2] = rs.getLong("members");
                return null;
            }, uid, from, to);
            jdbc.list(VISIT_MONTHS, rs -> {
                figures.computeIfAbsent(YearMonth.of(rs.getInt("y"), rs.getInt("m")), k -> new long[4])[3] = rs.getLong("visits");
                return null;
            }, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
            Map<YearMonth, LibraryMonth> out = new TreeMap<>();
            figures.forEach((m, f) -> out.put(m, new LibraryMonth(f[0], f[1], f[2], f[3])));
            return out;
        } catch (SQLException e) {
            throw new BackendException("The SLiMS database did not answer: " + e.getMessage(), e);
        }
    }

    private int uid(Jdbc jdbc) {
        return new SlimsStaffRepository(jdbc).find(staffUsername).map(SlimsStaffRepository.Staff::userId).orElse(-1);
    }
}
