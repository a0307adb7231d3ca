package org.pustaka.central.staff;

import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pustaka.central.visits.VisitTerm;

/**
 * The term and single-slot forms of the Kunjungan page: what was typed (shown again with the problems), the
 * problems as sentences in the page's language, and the {@link VisitTerm} once nothing is wrong.
 */
public final class VisitForm {
    static final List<String> TERM_FIELDS = List.of("nama", "dari", "sampai", "mulai", "selesai", "ruang", "kapasitas");
    static final List<String> SLOT_FIELDS = List.of("tanggal", "mulai", "selesai", "ruang", "kapasitas");

    final Map<String, String> values = new LinkedHashMap<>();
    final Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    final List<String> errors = new ArrayList<>();
    private final Texts t;

    private VisitForm(Texts t) {
        this.t = t;
    }

    /** An empty form with the usual visiting hours filled in. */
    static VisitForm blank(Texts t) {
        VisitForm f = new VisitForm(t);
        f.values.put("mulai", "09:00");
        f.values.put("selesai", "11:00");
        f.values.put("kapasitas", "40");
        return f;
    }

    /** Reads and checks the term form ({@code single} false) or the single-slot form. */
    static VisitForm read(Context ctx, Texts t, boolean single, LocalDate today) {
        VisitForm f = new VisitForm(t);
        for (String k : single ? SLOT_FIELDS : TERM_FIELDS) {
            String v = ctx.formParam(k);
            f.values.put(k, v == null ? "" : v.strip());
        }
        if (!single) {
            for (String d : ctx.formParams("hari")) {
                if (d.matches("[1-7]")) {
                    f.weekdays.add(DayOfWeek.of(Integer.parseInt(d)));
                }
            }
        }
        f.check(single, today);
        return f;
    }

    public List<String> errors() {
        return errors;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean hasDay(int iso) {
        return weekdays.contains(DayOfWeek.of(iso));
    }

    /** The term; only when {@link #ok()}. */
    VisitTerm term() {
        int cap = Integer.parseInt(value("kapasitas"));
        LocalTime start = LocalTime.parse(value("mulai"));
        LocalTime end = LocalTime.parse(value("selesai"));
        if (values.containsKey("tanggal")) {
            return VisitTerm.single(LocalDate.parse(value("tanggal")), start, end, value("ruang"), cap);
        }
        return new VisitTerm(value("nama"), LocalDate.parse(value("dari")), LocalDate.parse(value("sampai")), weekdays,
                start, end, value("ruang"), cap);
    }

    private void check(boolean single, LocalDate today) {
        if (!single && (value("nama").isEmpty() || value("nama").length() > 100)) {
            errors.add(t.get("visits.err.name"));
        }
        LocalDate from = date(single ? "tanggal" : "dari");
        LocalDate to = single ? from : date("sampai");
        if (from != null && from.isBefore(today)) {
            errors.add(t.get("visits.err.past"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(t.get("visits.err.order"));
        }
        if (!single && weekdays.isEmpty()) {
            errors.add(t.get("visits.err.weekday"));
        }
        LocalTime start = time("mulai");
        LocalTime end = time("selesai");
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(t.get("visits.err.timeOrder"));
        }
        if (value("ruang").isEmpty() || value("ruang").length() > 100) {
            errors.add(t.get("visits.err.room"));
        }
        capacity();
        if (errors.isEmpty() && !single) {
            int n = term().count();
            if (n == 0) {
                errors.add(t.get("visits.err.none"));
            } else if (n > VisitTerm.MAX_SLOTS) {
                errors.add(t.get("visits.err.tooMany", n, VisitTerm.MAX_SLOTS));
            }
        }
    }

    private void capacity() {
        try {
            int cap = Integer.parseInt(value("kapasitas"));
            if (cap >= 1 && cap <= 500) {
                return;
            }
        } catch (NumberFormatException e) {
            // the sentence below says what is expected
        }
        errors.add(t.get("visits.err.capacity"));
    }

    private LocalDate date(String key) {
        try {
            return LocalDate.parse(value(key));
        } catch (DateTimeParseException e) {
            errors.add(t.get("visits.err.date", value(key).isEmpty() ? "(" + t.get("visits.empty") + ")" : value(key)));
            return null;
        }
    }

    private LocalTime time(String key) {
        try {
            return LocalTime.parse(value(key));
        } catch (DateTimeParseException e) {
            errors.add(t.get("visits.err.time", value(key).isEmpty() ? "(" + t.get("visits.empty") + ")" : value(key)));
            return null;
        }
    }
}
