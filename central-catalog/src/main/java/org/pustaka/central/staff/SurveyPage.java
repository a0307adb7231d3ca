package org.pustaka.central.staff;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Survei: the end-of-visit survey over a chosen period (default: this week and the eleven before it), for
 * everyone who may read. A period that cannot be read comes back with the typed dates and a sentence.
 */
final class SurveyPage {
    static final int MAX_DAYS = 731;

    private final SurveyFigures figures;
    private final Views views;
    private final Clock clock;
    private final ZoneId zone;

    SurveyPage(SurveyFigures figures, Views views, Clock clock, ZoneId zone) {
        this.figures = figures;
        this.views = views;
        this.clock = clock;
        this.zone = zone;
    }

    void page(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        Texts t = Views.texts(ctx);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate defaultFrom = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
        String fromText = ctx.queryParamAsClass("dari", String.class).getOrDefault("").strip();
        String toText = ctx.queryParamAsClass("sampai", String.class).getOrDefault("").strip();
        List<String> errors = new ArrayList<>();
        LocalDate from = date(fromText, defaultFrom, t, errors);
        LocalDate to = date(toText, today, t, errors);
        if (errors.isEmpty() && to.isBefore(from)) {
            errors.add(t.get("survey.err.order"));
        } else if (errors.isEmpty() && to.isAfter(from.plusDays(MAX_DAYS))) {
            errors.add(t.get("survey.err.long"));
        }
        SurveyFigures.Period period = errors.isEmpty() ? figures.period(from, to) : null;
        ctx.status(errors.isEmpty() ? 200 : 400);
        views.render(ctx, "survey", Views.page(ctx, "survey.title", "survei"), Map.of(
                "fromText", fromText.isEmpty() ? defaultFrom.toString() : fromText,
                "toText", toText.isEmpty() ? today.toString() : toText,
                "errors", errors, "p", period == null ? empty(today) : period, "ok", period != null,
                "v", new SurveyView(t)));
    }

    private SurveyFigures.Period empty(LocalDate today) {
        return new SurveyFigures.Period(today, today, new SurveyFigures.Tally("", new long[5]), List.of(), List.of());
    }

    private static LocalDate date(String text, LocalDate otherwise, Texts t, List<String> errors) {
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(t.get("survey.err.date", text));
            return otherwise;
        }
    }
}
