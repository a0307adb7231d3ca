package org.pustaka.central.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pustaka.central.store.Times;
import org.pustaka.central.store.Tx;

/**
 * Statistik's queries over the service's own tables ({@code transaction_report}, {@code usage_report},
 * {@code library_event} with {@code event_registration}, {@code visit_slot} with {@code visit_booking}) and the
 * library system's loans, copied first into {@code statistics_loan} through {@link StatisticsLoanCopy}. Every statement is parameterised and served by
 * an index of {@code V8_1__statistics_indexes.sql} (or an older one). Times are stored in UTC; days and hours are
 * the library's, shifted by the zone's offset at the period's start (Indonesia keeps no daylight saving).
 * Blocks on the databases; thread-safe.
 */
public final class Statistics {
    static final int TOP_TITLES = 10;

    private static final String STEPS = "SELECT kiosk_id, type, outcome, offline, WEEKDAY(occurred_at + INTERVAL ? SECOND) AS wd,"
            + " HOUR(occurred_at + INTERVAL ? SECOND) AS h, COUNT(*) AS n FROM transaction_report"
            + " WHERE occurred_at >= ? AND occurred_at < ?%s GROUP BY kiosk_id, type, outcome, offline, wd, h";
    private static final String TITLES = "SELECT title, COUNT(*) AS n FROM transaction_report"
            + " WHERE type = 'CHECKOUT' AND " + Outcomes.COMPLETED_SQL + " AND occurred_at >= ? AND occurred_at < ?%s"
            + " GROUP BY title ORDER BY n DESC, title LIMIT " + TOP_TITLES;
    private static final String CHECKOUTS = "SELECT kiosk_id, item_id, occurred_at FROM transaction_report"
            + " WHERE type = 'CHECKOUT' AND " + Outcomes.COMPLETED_SQL + " AND occurred_at >= ? AND occurred_at < ?%s";
    private static final String USAGE = "SELECT kiosk_id, SUM(visits) AS visits, SUM(items_per_visit * visits) AS items"
            + " FROM usage_report WHERE period_start >= ? AND period_start < ?%s GROUP BY kiosk_id";
    private static final String KIOSK = " AND kiosk_id = ?";
    private static final String KIOSK_LOANS = "SELECT loan_date, item_code, collection_type, member_type FROM statistics_loan"
            + " WHERE loan_date >= ? AND loan_date <= ? AND kiosk = 1";
    private static final String KIOSK_LOAN_TYPES = "SELECT collection_type, member_type, COUNT(*) AS n FROM statistics_loan"
            + " WHERE loan_date >= ? AND loan_date <= ? AND kiosk = 1 GROUP BY collection_type, member_type";
    private static final String LIBRARY_MONTHS = "SELECT YEAR(loan_date) AS y, MONTH(loan_date) AS m, COUNT(*) AS loans,"
            + " COUNT(DISTINCT member_key) AS members FROM statistics_loan WHERE loan_date >= ? AND loan_date <= ?"
            + " GROUP BY YEAR(loan_date), MONTH(loan_date)";
    private static final String MONTH_OF = "YEAR(%1$s + INTERVAL ? SECOND) AS y, MONTH(%1$s + INTERVAL ? SECOND) AS m";
    private static final String USAGE_MONTHS = "SELECT " + MONTH_OF.formatted("period_start")
            + ", SUM(visits) AS n, 0 AS extra FROM usage_report WHERE period_start >= ? AND period_start < ? GROUP BY y, m";
    private static final String LOAN_MONTHS = "SELECT " + MONTH_OF.formatted("occurred_at") + ", COUNT(*) AS n, 0 AS extra"
            + " FROM transaction_report WHERE type = 'CHECKOUT' AND " + Outcomes.COMPLETED_SQL + " AND occurred_at >= ?"
            + " AND occurred_at < ? GROUP BY y, m";
    private static final String EVENT_MONTHS = "SELECT " + MONTH_OF.formatted("e.start_at") + ", COUNT(*) AS n,"
            + " COALESCE(SUM((SELECT SUM(r.party_size) FROM event_registration r WHERE r.event_id = e.event_id"
            + " AND r.status NOT IN ('WAITLISTED', 'CANCELLED'))), 0) AS extra"
            + " FROM library_event e WHERE e.start_at >= ? AND e.start_at < ? GROUP BY y, m";
    private static final String VISIT_MONTHS = "SELECT " + MONTH_OF.formatted("s.start_at") + ", COUNT(*) AS n,"
            + " COALESCE(SUM(b.students), 0) AS extra FROM visit_booking b JOIN visit_slot s ON s.slot_id = b.slot_id"
            + " WHERE s.start_at >= ? AND s.start_at < ? AND b.status <> 'CANCELLED' GROUP BY y, m";

