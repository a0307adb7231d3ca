package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pustaka.central.events.EventProgramme;
import org.pustaka.central.events.EventSeries;
import org.pustaka.central.events.SessionPlan;
import org.pustaka.central.store.Tx;

/**
 * Acara in a real browser (headless Chromium) over the service, with a kiosk signing up over the real kiosk
 * API: create an event, see the kiosk's registrations, fill it, waitlist, promotion on a cancellation and on a
 * larger capacity, attendance, the CSV export, cancelling the session, both languages; hostile text shown as
 * text; CSRF and roles; the public schedule and iCalendar feed without sign-in and without personal data.
 * Saves a screenshot of each Acara page in each language.
 */
class EventPagesBrowserTest {
    private static final String HOSTILE_TITLE = "<script>window.pwned=1</script>Literasi Digital <b>Anak</b>";
    private static final String HOSTILE_GUEST = "=1+2<img src=x onerror=window.pwned=3>";
    private static final String MEMBER = "M20260042";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static StaffFixture fx;
    private static String kioskToken;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        fx = new StaffFixture();
        kioskToken = fx.enroll("MLG-01");
        browser = new Browser(1280, 1100);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        fx.close();
    }

    private static String day(int daysAhead, int hour) {
        return LOCAL.format(LocalDateTime.now(JAKARTA).plusDays(daysAhead).withHour(hour).withMinute(0));
    }

    private static HttpResponse<String> kioskRegisters(String eventId, UUID id, String who) throws Exception {
        String json = "{\"id\":\"" + id + "\"," + who + ",\"partySize\":1,\"language\":\"id\"}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.base + "/api/v1/events/" + eventId
                        + "/registrations")).header("Authorization", "Bearer " + kioskToken).header("Idempotency-Key", id.toString())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static WebElement row(UUID registration) {
        return browser.driver.findElement(By.cssSelector("[data-registration='" + registration + "']"));
    }

    private static String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private static void set(String id, String value) {
        browser.driver.executeScript("arguments[0].value = arguments[1];", browser.driver.findElement(By.id(id)), value);
    }

    private static void signIn() {
        var d = browser.driver;
        d.get(fx.base + "/staff/login");
        d.findElement(By.id("username")).sendKeys(StaffFixture.ADMIN);
        d.findElement(By.id("password")).sendKeys(StaffFixture.ADMIN_PASSWORD);
        Browser.clickAndWait(d, By.id("login"));
        assertThat(d.getCurrentUrl()).endsWith("/staff/beranda");
    }

    @Test
    void aLibrarianRunsAnEventFromCreationToAttendanceWhileAKioskSignsUp() throws Exception {
        var d = browser.driver;
        signIn();
        Browser.clickAndWait(d, By.linkText("Acara"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Acara");
        Browser.clickAndWait(d, By.id("new-event"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Acara baru");

        d.findElement(By.id("title-id")).sendKeys(HOSTILE_TITLE);
        d.findElement(By.id("capacity")).clear();
        d.findElement(By.id("capacity")).sendKeys("nol");
        Browser.clickAndWait(d, By.id("save-event"));
        assertThat(text("form-errors")).contains("Isi waktu mulai dan selesai").contains("Kapasitas berupa angka 1 sampai 1000");
        assertThat(d.findElement(By.id("title-id")).getAttribute("value")).as("what was typed is kept").isEqualTo(HOSTILE_TITLE);
        browser.screenshot("acara-baru-id");
        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("New event");
        browser.screenshot("acara-baru-en");
        Browser.clickAndWait(d, By.id("lang-switch"));

        d.findElement(By.id("title-id")).sendKeys(HOSTILE_TITLE);
        d.findElement(By.id("title-en")).sendKeys("Digital literacy for children");
        new org.openqa.selenium.support.ui.Select(d.findElement(By.id("category"))).selectByValue("literasi-digital");
        set("start", day(3, 9));
        set("end", day(3, 11));
        d.findElement(By.id("room")).sendKeys("Laboratorium Komputer, Lt. 2");
        d.findElement(By.id("capacity")).clear();
        d.findElement(By.id("capacity")).sendKeys("1");
        Browser.clickAndWait(d, By.id("save-event"));
        assertThat(d.getCurrentUrl()).contains("/staff/acara/");
        String eventId = d.getCurrentUrl().replaceAll(".*/staff/acara/([^/?]+).*", "$1");
        assertThat(text("session-title")).isEqualTo(HOSTILE_TITLE);
        assertThat(text("no-registrations")).isEqualTo("Belum ada pendaftaran.");

        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        HttpResponse<String> confirmed = kioskRegisters(eventId, first, "\"memberId\":\"" + MEMBER + "\"");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.body()).contains("CONFIRMED");
        HttpResponse<String> waiting = kioskRegisters(eventId, second,
                "\"guestName\":\"" + HOSTILE_GUEST + "\",\"guestPhone\":\"081234567890\"");
        assertThat(waiting.body()).contains("WAITLISTED");
        assertThat(kioskRegisters(eventId, third, "\"memberId\":\"M777001\"").body()).contains("WAITLISTED");

        d.navigate().refresh();
        assertThat(text("seats")).isEqualTo("1 dari 1 kursi terisi, 2 pendaftaran di daftar tunggu.");
        assertThat(row(first).getAttribute("data-status")).isEqualTo("CONFIRMED");
        assertThat(row(first).findElement(By.className("registrant")).getText()).isEqualTo("Anggota ******042");
        assertThat(d.getPageSource()).doesNotContain(MEMBER);
        assertThat(row(second).findElement(By.className("status")).getText()).isEqualTo("Menunggu #1");
        assertThat(row(second).findElement(By.className("registrant")).getText()).isEqualTo(HOSTILE_GUEST);
        assertThat(row(third).findElement(By.className("status")).getText()).isEqualTo("Menunggu #2");
        assertThat(d.executeScript("return typeof window.pwned;")).isEqualTo("undefined");

        Browser.clickAndWait(d, row(first).findElement(By.className("cancel-registration")));
        assertThat(text("info")).contains("Pendaftaran dibatalkan");
        assertThat(row(first).getAttribute("data-status")).isEqualTo("CANCELLED");
        assertThat(row(second).getAttribute("data-status")).as("the head of the list was promoted").isEqualTo("CONFIRMED");
        assertThat(row(third).findElement(By.className("status")).getText()).isEqualTo("Menunggu #1");

        Browser.clickAndWait(d, row(second).findElement(By.className("present")));
        assertThat(row(second).findElement(By.className("attendance")).getText()).startsWith("Hadir");
        assertThat(fx.count("SELECT COUNT(*) FROM event_registration WHERE registration_id = '" + second
                + "' AND attendance = 'ATTENDED'")).isEqualTo(1);

        Browser.clickAndWait(d, By.id("edit-event"));
        assertThat(d.findElement(By.id("title-id")).getAttribute("value")).isEqualTo(HOSTILE_TITLE);
        d.findElement(By.id("capacity")).clear();
        d.findElement(By.id("capacity")).sendKeys("0");
        Browser.clickAndWait(d, By.id("save-event"));
        assertThat(text("form-errors")).contains("Kapasitas berupa angka 1 sampai 1000");
        browser.screenshot("acara-ubah-id");
        d.findElement(By.id("capacity")).clear();
        d.findElement(By.id("capacity")).sendKeys("2");
        Browser.clickAndWait(d, By.id("save-event"));
        assertThat(text("info")).contains("daftar tunggu mendapat kursi");
        assertThat(row(third).getAttribute("data-status")).as("a larger capacity promotes").isEqualTo("CONFIRMED");
        assertThat(text("seats")).isEqualTo("2 dari 2 kursi terisi, 0 pendaftaran di daftar tunggu.");
        browser.screenshot("acara-sesi-id");

        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.base
                        + "/staff/acara/" + eventId + "/pendaftaran.csv"))
                .header("Cookie", Cookies.SESSION + "=" + d.manage().getCookieNamed(Cookies.SESSION).getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String body = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        String[] lines = body.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("\"Id pendaftaran\",\"Status\",\"Urutan tunggu\",\"Anggota\",\"Nama tamu\"");
        assertThat(body).contains("\"" + second + "\",\"Terkonfirmasi\",\"\",\"\",\"'" + HOSTILE_GUEST + "\",\"081234567890\",\"1\",\"MLG-01\"");
        assertThat(body).contains("\"Hadir\"").contains("\"******042\"").contains("\"Batal\"").doesNotContain(MEMBER);

        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Event session");
        assertThat(text("seats")).isEqualTo("2 of 2 seats taken, 0 registrations waiting.");
        browser.screenshot("acara-sesi-en");
        Browser.clickAndWait(d, By.id("edit-event"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Change session");
        browser.screenshot("acara-ubah-en");
        d.navigate().back();
        Browser.clickAndWait(d, By.id("series-link"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Event series");
        assertThat(d.findElements(By.cssSelector("#series-sessions tbody tr"))).hasSize(1);
        browser.screenshot("acara-seri-en");
        Browser.clickAndWait(d, By.id("new-session"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("New session in the series");
        set("start", day(10, 9));
        set("end", day(10, 11));
        d.findElement(By.id("capacity")).clear();
        d.findElement(By.id("capacity")).sendKeys("15");
        Browser.clickAndWait(d, By.id("save-event"));
        assertThat(text("session-title")).as("a new session takes the series' text").isEqualTo("Digital literacy for children");
        browser.screenshot("acara-sesi-baru-en");
        Browser.clickAndWait(d, By.id("series-link"));
        assertThat(d.findElements(By.cssSelector("#series-sessions tbody tr"))).hasSize(2);
        d.findElement(By.id("title-en")).clear();
        d.findElement(By.id("title-en")).sendKeys("Digital literacy for kids");
        Browser.clickAndWait(d, By.id("save-series"));
        assertThat(text("info")).isEqualTo("Changes saved.");
        assertThat(text("series-title")).isEqualTo("Digital literacy for kids");
        assertThat(d.findElement(By.id("series-sessions")).getText()).contains("Digital literacy for kids")
                .doesNotContain("for children");
        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Seri acara");
        browser.screenshot("acara-seri-id");

        d.get(fx.base + "/staff/acara/" + eventId);
        d.findElement(By.id("cancel-session")).click(); // stays: the browser's own check refuses an empty reason
        assertThat(d.getCurrentUrl()).as("an empty reason is refused by the browser's own check first").doesNotContain("info=");
        d.findElement(By.id("reason")).sendKeys("Pemateri sakit; dijadwalkan ulang");
        Browser.clickAndWait(d, By.id("cancel-session"));
        assertThat(text("info")).contains("Sesi dibatalkan");
        assertThat(text("cancelled")).contains("Pemateri sakit; dijadwalkan ulang");
        assertThat(text("call-list")).contains(HOSTILE_GUEST + " · 081234567890").contains("Anggota M777001")
                .doesNotContain(MEMBER);
        assertThat(d.findElements(By.id("edit-event"))).isEmpty();
        browser.screenshot("acara-batal-id");
        HttpResponse<String> late = kioskRegisters(eventId, UUID.randomUUID(), "\"memberId\":\"M1\"");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("EVENT_CANCELLED");

        d.get(fx.base + "/staff/acara");
        assertThat(d.findElement(By.cssSelector("#upcoming [data-event='" + eventId + "'] .seats")).getText()).isEqualTo("2/2");
        assertThat(d.findElement(By.cssSelector("#upcoming [data-event='" + eventId + "']")).getText()).contains("dibatalkan");
        assertThat(d.executeScript("return typeof window.pwned;")).isEqualTo("undefined");
        browser.screenshot("acara-id");
        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Events");
        browser.screenshot("acara-en");
        Browser.clickAndWait(d, By.id("lang-switch"));
    }

    @Test
    void thePublicScheduleAndFeedNeedNoSignInAndShowNoPersonalData() throws Exception {
        EventProgramme programme = new EventProgramme(new Tx(fx.service.dataSource()), Clock.systemUTC(), JAKARTA);
        LocalDateTime start = LocalDateTime.now(JAKARTA).plusDays(5).withHour(16).withMinute(0).withSecond(0).withNano(0);
        String id = programme.create(new EventSeries("", "Diskusi Buku Bulanan: <i>Bumi Manusia</i>, bagian 1",
                "Monthly book discussion: Bumi Manusia", "Membicarakan novel Pramoedya; bawa bukunya.", "", 
                "diskusi-buku-bulanan", "Umum"), new SessionPlan(start.atZone(JAKARTA).toInstant(),
                start.plusHours(2).atZone(JAKARTA).toInstant(), "Ruang Baca Umum", 30, true, null, null));
        assertThat(kioskRegisters(id, UUID.randomUUID(), "\"guestName\":\"Rahasia Pribadi\",\"guestPhone\":\"081299990000\"")
                .statusCode()).isEqualTo(201);

        HttpClient anonymous = StaffFixture.client();
        HttpResponse<String> page = fx.get(anonymous, "/acara");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Diskusi Buku Bulanan: &lt;i&gt;Bumi Manusia&lt;/i&gt;, bagian 1")
                .contains("Sisa 29 kursi").doesNotContain("Rahasia Pribadi").doesNotContain("081299990000");
        HttpResponse<String> ics = fx.get(anonymous, "/acara.ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        String unfolded = ics.body().replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("UID:" + id + "@" + EventSchedulePage.UID_DOMAIN + "\r\n")
                .contains("DTSTART:" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .format(start.atZone(JAKARTA).withZoneSameInstant(ZoneId.of("UTC"))) + "\r\n")
                .contains("SUMMARY:Diskusi Buku Bulanan: <i>Bumi Manusia</i>\\, bagian 1\r\n")
                .doesNotContain("Rahasia Pribadi").doesNotContain("081299990000");
        for (String line : ics.body().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(fx.get(anonymous, "/acara.ics?lang=en").body()).contains("SUMMARY:Monthly book discussion: Bumi Manusia\r\n");

        var d = browser.driver;
        d.get(fx.base + "/acara");
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Jadwal Acara Perpustakaan");
        assertThat(d.findElement(By.cssSelector("[data-event='" + id + "'] h2")).getText())
                .isEqualTo("Diskusi Buku Bulanan: <i>Bumi Manusia</i>, bagian 1");
        browser.screenshot("acara-publik-id");
        Browser.clickAndWait(d, By.id("lang-switch"));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Library events");
        browser.screenshot("acara-publik-en");
    }

    @Test
    void changesNeedTheCsrfTokenAndTheEventsRole() throws Exception {
        EventProgramme programme = new EventProgramme(new Tx(fx.service.dataSource()), Clock.systemUTC(), JAKARTA);
        LocalDateTime start = LocalDateTime.now(JAKARTA).plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
        String id = programme.create(new EventSeries("", "Bengkel Penulisan Kreatif", "", "", "", "bengkel-penulisan-kreatif", "Umum"),
                new SessionPlan(start.atZone(JAKARTA).toInstant(), start.plusHours(3).atZone(JAKARTA).toInstant(), "Ruang Diskusi", 12,
                        true, null, null));
        UUID registration = UUID.randomUUID();
        assertThat(kioskRegisters(id, registration, "\"memberId\":\"M55\"").statusCode()).isEqualTo(201);
        Map<String, String> form = Map.of("titleId", "Acara Palsu", "start", "2027-01-10T09:00", "end", "2027-01-10T10:00",
                "capacity", "5", "category", "lainnya");
        long events = fx.count("SELECT COUNT(*) FROM library_event");

        HttpClient admin = StaffFixture.client();
        fx.login(admin, StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD);
        HttpResponse<String> noToken = fx.post(admin, "/staff/acara", form);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Formulir ini kedaluwarsa");
        assertThat(fx.post(admin, "/staff/acara/" + id + "/batal", Map.of("reason", "x")).statusCode()).isEqualTo(403);
        String token = StaffFixture.csrf(fx.get(admin, "/staff/acara/" + id).body());
        HttpResponse<String> below = fx.post(admin, "/staff/acara/" + id, Map.of("_csrf", token, "titleId", "Bengkel",
                "start", "2027-01-10T09:00", "end", "2027-01-10T08:00", "capacity", "12", "category", "lainnya"));
        assertThat(below.statusCode()).isEqualTo(400);
        assertThat(below.body()).contains("Waktu selesai harus sesudah waktu mulai.").contains("value=\"Bengkel\"");

        HttpClient reader = StaffFixture.client();
        fx.login(reader, StaffFixture.LIBRARIAN, StaffFixture.LIBRARIAN_PASSWORD);
        HttpResponse<String> view = fx.get(reader, "/staff/acara/" + id);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(view.body()).contains("Bengkel Penulisan Kreatif").doesNotContain("id=\"cancel-form\"")
                .doesNotContain("cancel-registration");
        assertThat(fx.get(reader, "/staff/acara").body()).doesNotContain("id=\"new-event\"");
        String readerToken = StaffFixture.csrf(view.body());
        Map<String, String> withToken = new java.util.HashMap<>(form);
        withToken.put("_csrf", readerToken);
        assertThat(fx.get(reader, "/staff/acara/baru").statusCode()).isEqualTo(403);
        assertThat(fx.post(reader, "/staff/acara", withToken).statusCode()).isEqualTo(403);
        assertThat(fx.post(reader, "/staff/acara/" + id + "/batal", Map.of("_csrf", readerToken, "reason", "x")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> cancel = fx.post(reader, "/staff/acara/" + id + "/pendaftaran/" + registration + "/batal",
                Map.of("_csrf", readerToken));
        assertThat(cancel.statusCode()).isEqualTo(403);
        assertThat(cancel.body()).contains("tidak punya izin");
        assertThat(fx.post(reader, "/staff/acara/" + id + "/pendaftaran/" + registration + "/kehadiran",
                Map.of("_csrf", readerToken, "hadir", "hadir")).statusCode()).isEqualTo(403);
        assertThat(fx.get(reader, "/staff/acara/" + id + "/pendaftaran.csv").statusCode()).as("reading is allowed").isEqualTo(200);

        assertThat(fx.count("SELECT COUNT(*) FROM library_event")).isEqualTo(events);
        assertThat(fx.count("SELECT COUNT(*) FROM library_event WHERE cancelled_at IS NOT NULL AND event_id = '" + id + "'")).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM event_registration WHERE registration_id = '" + registration
                + "' AND status = 'CONFIRMED' AND attendance IS NULL")).isEqualTo(1);
        assertThat(fx.get(StaffFixture.client(), "/staff/acara").statusCode()).as("no sign-in, no page").isEqualTo(303);
    }

    @Test
    void theKioskApiHonoursTheRegistrationWindowAndHidesCancelledSessions() throws Exception {
        EventProgramme programme = new EventProgramme(new Tx(fx.service.dataSource()), Clock.systemUTC(), JAKARTA);
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant start = now.plus(Duration.ofDays(20));
        EventSeries text = new EventSeries("", "Diskusi Buku Bulanan Jendela", "", "", "", "diskusi-buku-bulanan", "Umum");
        String notYet = programme.create(text, new SessionPlan(start, start.plus(Duration.ofHours(2)), "", 10, true,
                now.plus(Duration.ofDays(2)), null));
        String closed = programme.create(text, new SessionPlan(start, start.plus(Duration.ofHours(2)), "", 10, true,
                now.minus(Duration.ofDays(2)), now.minus(Duration.ofMinutes(1))));
        String open = programme.create(text, new SessionPlan(start, start.plus(Duration.ofHours(2)), "", 10, true,
                now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1))));
        for (String id : new String[] {notYet, closed}) {
            HttpResponse<String> r = kioskRegisters(id, UUID.randomUUID(), "\"memberId\":\"M9\"");
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).contains("REGISTRATION_CLOSED").contains("Pendaftaran acara ini sedang tidak dibuka");
        }
        assertThat(kioskRegisters(open, UUID.randomUUID(), "\"memberId\":\"M9\"").statusCode()).isEqualTo(201);

        programme.cancelSession(open, "Ruang dipakai untuk pemilu");
        String day = start.atZone(JAKARTA).toLocalDate().toString();
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.base
                        + "/api/v1/events?from=" + day + "&to=" + day)).header("Authorization", "Bearer " + kioskToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(notYet).contains(closed).doesNotContain(open);
    }

    @Test
    void onATabletTheSessionPageFitsTheScreen() throws Exception {
        EventProgramme programme = new EventProgramme(new Tx(fx.service.dataSource()), Clock.systemUTC(), JAKARTA);
        java.time.Instant start = java.time.Instant.now().plus(Duration.ofDays(4));
        String id = programme.create(new EventSeries("", "Bengkel Penulisan Kreatif untuk Guru dan Pustakawan Sekolah", "", "", "",
                "bengkel-penulisan-kreatif", "Guru"), new SessionPlan(start, start.plus(Duration.ofHours(3)),
                "Ruang Diskusi, Lt. 1", 12, true, null, null));
        kioskRegisters(id, UUID.randomUUID(), "\"guestName\":\"Bapak Ahmad Syaifuddin dari SMP Negeri 5 Malang\",\"guestPhone\":\"081233334444\"");
        try (Browser tablet = new Browser(800, 1280)) {
            var d = tablet.driver;
            d.get(fx.base + "/staff/login");
            d.findElement(By.id("username")).sendKeys(StaffFixture.ADMIN);
            d.findElement(By.id("password")).sendKeys(StaffFixture.ADMIN_PASSWORD);
            Browser.clickAndWait(d, By.id("login"));
            for (String path : new String[] {"/staff/acara", "/staff/acara/" + id, "/acara"}) {
                d.get(fx.base + path);
                assertThat(d.executeScript("return document.documentElement.scrollWidth > window.innerWidth;"))
                        .as("no sideways scrolling on " + path).isEqualTo(false);
            }
            d.get(fx.base + "/staff/acara/" + id);
            tablet.screenshot("acara-sesi-tablet-id");
        }
    }

    @Test
    void unknownSessionsAndBadAttendanceGetASentenceNotAStackTrace() throws Exception {
        HttpClient admin = StaffFixture.client();
        fx.login(admin, StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD);
        HttpResponse<String> unknown = fx.get(admin, "/staff/acara/tidak-ada");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Acara ini tidak ada (lagi)").doesNotContain("Exception");
        String token = StaffFixture.csrf(fx.get(admin, "/staff/acara").body());
        HttpResponse<String> badRegistration = fx.post(admin, "/staff/acara/tidak-ada/pendaftaran/bukan-uuid/batal",
                Map.of("_csrf", token));
        assertThat(badRegistration.statusCode()).isEqualTo(404);
        assertThat(badRegistration.body()).doesNotContain("Exception");
    }
}
