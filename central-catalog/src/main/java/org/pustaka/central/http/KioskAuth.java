package org.pustaka.central.http;

import io.javalin.http.Context;
import java.sql.SQLException;
import org.pustaka.central.kiosks.Kiosks;
import org.pustaka.central.refusal.Refused;

/**
 * The bearer token of every request but enrollment: {@code 401 TOKEN_REJECTED} when missing, unknown or
 * revoked, {@code 403 TOKEN_REJECTED} on another kiosk's paths. The token itself is never logged.
 */
final class KioskAuth {
    private static final String ATTRIBUTE = "pustaka.kioskId";
    private final Kiosks kiosks;

    KioskAuth(Kiosks kiosks) {
        this.kiosks = kiosks;
    }

    /** Before every route that needs a token: remembers the kiosk for the handler. */
    void check(Context ctx) throws SQLException {
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        String kiosk = kiosks.kioskOf(token).orElseThrow(() -> new Refused(Refused.Kind.UNAUTHORIZED, "TOKEN_REJECTED",
                "Token kios tidak ada, salah atau dicabut. Daftarkan kios lagi dengan kode baru dari petugas.",
                "The kiosk token is missing, wrong or revoked. Enroll the kiosk again with a new code from staff."));
        ctx.attribute(ATTRIBUTE, kiosk);
    }

    static String kiosk(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The kiosk of the token, which must be the one the path names. */
    static String ownKiosk(Context ctx) {
        String kiosk = kiosk(ctx);
        if (!kiosk.equals(ctx.pathParam("kioskId"))) {
            throw new Refused(Refused.Kind.FORBIDDEN, "TOKEN_REJECTED",
                    "Token ini milik kios lain; setiap kios hanya memakai alamatnya sendiri.",
                    "This token belongs to another kiosk; each kiosk uses only its own paths.");
        }
        return kiosk;
    }
}
