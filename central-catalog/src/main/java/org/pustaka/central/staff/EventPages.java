package org.pustaka.central.staff;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.pustaka.central.events.Attendance;
import org.pustaka.central.events.EventCsv;
import org.pustaka.central.events.EventProgramme;
import org.pustaka.central.events.EventSeries;
import org.pustaka.central.events.EventSession;
import org.pustaka.central.events.Events;
import org.pustaka.central.events.Registration;
import org.pustaka.central.refusal.Refused;

/**
 * Acara: the programme's sessions for everyone signed in; creating and changing series and sessions, cancelling
 * registrations and sessions and marking attendance for staff with {@link Role#EVENTS}. Handlers parse the form,
 * call the events core and render; refusals of the core come back as the page's error sentence.
 */
final class EventPages {
    static final String PATH = StaffPages.PREFIX + "/acara";

    private final EventProgramme programme;
    private final Events events;
    private final Views views;
    private final ZoneId zone;

    EventPages(EventProgramme programme, Events events, Views views) {
        this.programme = programme;
        this.events = events;
        this.views = views;
        this.zone = programme.zone();
    }

    void list(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        Texts t = Views.texts(ctx);
        views.render(ctx, "events", Views.page(ctx, "events.title", "acara"), Map.of(
                "upcoming", lines(programme.upcoming(500), t), "past", lines(programme.past(100), t)));
    }

    void newForm(Context ctx) {
        Views.require(ctx, Role.EVENTS);
        form(ctx, 200, EventForm.blank(), EventForm.Parts.ALL, PATH, List.of());
    }

    void create(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        EventForm f = EventForm.read(ctx);
        if (!refused(ctx, f, EventForm.Parts.ALL, PATH)) {
            String id = attempt(ctx, f, EventForm.Parts.ALL, PATH, () -> programme.create(f.series(""), f.plan(zone)));
            redirect(ctx, id, id == null ? null : "");
        }
    }

    void session(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        showSession(ctx, 200, ctx.pathParam("eventId"), List.of(), ctx.queryParam("info"));
    }

    void editForm(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        String id = ctx.pathParam("eventId");
        form(ctx, 200, EventForm.of(found(programme.session(id)), zone), EventForm.Parts.ALL, PATH + "/" + id, List.of());
    }

    void update(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        String id = ctx.pathParam("eventId");
        EventSession s = found(programme.session(id));
        EventForm f = EventForm.read(ctx);
        String action = PATH + "/" + id;
        if (!refused(ctx, f, EventForm.Parts.ALL, action)) {
            Integer promoted = attempt(ctx, f, EventForm.Parts.ALL, action,
                    () -> programme.updateSession(id, f.series(s.event().series()), f.plan(zone)));
            redirect(ctx, promoted == null ? null : id, promoted == null ? null : promoted > 0 ? "promoted" : "saved");
        }
    }

    void series(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        String id = ctx.pathParam("seriesId");
        EventSeries s = found(programme.series(id));
        seriesPage(ctx, 200, s, EventForm.of(s), List.of(), ctx.queryParam("info"));
    }

    void updateSeries(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        EventSeries s = found(programme.series(ctx.pathParam("seriesId")));
        EventForm f = EventForm.read(ctx);
        List<String> problems = messages(ctx, f.problems(EventForm.Parts.TEXT, zone));
        if (!problems.isEmpty()) {
            seriesPage(ctx, 400, s, f, problems, null);
            return;
        }
        programme.updateSeries(f.series(s.id()));
        ctx.redirect(PATH + "/seri/" + s.id() + "?info=saved", HttpStatus.SEE_OTHER);
    }

    void newSessionForm(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        EventSeries s = found(programme.series(ctx.pathParam("seriesId")));
        form(ctx, 200, EventForm.of(s), EventForm.Parts.SCHEDULE, PATH + "/seri/" + s.id() + "/sesi", List.of());
    }

    void addSession(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        EventSeries s = found(programme.series(ctx.pathParam("seriesId")));
        EventForm f = EventForm.read(ctx);
        String action = PATH + "/seri/" + s.id() + "/sesi";
        if (!refused(ctx, f, EventForm.Parts.SCHEDULE, action)) {
            String id = attempt(ctx, f, EventForm.Parts.SCHEDULE, action, () -> programme.addSession(s.id(), f.plan(zone)));
            redirect(ctx, id, id == null ? null : "");
        }
    }

    void cancelRegistration(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        String id = ctx.pathParam("eventId");
        try {
            events.cancel(id, ctx.pathParam("registrationId"));
        } catch (Refused | IllegalArgumentException e) {
            showSession(ctx, 404, id, List.of(Views.texts(ctx).get("events.error.registration")), null);
            return;
        }
        redirect(ctx, id, "cancelled");
    }

    void attendance(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        String id = ctx.pathParam("eventId");
        Attendance a = "hadir".equals(ctx.formParam("hadir")) ? Attendance.ATTENDED
                : "tidak".equals(ctx.formParam("hadir")) ? Attendance.ABSENT : null;
        try {
            if (a == null) {
                throw Refused.invalid("Pilih hadir atau tidak hadir.", "Choose attended or absent.");
            }
            programme.markAttendance(id, ctx.pathParam("registrationId"), a);
        } catch (Refused e) {
            showSession(ctx, a == null ? 400 : 404, id, List.of(sentence(ctx, e)), null);
            return;
        }
        redirect(ctx, id, "");
    }

