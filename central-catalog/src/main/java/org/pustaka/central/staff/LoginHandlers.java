package org.pustaka.central.staff;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in and sign-out. The sign-in form carries its own CSRF token (a cookie the form must repeat), since no
 * session exists yet. Failures are logged with the username only; the password is never logged or kept.
 */
final class LoginHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(LoginHandlers.class);

    private final StaffDirectory directory;
    private final StaffRoles roles;
    private final StaffSessions sessions;
    private final LoginLimiter limiter;
    private final Cookies cookies;
    private final Views views;

    LoginHandlers(StaffDirectory directory, StaffRoles roles, StaffSessions sessions, LoginLimiter limiter,
                  Cookies cookies, Views views) {
        this.directory = directory;
        this.roles = roles;
        this.sessions = sessions;
        this.limiter = limiter;
        this.cookies = cookies;
        this.views = views;
    }

    void form(Context ctx) {
        show(ctx, 200, null, "");
    }

    void login(Context ctx) throws SQLException {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").trim();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        if (!same(ctx.cookie(Cookies.LOGIN_CSRF), ctx.formParam("_csrf"))) {
            throw new StaffRefusal(403, "error.csrf");
        }
        if (username.isEmpty() || password.isEmpty()) {
            show(ctx, 400, "login.missing", username);
            return;
        }
        String remote = ctx.ip();
        if (!limiter.allows(username, remote)) {
            LOG.warn("Staff sign-in for {} refused: too many failed attempts", username);
            show(ctx, 429, "login.limited", username);
            return;
        }
        Optional<StaffAccount> account = directory.check(username, password);
        if (account.isEmpty()) {
            limiter.failed(username, remote);
            LOG.info("Staff sign-in for {} failed", username);
            show(ctx, 401, "login.wrong", username);
            return;
        }
        StaffSessions.Started started = sessions.start(account.get(), roles.of(account.get()));
        cookies.set(ctx, Cookies.SESSION, started.cookie(), StaffSessions.LIFETIME.toSeconds());
        cookies.clear(ctx, Cookies.LOGIN_CSRF);
        LOG.info("Staff {} signed in", username);
        ctx.redirect("/staff/beranda", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) throws SQLException {
        sessions.end(ctx.cookie(Cookies.SESSION));
        cookies.clear(ctx, Cookies.SESSION);
        ctx.redirect("/staff/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, String errorKey, String username) {
        String token = StaffSessions.random();
        cookies.set(ctx, Cookies.LOGIN_CSRF, token, 3600);
        ctx.status(status);
        Page page = new Page(Views.texts(ctx), null, "login.title", "login", ctx.path());
        views.render(ctx, "login", page, Map.of("error", errorKey == null ? "" : errorKey, "username", username,
                "loginCsrf", token));
    }

    static boolean same(String expected, String given) {
        return expected != null && given != null && !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
