package org.pustaka.central.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.central.circulation.CheckinRequest;
import org.pustaka.central.circulation.CheckoutRequest;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.PatronAnswer;
import org.pustaka.central.circulation.RenewAllRequest;
import org.pustaka.central.circulation.RenewRequest;
import org.pustaka.catalog.api.RenewAllAnswer;
import org.pustaka.central.refusal.Refused;

/**
 * The circulation operations over the core's {@link CirculationDesk}, which keeps their request ids exactly
 * once. A refusal is {@code 422} with the refusal code. A PIN sent with a loan, renewal or account is
 * checked first; a loan or renewal without one is trusted to the kiosk's own session check (offline
 * replays carry no PIN, as the kiosk never stores one).
 */
final class CirculationHandlers {
    private static final int ID_MAX = 64;
    private final CirculationDesk desk;
    private final PinChecks pins;

    CirculationHandlers(CirculationDesk desk, PinChecks pins) {
        this.desk = desk;
        this.pins = pins;
    }

    void authenticate(Context ctx) {
        JsonBody b = JsonBody.parse(ctx.bodyAsBytes());
        PatronAnswer a = pins.authenticate(b.text("patronId", 1, ID_MAX), Optional.ofNullable(b.optText("pin", 64)));
        Replies.json(ctx, 200, CirculationMapping.patron(a.patron()));
    }

    void account(Context ctx) {
        JsonBody b = JsonBody.parse(ctx.bodyAsBytes());
        String patron = b.text("patronId", 1, ID_MAX);
        String pin = b.optText("pin", 64);
        if (pin == null) {
            pins.authenticate(patron, Optional.empty());
        } else {
            pins.check(patron, pin);
        }
        var a = desk.account(patron);
        if (!a.ok()) {
            throw CirculationMapping.refused(a.refusal());
        }
        Replies.json(ctx, 200, CirculationMapping.account(a));
    }

    void checkout(Context ctx) {
        Loan l = loan(ctx);
        reply(ctx, desk.checkout(new CheckoutRequest(l.id.toString(), KioskAuth.kiosk(ctx), l.patron, l.item, l.time,
                l.noBlock)), false);
    }

    void renew(Context ctx) {
        Loan l = loan(ctx);
        reply(ctx, desk.renew(new RenewRequest(l.id.toString(), KioskAuth.kiosk(ctx), l.patron, l.item, l.time)), false);
    }

    void checkin(Context ctx) {
        JsonBody b = JsonBody.parse(ctx.bodyAsBytes());
        UUID id = b.uuid("id");
        Params.idempotencyKey(ctx, id);
        reply(ctx, desk.checkin(new CheckinRequest(id.toString(), KioskAuth.kiosk(ctx), b.text("itemId", 1, ID_MAX),
                b.instant("transactionTime"), b.optBoolean("noBlock"))), true);
    }

    void renewAll(Context ctx) {
        JsonBody b = JsonBody.parse(ctx.bodyAsBytes());
        UUID id = b.uuid("id");
        Params.idempotencyKey(ctx, id);
        String patron = b.text("patronId", 1, ID_MAX);
        Instant time = b.instant("transactionTime");
        checkPinIfGiven(patron, b.optText("pin", 64));
        var a = desk.renewAll(new RenewAllRequest(id.toString(), KioskAuth.kiosk(ctx), patron, time));
        if (!a.ok()) {
            throw CirculationMapping.refused(a.refusal());
        }
        Replies.json(ctx, 200, new RenewAllAnswer(a.results().stream()
                .map(r -> CirculationMapping.loanAnswer(r, false)).toList()));
    }

    void item(Context ctx) {
        var s = desk.item(Params.path(ctx, "itemId", ID_MAX));
        if (!s.found()) {
            throw new Refused(Refused.Kind.NOT_FOUND, "ITEM_UNKNOWN", "Buku ini tidak dikenal katalog.",
                    "The catalog does not know this item.");
        }
        Replies.json(ctx, 200, CirculationMapping.item(s));
    }

    private record Loan(UUID id, String patron, String item, Instant time, boolean noBlock) {
    }

    private Loan loan(Context ctx) {
        JsonBody b = JsonBody.parse(ctx.bodyAsBytes());
        UUID id = b.uuid("id");
        Params.idempotencyKey(ctx, id);
        Loan l = new Loan(id, b.text("patronId", 1, ID_MAX), b.text("itemId", 1, ID_MAX), b.instant("transactionTime"),
                b.optBoolean("noBlock"));
        checkPinIfGiven(l.patron, b.optText("pin", 64));
        return l;
    }

    private void checkPinIfGiven(String patron, String pin) {
        if (pin != null) {
            pins.check(patron, pin);
        }
    }

    private static void reply(Context ctx, org.pustaka.central.circulation.CirculationAnswer a, boolean checkin) {
        if (!a.ok() && a.refusal() != null) {
            throw CirculationMapping.refused(a.refusal());
        }
        Replies.json(ctx, 200, CirculationMapping.loanAnswer(a, checkin));
    }
}
