package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The staff error pages over real HTTP: an unknown path under /staff, a failing page (its SLiMS table gone) and
 * bad Statistik input each answer the staff error page in the visitor's language with a sentence and a link
 * back, never a stack trace; a failure carries a reference. The kiosk API's own 404 stays JSON.
 */
class ErrorPagesTest {
    private static StaffFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new StaffFixture();
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    private static HttpClient signedIn() throws Exception {
        HttpClient c = StaffFixture.client();
        fx.login(c, StaffFixture.LIBRARIAN, StaffFixture.LIBRARIAN_PASSWORD);
        return c;
    }

    private static void plain(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("href=\"/staff/beranda\" id=\"error-back\"")
                .doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SELECT");
    }

    @Test
    void anUnknownStaffPathIsAStaffPageInTheVisitorsLanguage() throws Exception {
        HttpClient c = signedIn();
        HttpResponse<String> r = fx.get(c, "/staff/tidak-ada");
        assertThat(r.statusCode()).isEqualTo(404);
        plain(r);
        assertThat(r.body()).contains("Halaman ini tidak ada.").contains("Kembali ke Beranda");
        fx.get(c, "/staff/beranda?lang=en");
        HttpResponse<String> en = fx.get(c, "/staff/statistik/tidak-ada");
        assertThat(en.statusCode()).isEqualTo(404);
        plain(en);
        assertThat(en.body()).contains("There is no such page.").contains("<html lang=\"en\">");
        assertThat(fx.get(StaffFixture.client(), "/staff/tidak-ada").headers().firstValue("Location"))
                .as("signed out: to the sign-in page first").hasValue("/staff/login");
        HttpResponse<String> api = fx.get(c, "/api/v1/tidak-ada");
        assertThat(api.headers().firstValue("Content-Type").orElse("")).as("the kiosk API answers JSON")
                .startsWith("application/json");
        assertThat(api.body()).doesNotContain("Halaman ini tidak ada");
    }

    @Test
    void badStatisticsInputIsRefusedWithASentence() throws Exception {
        HttpClient c = signedIn();
        HttpResponse<String> date = fx.get(c, "/staff/statistik?dari=kemarin");
        assertThat(date.statusCode()).isEqualTo(400);
        plain(date);
        assertThat(date.body()).contains("Tanggal harus berbentuk tahun-bulan-tanggal");
        HttpResponse<String> kiosk = fx.get(c, "/staff/statistik?kios=x%27%20OR%201%3D1%20--");
        assertThat(kiosk.statusCode()).isEqualTo(400);
        assertThat(kiosk.body()).contains("Id kios hanya huruf");
    }

    @Test
    void aFailingPageShowsAReferenceAndNoStackTrace() throws Exception {
        HttpClient c = signedIn();
        assertThat(fx.get(c, "/staff/statistik/ringkasan").statusCode()).isEqualTo(200);
        fx.sql(fx.slimsDb, "RENAME TABLE visitor_count TO visitor_count_gone");
        try {
            HttpResponse<String> r = fx.get(c, "/staff/statistik/ringkasan");
            assertThat(r.statusCode()).isEqualTo(500);
            plain(r);
            assertThat(r.body()).contains("Maaf, halaman ini gagal dibuka").containsPattern("Nomor rujukan: [A-Z2-9]{8}")
                    .doesNotContain("visitor_count");
            HttpResponse<String> csv = fx.get(c, "/staff/statistik/ringkasan.csv");
            assertThat(csv.statusCode()).isEqualTo(500);
            plain(csv);
        } finally {
            fx.sql(fx.slimsDb, "RENAME TABLE visitor_count_gone TO visitor_count");
        }
    }
}
