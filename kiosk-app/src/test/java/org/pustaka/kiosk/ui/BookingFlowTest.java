package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.events.LibraryEvent;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.events.RegistrationStatus;
import org.pustaka.kiosk.events.SignUpRequest;
import org.pustaka.kiosk.store.StoreException;

/**
 * From the welcome screen's Acara and Kunjungan Sekolah tiles into the event and school-visit screens
 * over the local desks on H2, by touch alone: a guest signs up and a teacher books, each with a printed
 * ticket or slip, and the visit then offers its receipt; a member signs up under their own number; a
 * failing database is said plainly.
 */
class BookingFlowTest extends FlowTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void aGuestSignsUpForAnEventThenATeacherBooksASchoolVisit(String lang) throws Exception {
        kiosk = KioskFixture.startWithBookings(lang);
        Texts t = kiosk.texts();

        kiosk.click("start.EVENTS");
        kiosk.awaitScreen("events");
        kiosk.await("first event", () -> showing("event-0"));
        kiosk.shoot("events");
        kiosk.click("event-0");
        kiosk.tap("guest-name");
        kiosk.typeText("sari wulandari");
        kiosk.tap("guest-phone");
        kiosk.typeText("0812 3456 7890");
        kiosk.click("party-plus");
        assertThat(kiosk.text("guest-name")).isEqualTo("Sari Wulandari");
        kiosk.shoot("events-signup");
        kiosk.click("event-signup");
        kiosk.await("signed up", () -> kiosk.text("event-answer").contains(lang.equals("en") ? "You are signed up" : "Anda terdaftar"));
        assertThat(transactions()).isEqualTo(1);
        kiosk.click("event-print");
        kiosk.await("ticket printed", () -> kiosk.desk.printer.printed().size() == 1);
        assertThat(kiosk.desk.printer.lastText()).contains(lang.equals("en") ? "Digital Literacy for Children" : "Literasi Digital untuk Anak");
        kiosk.await("told to take it", () -> kiosk.text("event-answer").contains(lang.equals("en") ? "Take it" : "Ambil tiket"));
        kiosk.click("event-done");
        kiosk.await("list again", () -> showing("event-0"));
        kiosk.click("events-back");
        kiosk.awaitScreen("receipt");
        kiosk.await("printer checked", () -> kiosk.allText().contains(t.get("receipt.print")));
        kiosk.click("header.cancel");
        kiosk.awaitScreen("welcome");

        kiosk.chooseLanguage();
        kiosk.click("start.SCHOOL_VISIT");
        kiosk.awaitScreen("school-visit");
        kiosk.await("slots listed", () -> showing("slot-0"));
        kiosk.click("slot-0");
        kiosk.tap("visit-school");
        kiosk.click("key-caps");
        kiosk.typeText("sd");
        kiosk.click("key-caps");
        kiosk.typeText(" negeri kauman 1 malang");
        kiosk.tap("visit-npsn");
        kiosk.typeText("20533844");
        kiosk.tap("visit-teacher");
        kiosk.typeText("rina kartika");
        kiosk.tap("visit-phone");
        kiosk.typeText("0341 551234");
        kiosk.click("visit-next");
        kiosk.click("students-plus5");
        kiosk.click("students-plus");
        kiosk.click("grade-SD_HIGH");
        kiosk.shoot("school-visit");
        kiosk.click("visit-book");
        kiosk.await("booked", () -> kiosk.text("visit-answer").contains("KS-"));
        assertThat(kiosk.text("visit-answer")).contains("SD Negeri Kauman 1 Malang", lang.equals("en") ? "26 students" : "26 siswa");
        assertThat(transactions()).isEqualTo(1);
        kiosk.click("visit-print");
        kiosk.await("slip printed", () -> kiosk.desk.printer.printed().size() == 2);
        assertThat(kiosk.desk.printer.lastText()).contains("SD Negeri Kauman 1 Malang").contains("KS-");
        kiosk.await("told to take it", () -> kiosk.text("visit-answer").contains(lang.equals("en") ? "Take it" : "Ambil slip"));
        kiosk.click("visit-done");
        kiosk.await("slots again", () -> showing("slot-0"));
        kiosk.click("visits-back");
        kiosk.awaitScreen("receipt");
    }

    @Test
    void aMemberSignsUpUnderTheirNumberAndWithoutPaperNoTicketIsOffered() throws Exception {
        kiosk = KioskFixture.startWithBookings("en");
        kiosk.desk.printer.paperOut(true);
        kiosk.click("start.BORROW");
        identify("2024000123", "1234");
        kiosk.awaitScreen("borrow");
        kiosk.click("borrow.done");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.EVENTS");
        kiosk.awaitScreen("events");
        kiosk.await("first event", () -> showing("event-1"));
        kiosk.click("header.lang.id");
        kiosk.await("the list again in Indonesian", () -> kiosk.allText().contains("Literasi Digital untuk Remaja"));
        kiosk.click("header.lang.en");
        kiosk.await("the list in English", () -> kiosk.allText().contains("Digital Literacy for Teens"));
        kiosk.click("event-1");
        assertThat(showing("guest-name")).as("a member types no name").isFalse();
        kiosk.click("event-signup");
        kiosk.await("signed up", () -> kiosk.text("event-answer").contains("You are signed up"));
        assertThat(showing("event-print")).as("no paper, no ticket offered").isFalse();
        var mine = kiosk.bookings.events().registrationsOf("2024000123");
        assertThat(mine).hasSize(1);
        RegistrationResult.Done done = mine.get(0);
        assertThat(done.registration().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        kiosk.click("event-done");
        kiosk.await("list again", () -> showing("event-0"));
        kiosk.click("events-back");
        kiosk.awaitScreen("menu");
        assertThat(kiosk.desk.printer.printed()).isEmpty();
    }

    @Test
    void aFailingDatabaseIsSaidPlainlyAndTheVisitorCanLeave() throws Exception {
        kiosk = KioskFixture.startWithBookings("id", desk -> new EventDesk() {
            @Override
            public List<LibraryEvent> upcoming() {
                throw new StoreException("The local database cannot be read");
            }

            @Override
            public RegistrationResult signUp(SignUpRequest request) {
                return desk.signUp(request);
            }

            @Override
            public RegistrationResult cancel(UUID registrationId, String memberId) {
                return desk.cancel(registrationId, memberId);
            }

            @Override
            public List<RegistrationResult.Done> registrationsOf(String memberId) {
                return desk.registrationsOf(memberId);
            }
        });
        Texts t = kiosk.texts();
        kiosk.click("start.EVENTS");
        kiosk.awaitScreen("events");
        kiosk.awaitText("events.failed", t.get("bookings.failed"));
        assertThat(kiosk.lights.current()).isEqualTo(LightPattern.ATTENTION);
        kiosk.click("events.done");
        kiosk.awaitScreen("survey");
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> !kiosk.robot.finder().findAll(kiosk.kiosk.window(),
                c -> name.equals(c.getName()) && c.isShowing()).isEmpty());
    }

    private int transactions() {
        return GuiActionRunner.execute(() -> kiosk.kiosk.session().transactions());
    }
}
