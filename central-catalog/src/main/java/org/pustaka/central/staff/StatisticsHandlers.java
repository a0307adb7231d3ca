package org.pustaka.central.staff;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Statistik, for every signed-in member ({@link Role#READ}): the period's page, the Dinas's monthly summary as a
 * printable page and as CSV, and the top titles as CSV. The period comes from {@code dari}, {@code sampai}
 * (yyyy-mm-dd) and {@code kios}; both default to this month (a year's summary is one date away).
 */
final class StatisticsHandlers {
    private final Statistics statistics;
    private final Clock clock;
    private final Views views;

    StatisticsHandlers(Statistics statistics, Clock clock, Views views) {
        this.statistics = statistics;
        this.clock = clock;
        this.views = views;
    }

    void page(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        LocalDate today = LocalDate.now(clock.withZone(statistics.zone()));
        StatisticsReport report = statistics.report(period(ctx, today.withDayOfMonth(1), today));
        views.render(ctx, "stat", Views.page(ctx, "stats.title", "statistik"), Map.of("report", report));
    }

    void summary(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        StatisticsPeriod p = summaryPeriod(ctx);
        views.render(ctx, "statsummary", Views.page(ctx, "stats.summary.title", "statistik"),
                Map.of("period", p, "months", statistics.months(p.from(), p.to())));
    }

    void summaryCsv(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        StatisticsPeriod p = summaryPeriod(ctx);
        Texts t = Views.texts(ctx);
        List<Object> header = new ArrayList<>(List.of(t.get("stats.col.month")));
        for (String key : StatisticsMonth.COLUMNS) {
            header.add(t.get(key));
        }
        StatisticsCsv csv = new StatisticsCsv().row(header);
        for (StatisticsMonth m : statistics.months(p.from(), p.to())) {
            List<Object> row = new ArrayList<>(List.of(m.month().toString()));
            for (long n : m.figures()) {
                row.add(n);
            }
            csv.row(row);
        }
        send(ctx, csv, "statistik-ringkasan-" + p.from() + "-" + p.to() + ".csv");
    }

    void titlesCsv(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        LocalDate today = LocalDate.now(clock.withZone(statistics.zone()));
        StatisticsPeriod p = period(ctx, today.withDayOfMonth(1), today);
        Texts t = Views.texts(ctx);
        StatisticsCsv csv = new StatisticsCsv().row(List.of(t.get("stats.col.title"), t.get("col.loans")));
        statistics.topTitles(p).forEach(tc -> csv.row(List.of(tc.title(), tc.loans())));
        send(ctx, csv, "statistik-judul-" + p.from() + "-" + p.to() + ".csv");
    }

    private StatisticsPeriod summaryPeriod(Context ctx) {
        LocalDate today = LocalDate.now(clock.withZone(statistics.zone()));
        return period(ctx, today.withDayOfMonth(1), today);
    }

    private static StatisticsPeriod period(Context ctx, LocalDate from, LocalDate to) {
        return StatisticsPeriod.parse(ctx.queryParam("dari"), ctx.queryParam("sampai"), ctx.queryParam("kios"), from, to);
    }

    private static void send(Context ctx, StatisticsCsv csv, String name) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
