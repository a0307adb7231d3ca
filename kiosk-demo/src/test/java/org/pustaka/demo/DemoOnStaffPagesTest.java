package org.pustaka.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.Main;
import picocli.CommandLine;

/**
 * Issue 20, acceptance 1, end to end: the kiosk's headless demo borrows and signs up for events through the real
 * service; then the demo's staff login, over HTTP, sees today's kiosk loans on Beranda and each sign-up among its
 * event's registrations on the Acara pages.
 */
class DemoOnStaffPagesTest {
    private static final Pattern LINE = Pattern.compile("Staff pages: (\\S+) \\(sign in as user (\\S+), password ([^;\\s]+);");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern LOANS = Pattern.compile("id=\"total-loans\">(\\d+)<");

    @Test
    void aKioskLoanShowsOnBerandaAndAKioskSignUpAmongItsEventsRegistrations() throws Exception {
        Path folder = Path.of("target", "demo-staff-pages");
        DemoServices.deleteTree(folder);
        try (DemoServices services = DemoServices.start(folder)) {
            Path config = folder.resolve("kiosk.properties");
            Files.writeString(config, services.kioskProperties("http", folder.resolve("kiosk")));
            StringWriter err = new StringWriter();
            CommandLine cli = Main.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("demo", "--headless", "--config", config.toString(), "--data-dir",
                    folder.resolve("kiosk").toString());
            assertThat(code).as(err.toString()).isZero();

            Matcher m = LINE.matcher(KioskDemo.staffLine(services));
            assertThat(m.find()).isTrue();
            String login = m.group(1);
            String base = login.substring(0, login.indexOf("/staff/"));
            HttpClient http = signIn(login, m.group(2), m.group(3));

            String beranda = get(http, base + "/staff/beranda");
            Matcher loans = LOANS.matcher(beranda);
            assertThat(loans.find()).as(beranda).isTrue();
            assertThat(Integer.parseInt(loans.group(1))).as("today's kiosk loans on Beranda; the demo said:\n" + err
                    + "\nreports: " + reports(services)).isPositive();

            List<String[]> registrations = new ArrayList<>();
            try (Connection c = services.service().dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT event_id, member_id, guest_name FROM event_registration")) {
                while (rs.next()) {
                    registrations.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            assertThat(registrations).as("the demo signed up for events at the kiosk").isNotEmpty();
            for (String[] r : registrations) {
                String page = get(http, base + "/staff/acara/" + URLEncoder.encode(r[0], StandardCharsets.UTF_8));
                String who = r[1] != null ? "*" + r[1].substring(r[1].length() - 3) : r[2];
                assertThat(page).as("event " + r[0]).contains(who);
                if (r[1] != null) {
                    assertThat(page).as("the member number is masked").doesNotContain(r[1]);
                }
            }
        }
        assertThat(folder).doesNotExist();
    }

    private static String reports(DemoServices services) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = services.service().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT kiosk_id, type, outcome, occurred_at FROM transaction_report")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3))
                        .append(' ').append(rs.getString(4)).append('\n');
            }
        }
        return out.toString();
    }

    private static HttpClient signIn(String url, String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = CSRF.matcher(get(http, url));
        assertThat(csrf.find()).isTrue();
        String body = "_csrf=" + enc(csrf.group(1)) + "&username=" + enc(user) + "&password=" + enc(password);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return http;
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
