package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pustaka.central.backend.slims.SlimsLoanStatistics;
import org.pustaka.central.store.Tx;
import org.pustaka.embedded.SlimsDatabase;

/**
 * Statistik's figures over a real MariaDB holding known rows in the service's tables and in SLiMS (February and
 * March 2024, before any demo data): the Dinas summary per month, busy hours in the library's time zone, top
 * titles, the per-kiosk table and the kiosks' SLiMS loans by collection and member type, for all kiosks and one.
 */
class StatisticsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static StaffFixture fx;
    private static Statistics statistics;

    @BeforeAll
    static void seed() throws Exception {
        fx = new StaffFixture();
        fx.sql(fx.centralDb,
                "INSERT INTO kiosk (kiosk_id, enrolled_at, version) VALUES ('MLG-A', '2024-01-01', '1'), ('MLG-B', '2024-01-01', '1')",
                // Monday 5 Feb 2024 10:30 and 11:10 in Malang (UTC+7); a return on Saturday 10 Feb 09:05; a refusal
                report("a1", "MLG-A", "CHECKOUT", "30000101", "Laskar Pelangi", "2024-02-05 03:30:00", "ACCEPTED"),
                report("b1", "MLG-B", "CHECKOUT", "30000105", "Bumi Manusia", "2024-02-05 04:10:00", "ACCEPTED"),
                report("a2", "MLG-A", "CHECKIN", "30000101", "Laskar Pelangi", "2024-02-10 02:05:00", "ACCEPTED"),
                report("b2", "MLG-B", "CHECKOUT", "30000106", "Negeri 5 Menara", "2024-02-06 04:00:00", "REFUSED"),
                // 29 Feb 17:30 UTC is 1 March 00:30 in Malang: a March loan
                report("a3", "MLG-A", "CHECKOUT", "30000111", "Si Kancil", "2024-02-29 17:30:00", "ACCEPTED"),
                "INSERT INTO usage_report (id, kiosk_id, period_start, period_end, transactions, by_hour_json, visits,"
                        + " items_per_visit, top_titles_json, received_at) VALUES"
                        + " ('u1', 'MLG-A', '2024-02-04 17:00:00', '2024-02-05 17:00:00', 6, '[]', 4, 1.5, '[]', NOW()),"
                        + " ('u2', 'MLG-B', '2024-02-05 17:00:00', '2024-02-06 17:00:00', 2, '[]', 2, 1.0, '[]', NOW())",
                "INSERT INTO library_event (event_id, title_id, title_en, start_at, end_at, capacity, waitlist) VALUES"
                        + " ('ev1', 'Literasi Digital', 'Digital Literacy', '2024-02-10 02:00:00', '2024-02-10 04:00:00', 20, 1),"
                        + " ('ev2', 'Diskusi Buku', 'Book Talk', '2024-03-05 07:00:00', '2024-03-05 09:00:00', 20, 1)",
                "INSERT INTO event_registration (registration_id, event_id, kiosk_id, guest_name, party_size, language, status,"
                        + " created_at) VALUES ('r1', 'ev1', 'MLG-A', 'Ani', 2, 'id', 'CONFIRMED', '2024-02-01'),"
                        + " ('r2', 'ev1', 'MLG-A', 'Budi', 1, 'id', 'CONFIRMED', '2024-02-01'),"
                        + " ('r3', 'ev1', 'MLG-B', 'Citra', 2, 'id', 'ATTENDED', '2024-02-01'),"
                        + " ('r4', 'ev1', 'MLG-B', 'Dedi', 3, 'id', 'WAITLISTED', '2024-02-01'),"
                        + " ('r5', 'ev1', 'MLG-B', 'Eka', 4, 'id', 'CANCELLED', '2024-02-01'),"
                        + " ('r6', 'ev2', 'MLG-A', 'Fajar', 5, 'en', 'CONFIRMED', '2024-02-20')",
                "INSERT INTO visit_slot (slot_id, start_at, end_at, capacity) VALUES"
                        + " ('s1', '2024-02-12 02:00:00', '2024-02-12 04:00:00', 40), ('s2', '2024-02-14 02:00:00', '2024-02-14 04:00:00', 40)",
                "INSERT INTO visit_booking (booking_id, confirmation_code, slot_id, active_slot, kiosk_id, school_name, npsn,"
                        + " teacher_name, phone, email, students, grade, notes, status, created_at) VALUES"
                        + " ('v1', 'K1', 's1', 's1', 'MLG-A', 'SD 1', '20530001', 'Guru', '0812', '', 30, '4', '', 'CONFIRMED', '2024-02-01'),"
                        + " ('v2', 'K2', 's2', NULL, 'MLG-A', 'SD 2', '20530002', 'Guru', '0812', '', 25, '5', '', 'CANCELLED', '2024-02-01')");
        fx.sql(fx.slimsDb,
                "INSERT INTO loan (item_code, member_id, loan_date, due_date, is_lent, is_return, input_date, last_update, uid) VALUES"
                        + " ('30000101', '2024000123', '2024-02-05', '2024-02-19', 1, 1, '2024-02-05 10:30:00', '2024-02-10 09:05:00', 2),"
                        + " ('30000105', '2024000600', '2024-02-05', '2024-02-12', 1, 0, '2024-02-05 11:10:00', '2024-02-05 11:10:00', 2),"
                        + " ('30000112', '2024000123', '2024-02-20', '2024-03-05', 1, 0, '2024-02-20 09:00:00', '2024-02-20 09:00:00', 1),"
                        + " ('30000111', '2024000700', '2024-03-01', '2024-03-08', 1, 0, '2024-03-01 00:30:00', '2024-03-01 00:30:00', 2)",
                "INSERT INTO visitor_count (member_id, member_name, checkin_date) VALUES ('2024000123', 'Siti', '2024-02-03 09:00:00'),"
                        + " ('2024000600', 'Putri', '2024-02-03 10:00:00'), (NULL, 'Tamu', '2024-02-28 15:00:00'),"
                        + " ('2024000700', 'Bima', '2024-03-02 09:00:00')");
        statistics = new Statistics(new Tx(fx.service.dataSource()), ZONE,
                new SlimsLoanStatistics(fx.service.slimsDataSource().orElseThrow(), SlimsDatabase.DEMO_STAFF_USER));
    }

    private static String report(String id, String kiosk, String type, String item, String title, String at, String outcome) {
        return "INSERT INTO transaction_report (id, kiosk_id, type, item_id, title, occurred_at, offline, outcome, refusal_code,"
                + " detail, received_at) VALUES ('" + id + "', '" + kiosk + "', '" + type + "', '" + item + "', '" + title
                + "', '" + at + "', 0, '" + outcome + "', '', '', NOW())";
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void theMonthlySummaryHasWhatTheDinasAsksFor() throws Exception {
        List<StatisticsMonth> months = statistics.months(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 3, 3));
        assertThat(months).containsExactly(
                new StatisticsMonth(YearMonth.of(2024, 2), 3, 6, 3, 2, 2, 1, 5, 1, 30),
                new StatisticsMonth(YearMonth.of(2024, 3), 1, 0, 1, 1, 1, 1, 5, 0, 0));
    }

    @Test
    void aMonthWithNothingStillHasItsRow() throws Exception {
        assertThat(statistics.months(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)))
                .containsExactly(new StatisticsMonth(YearMonth.of(2023, 6), 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void loansMadeAfterAReadAreCountedOnTheNext() throws Exception {
        LocalDate may = LocalDate.of(2023, 5, 1);
        String loan = "INSERT INTO loan (item_code, member_id, loan_date, due_date, is_lent, is_return, input_date,"
                + " last_update, uid) VALUES ('30000113', '2024000800', '2023-05-0%d', '2023-05-20', 1, 0, NOW(), NOW(), 2)";
        fx.sql(fx.slimsDb, loan.formatted(2));
        assertThat(statistics.months(may, may).get(0).loans()).isEqualTo(1);
        fx.sql(fx.slimsDb, loan.formatted(3));
        assertThat(statistics.months(may, may).get(0).loans()).isEqualTo(2);
        assertThat(statistics.months(may, may).get(0).membersServed()).isEqualTo(1);
        assertThat(fx.count("SELECT COUNT(*) FROM statistics_loan WHERE loan_date BETWEEN '2023-05-01' AND '2023-05-31'"
                + " AND collection_type = 'Buku Teks' AND member_type = 'Guru'")).isEqualTo(2);
    }

    @Test
    void februaryAtAllKiosks() throws Exception {
        StatisticsReport r = statistics.report(new StatisticsPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), ""));
        assertThat(r.heat()[0][10]).isEqualTo(1);
        assertThat(r.heat()[0][11]).isEqualTo(1);
        assertThat(r.heat()[5][9]).isEqualTo(1);
        assertThat(r.heat()[1][11]).as("refusals are not busy hours").isZero();
        assertThat(java.util.Arrays.stream(r.heat()).flatMapToInt(java.util.Arrays::stream).sum()).isEqualTo(3);
        assertThat(r.topTitles()).containsExactly(new StatisticsReport.TitleCount("Bumi Manusia", 1),
                new StatisticsReport.TitleCount("Laskar Pelangi", 1));
        assertThat(r.kiosks()).containsExactly(new StatisticsReport.KioskRow("MLG-A", 1, 1, 0, 0, 4, 6),
                new StatisticsReport.KioskRow("MLG-B", 1, 0, 0, 1, 2, 2));
        assertThat(r.total().loans()).isEqualTo(2);
        assertThat(r.total().itemsPerVisit()).isEqualTo("1.3");
        assertThat(r.collectionTypes()).containsExactly(entry("Buku Teks", 1L), entry("Fiksi", 1L));
        assertThat(r.memberTypes()).containsExactly(entry("Pelajar", 1L), entry("Umum", 1L));
        assertThat(r.kioskIds()).contains("MLG-A", "MLG-B");
    }

    @Test
    void oneKioskCountsOnlyItsOwnSteps() throws Exception {
        StatisticsReport r = statistics.report(new StatisticsPeriod(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31), "MLG-B"));
        assertThat(r.kiosks()).extracting(StatisticsReport.KioskRow::kioskId).containsExactly("MLG-B");
        assertThat(r.topTitles()).containsExactly(new StatisticsReport.TitleCount("Bumi Manusia", 1));
        assertThat(r.collectionTypes()).containsExactly(entry("Buku Teks", 1L));
        assertThat(r.memberTypes()).containsExactly(entry("Pelajar", 1L));
        StatisticsReport a = statistics.report(new StatisticsPeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), "MLG-A"));
        assertThat(a.memberTypes()).containsExactly(entry("Anak", 1L));
        assertThat(a.heat()[4][0]).as("Friday 1 March, 00:30 in Malang").isEqualTo(1);
    }

    @Test
    void thePeriodIsCheckedWithASentenceKey() {
        LocalDate d = LocalDate.of(2024, 2, 1);
        assertThat(StatisticsPeriod.parse("", null, null, d, d.plusDays(3))).isEqualTo(new StatisticsPeriod(d, d.plusDays(3), ""));
        assertThat(refusal(() -> StatisticsPeriod.parse("2024-02-30", "", "", d, d))).isEqualTo("stats.badDate");
        assertThat(refusal(() -> StatisticsPeriod.parse("2024-03-01", "2024-02-01", "", d, d))).isEqualTo("stats.badOrder");
        assertThat(refusal(() -> StatisticsPeriod.parse("2020-01-01", "2024-02-01", "", d, d))).isEqualTo("stats.tooLong");
        assertThat(refusal(() -> StatisticsPeriod.parse("", "", "x' OR 1=1 --", d, d))).isEqualTo("stats.badKiosk");
    }

    private static String refusal(Runnable r) {
        try {
            r.run();
            return "accepted";
        } catch (StaffRefusal e) {
            assertThat(e.status()).isEqualTo(400);
            return e.getMessage();
        }
    }

    @Test
    void csvCellsNeverBecomeFormulas() {
        assertThat(StatisticsCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(StatisticsCsv.cell("+62 812")).isEqualTo("\"'+62 812\"");
        assertThat(StatisticsCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(StatisticsCsv.cell("-5")).isEqualTo("\"-5\"");
        assertThat(StatisticsCsv.cell("Laskar Pelangi")).isEqualTo("\"Laskar Pelangi\"");
        assertThat(new StatisticsCsv().row(List.of("a", 1)).toString()).isEqualTo("\uFEFF\"a\",\"1\"\r\n");
    }
}
