package org.pustaka.central.http;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.ZoneId;
import org.pustaka.central.events.Events;
import org.pustaka.central.events.SignUp;
import org.pustaka.catalog.api.EventList;

/** Events and their sign-ups. */
final class EventHandlers {
    private final Events events;
    private final StoredAnswers answers;
    private final ZoneId zone;

    EventHandlers(Events events, StoredAnswers answers, ZoneId zone) {
        this.events = events;
        this.answers = answers;
        this.zone = zone;
    }

    void list(Context ctx) throws SQLException {
        Params.Range r = Params.range(ctx);
        Replies.json(ctx, 200, new EventList(events.between(r.from(), r.to()).stream()
                .map(e -> ApiMapping.event(e, zone)).toList()));
    }

    void register(Context ctx) throws SQLException {
        String kiosk = KioskAuth.kiosk(ctx);
        String eventId = Params.path(ctx, "eventId", 100);
        SignUp s = RequestReader.signUp(JsonBody.parse(ctx.bodyAsBytes()));
        Params.idempotencyKey(ctx, s.id());
        Answer a = answers.once(kiosk, s.id(), "register", Fingerprint.of(eventId, s), c ->
                Answer.json(201, ApiMapping.registration(events.register(c, kiosk, eventId, s))));
        Replies.send(ctx, a);
    }

    void cancel(Context ctx) throws SQLException {
        String eventId = Params.path(ctx, "eventId", 100);
        String registrationId = Params.uuidPath(ctx, "registrationId");
        Replies.json(ctx, 200, ApiMapping.registration(events.cancel(eventId, registrationId)));
    }
}
