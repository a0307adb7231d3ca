package org.pustaka.central.staff;

import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.pustaka.central.kiosks.Kiosks;

/**
 * Kios: the fleet's tiles for everyone; a one-time enrollment code and revoking a kiosk's tokens for staff with
 * {@link Role#KIOSKS}. The code is shown once on the answer page and kept only hashed.
 */
final class FleetHandlers {
    private final Kiosks kiosks;
    private final Dashboard dashboard;
    private final Views views;

    FleetHandlers(Kiosks kiosks, Dashboard dashboard, Views views) {
        this.kiosks = kiosks;
        this.dashboard = dashboard;
        this.views = views;
    }

    void page(Context ctx) throws SQLException {
        Views.require(ctx, Role.READ);
        show(ctx, 200, Map.of());
    }

    void createCode(Context ctx) throws SQLException {
        Views.require(ctx, Role.KIOSKS);
        String kioskId = ctx.formParamAsClass("kioskId", String.class).getOrDefault("").trim();
        if (!Kiosks.KIOSK_ID.matcher(kioskId).matches()) {
            show(ctx, 400, Map.of("error", "fleet.badId", "kioskId", kioskId));
            return;
        }
        Kiosks.IssuedCode code = kiosks.createCode(kioskId);
        show(ctx, 200, Map.of("issuedFor", kioskId, "code", code.code()));
    }

    void revoke(Context ctx) throws SQLException {
        Views.require(ctx, Role.KIOSKS);
        String kioskId = ctx.pathParam("kioskId");
        int revoked = kiosks.revoke(kioskId);
        show(ctx, 200, Map.of("revoked", kioskId, "revokedCount", revoked));
    }

    private void show(Context ctx, int status, Map<String, Object> extra) throws SQLException {
        Map<String, Object> model = new HashMap<>(Map.of("today", dashboard.today(), "error", "", "kioskId", "",
                "issuedFor", "", "code", "", "revoked", "", "revokedCount", 0));
        model.putAll(extra);
        ctx.status(status);
        views.render(ctx, "fleet", Views.page(ctx, "fleet.title", "kios"), model);
    }
}
