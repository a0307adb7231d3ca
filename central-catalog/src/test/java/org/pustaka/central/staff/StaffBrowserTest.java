package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff pages in a real browser (headless Chromium) over the service with kiosks that reported through the
 * kiosk API: sign-in, Beranda with today's figures, chart and alerts, the fleet tiles, both languages, text a
 * kiosk sent shown as text. Saves a screenshot of each page in each language.
 */
class StaffBrowserTest {
    private static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=window.pwned=2>";
    private static StaffFixture fx;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        fx = new StaffFixture();
        String a = fx.enroll("MLG-01");
        String b = fx.enroll("MLG-02");
        fx.enroll("MLG-03");
        fx.heartbeat("MLG-01", a, "OK", "", 0, "");
        fx.heartbeat("MLG-02", b, "FAILED", "Kertas habis", 25, HOSTILE);
        for (String type : new String[] {"CHECKOUT", "CHECKOUT", "CHECKOUT", "CHECKIN", "RENEW"}) {
            assertThat(fx.transaction("MLG-01", a, type, "ACCEPTED", "Laskar Pelangi").statusCode()).isEqualTo(200);
        }
        fx.transaction("MLG-02", b, "CHECKOUT", "REFUSED", HOSTILE);
        fx.transaction("MLG-02", b, "CHECKIN", "ACCEPTED", "Bumi Manusia");
        browser = new Browser(1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        fx.close();
    }

    private static String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    @Test
    void aLibrarianSignsInAndReadsTodayAndTheFleetInBothLanguages() {
        var d = browser.driver;
        d.get(fx.base + "/staff/beranda");
        assertThat(d.getCurrentUrl()).endsWith("/staff/login");
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Masuk petugas");
        browser.screenshot("login-id");
        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
        browser.screenshot("login-en");
        Browser.clickAndWait(d, By.id("lang-switch"));

        d.findElement(By.id("username")).sendKeys(StaffFixture.ADMIN);
        d.findElement(By.id("password")).sendKeys("salah");
        Browser.clickAndWait(d, By.id("login"));
        assertThat(text("login-error")).contains("salah");
        d.findElement(By.id("password")).sendKeys(StaffFixture.ADMIN_PASSWORD);
        Browser.clickAndWait(d, By.id("login"));

        assertThat(d.getCurrentUrl()).endsWith("/staff/beranda");
        assertThat(text("total-loans")).isEqualTo("3");
        assertThat(text("total-returns")).isEqualTo("2");
        assertThat(text("total-renewals")).isEqualTo("1");
        assertThat(text("total-refusals")).isEqualTo("1");
        assertThat(text("kiosks-online")).isEqualTo("2/3");
        assertThat(text("per-kiosk")).contains("MLG-01 3 1 1 0").contains("MLG-02 0 1 0 1");
        assertThat(text("alerts")).contains("Printer kios MLG-02").contains("MLG-02 menyimpan 25")
                .contains("Kios MLG-03 terdaftar tetapi belum pernah");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                Boolean.TRUE.equals(d.executeScript("return window.Chart && Chart.getChart('per-hour') != null;")));
        assertThat(d.findElement(By.cssSelector("[data-kiosk='MLG-01']")).getAttribute("class")).contains("green");
        assertThat(d.findElement(By.cssSelector("[data-kiosk='MLG-02']")).getAttribute("class")).contains("amber");
        assertThat(d.findElement(By.cssSelector("[data-kiosk='MLG-03']")).getAttribute("class")).contains("red");
        browser.screenshot("beranda-id");

        WebElement error = d.findElement(By.cssSelector("[data-kiosk='MLG-02'] .err"));
        assertThat(error.getText()).isEqualTo(HOSTILE);
        assertThat(d.executeScript("return typeof window.pwned;")).isEqualTo("undefined");

        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Home");
        assertThat(text("alerts")).contains("Kiosk MLG-02's printer needs attention");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                Boolean.TRUE.equals(d.executeScript("return window.Chart && Chart.getChart('per-hour') != null;")));
        browser.screenshot("beranda-en");

        d.get(fx.base + "/staff/kios");
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Kiosks");
        d.findElement(By.id("kiosk-id")).sendKeys("MLG-04");
        Browser.clickAndWait(d, By.id("create-code"));
        assertThat(text("issued-code")).contains("MLG-04");
        browser.screenshot("kios-en");
        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Kios");
        assertThat(d.findElements(By.cssSelector("#fleet .tile"))).hasSize(3);
        browser.screenshot("kios-id");

        Browser.clickAndWait(d, By.id("logout"));
        assertThat(d.getCurrentUrl()).endsWith("/staff/login");
        d.get(fx.base + "/staff/beranda");
        assertThat(d.getCurrentUrl()).endsWith("/staff/login");
    }

    @Test
    void onATabletThePagesFitTheScreen() {
        try (Browser tablet = new Browser(800, 1280)) {
            var d = tablet.driver;
            d.get(fx.base + "/staff/login");
            d.findElement(By.id("username")).sendKeys(StaffFixture.ADMIN);
            d.findElement(By.id("password")).sendKeys(StaffFixture.ADMIN_PASSWORD);
            Browser.clickAndWait(d, By.id("login"));
            assertThat(d.getCurrentUrl()).endsWith("/staff/beranda");
            Object overflow = d.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling").isEqualTo(false);
            tablet.screenshot("beranda-tablet-id");
        }
    }
}
