package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Statistik in a real browser over transactions two kiosks posted through the kiosk API, all at the start of the
 * current hour: the heat map cell of that hour and the top titles show the exact counts, for all kiosks and for
 * one; a title with HTML and script is shown as text; the monthly summary page and both CSV files carry the
 * same figures. Saves screenshots of the page and the summary in both languages.
 */
class StatisticsPagesBrowserTest {
    private static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=window.pwned=2>";
    private static final String FORMULA = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")";
    private static StaffFixture fx;
    private static Browser browser;
    private static ZonedDateTime at;

    @BeforeAll
    static void start() throws Exception {
        fx = new StaffFixture();
        at = ZonedDateTime.now(fx.config.libraryZone()).truncatedTo(ChronoUnit.HOURS);
        String a = fx.enroll("MLG-11");
        String b = fx.enroll("MLG-12");
        post("MLG-11", a, "CHECKOUT", "ACCEPTED", "Laskar Pelangi", "Laskar Pelangi", "Laskar Pelangi");
        post("MLG-11", a, "CHECKIN", "ACCEPTED", "Bumi Manusia");
        post("MLG-12", b, "CHECKOUT", "ACCEPTED", HOSTILE, HOSTILE, FORMULA);
        post("MLG-12", b, "CHECKOUT", "REFUSED", "Ditolak");
        browser = new Browser(1280, 1100);
    }

    /** One batch through the kiosk API, every step at the start of this hour. */
    private static void post(String kiosk, String token, String type, String outcome, String... titles) throws Exception {
        StringBuilder items = new StringBuilder();
        for (String title : titles) {
            items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"").append(UUID.randomUUID())
                    .append("\",\"type\":\"").append(type).append("\",\"itemId\":\"30000101\",\"title\":\"")
                    .append(title.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\"occurredAt\":\"")
                    .append(at.toInstant()).append("\",\"offline\":false,\"outcome\":\"").append(outcome)
                    .append("\",\"refusalCode\":\"\",\"detail\":\"\"}");
        }
        HttpResponse<String> r = fx.kioskPost("/api/v1/kiosks/" + kiosk + "/transactions", token, "{\"items\":[" + items + "]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("\"rejected\":[{");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        fx.close();
    }

    private static WebElement cell() {
        int day = at.getDayOfWeek().getValue() - 1;
        return browser.driver.findElement(By.cssSelector("#heat td[data-day='" + day + "'][data-hour='" + at.getHour() + "']"));
    }

    private static List<String> rows(String tableId) {
        return browser.driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream().map(WebElement::getText).toList();
    }

    @Test
    void busyHoursTopTitlesAndTheSummaryInBothLanguages() {
        var d = browser.driver;
        d.get(fx.base + "/staff/login");
        d.findElement(By.id("username")).sendKeys(StaffFixture.LIBRARIAN);
        d.findElement(By.id("password")).sendKeys(StaffFixture.LIBRARIAN_PASSWORD);
        Browser.clickAndWait(d, By.id("login"));
        Browser.clickAndWait(d, By.linkText("Statistik"));

        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Statistik");
        assertThat(cell().getText()).isEqualTo("7");
        assertThat(cell().getAttribute("class")).isEqualTo("s5");
        assertThat(d.findElements(By.cssSelector("#heat td.s0"))).hasSize(7 * 24 - 1);
        assertThat(rows("top-titles")).containsExactly("Laskar Pelangi 3", HOSTILE + " 2", FORMULA + " 1");
        assertThat(d.executeScript("return typeof window.pwned;")).isEqualTo("undefined");
        assertThat(rows("stats-per-kiosk")).containsExactly("MLG-11 3 1 0 0 0 –", "MLG-12 3 0 0 1 0 –");
        assertThat(d.findElement(By.cssSelector("#stats-per-kiosk tfoot")).getText()).isEqualTo("Jumlah 6 1 0 1 0 –");
        browser.screenshot("statistik-id");

        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Statistics");
        assertThat(d.findElement(By.cssSelector("#heat tbody tr th")).getText()).isEqualTo("Monday");
        browser.screenshot("statistik-en");

        new Select(d.findElement(By.id("kiosk"))).selectByValue("MLG-12");
        Browser.clickAndWait(d, By.id("show"));
        assertThat(d.getCurrentUrl()).contains("kios=MLG-12");
        assertThat(cell().getText()).isEqualTo("3");
        assertThat(rows("top-titles")).containsExactly(HOSTILE + " 2", FORMULA + " 1");
        assertThat(rows("stats-per-kiosk")).containsExactly("MLG-12 3 0 0 1 0 –");

        Browser.clickAndWait(d, By.id("summary-link"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Monthly summary for the Dinas Perpustakaan");
        String month = at.toLocalDate().withDayOfMonth(1).toString().substring(0, 7);
        assertThat(d.findElement(By.cssSelector("#summary tr[data-month='" + month + "']")).getText())
                .startsWith(month + " ").contains(" 6 ");
        browser.screenshot("statistik-ringkasan-en");
        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Ringkasan bulanan untuk Dinas Perpustakaan");
        browser.screenshot("statistik-ringkasan-id");
    }

    @Test
    void theCsvFilesCarryTheExactFiguresAndNoFormula() throws Exception {
        HttpClient c = StaffFixture.client();
        fx.login(c, StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD);
        LocalDate first = at.toLocalDate().withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        long slimsLoans = fx.count("SELECT COUNT(*) FROM " + fx.slimsDb + ".loan WHERE loan_date BETWEEN '" + first
                + "' AND '" + last + "'");
        long slimsMembers = fx.count("SELECT COUNT(DISTINCT member_id) FROM " + fx.slimsDb + ".loan WHERE loan_date BETWEEN '"
                + first + "' AND '" + last + "'");
        HttpResponse<String> summary = fx.get(c, "/staff/statistik/ringkasan.csv?dari=" + first + "&sampai=" + last);
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(summary.body()).startsWith("\uFEFF\"Bulan\",\"Pengunjung (buku tamu)\"");
        assertThat(summary.body().split("\r\n")).containsExactly(summary.body().split("\r\n")[0],
                "\"" + first.toString().substring(0, 7) + "\",\"0\",\"0\",\"" + slimsLoans + "\",\"6\",\"" + slimsMembers
                        + "\",\"0\",\"0\",\"0\",\"0\"");

        HttpResponse<String> titles = fx.get(c, "/staff/statistik/judul.csv");
        assertThat(titles.body().split("\r\n")).containsExactly("\uFEFF\"Judul\",\"Peminjaman\"",
                "\"Laskar Pelangi\",\"3\"", "\"" + HOSTILE + "\",\"2\"", "\"'" + FORMULA.replace("\"", "\"\"") + "\",\"1\"");
        assertThat(Instant.now()).isAfter(at.toInstant());
    }
}
