package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Survei in a real browser: answers posted over the kiosk API appear in the count, the distribution, the weekly
 * and per-activity means and the SKM-style index, with exact numbers; an activity with HTML in it is shown as
 * text; an empty period and an unreadable date each get a sentence. Saves a screenshot in each language.
 */
class SurveyPagesBrowserTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String HOSTILE = "<img src=x onerror=pwned=1>";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static StaffFixture fx;
    private static Browser browser;
    private static LocalDate weekA;
    private static LocalDate weekB;

    @BeforeAll
    static void start() throws Exception {
        fx = new StaffFixture();
        String token = fx.enroll("MLG-01");
        LocalDate thisMonday = LocalDate.now(WIB).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        weekA = thisMonday.minusWeeks(2);
        weekB = thisMonday.minusWeeks(1);
        ArrayNode items = JSON.createArrayNode();
        // week A (Tuesday, 10.00 WIB): 5 and 4 borrowing, 4 returning, 2 with HTML as its activity
        add(items, weekA.plusDays(1), 5, "BORROW");
        add(items, weekA.plusDays(1), 4, "BORROW");
        add(items, weekA.plusDays(1), 4, "RETURN");
        add(items, weekA.plusDays(1), 2, HOSTILE);
        // week B (Sunday, the week's last day): 5 borrowing, 3 returning
        add(items, weekB.plusDays(6), 5, "BORROW");
        add(items, weekB.plusDays(6), 3, "RETURN");
        // outside the chosen period, inside the default twelve weeks
        add(items, thisMonday.minusWeeks(5), 1, "TIMEOUT");
        HttpResponse<String> r = fx.kioskPost("/api/v1/kiosks/MLG-01/survey-answers", token,
                JSON.writeValueAsString(JSON.createObjectNode().set("items", items)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(fx.count("SELECT COUNT(*) FROM survey_answer")).isEqualTo(7);
        browser = new Browser(1280, 1400);
    }

    private static void add(ArrayNode items, LocalDate day, int score, String activity) {
        ObjectNode a = items.addObject();
        a.put("id", UUID.randomUUID().toString()).put("answeredAt", day.atTime(10, 0).atZone(WIB).toInstant().toString())
                .put("score", score).put("language", "id").put("activity", activity);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        fx.close();
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> rows(String table) {
        return browser.driver.findElements(By.cssSelector(table + " tbody tr")).stream().map(e -> e.getText()).toList();
    }

    private static void signIn(ChromeDriver d) {
        d.get(fx.base + "/staff/login");
        d.findElement(By.id("username")).sendKeys(StaffFixture.LIBRARIAN);
        d.findElement(By.id("password")).sendKeys(StaffFixture.LIBRARIAN_PASSWORD);
        VisitPagesBrowserTest.clickAndWait(d, By.id("login"));
        assertThat(d.getCurrentUrl()).endsWith("/staff/beranda");
    }

    @Test
    void answersFromTheKioskShowAsCountsMeansAndTheSkmStyleIndex() {
        ChromeDriver d = browser.driver;
        signIn(d);
        d.get(fx.base + "/staff/survei");
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Survei Kepuasan");
        assertThat(text("#survey-count")).as("default period: this week and the eleven before").isEqualTo("7");

        d.executeScript("arguments[0].value = arguments[1];", d.findElement(By.id("survey-from")), weekA.toString());
        d.executeScript("arguments[0].value = arguments[1];", d.findElement(By.id("survey-to")), weekB.plusDays(6).toString());
        VisitPagesBrowserTest.clickAndWait(d, By.id("show-period"));
        // 5, 4, 4, 2, 5, 3: six answers summing 23; SKM values 4, 3.25, 3.25, 1.75, 4, 2.5: mean 3.125, x 25 = 78.125
        assertThat(text("#survey-count")).isEqualTo("6");
        assertThat(text("#survey-mean")).isEqualTo("3,83");
        assertThat(text("#skm-index")).isEqualTo("78,13");
        assertThat(text("#skm-grade")).isEqualTo("B");
        assertThat(rows("#score-table")).containsExactly("1 Sangat kecewa 1,00 0", "2 Kecewa 1,75 1", "3 Biasa saja 2,50 1",
                "4 Senang 3,25 2", "5 Sangat senang 4,00 2");
        List<String> weeks = rows("#week-table");
        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0)).endsWith(" 4 3,75 76,56");
        assertThat(weeks.get(1)).endsWith(" 2 4,00 81,25");
        assertThat(d.findElement(By.cssSelector("#week-table tr[data-week='" + weekA + "']")).getText()).endsWith("76,56");
        assertThat(rows("#activity-table")).containsExactlyInAnyOrder("Meminjam 3 4,67 93,75", "Mengembalikan 2 3,50 71,88",
                HOSTILE + " 1 2,00 43,75");
        assertThat(text("#activity-table td.activity:not(:empty)")).isNotEmpty();
        assertThat(d.executeScript("return typeof window.pwned;")).isEqualTo("undefined");
        await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.TRUE.equals(d.executeScript(
                "return window.Chart && Chart.getChart('score-chart') != null && Chart.getChart('week-chart') != null;")));
        assertThat(d.executeScript("return Chart.getChart('score-chart').data.datasets[0].data.join(',');")).isEqualTo("0,1,1,2,2");
        assertThat(d.executeScript("return Chart.getChart('week-chart').data.datasets[0].data.join(',');")).isEqualTo("3.75,4");
        assertThat(text("#skm-note")).contains("nilai SKM = 1 + (skor - 1) x 3/4").contains("sembilan unsur");
        browser.screenshot("survei-id");

        VisitPagesBrowserTest.clickAndWait(d, By.id("lang-switch"));
        d.get(fx.base + "/staff/survei?dari=" + weekA + "&sampai=" + weekB.plusDays(6));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Satisfaction survey");
        assertThat(text("#survey-mean")).isEqualTo("3.83");
        assertThat(text("#skm-index")).isEqualTo("78.13");
        assertThat(rows("#activity-table")).contains("Borrowing 3 4.67 93.75");
        assertThat(text("#skm-note")).contains("nine elements");
        await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.TRUE.equals(d.executeScript(
                "return window.Chart && Chart.getChart('week-chart') != null;")));
        browser.screenshot("survei-en");
        d.get(fx.base + "/staff/survei?lang=id");
    }

    @Test
    void anEmptyPeriodAndAnUnreadableDateEachGetASentence() throws Exception {
        HttpClient c = StaffFixture.client();
        fx.login(c, StaffFixture.LIBRARIAN, StaffFixture.LIBRARIAN_PASSWORD);
        HttpResponse<String> empty = fx.get(c, "/staff/survei?dari=2020-01-01&sampai=2020-01-31");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Belum ada jawaban survei dari 1 Jan 2020 sampai 31 Jan 2020")
                .doesNotContain("id=\"score-chart\"");
        HttpResponse<String> bad = fx.get(c, "/staff/survei?dari=kemarin%3Cb%3E&sampai=2020-01-31");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Tanggal kemarin&lt;b&gt; tidak terbaca").contains("value=\"kemarin&lt;b>\"").doesNotContain("kemarin<b>");
        HttpResponse<String> reversed = fx.get(c, "/staff/survei?dari=2020-02-01&sampai=2020-01-01");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("Tanggal akhir harus sama dengan atau sesudah tanggal awal.");
        HttpResponse<String> injected = fx.get(c, "/staff/survei?dari=2020-01-01%27%20OR%201%3D1--&sampai=2020-01-31");
        assertThat(injected.statusCode()).isEqualTo(400);
        assertThat(fx.count("SELECT COUNT(*) FROM survey_answer")).isEqualTo(7);
    }

    @Test
    void onATabletTheSurveyFitsTheScreenWidth() {
        try (Browser tablet = new Browser(800, 1280)) {
            ChromeDriver d = tablet.driver;
            signIn(d);
            d.get(fx.base + "/staff/survei?dari=" + weekA + "&sampai=" + weekB.plusDays(6));
            assertThat(d.findElement(By.id("survey-count")).getText()).isEqualTo("6");
            assertThat(d.executeScript("return document.documentElement.scrollWidth > window.innerWidth;"))
                    .as("no sideways scrolling of the page").isEqualTo(false);
            tablet.screenshot("survei-tablet-id");
        }
    }
}
