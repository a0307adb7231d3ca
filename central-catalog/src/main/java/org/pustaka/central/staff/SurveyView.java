package org.pustaka.central.staff;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Function;

/** Numbers, dates and activity names in the page's language for the survey template, and the chart's data. */
public final class SurveyView {
    private final Texts t;
    private final DateTimeFormatter day;
    private final DecimalFormat decimal;

    SurveyView(Texts t) {
        this.t = t;
        Locale locale = Locale.forLanguageTag(t.lang());
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.decimal = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
    }

    public String day(LocalDate d) {
        return day.format(d);
    }

    /** A week labelled by its Monday's ISO date. */
    public String week(String monday) {
        LocalDate m = LocalDate.parse(monday);
        return t.get("survey.weekOf", day(m), day(m.plusDays(6)));
    }

    public String decimal(BigDecimal d) {
        return decimal.format(d);
    }

    /** Known activity codes in words; any other text exactly as the kiosk sent it (the template escapes it). */
    public String activity(String code) {
        if (code.isEmpty()) {
            return t.get("survey.activity.none");
        }
        String key = "survey.activity." + code;
        String words = t.get(key);
        return words.equals(key) ? code : words;
    }

    /** A JSON array of numbers for a chart's data attribute, e.g. {@code [3,1,0]}. */
    public static <T> String numbers(Iterable<T> items, Function<T, Object> value) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        for (T item : items) {
            j.add(String.valueOf(value.apply(item)));
        }
        return j.toString();
    }

    /** Labels joined with "|" for a chart's data attribute (the attribute is escaped by the template). */
    public static <T> String labels(Iterable<T> items, Function<T, String> label) {
        StringJoiner j = new StringJoiner("|");
        for (T item : items) {
            j.add(label.apply(item).replace("|", "/"));
        }
        return j.toString();
    }
}
