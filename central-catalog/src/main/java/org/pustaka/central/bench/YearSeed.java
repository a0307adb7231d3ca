package org.pustaka.central.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A year of library life for the page bench, written into the service's database and the SLiMS database it
 * is given (a scratch copy: this adds rows): titles, items and members in SLiMS; {@code kiosks} kiosks with
 * heartbeats; {@code loans} kiosk loans, each a SLiMS {@code loan} row (as the service's staff user) and an
 * accepted CHECKOUT report, most returned and some renewed, a few refusals; daily usage reports, survey answers,
 * guest-book visits, events with {@code registrations} registrations, and school-visit bookings. Times fall in
 * library hours of the year ending {@code today}, busier on some days and hours, from a fixed random seed.
 */
public final class YearSeed {

    /** How much to write. */
    public record Size(int loans, int kiosks, int registrations) {
    }

    private static final String[] WORDS = {"Laskar", "Pelangi", "Bumi", "Manusia", "Ronggeng", "Dukuh", "Paruk",
            "Cantik", "Luka", "Negeri", "Lima", "Menara", "Hujan", "Senja", "Malang", "Kota", "Pulang", "Gadis"};
    private static final int[] HOUR_WEIGHT = {0, 0, 0, 0, 0, 0, 0, 1, 4, 6, 7, 8, 6, 5, 7, 8, 9, 6, 3, 2, 0, 0, 0, 0};

    private final DataSource central;
    private final DataSource slims;
    private final String staffUser;
    private final ZoneId zone;
    private final Random random = new Random(20261207L);

    public YearSeed(DataSource central, DataSource slims, String staffUser, ZoneId zone) {
        this.central = central;
        this.slims = slims;
        this.staffUser = staffUser;
        this.zone = zone;
    }

    /** Writes the year; answers how many rows went into each table. */
    public Map<String, Long> write(Size size, LocalDate today) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        LocalDate first = today.minusDays(364);
        List<String> kiosks = new ArrayList<>();
        for (int k = 1; k <= size.kiosks(); k++) {
            kiosks.add(String.format("SEED-%02d", k));
        }
        int titles = Math.max(50, Math.min(3000, size.loans() / 60));
        int items = titles * 3;
        int members = Math.max(100, Math.min(5000, size.loans() / 40));
        try (Connection s = slims.getConnection(); Connection c = central.getConnection()) {
            int uid = one(s, "SELECT user_id FROM user WHERE username = ?", staffUser);
            List<Integer> collTypes = ids(s, "SELECT coll_type_id FROM mst_coll_type");
            List<Integer> memberTypes = ids(s, "SELECT member_type_id FROM mst_member_type");
            int firstBiblio = one(s, "SELECT COALESCE(MAX(biblio_id), 0) + 1 FROM biblio");
            String[] titleOf = new String[titles];
            try (SeedBatch b = new SeedBatch(s, "INSERT INTO biblio (biblio_id, title, input_date, last_update, uid)", 5)) {
                for (int i = 0; i < titles; i++) {
                    titleOf[i] = WORDS[i % WORDS.length] + " " + WORDS[(i / WORDS.length) % WORDS.length] + " " + (i + 1);
                    b.add(firstBiblio + i, titleOf[i], first.atStartOfDay(), first.atStartOfDay(), uid);
                }
                b.flush();
                counts.put("biblio", b.written());
            }
            try (SeedBatch b = new SeedBatch(s, "INSERT INTO item (biblio_id, coll_type_id, item_code, item_status_id,"
                    + " input_date, last_update, uid)", 7)) {
                for (int i = 0; i < items; i++) {
                    b.add(firstBiblio + i % titles, collTypes.get(i % collTypes.size()), itemCode(i), "0",
                            first.atStartOfDay(), first.atStartOfDay(), uid);
                }
                b.flush();
                counts.put("item", b.written());
            }
            try (SeedBatch b = new SeedBatch(s, "INSERT INTO member (member_id, member_name, gender, member_type_id,"
                    + " register_date, expire_date, is_pending, input_date, last_update)", 9)) {
                for (int i = 0; i < members; i++) {
                    b.add(memberId(i), "Anggota " + (i + 1), i % 2, memberTypes.get(i % memberTypes.size()),
                            first.minusDays(30), today.plusYears(1), 0, first, first);
                }
                b.flush();
                counts.put("member", b.written());
            }
            seedKiosks(c, kiosks, today);
            counts.put("kiosk", (long) kiosks.size());
            long[][] perKioskDay = new long[kiosks.size()][365];
            try (SeedBatch loan = new SeedBatch(s, "INSERT INTO loan (item_code, member_id, loan_date, due_date, renewed,"
                    + " is_lent, is_return, return_date, input_date, last_update, uid)", 11);
                 SeedBatch report = new SeedBatch(c, "INSERT INTO transaction_report (id, kiosk_id, type, item_id, title,"
                         + " occurred_at, offline, outcome, refusal_code, due_date, detail, received_at)", 12)) {
                for (int i = 0; i < size.loans(); i++) {
                    int day = random.nextInt(365);
                    LocalDate date = first.plusDays(day);
                    LocalDateTime local = date.atTime(hour(date), random.nextInt(60), random.nextInt(60));
                    Instant at = local.atZone(zone).toInstant();
                    int k = (int) Math.min(kiosks.size() - 1, Math.abs(random.nextGaussian()) * kiosks.size() / 2.5);
                    int item = popular(items);
                    String code = itemCode(item);
                    String title = titleOf[item % titles];
                    boolean renewed = random.nextInt(10) == 0;
                    LocalDate returned = date.plusDays(3 + random.nextInt(18));
                    boolean back = returned.isBefore(today) && random.nextInt(20) != 0;
                    loan.add(code, memberId(popular(members)), date, date.plusDays(14), renewed ? 1 : 0, 1, back ? 1 : 0,
                            back || renewed ? (back ? returned : date.plusDays(7)) : null, local, local, uid);
                    report.add(UUID.randomUUID().toString(), kiosks.get(k), "CHECKOUT", code, title, utc(at), false,
                            "ACCEPTED", "", date.plusDays(14), "", utc(at));
                    perKioskDay[k][day]++;
                    if (back) {
                        Instant in = returned.atTime(hour(returned), random.nextInt(60)).atZone(zone).toInstant();
                        report.add(UUID.randomUUID().toString(), kiosks.get(random.nextInt(kiosks.size())), "CHECKIN", code,
                                title, utc(in), false, "ACCEPTED", "", null, "", utc(in));
                    }
                    if (renewed) {
                        Instant r = at.plusSeconds(7 * 86400L);
                        report.add(UUID.randomUUID().toString(), kiosks.get(k), "RENEW", code, title, utc(r), false,
                                "ACCEPTED", "", date.plusDays(21), "", utc(r));
                    }
                    if (random.nextInt(30) == 0) {
                        report.add(UUID.randomUUID().toString(), kiosks.get(k), "CHECKOUT", code, title, utc(at.plusSeconds(20)),
                                false, "REFUSED", "LIMIT_REACHED", null, "loan limit", utc(at.plusSeconds(20)));
                    }
                }
                loan.flush();
                report.flush();
                counts.put("loan", loan.written());
                counts.put("transaction_report", report.written());
            }
            counts.put("usage_report", seedUsage(c, kiosks, perKioskDay, first));
            counts.put("survey_answer", seedSurvey(c, kiosks, first, Math.max(100, size.loans() / 10)));
            counts.put("visitor_count", seedVisitors(s, first, Math.max(200, size.loans() / 4), members));
            counts.putAll(seedEvents(c, kiosks, first, size.registrations()));
            counts.putAll(seedVisits(c, kiosks, first));
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE TABLE transaction_report, usage_report, event_registration, visit_booking");
            }
        }
        return counts;
    }

    private void seedKiosks(Connection c, List<String> kiosks, LocalDate today) throws SQLException {
        Instant now = today.atTime(12, 0).atZone(zone).toInstant();
        try (SeedBatch k = new SeedBatch(c, "INSERT IGNORE INTO kiosk (kiosk_id, enrolled_at, version)", 3);
             SeedBatch h = new SeedBatch(c, "REPLACE INTO kiosk_heartbeat (kiosk_id, received_at, sent_at, version,"
                     + " outbox_depth, last_error, devices_json)", 7)) {
            for (String id : kiosks) {
                k.add(id, utc(now.minusSeconds(400L * 86400)), "1.4.2");
                h.add(id, utc(now), utc(now), "1.4.2", 0, "", "[{\"device\":\"printer\",\"state\":\"OK\",\"detail\":\"\"}]");
            }
        }
    }

    private long seedUsage(Connection c, List<String> kiosks, long[][] perKioskDay, LocalDate first) throws SQLException {
        try (SeedBatch b = new SeedBatch(c, "INSERT INTO usage_report (id, kiosk_id, period_start, period_end, transactions,"
                + " by_hour_json, visits, items_per_visit, top_titles_json, received_at)", 10)) {
            for (int k = 0; k < kiosks.size(); k++) {
                for (int d = 0; d < 365; d++) {
                    long loans = perKioskDay[k][d];
                    if (loans == 0) {
                        continue;
                    }
                    int visits = (int) Math.max(1, Math.round(loans / 2.4));
                    Instant start = first.plusDays(d).atStartOfDay(zone).toInstant();
                    b.add(UUID.randomUUID().toString(), kiosks.get(k), utc(start), utc(start.plusSeconds(86400)), loans,
                            "[]", visits, (double) loans / visits, "[]", utc(start.plusSeconds(86400)));
                }
            }
            b.flush();
            return b.written();
        }
    }

    private long seedSurvey(Connection c, List<String> kiosks, LocalDate first, int answers) throws SQLException {
        String[] activities = {"pinjam", "kembali", "acara", "kunjungan"};
        try (SeedBatch b = new SeedBatch(c, "INSERT INTO survey_answer (id, kiosk_id, answered_at, score, language,"
                + " activity, received_at)", 7)) {
            for (int i = 0; i < answers; i++) {
                LocalDate d = first.plusDays(random.nextInt(365));
                Instant at = d.atTime(hour(d), random.nextInt(60)).atZone(zone).toInstant();
                b.add(UUID.randomUUID().toString(), kiosks.get(random.nextInt(kiosks.size())), utc(at), 1 + random.nextInt(5),
                        random.nextInt(5) == 0 ? "en" : "id", activities[random.nextInt(activities.length)], utc(at));
            }
            b.flush();
            return b.written();
        }
    }

    private long seedVisitors(Connection s, LocalDate first, int visitors, int members) throws SQLException {
        try (SeedBatch b = new SeedBatch(s, "INSERT INTO visitor_count (member_id, member_name, checkin_date)", 3)) {
            for (int i = 0; i < visitors; i++) {
                LocalDate d = first.plusDays(random.nextInt(365));
                int m = random.nextInt(members);
                b.add(memberId(m), "Anggota " + (m + 1), d.atTime(hour(d), random.nextInt(60)));
            }
            b.flush();
            return b.written();
        }
    }

    private Map<String, Long> seedEvents(Connection c, List<String> kiosks, LocalDate first, int registrations)
            throws SQLException {
        String[] series = {"Literasi Digital", "Bengkel Penulisan Kreatif", "Diskusi Buku Bulanan"};
        int events = Math.max(12, registrations / 20);
        try (SeedBatch e = new SeedBatch(c, "INSERT INTO library_event (event_id, series, title_id, title_en, start_at,"
                + " end_at, capacity, waitlist)", 8);
             SeedBatch r = new SeedBatch(c, "INSERT INTO event_registration (registration_id, event_id, kiosk_id,"
                     + " guest_name, guest_phone, party_size, language, status, created_at)", 9)) {
            for (int i = 0; i < events; i++) {
                LocalDate d = first.plusDays((long) i * 365 / events);
                Instant start = d.atTime(9 + i % 6, 0).atZone(zone).toInstant();
                e.add("seed-" + i, series[i % 3], series[i % 3] + " " + (i + 1), series[i % 3] + " " + (i + 1), utc(start),
                        utc(start.plusSeconds(7200)), 30, true);
            }
            e.flush();
            for (int i = 0; i < registrations; i++) {
                int ev = random.nextInt(events);
                String status = switch (random.nextInt(10)) {
                    case 0 -> "CANCELLED";
                    case 1 -> "WAITLISTED";
                    default -> "CONFIRMED";
                };
                Instant at = first.plusDays((long) ev * 365 / events).atStartOfDay(zone).toInstant().minusSeconds(86400);
                r.add(UUID.randomUUID().toString(), "seed-" + ev, kiosks.get(random.nextInt(kiosks.size())),
                        "Tamu " + i, "0812" + (1000000 + i), 1 + random.nextInt(3), "id", status, utc(at));
            }
            r.flush();
            return Map.of("library_event", e.written(), "event_registration", r.written());
        }
    }

    private Map<String, Long> seedVisits(Connection c, List<String> kiosks, LocalDate first) throws SQLException {
        int slots = 300;
        try (SeedBatch sl = new SeedBatch(c, "INSERT INTO visit_slot (slot_id, start_at, end_at, room, capacity)", 5);
             SeedBatch b = new SeedBatch(c, "INSERT INTO visit_booking (booking_id, confirmation_code, slot_id, active_slot,"
                     + " kiosk_id, school_name, npsn, teacher_name, phone, email, students, grade, notes, status, created_at)", 15)) {
            for (int i = 0; i < slots; i++) {
                LocalDate d = first.plusDays((long) i * 365 / slots);
                Instant start = d.atTime(9, 0).atZone(zone).toInstant();
                sl.add("seed-slot-" + i, utc(start), utc(start.plusSeconds(5400)), "Ruang Anak", 40);
            }
            sl.flush();
            for (int i = 0; i < slots; i += 1 + random.nextInt(2)) {
                boolean cancelled = random.nextInt(12) == 0;
                Instant at = first.plusDays((long) i * 365 / slots).atStartOfDay(zone).toInstant().minusSeconds(7 * 86400L);
                b.add(UUID.randomUUID().toString(), String.format("SEED%06d", i), "seed-slot-" + i, cancelled ? null : "seed-slot-" + i,
                        kiosks.get(random.nextInt(kiosks.size())), "SD Negeri " + (i % 40 + 1) + " Malang", "2053" + String.format("%04d", i),
                        "Guru " + i, "0813" + (2000000 + i), "", 20 + random.nextInt(20), "4", "", cancelled ? "CANCELLED" : "CONFIRMED", utc(at));
            }
            b.flush();
            return Map.of("visit_slot", sl.written(), "visit_booking", b.written());
        }
    }

    /** An hour of library time, busier in the late morning and afternoon. */
    private int hour(LocalDate date) {
        int total = 0;
        for (int w : HOUR_WEIGHT) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int h = 0; h < HOUR_WEIGHT.length; h++) {
            pick -= HOUR_WEIGHT[h];
            if (pick < 0) {
                return date.getDayOfWeek().getValue() >= 6 ? Math.min(h, 15) : h;
            }
        }
        return 12;
    }

    /** Some items and members far more often than others. */
    private int popular(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(n * u * u * u));
    }

    private static String itemCode(int i) {
        return String.format("B%07d", i);
    }

    private static String memberId(int i) {
        return String.format("BM%06d", i);
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static int one(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No row for: " + sql + " (is the SLiMS staff user " + staffUserHint(params) + " there?)");
                }
                return rs.getInt(1);
            }
        }
    }

    private static String staffUserHint(Object... params) {
        return params.length == 0 ? "" : "'" + params[0] + "'";
    }

    private static List<Integer> ids(Connection c, String sql) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        if (ids.isEmpty()) {
            ids.add(0);
        }
        return ids;
    }
}
