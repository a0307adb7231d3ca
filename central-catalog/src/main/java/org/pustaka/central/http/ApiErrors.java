package org.pustaka.central.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.ZoneId;
import org.pustaka.central.circulation.CirculationUnavailableException;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.CommitUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes an {@code Error} body here, in one place: refusals with their status, an unreachable
 * database as {@code 503 UNAVAILABLE} with {@code Retry-After}, Javalin's own answers (unknown path, body too
 * large) with their status, and anything else as {@code 500 INTERNAL} with the stack trace in the log only.
 */
final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private ApiErrors() {
    }

    static int status(Refused.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case REFUSED -> 422;
        };
    }

    static void register(RoutesConfig routes, ZoneId zone) {
        routes.exception(Refused.class, (e, ctx) -> Replies.send(ctx, Answer.of(e, zone)));
        routes.exception(CirculationUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(SQLException.class, (e, ctx) -> {
            if (isUnavailable(e)) {
                unavailable(ctx, e);
            } else {
                internal(ctx, e);
            }
        });
        routes.exception(CommitUnknownException.class, (e, ctx) -> {
            LOG.warn("{} {} may or may not be stored: {}", ctx.method(), ctx.path(), e.getMessage());
            Replies.send(ctx, Answer.json(500, ApiMapping.error("INTERNAL",
                    "Katalog pusat tidak tahu apakah permintaan tersimpan; kirim ulang permintaan yang sama.",
                    "The central catalog cannot tell whether the request was stored; send the same request again.")));
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> framework(ctx, e.getStatus()));
        routes.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                framework(ctx, 404);
            }
        });
        routes.error(405, "*", ctx -> framework(ctx, 405));
    }

    private static boolean isUnavailable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException
                    || (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.warn("{} {} not processed, the database is unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        Replies.send(ctx, Answer.json(503, ApiMapping.error("UNAVAILABLE",
                "Katalog pusat sedang tidak dapat menyimpan; coba lagi sebentar lagi.",
                "The central catalog cannot store anything right now; try again shortly.")));
    }

    private static void internal(Context ctx, Exception e) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        Replies.send(ctx, Answer.json(500, ApiMapping.error("INTERNAL",
                "Terjadi kesalahan di katalog pusat; kirim ulang permintaan yang sama nanti.",
                "The central catalog failed; send the same request again later.")));
    }

    private static void framework(Context ctx, int status) {
        Answer a = switch (status) {
            case 404 -> Answer.json(404, ApiMapping.error("NOT_FOUND", "Alamat ini tidak ada di API /api/v1.",
                    "There is no such path in the /api/v1 API."));
            case 405 -> Answer.json(405, ApiMapping.error("INVALID_REQUEST", "Metode HTTP ini tidak dipakai di alamat ini.",
                    "This HTTP method is not used on this path."));
            case 413 -> Answer.json(413, ApiMapping.error("INVALID_REQUEST",
                    "Isi permintaan terlalu besar; kirim batch yang lebih kecil.",
                    "The request body is too large; send a smaller batch."));
            default -> Answer.json(status >= 500 ? 500 : 400, ApiMapping.error(status >= 500 ? "INTERNAL" : "INVALID_REQUEST",
                    "Permintaan tidak dapat dibaca.", "The request cannot be read."));
        };
        Replies.send(ctx, a);
    }
}
