package org.pustaka.central.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the staff routes are declared, so every handler is guarded: a failure the handler did not expect is
 * logged with a short reference and answered with the staff error page (500) in the visitor's language, the
 * reference on it and never a stack trace; an unknown path under {@code /staff} gets the same page as a 404.
 * It also keeps the list of GET pages, which the page bench requests.
 */
public final class ErrorPages {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final RoutesConfig routes;
    private final Views views;
    private final List<String> pages = new ArrayList<>();

    ErrorPages(RoutesConfig routes, Views views) {
        this.routes = routes;
        this.views = views;
        routes.error(404, "*", this::notFound);
    }

    void get(String path, Handler handler) {
        pages.add(path);
        routes.get(path, guard(handler));
    }

    void post(String path, Handler handler) {
        routes.post(path, guard(handler));
    }

    /** The GET paths in the order declared (those with {@code {param}} need a value to be requested). */
    List<String> pages() {
        return List.copyOf(pages);
    }

    private Handler guard(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (StaffRefusal refusal) {
                throw refusal;
            } catch (HttpResponseException e) {
                if (e.getStatus() < 400) {
                    throw e;
                }
                if (e.getStatus() >= 500) {
                    failed(ctx, e);
                } else {
                    show(ctx, e.getStatus(), "error.badRequest", "");
                }
            } catch (Exception e) {
                failed(ctx, e);
            }
        };
    }

    private void failed(Context ctx, Exception e) {
        String reference = reference();
        LOG.error("Staff page {} {} failed (reference {})", ctx.method(), ctx.path(), reference, e);
        show(ctx, 500, "error.internal", reference);
    }

    /** Javalin answers an unknown path with a JSON 404 first; under /staff that becomes the staff page. */
    private void notFound(Context ctx) {
        String type = ctx.res().getContentType();
        if (ctx.path().startsWith(StaffPages.PREFIX) && (type == null || !type.startsWith("text/html"))) {
            show(ctx, 404, "error.notFound", "");
        }
    }

    private void show(Context ctx, int status, String key, String reference) {
        ctx.status(status);
        views.render(ctx, "error", Views.page(ctx, "error.title", ""), Map.of("message", key, "reference", reference));
    }

    static String reference() {
        StringBuilder b = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