    void cancelSession(Context ctx) throws SQLException {
        Views.require(ctx, Role.EVENTS);
        String id = ctx.pathParam("eventId");
        found(programme.session(id));
        String reason = ctx.formParam("reason") == null ? "" : ctx.formParam("reason");
        if (reason.isBlank() || reason.length() > 500) {
            showSession(ctx, 400, id, List.of(Views.texts(ctx).get("events.error.reason")), null);
            return;
        }
        programme.cancelSession(id, reason);
        redirect(ctx, id, "sessionCancelled");
    }

    void csv(Context ctx) throws SQLException, IOException {
        Views.require(ctx, Role.READ);
        String id = ctx.pathParam("eventId");
        found(programme.session(id));
        Texts t = Views.texts(ctx);
        DateTimeFormatter at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        for (Registration r : programme.registrations(id)) {
            rows.add(List.of(r.id(), t.get("events.status." + r.status()), r.waitlistPosition() == 0 ? "" : Integer.toString(r.waitlistPosition()),
                    r.maskedMember(), r.guestName() == null ? "" : r.guestName(), r.guestPhone() == null ? "" : r.guestPhone(),
                    Integer.toString(r.partySize()), r.kioskId(), at.format(r.createdAt().atZone(zone)),
                    r.attendance() == null ? "" : t.get("events.attendance." + r.attendance())));
        }
        List<String> header = List.of("events.col.registration", "events.col.status", "events.col.position", "events.col.member",
                "events.col.guest", "events.col.phone", "events.col.party", "events.col.kiosk", "events.col.created",
                "events.col.attendance").stream().map(t::get).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventCsv.write(out, header, rows);
        ctx.header("Content-Disposition", "attachment; filename=\"pendaftaran-" + id + ".csv\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(out.toByteArray());
    }

    private void showSession(Context ctx, int status, String id, List<String> errors, String info) throws SQLException {
        EventSession s = found(programme.session(id));
        List<Registration> all = programme.registrations(id);
        Map<String, Object> model = new HashMap<>();
        model.put("event", EventLine.of(s, Views.texts(ctx), zone));
        model.put("registrations", all);
        model.put("errors", errors);
        model.put("info", info == null ? "" : info);
        model.put("callList", s.cancelled() ? all.stream().filter(r -> !Events.CANCELLED.equals(r.status())).toList() : List.of());
        ctx.status(status);
        views.render(ctx, "events-session", page(ctx, "events.session.title", PATH + "/" + id), model);
    }

    private void seriesPage(Context ctx, int status, EventSeries s, EventForm f, List<String> errors, String info)
            throws SQLException {
        ctx.status(status);
        views.render(ctx, "events-series", page(ctx, "events.series.title", PATH + "/seri/" + s.id()), Map.of("seriesId", s.id(),
                "form", f, "errors", errors, "info", info == null ? "" : info,
                "sessions", lines(programme.sessionsOfSeries(s.id()), Views.texts(ctx))));
    }

    /** The Acara menu entry current; the language switch comes back to {@code back}, the page a form belongs to. */
    private static Page page(Context ctx, String titleKey, String back) {
        return new Page(Views.texts(ctx), Views.session(ctx), titleKey, "acara", back);
    }

    private void form(Context ctx, int status, EventForm f, EventForm.Parts parts, String action, List<String> errors) {
        ctx.status(status);
        String title = parts == EventForm.Parts.SCHEDULE ? "events.newSession.title"
                : action.equals(PATH) ? "events.new.title" : "events.edit.title";
        String back = parts == EventForm.Parts.SCHEDULE ? action + "-baru" : action.equals(PATH) ? PATH + "/baru" : action + "/ubah";
        views.render(ctx, "events-form", page(ctx, title, back), Map.of("form", f, "parts", parts,
                "action", action, "errors", errors));
    }

    /** Shows the form again with its problems; answers whether there were any. */
    private boolean refused(Context ctx, EventForm f, EventForm.Parts parts, String action) {
        List<String> problems = messages(ctx, f.problems(parts, zone));
        if (problems.isEmpty()) {
            return false;
        }
        form(ctx, 400, f, parts, action, problems);
        return true;
    }

    private interface Change<T> {
        T run() throws SQLException;
    }

    /** Runs a change; a refusal of the core shows the form again with its sentence and answers null. */
    private <T> T attempt(Context ctx, EventForm f, EventForm.Parts parts, String action, Change<T> change)
            throws SQLException {
        try {
            return change.run();
        } catch (Refused e) {
            form(ctx, e.kind() == Refused.Kind.NOT_FOUND ? 404 : 400, f, parts, action, List.of(sentence(ctx, e)));
            return null;
        }
    }

    private static void redirect(Context ctx, String eventId, String info) {
        if (eventId != null) {
            ctx.redirect(PATH + "/" + eventId + (info.isEmpty() ? "" : "?info=" + info), HttpStatus.SEE_OTHER);
        }
    }

    private static <T> T found(Optional<T> value) {
        return value.orElseThrow(() -> new StaffRefusal(404, "events.error.unknown"));
    }

    private static String sentence(Context ctx, Refused e) {
        return "en".equals(Views.texts(ctx).lang()) ? e.messageEn() : e.messageId();
    }

    private static List<String> messages(Context ctx, List<String> keys) {
        Texts t = Views.texts(ctx);
        return keys.stream().map(t::get).toList();
    }

    private List<EventLine> lines(List<EventSession> sessions, Texts t) {
        return sessions.stream().map(s -> EventLine.of(s, t, zone)).toList();
    }
}
