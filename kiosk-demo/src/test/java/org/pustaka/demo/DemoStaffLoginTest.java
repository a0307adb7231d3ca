package org.pustaka.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pustaka.central.staff.Role;
import org.pustaka.central.staff.StaffAccount;
import org.pustaka.central.staff.StaffRoles;
import org.pustaka.central.store.Tx;

/**
 * Issue 20, acceptance 1: the line the demo prints at start names a staff pages address that answers the sign-in
 * page, and a staff login that signs in over HTTP and may manage kiosks (the Kios page offers the enrollment form).
 */
class DemoStaffLoginTest {
    private static final Pattern LINE = Pattern.compile("Staff pages: (\\S+) \\(sign in as user (\\S+), password ([^;\\s]+);");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void thePrintedStaffLoginSignsIn() throws Exception {
        Path folder = Path.of("target", "demo-staff");
        DemoServices.deleteTree(folder);
        try (DemoServices services = DemoServices.start(folder)) {
            Matcher m = LINE.matcher(KioskDemo.staffLine(services));
            assertThat(m.find()).as(KioskDemo.staffLine(services)).isTrue();
            String url = m.group(1);
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.body()).contains("id=\"login-form\"");
            Matcher csrf = CSRF.matcher(form.body());
            assertThat(csrf.find()).isTrue();
            String body = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(m.group(2)) + "&password=" + enc(m.group(3));
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
            assertThat(login.headers().firstValue("Location")).hasValue("/staff/beranda");
            HttpResponse<String> kios = http.send(HttpRequest.newBuilder(URI.create(url.replace("/login", "/kios"))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(kios.statusCode()).isEqualTo(200);
            assertThat(kios.body()).contains("Petugas Demo").contains("id=\"code-form\"");
            assertThat(new StaffRoles(new Tx(services.service().dataSource()))
                    .of(new StaffAccount(m.group(2), "Petugas Demo", false))).contains(Role.EVENTS, Role.KIOSKS);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
