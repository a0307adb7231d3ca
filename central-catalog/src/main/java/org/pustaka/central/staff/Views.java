package org.pustaka.central.staff;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the precompiled jte templates (built into the jar by the jte Maven plugin; output is HTML-escaped
 * unless a template says otherwise) and picks the page's language.
 */
final class Views {
    static final String STAFF = "staff";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The language a request reads: the cookie the switch sets, else Bahasa Indonesia. */
    static Texts texts(Context ctx) {
        return Texts.of(ctx.cookie(Cookies.LANG));
    }

    static StaffSession session(Context ctx) {
        return ctx.attribute(STAFF);
    }

    /** The language switch returns to this page, or after a form to the page the form belongs to. */
    static Page page(Context ctx, String titleKey, String current) {
        String back = "GET".equals(ctx.method().name()) || current.isEmpty() ? here(ctx) : StaffPages.PREFIX + "/" + current;
        return new Page(texts(ctx), session(ctx), titleKey, current, back);
    }

    /**
     * This page's path with its query (a chosen week, a period) but without {@code lang}: where the language
     * switch returns, so switching keeps what the page shows.
     */
    static String here(Context ctx) {
        StringBuilder query = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("lang")) {
                for (String v : values) {
                    query.append(query.length() == 0 ? "?" : "&").append(enc(name)).append('=').append(enc(v));
                }
            }
        });
        return ctx.path() + query;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Refuses with 403 unless the signed-in member has {@code role}. */
    static StaffSession require(Context ctx, Role role) {
        StaffSession s = session(ctx);
        if (s == null || !s.may(role)) {
            throw new StaffRefusal(403, "error.role");
        }
        return s;
    }

    void render(Context ctx, String template, Page page, Map<String, Object> model) {
        Map<String, Object> params = new HashMap<>(model);
        params.put("page", page);
        StringOutput out = new StringOutput();
        engine.render("staff/" + template + ".jte", params, out);
        ctx.header("Cache-Control", "no-store");
        ctx.html(out.toString());
    }
}
