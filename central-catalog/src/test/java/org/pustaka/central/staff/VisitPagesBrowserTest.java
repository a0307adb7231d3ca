package org.pustaka.central.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Kunjungan Sekolah in a real browser over the service: a term of slots made on the page, booked by a kiosk over
 * the real kiosk API, confirmed and cancelled with a reason on the page (the slot bookable from the API again),
 * the printable day list and the CSV; form mistakes, the role and the CSRF token over plain HTTP. Saves a
 * screenshot of the week and the day list in each language.
 */
class VisitPagesBrowserTest {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final String HOSTILE_SCHOOL = "<script>window.pwned=1</script>SD <b>Negeri</b> 1";
    private static final String HOSTILE_TEACHER = "<img src=x onerror=window.pwned=2>Bu Rina";
    private static final String FORMULA_TEACHER = "=HYPERLINK(\"http://x\",\"klik\")";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static StaffFixture fx;
    private static Browser browser;
    private static String token;
    private static LocalDate monday;

    @BeforeAll
    static void start() throws Exception {
        fx = new StaffFixture();
        token = fx.enroll("MLG-01");
        browser = new Browser(1280, 1100);
        monday = LocalDate.now(WIB).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        fx.close();
    }

    private static void signIn(ChromeDriver d) {
        d.get(fx.base + "/staff/login");
        d.findElement(By.id("username")).sendKeys(StaffFixture.ADMIN);
        d.findElement(By.id("password")).sendKeys(StaffFixture.ADMIN_PASSWORD);
        clickAndWait(d, By.id("login"));
        assertThat(d.getCurrentUrl()).endsWith("/staff/beranda");
    }

    /** Clicks what navigates and waits until the next page has replaced this one and finished loading. */
    static void clickAndWait(ChromeDriver d, By by) {
        Browser.clickAndWait(d, by);
    }

    private static void set(ChromeDriver d, String id, String value) {
        d.executeScript("arguments[0].value = arguments[1];", d.findElement(By.id(id)), value);
    }

    private static String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private static JsonNode kioskGet(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.base + "/api/v1" + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> book(String slotId, String school, String teacher, int students) throws Exception {
        ObjectNode b = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("slotId", slotId)
                .put("schoolName", school).put("npsn", "20533761").put("teacherName", teacher).put("phone", "+6281234567890")
                .put("email", "").put("students", students).put("grade", "SD_HIGH").put("notes", "Dua siswa berkursi roda");
        return fx.kioskPost("/api/v1/school-visits", token, JSON.writeValueAsString(b));
    }

    private static List<JsonNode> slots() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        kioskGet("/school-visits/slots?from=" + monday + "&to=" + monday.plusDays(13)).get("slots").forEach(out::add);
        return out;
    }