    private final Tx tx;
    private final ZoneId zone;
    private final StatisticsLoans loans;
    private final StatisticsLoanCopy copy;

    public Statistics(Tx tx, ZoneId zone, StatisticsLoans loans) {
        this.tx = tx;
        this.zone = zone;
        this.loans = loans;
        this.copy = new StatisticsLoanCopy(tx, loans);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Every figure of the Statistik page for {@code p}. */
    public StatisticsReport report(StatisticsPeriod p) throws SQLException {
        Instant start = p.from().atStartOfDay(zone).toInstant();
        Instant end = p.to().plusDays(1).atStartOfDay(zone).toInstant();
        int offset = zone.getRules().getOffset(start).getTotalSeconds();
        int[][] heat = new int[7][24];
        Map<String, long[]> rows = new TreeMap<>();
        List<String> kioskIds = new ArrayList<>();
        Map<String, Long> collections = new TreeMap<>();
        Map<String, Long> members = new TreeMap<>();
        copy.catchUp();
        tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT kiosk_id FROM kiosk ORDER BY kiosk_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kioskIds.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = prepare(c, STEPS, p, offset, offset, start, end); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int n = rs.getInt("n");
                    Outcomes.Count counted = Outcomes.of(rs.getString("outcome"), rs.getBoolean("offline"));
                    if (counted == Outcomes.Count.NOT_YET) {
                        continue;
                    }
                    boolean accepted = counted == Outcomes.Count.COMPLETED;
                    long[] row = rows.computeIfAbsent(rs.getString("kiosk_id"), k -> new long[6]);
                    row[accepted ? column(rs.getString("type")) : 3] += n;
                    if (accepted) {
                        heat[rs.getInt("wd")][rs.getInt("h")] += n;
                    }
                }
            }
            try (PreparedStatement ps = prepare(c, USAGE, p, start, end); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] row = rows.computeIfAbsent(rs.getString("kiosk_id"), k -> new long[6]);
                    row[4] += rs.getLong("visits");
                    row[5] += Math.round(rs.getDouble("items"));
                }
            }
            if (p.oneKiosk()) {
                oneKioskLoans(c, p, start, end, collections, members);
            } else {
                try (PreparedStatement ps = c.prepareStatement(KIOSK_LOAN_TYPES)) {
                    ps.setObject(1, p.from());
                    ps.setObject(2, p.to());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            collections.merge(named(rs.getString("collection_type")), rs.getLong("n"), Long::sum);
                            members.merge(named(rs.getString("member_type")), rs.getLong("n"), Long::sum);
                        }
                    }
                }
            }
            return null;
        });
        List<StatisticsReport.KioskRow> kiosks = new ArrayList<>();
        long[] sum = new long[6];
        rows.forEach((id, r) -> {
            kiosks.add(row(id, r));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += r[i];
            }
        });
        return new StatisticsReport(p, kioskIds, heat, topTitles(p), kiosks, row("", sum), byCount(collections), byCount(members));
    }

    /**
     * The kiosk's loans in the library system by type: its accepted checkouts matched to the copied loans of the
     * same item on the same day (the library system does not know which kiosk lent a book).
     */
    private void oneKioskLoans(Connection c, StatisticsPeriod p, Instant start, Instant end, Map<String, Long> collections,
                               Map<String, Long> members) throws SQLException {
        Map<String, Integer> checkouts = new HashMap<>();
        try (PreparedStatement ps = prepare(c, CHECKOUTS, p, start, end); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate day = LocalDate.ofInstant(Times.get(rs, "occurred_at"), zone);
                checkouts.merge(rs.getString("item_id") + '|' + day, 1, Integer::sum);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(KIOSK_LOANS)) {
            ps.setObject(1, p.from());
            ps.setObject(2, p.to());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString("item_code") + '|' + rs.getObject("loan_date", LocalDate.class);
                    if (checkouts.getOrDefault(key, 0) > 0) {
                        checkouts.merge(key, -1, Integer::sum);
                        collections.merge(named(rs.getString("collection_type")), 1L, Long::sum);
                        members.merge(named(rs.getString("member_type")), 1L, Long::sum);
                    }
                }
            }
        }
    }

    /** The period's most borrowed titles at the kiosks, for the titles CSV. */
    public List<StatisticsReport.TitleCount> topTitles(StatisticsPeriod p) throws SQLException {
        Instant start = p.from().atStartOfDay(zone).toInstant();
        Instant end = p.to().plusDays(1).atStartOfDay(zone).toInstant();
        return tx.read(c -> {
            List<StatisticsReport.TitleCount> titles = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, TITLES, p, start, end); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    titles.add(new StatisticsReport.TitleCount(rs.getString("title"), rs.getLong("n")));
                }
            }
            return titles;
        });
    }

    /** The Dinas summary: one row per month from {@code from}'s month to {@code to}'s, both included. */
    public List<StatisticsMonth> months(LocalDate from, LocalDate to) throws SQLException {
        LocalDate first = from.withDayOfMonth(1);
        LocalDate last = to.withDayOfMonth(to.lengthOfMonth());
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        int offset = zone.getRules().getOffset(start).getTotalSeconds();
        Map<YearMonth, long[]> own = new TreeMap<>();
        Map<YearMonth, long[]> library = new TreeMap<>();
        copy.catchUp();
        tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(LIBRARY_MONTHS)) {
                ps.setObject(1, first);
                ps.setObject(2, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        library.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                                new long[] {rs.getLong("loans"), rs.getLong("members")});
                    }
                }
            }
            monthly(c, USAGE_MONTHS, offset, start, end, own, 0, -1);
            monthly(c, LOAN_MONTHS, offset, start, end, own, 1, -1);
            monthly(c, EVENT_MONTHS, offset, start, end, own, 2, 3);
            monthly(c, VISIT_MONTHS, offset, start, end, own, 4, 5);
            return null;
        });
        Map<YearMonth, Long> visitors = loans.visitors(first, last);
        List<StatisticsMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            long[] o = own.getOrDefault(m, new long[6]);
            long[] l = library.getOrDefault(m, new long[2]);
            out.add(new StatisticsMonth(m, visitors.getOrDefault(m, 0L), o[0], l[0], o[1], l[1], o[2], o[3], o[4], o[5]));
        }
        return out;
    }

    private static void monthly(Connection c, String sql, int offset, Instant start, Instant end,
                                Map<YearMonth, long[]> into, int n, int extra) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, offset);
            ps.setInt(2, offset);
            Times.set(ps, 3, start);
            Times.set(ps, 4, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] f = into.computeIfAbsent(YearMonth.of(rs.getInt("y"), rs.getInt("m")), k -> new long[6]);
                    f[n] += rs.getLong("n");
                    if (extra >= 0) {
                        f[extra] += rs.getLong("extra");
                    }
                }
            }
        }
    }

    /** Prepares {@code sql} (with a {@code %s} where the kiosk condition goes) with leading offsets and the times. */
    private static PreparedStatement prepare(Connection c, String sql, StatisticsPeriod p, Object... params)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.formatted(p.oneKiosk() ? KIOSK : ""));
        int i = 1;
        for (Object param : params) {
            if (param instanceof Instant t) {
                ps.setObject(i++, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
            } else {
                ps.setObject(i++, param);
            }
        }
        if (p.oneKiosk()) {
            ps.setString(i, p.kioskId());
        }
        return ps;
    }

    private static int column(String type) {
        return switch (type) {
            case "CHECKOUT" -> 0;
            case "CHECKIN" -> 1;
            default -> 2;
        };
    }

    private static StatisticsReport.KioskRow row(String id, long[] r) {
        return new StatisticsReport.KioskRow(id, r[0], r[1], r[2], r[3], r[4], r[5]);
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? "–" : name;
    }

    private static Map<String, Long> byCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
