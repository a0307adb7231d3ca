package org.pustaka.central.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pustaka.central.visits.BookingLine;
import org.pustaka.central.visits.Decision;
import org.pustaka.central.visits.Visits;

/**
 * Kunjungan Sekolah: one week of slots and bookings for everyone who may read; defining slots by term or one by
 * one, confirming a booking with the school and cancelling it with a reason for staff with {@link Role#EVENTS};
 * a printable day list and a CSV of a period. A change answers with a redirect to the week it touched, so a
 * reload sends nothing twice; a form with mistakes comes back with what was typed and a sentence per mistake.
 */
final class VisitPages {
    static final String PATH = StaffPages.PREFIX + "/kunjungan";
    private static final Set<String> NOTICES = Set.of("confirmed", "cancelled", "already", "unknown");

    private final Visits visits;
    private final Views views;
    private final Clock clock;

    VisitPages(Visits visits, Views views, Clock clock) {
        this.visits = visits;
        this.views = views;
        this.clock = clock;
    }

    void page(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        Texts t = Views.texts(ctx);
        Map<String, Object> extra = new HashMap<>();
        String done = ctx.queryParam("selesai");
        if (done != null && NOTICES.contains(done)) {
            extra.put("notice", t.get("visits.notice." + done));
        } else if (done != null && done.matches("added-\\d{1,4}-\\d{1,4}-\\d{1,4}")) {
            String[] n = done.split("-");
            String notice = t.get("visits.notice.added", Integer.parseInt(n[1]), Integer.parseInt(n[2]));
            int clashing = Integer.parseInt(n[3]);
            extra.put("notice", clashing == 0 ? notice : notice + " " + t.get("visits.notice.clashing", clashing));
        }
        show(ctx, 200, week(ctx.queryParam("minggu")), VisitForm.blank(t), VisitForm.blank(t), extra);
    }

    void addTerm(Context ctx) throws SQLException {
        add(ctx, false);
    }

    void addSlot(Context ctx) throws SQLException {
        add(ctx, true);
    }

    private void add(Context ctx, boolean single) throws SQLException {
        StaffSession staff = Views.require(ctx, Role.EVENTS);
        Texts t = Views.texts(ctx);
        VisitForm form = VisitForm.read(ctx, t, single, today());
        if (!form.ok()) {
            LocalDate week = monday(today());
            show(ctx, 400, week, single ? VisitForm.blank(t) : form, single ? form : VisitForm.blank(t),
                    Map.of("formError", single ? "slot" : "term"));
            return;
        }
        Visits.Added added = visits.addTerm(form.term(), staff.username());
        ctx.redirect(PATH + "?minggu=" + monday(form.term().firstDay()) + "&selesai=added-" + added.added() + "-"
                + added.existing() + "-" + added.clashing(), HttpStatus.SEE_OTHER);
    }

    void confirm(Context ctx) throws SQLException {
        StaffSession staff = Views.require(ctx, Role.EVENTS);
        Decision d = visits.confirm(bookingId(ctx), staff.username());
        after(ctx, d, "confirmed");
    }

    void cancel(Context ctx) throws SQLException {
        StaffSession staff = Views.require(ctx, Role.EVENTS);
        UUID id = bookingId(ctx);
        String reason = ctx.formParamAsClass("alasan", String.class).getOrDefault("").strip();
        if (reason.length() < 3 || reason.length() > 500) {
            Texts t = Views.texts(ctx);
            show(ctx, 400, week(ctx.formParam("minggu")), VisitForm.blank(t), VisitForm.blank(t),
                    Map.of("cancelId", id.toString(), "cancelReason", reason, "cancelError", t.get("visits.err.reason")));
            return;
        }
        after(ctx, visits.cancel(id, staff.username(), reason), "cancelled");
    }

    /** The bookings of one day, for printing. */
    void day(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        LocalDate day = date(ctx.queryParam("tanggal"), today());
        List<BookingLine> lines = visits.bookings(day, day).stream().filter(b -> !b.cancelled()).toList();
        views.render(ctx, "visits-day", Views.page(ctx, "visits.day.title", "kunjungan"), Map.of("day", day,
                "bookings", lines, "v", new VisitView(Views.texts(ctx), visits.zone())));
    }

    /** Every booking, cancelled ones too, of the slots from {@code dari} to {@code sampai} (default: the week). */
    void csv(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        Texts t = Views.texts(ctx);
        LocalDate from = date(ctx.queryParam("dari"), monday(today()));
        LocalDate to = date(ctx.queryParam("sampai"), from.plusDays(6));
        if (to.isBefore(from) || to.isAfter(from.plusDays(731))) {
            throw new StaffRefusal(400, "visits.err.csvRange");
        }
        VisitView v = new VisitView(t, visits.zone());
        VisitCsv csv = new VisitCsv().row(List.of(t.get("visits.col.date"), t.get("visits.col.start"), t.get("visits.col.end"),
                t.get("visits.col.room"), t.get("visits.col.school"), "NPSN", t.get("visits.col.teacher"),
                t.get("visits.col.phone"), t.get("visits.col.email"), t.get("visits.col.students"), t.get("visits.col.grade"),
                t.get("visits.col.notes"), t.get("visits.col.code"), t.get("visits.col.status"), t.get("visits.col.reason")));
        for (BookingLine b : visits.bookings(from, to)) {
            csv.row(List.of(v.iso(b.slot().start()), v.time(b.slot().start()), v.time(b.slot().end()), b.slot().room(),
                    b.schoolName(), b.npsn(), b.teacherName(), b.phone(), b.email(), String.valueOf(b.students()),
                    v.grade(b.grade()), b.notes(), b.confirmationCode(), v.stage(b),
                    b.cancelReason() == null ? "" : b.cancelReason()));
        }
        ctx.header("Content-Disposition", "attachment; filename=\"kunjungan-" + from + "-" + to + ".csv\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Back to the week the form was on (this week if its field was tampered with: the change is made). */
    private void after(Context ctx, Decision d, String doneKey) {
        String notice = switch (d) {
            case DONE -> doneKey;
            case ALREADY_CANCELLED -> "already";
            case UNKNOWN -> "unknown";
        };
        LocalDate back;
        try {
            back = week(ctx.formParam("minggu"));
        } catch (StaffRefusal e) {
            back = monday(today());
        }
        ctx.redirect(PATH + "?minggu=" + back + "&selesai=" + notice, HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, LocalDate monday, VisitForm term, VisitForm slot, Map<String, Object> extra)
            throws SQLException {
        Texts t = Views.texts(ctx);
        Map<String, Object> model = new HashMap<>(Map.of("monday", monday, "slots",
                visits.between(monday, monday.plusDays(6)), "bookings", visits.bookings(monday, monday.plusDays(6)),
                "term", term, "single", slot, "v", new VisitView(t, visits.zone()), "notice", "", "formError", "",
                "cancelId", "", "cancelReason", ""));
        model.put("cancelError", "");
        model.putAll(extra);
        ctx.status(status);
        views.render(ctx, "visits", Views.page(ctx, "visits.title", "kunjungan"), model);
    }

    private LocalDate week(String any) {
        return monday(date(any, today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(visits.zone()));
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate date(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new StaffRefusal(400, "visits.err.badDate");
        }
    }

    private static UUID bookingId(Context ctx) {
        try {
            return UUID.fromString(ctx.pathParam("bookingId"));
        } catch (IllegalArgumentException e) {
            throw new StaffRefusal(404, "visits.notice.unknown");
        }
    }
}
