package org.pustaka.central.http;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.ZoneId;
import org.pustaka.catalog.api.SlotList;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.visits.BookingRequest;
import org.pustaka.central.visits.Visits;

/** School-visit slots and bookings. */
final class VisitHandlers {
    private final Visits visits;
    private final StoredAnswers answers;
    private final ZoneId zone;

    VisitHandlers(Visits visits, StoredAnswers answers, ZoneId zone) {
        this.visits = visits;
        this.answers = answers;
        this.zone = zone;
    }

    void slots(Context ctx) throws SQLException {
        Params.Range r = Params.range(ctx);
        Replies.json(ctx, 200, new SlotList(visits.between(r.from(), r.to()).stream()
                .map(s -> ApiMapping.slot(s, zone)).toList()));
    }

    void book(Context ctx) throws SQLException {
        String kiosk = KioskAuth.kiosk(ctx);
        BookingRequest b = RequestReader.booking(JsonBody.parse(ctx.bodyAsBytes()));
        Params.idempotencyKey(ctx, b.id());
        Answer a = answers.once(kiosk, b.id(), "book", Fingerprint.of(b), c ->
                Answer.json(201, ApiMapping.booking(visits.book(c, kiosk, b), zone)));
        Replies.send(ctx, a);
    }

    void booking(Context ctx) throws SQLException {
        String code = Params.path(ctx, "confirmationCode", 16);
        Replies.json(ctx, 200, ApiMapping.booking(visits.byCode(code).orElseThrow(() -> new Refused(
                Refused.Kind.NOT_FOUND, "BOOKING_UNKNOWN", "Tidak ada pemesanan dengan kode ini; periksa kodenya.",
                "There is no booking with this code; check the code.")), zone));
    }
}