    @Test
    void aTermOfSlotsIsBookedAtAKioskThenConfirmedCancelledPrintedAndExported() throws Exception {
        ChromeDriver d = browser.driver;
        signIn(d);
        d.get(fx.base + "/staff/kunjungan");
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Kunjungan Sekolah");

        // mistakes: no weekday, the end before the start; what was typed comes back
        d.findElement(By.id("term-name")).sendKeys("Semester Genap 2026/2027");
        set(d, "term-from", monday.toString());
        set(d, "term-to", monday.plusDays(13).toString());
        set(d, "term-start", "11:00");
        set(d, "term-end", "09:00");
        d.findElement(By.id("term-room")).sendKeys("Ruang Anak");
        clickAndWait(d, By.id("add-term"));
        assertThat(text("#term-errors")).contains("Pilih paling sedikit satu hari kunjungan.")
                .contains("Jam selesai harus sesudah jam mulai.");
        assertThat(d.findElement(By.id("term-name")).getAttribute("value")).isEqualTo("Semester Genap 2026/2027");
        assertThat(d.findElement(By.id("term-room")).getAttribute("value")).isEqualTo("Ruang Anak");
        assertThat(d.findElement(By.id("term-from")).getAttribute("value")).isEqualTo(monday.toString());
        assertThat(fx.count("SELECT COUNT(*) FROM visit_slot WHERE room = 'Ruang Anak'")).isZero();

        // Tuesdays and Thursdays of two weeks: four slots
        d.findElement(By.id("day-2")).click();
        d.findElement(By.id("day-4")).click();
        set(d, "term-start", "09:00");
        set(d, "term-end", "11:00");
        WebElement cap = d.findElement(By.id("term-capacity"));
        cap.clear();
        cap.sendKeys("30");
        clickAndWait(d, By.id("add-term"));
        assertThat(text("#visits-notice")).isEqualTo("4 jadwal dibuat; 0 sudah ada sebelumnya dan dilewati.");
        assertThat(d.findElements(By.cssSelector("#slots tr[data-slot]"))).hasSize(2);
        assertThat(fx.count("SELECT COUNT(*) FROM visit_term WHERE name = 'Semester Genap 2026/2027' AND weekdays = '2,4'")).isEqualTo(1);

        // a single slot on the first Tuesday and room makes nothing new
        set(d, "slot-date", monday.plusDays(1).toString());
        d.findElement(By.id("slot-room")).sendKeys("Ruang Anak");
        clickAndWait(d, By.id("add-slot"));
        assertThat(text("#visits-notice")).isEqualTo("0 jadwal dibuat; 1 sudah ada sebelumnya dan dilewati.");
        // one overlapping it in the same room is refused too
        set(d, "slot-date", monday.plusDays(1).toString());
        set(d, "slot-start", "10:00");
        set(d, "slot-end", "12:00");
        d.findElement(By.id("slot-room")).sendKeys("ruang anak");
        clickAndWait(d, By.id("add-slot"));
        assertThat(text("#visits-notice")).isEqualTo("0 jadwal dibuat; 0 sudah ada sebelumnya dan dilewati. "
                + "1 jadwal tidak dibuat karena bentrok dengan jadwal lain di ruang yang sama; periksa jamnya.");

        // the kiosk sees four free slots and books two of them
        List<JsonNode> free = slots();
        assertThat(free).hasSize(4).allMatch(s -> s.get("available").asBoolean());
        assertThat(free.get(0).get("capacity").asInt()).isEqualTo(30);
        String tuesday = free.get(0).get("id").asText();
        String thursday = free.get(1).get("id").asText();
        HttpResponse<String> first = book(tuesday, HOSTILE_SCHOOL, HOSTILE_TEACHER, 25);
        HttpResponse<String> second = book(thursday, "SMP Negeri 3 Malang", FORMULA_TEACHER, 28);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        String code1 = JSON.readTree(first.body()).get("confirmationCode").asText();
        String code2 = JSON.readTree(second.body()).get("confirmationCode").asText();

        d.get(fx.base + "/staff/kunjungan?minggu=" + monday);
        String row1 = "#bookings tr[data-booking='" + code1 + "']";
        String row2 = "#bookings tr[data-booking='" + code2 + "']";
        assertThat(text(row1 + " .school")).isEqualTo(HOSTILE_SCHOOL);
        assertThat(text(row1 + " .teacher")).isEqualTo(HOSTILE_TEACHER);
        assertThat(d.executeScript("return typeof window.pwned;")).isEqualTo("undefined");
        assertThat(text(row1)).contains("20533761").contains("25").contains("SD / MI kelas 4-6")
                .contains("Dipesan, menunggu konfirmasi petugas");
        assertThat(text(row2 + " .teacher")).isEqualTo(FORMULA_TEACHER);

        clickAndWait(d, By.cssSelector(row1 + " button.confirm"));
        assertThat(text("#visits-notice")).isEqualTo("Pemesanan dikonfirmasi.");
        assertThat(text(row1 + " .stage")).isEqualTo("Dikonfirmasi petugas");
        assertThat(d.findElements(By.cssSelector(row1 + " button.confirm"))).isEmpty();
        assertThat(fx.count("SELECT COUNT(*) FROM visit_booking WHERE confirmation_code = '" + code1
                + "' AND staff_confirmed_by = 'admin' AND status = 'CONFIRMED'")).isEqualTo(1);

        // cancelling needs a reason; then the slot is free for the kiosks again
        clickAndWait(d, By.cssSelector(row2 + " button.cancel"));
        assertThat(text(row2 + " .error")).startsWith("Tulis alasan pembatalan");
        assertThat(fx.count("SELECT COUNT(*) FROM visit_booking WHERE confirmation_code = '" + code2 + "' AND status = 'CANCELLED'")).isZero();
        d.findElement(By.cssSelector(row2 + " .reason-input")).sendKeys("Bus sekolah rusak");
        clickAndWait(d, By.cssSelector(row2 + " button.cancel"));
        assertThat(text("#visits-notice")).startsWith("Pemesanan dibatalkan.");
        assertThat(text(row2 + " .stage")).contains("Dibatalkan").contains("Bus sekolah rusak");
        assertThat(d.findElement(By.cssSelector(row2)).getAttribute("class")).contains("cancelled");
        browser.screenshot("kunjungan-id");

        assertThat(kioskGet("/school-visits/" + code2).get("status").asText()).isEqualTo("CANCELLED");
        List<JsonNode> after = slots();
        assertThat(after.get(0).get("available").asBoolean()).as("confirmed booking still holds its slot").isFalse();
        assertThat(after.get(1).get("id").asText()).isEqualTo(thursday);
        assertThat(after.get(1).get("available").asBoolean()).as("cancelled booking freed its slot").isTrue();
        HttpResponse<String> again = book(thursday, "MI Al-Hikmah", "Pak Budi", 20);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        String code3 = JSON.readTree(again.body()).get("confirmationCode").asText();

        // the day list of the Tuesday, printable
        LocalDate tue = monday.plusDays(1);
        d.get(fx.base + "/staff/kunjungan/hari?tanggal=" + tue);
        assertThat(d.findElements(By.cssSelector("#day-list tbody tr"))).hasSize(1);
        assertThat(text("#day-list tr[data-booking='" + code1 + "'] .school")).isEqualTo(HOSTILE_SCHOOL);
        assertThat(text("#day-list tr[data-booking='" + code1 + "']")).contains("+6281234567890").doesNotContain("Dibatalkan")
                .contains("Dua siswa berkursi roda");
        assertThat(text("#day-total")).isEqualTo("1 rombongan, 25 siswa.");
        d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(d.findElement(By.cssSelector("header.top nav")).isDisplayed()).isFalse();
            assertThat(d.findElement(By.id("print")).isDisplayed()).isFalse();
            assertThat(d.findElement(By.id("day-list")).isDisplayed()).isTrue();
            browser.screenshot("kunjungan-hari-cetak-id");
        } finally {
            d.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        browser.screenshot("kunjungan-hari-id");
        d.get(fx.base + "/staff/kunjungan/hari?tanggal=" + monday.plusDays(3));
        assertThat(d.findElements(By.cssSelector("#day-list tbody tr"))).hasSize(1);
        assertThat(text("#day-list")).contains(code3).doesNotContain(code2);

        // the CSV of the week: BOM, header, every booking, a formula kept as text
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fx.base
                        + "/staff/kunjungan/csv?dari=" + monday + "&sampai=" + monday.plusDays(6)))
                .header("Cookie", Cookies.SESSION + "=" + d.manage().getCookieNamed(Cookies.SESSION).getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("Tanggal,Mulai,Selesai,Ruang,Sekolah,NPSN,Guru,");
        assertThat(lines[1]).startsWith(tue + ",09.00,11.00,Ruang Anak," + HOSTILE_SCHOOL + ",20533761,")
                .contains("'+6281234567890").contains(code1).contains("Dikonfirmasi petugas");
        assertThat(lines[2]).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"").contains(code2)
                .endsWith("Dibatalkan,Bus sekolah rusak");
        assertThat(lines[3]).contains("MI Al-Hikmah").contains(code3);

        // English, switched on the chosen week: the week stays
        d.get(fx.base + "/staff/kunjungan?minggu=" + monday);
        clickAndWait(d, By.id("lang-switch"));
        assertThat(d.getCurrentUrl()).endsWith("/staff/kunjungan?minggu=" + monday);
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("School visits");
        assertThat(text(row1 + " .stage")).isEqualTo("Confirmed by staff");
        assertThat(text(row2 + " .stage")).contains("Cancelled").contains("Bus sekolah rusak");
        browser.screenshot("kunjungan-en");
        d.get(fx.base + "/staff/kunjungan/hari?tanggal=" + tue);
        assertThat(text("#day-total")).isEqualTo("1 group, 25 students.");
        browser.screenshot("kunjungan-hari-en");
        d.get(fx.base + "/staff/kunjungan?lang=id");
    }

    @Test
    void changesNeedTheEventsRoleAndTheFormsTokenAndBadInputGetsASentence() throws Exception {
        LocalDate day = monday.plusWeeks(3).plusDays(2);
        fx.service.visits().addSlot(new org.pustaka.central.visits.Slot("guard-1", day.atTime(13, 0).atZone(WIB).toInstant(),
                day.atTime(15, 0).atZone(WIB).toInstant(), "Aula", 40, true));
        HttpResponse<String> booked = book("guard-1", "SDN Kauman 1", "Bu Sari", 30);
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        String code = JSON.readTree(booked.body()).get("confirmationCode").asText();
        String id = JSON.readTree(booked.body()).get("id").asText();
        Map<String, String> term = Map.of("nama", "Semester X", "dari", day.toString(), "sampai", day.plusDays(7).toString(),
                "hari", "3", "mulai", "09:00", "selesai", "11:00", "ruang", "Aula", "kapasitas", "30");

        HttpClient reader = StaffFixture.client();
        fx.login(reader, StaffFixture.LIBRARIAN, StaffFixture.LIBRARIAN_PASSWORD);
        HttpResponse<String> page = fx.get(reader, "/staff/kunjungan?minggu=" + day);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code).doesNotContain("id=\"term-form\"").doesNotContain("button type=\"submit\" class=\"confirm\"");
        String readerCsrf = StaffFixture.csrf(page.body());
        Map<String, String> withToken = new java.util.HashMap<>(term);
        withToken.put("_csrf", readerCsrf);
        assertThat(fx.post(reader, "/staff/kunjungan/semester", withToken).statusCode()).isEqualTo(403);
        HttpResponse<String> refused = fx.post(reader, "/staff/kunjungan/pemesanan/" + id + "/batal",
                Map.of("_csrf", readerCsrf, "alasan", "Tidak jadi"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("tidak punya izin");
        assertThat(fx.post(reader, "/staff/kunjungan/pemesanan/" + id + "/konfirmasi", Map.of("_csrf", readerCsrf)).statusCode())
                .isEqualTo(403);
        assertThat(fx.get(reader, "/staff/kunjungan/hari?tanggal=" + day).statusCode()).isEqualTo(200);

        HttpClient admin = StaffFixture.client();
        fx.login(admin, StaffFixture.ADMIN, StaffFixture.ADMIN_PASSWORD);
        assertThat(fx.post(admin, "/staff/kunjungan/semester", term).statusCode()).isEqualTo(403);
        HttpResponse<String> noToken = fx.post(admin, "/staff/kunjungan/pemesanan/" + id + "/batal", Map.of("alasan", "Tidak jadi"));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("Formulir ini kedaluwarsa");
        assertThat(fx.count("SELECT COUNT(*) FROM visit_term WHERE name = 'Semester X'")).isZero();
        assertThat(fx.count("SELECT COUNT(*) FROM visit_booking WHERE booking_id = '" + id
                + "' AND status = 'CONFIRMED' AND staff_confirmed_at IS NULL")).isEqualTo(1);

        String adminCsrf = StaffFixture.csrf(fx.get(admin, "/staff/kunjungan").body());
        Map<String, String> bad = new java.util.HashMap<>(Map.of("_csrf", adminCsrf, "nama", "Semester <i>Y</i>", "dari", "11/01/2027",
                "sampai", day.toString(), "hari", "9", "mulai", "jam 9", "selesai", "11:00", "ruang", "", "kapasitas", "0"));
        HttpResponse<String> mistakes = fx.post(admin, "/staff/kunjungan/semester", bad);
        assertThat(mistakes.statusCode()).isEqualTo(400);
        assertThat(mistakes.body()).contains("Tanggal 11/01/2027 tidak terbaca").contains("Pilih paling sedikit satu hari")
                .contains("Jam jam 9 tidak terbaca").contains("Isi ruang kunjungan").contains("Kapasitas adalah jumlah siswa")
                .contains("value=\"Semester &lt;i>Y&lt;/i>\"").contains("value=\"11/01/2027\"").doesNotContain("<i>Y</i>");
        HttpResponse<String> past = fx.post(admin, "/staff/kunjungan/jadwal", Map.of("_csrf", adminCsrf, "tanggal",
                LocalDate.now(WIB).minusDays(1).toString(), "mulai", "09:00", "selesai", "10:00", "ruang", "Aula", "kapasitas", "20"));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("Tanggal mulai sudah lewat");
        HttpResponse<String> unknown = fx.post(admin, "/staff/kunjungan/pemesanan/not-a-booking/konfirmasi", Map.of("_csrf", adminCsrf));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(fx.get(admin, "/staff/kunjungan/csv?dari=2027-02-01&sampai=2027-01-01").statusCode()).isEqualTo(400);
        assertThat(fx.count("SELECT COUNT(*) FROM visit_term")).as("no term from a refused form")
                .isEqualTo(fx.count("SELECT COUNT(*) FROM visit_term WHERE name = 'Semester Genap 2026/2027'"));

        HttpResponse<String> confirmed = fx.post(admin, "/staff/kunjungan/pemesanan/" + id + "/konfirmasi",
                Map.of("_csrf", adminCsrf, "minggu", day.toString()));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location").orElse("")).contains("selesai=confirmed");
        fx.post(admin, "/staff/kunjungan/pemesanan/" + id + "/batal", Map.of("_csrf", adminCsrf, "alasan", "Sekolah libur"));
        HttpResponse<String> twice = fx.post(admin, "/staff/kunjungan/pemesanan/" + id + "/batal",
                Map.of("_csrf", adminCsrf, "alasan", "Lagi"));
        assertThat(twice.headers().firstValue("Location").orElse("")).contains("selesai=already");
        assertThat(fx.count("SELECT COUNT(*) FROM visit_booking WHERE booking_id = '" + id
                + "' AND cancel_reason = 'Sekolah libur' AND cancelled_by = 'admin'")).isEqualTo(1);
    }

    @Test
    void onATabletTheWeekFitsTheScreenWidth() {
        try (Browser tablet = new Browser(800, 1280)) {
            ChromeDriver d = tablet.driver;
            signIn(d);
            d.get(fx.base + "/staff/kunjungan?minggu=" + monday);
            assertThat(d.findElement(By.id("term-form")).isDisplayed()).isTrue();
            assertThat(d.executeScript("return document.documentElement.scrollWidth > window.innerWidth;"))
                    .as("no sideways scrolling of the page").isEqualTo(false);
            tablet.screenshot("kunjungan-tablet-id");
        }
    }
}
