package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Sign-in, sessions, CSRF, roles and the rate limit over real HTTP, against SLiMS staff accounts in the
 * embedded MariaDB.
 */
class StaffSecurityTest {
    private static StaffFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new StaffFixture();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @Test
    void bcryptAndLegacyMd5AccountsSignInWithSafeCookieFlags() throws Exception {
        HttpClient admin = StaffFixture.client();
        HttpResponse<String> r = fx.login(admin, StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/staff/beranda");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Cookies.SESSION + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(fx.get(admin, "/staff/beranda").statusCode()).isEqualTo(200);

        HttpClient legacy = StaffFixture.client();
        assertThat(fx.login(legacy, StaffFixture.LEGACY, StaffFixture.LEGACY_PASSWORD).statusCode()).isEqualTo(303);
        assertThat(fx.get(legacy, "/staff/beranda").body()).contains("Bambang Lama");
    }

    @Test
    void behindHttpsTheCookieIsSecure() throws Exception {
        HttpClient c = StaffFixture.client();
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(fx.base + "/staff/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().allValues("Set-Cookie")).allMatch(v -> v.contains("; Secure"));
    }

    @Test
    void withoutSignInPagesRedirectAndPostsAreRefused() throws Exception {
        HttpClient c = StaffFixture.client();
        HttpResponse<String> page = fx.get(c, "/staff/beranda");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/staff/login");
        assertThat(fx.post(c, "/staff/kios/kode", Map.of("kioskId", "MLG-77")).statusCode()).isEqualTo(401);
    }

    @Test
    void formsWithoutTheSessionsCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        HttpClient c = StaffFixture.client();
        fx.login(c, StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD);
        long codes = fx.count("SELECT COUNT(*) FROM enrollment_code");
        HttpResponse<String> none = fx.post(c, "/staff/kios/kode", Map.of("kioskId", "MLG-50"));
        HttpResponse<String> wrong = fx.post(c, "/staff/kios/kode", Map.of("kioskId", "MLG-50", "_csrf", "x".repeat(43)));
        HttpResponse<String> logout = fx.post(c, "/staff/logout", Map.of());
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(none.body()).contains("Formulir ini kedaluwarsa");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(fx.count("SELECT COUNT(*) FROM enrollment_code")).isEqualTo(codes);
        assertThat(fx.get(c, "/staff/beranda").statusCode()).as("still signed in").isEqualTo(200);

        HttpClient fresh = StaffFixture.client();
        HttpResponse<String> loginWithout = fx.post(fresh, "/staff/login",
                Map.of("username", StaffFixture.ADMIN, "password", StaffFixture.ADMIN_PASSWORD));
        assertThat(loginWithout.statusCode()).isEqualTo(403);
    }

    @Test
    void aLibrarianWithoutTheKioskRoleGets403AndTheRoleTableGrantsIt() throws Exception {
        HttpClient c = StaffFixture.client();
        fx.login(c, StaffFixture.LIBRARIAN, StaffFixture.LIBRARIAN_PASSWORD);
        HttpResponse<String> fleet = fx.get(c, "/staff/kios");
        assertThat(fleet.statusCode()).isEqualTo(200);
        assertThat(fleet.body()).doesNotContain("id=\"code-form\"");
        HttpResponse<String> refused = fx.post(c, "/staff/kios/kode", Map.of("kioskId", "MLG-51", "_csrf", StaffFixture.csrf(fleet.body())));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("tidak punya izin");
        assertThat(fx.count("SELECT COUNT(*) FROM enrollment_code WHERE kiosk_id = 'MLG-51'")).isZero();

        new StaffRoles(new org.pustaka.central.store.Tx(fx.service.dataSource())).grant(StaffFixture.LIBRARIAN, Role.KIOSKS);
        HttpClient again = StaffFixture.client();
        fx.login(again, StaffFixture.LIBRARIAN, StaffFixture.LIBRARIAN_PASSWORD);
        String token = StaffFixture.csrf(fx.get(again, "/staff/beranda").body());
        HttpResponse<String> made = fx.post(again, "/staff/kios/kode", Map.of("kioskId", "MLG-51", "_csrf", token));
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(fx.count("SELECT COUNT(*) FROM enrollment_code WHERE kiosk_id = 'MLG-51'")).isEqualTo(1);
    }

    @Test
    void anIssuedCodeEnrollsAKioskAndRevokingLocksItOut() throws Exception {
        HttpClient c = StaffFixture.client();
        fx.login(c, StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD);
        String token = StaffFixture.csrf(fx.get(c, "/staff/kios").body());
        HttpResponse<String> made = fx.post(c, "/staff/kios/kode", Map.of("kioskId", "MLG-60", "_csrf", token));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("class=\"code\">([^<]+)<").matcher(made.body());
        assertThat(m.find()).as(made.body()).isTrue();
        HttpResponse<String> enrolled = fx.kioskPost("/api/v1/kiosks/enroll", null,
                "{\"kioskId\":\"MLG-60\",\"enrollmentCode\":\"" + m.group(1) + "\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
        String kioskToken = enrolled.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(fx.heartbeat("MLG-60", kioskToken, "OK", "", 0, "").statusCode()).isEqualTo(200);

        HttpResponse<String> revoked = fx.post(c, "/staff/kios/MLG-60/cabut", Map.of("_csrf", token));
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(fx.heartbeat("MLG-60", kioskToken, "OK", "", 0, "").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionSurvivesARestartOfTheServiceAndLogoutEndsIt() throws Exception {
        HttpClient c = StaffFixture.client();
        fx.login(c, StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD);
        fx.close();
        fx.start();
        HttpResponse<String> after = fx.get(c, "/staff/beranda");
        assertThat(after.statusCode()).isEqualTo(200);
        HttpResponse<String> out = fx.post(c, "/staff/logout", Map.of("_csrf", StaffFixture.csrf(after.body())));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(fx.get(c, "/staff/beranda").statusCode()).isEqualTo(303);
    }

    @Test
    void repeatedWrongPasswordsLockTheNameForAWhileAndPasswordsAreNeverLogged() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            HttpClient c = StaffFixture.client();
            for (int i = 0; i < LoginLimiter.PER_USER; i++) {
                assertThat(fx.login(c, StaffFixture.LEGACY, "salah-" + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> limited = fx.login(c, StaffFixture.LEGACY, StaffFixture.LEGACY_PASSWORD);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.body()).contains("Terlalu banyak percobaan");
            assertThat(fx.login(StaffFixture.client(), StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD).statusCode())
                    .as("another name is not locked").isEqualTo(303);
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).isNotEmpty();
        assertThat(log.list).noneMatch(e -> e.getFormattedMessage().contains("salah-")
                || e.getFormattedMessage().contains(StaffFixture.LEGACY_PASSWORD)
                || e.getFormattedMessage().contains(StaffFixture.ADMIN_PASSWORD));
    }
}
