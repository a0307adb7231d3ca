package org.pustaka.kiosk.ui.events;

import static org.awaitility.Awaitility.await;
import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pustaka.kiosk.ui.events.BookingScreens.type;
import static org.pustaka.kiosk.ui.events.BookingScreens.waitForComponent;
import static org.pustaka.kiosk.ui.events.BookingScreens.waitForText;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.events.RegistrationResult;
import org.pustaka.kiosk.compose.BookingDesks;
import org.pustaka.kiosk.store.jdbc.Database;

/** The events screen driven by clicks alone, over the local desks and the demo programme. */
class EventSignUpScreenTest {
    @TempDir
    Path dir;

    Database db;
    ExecutorService worker;
    FrameFixture window;
    BookingDesks desks;
    final AtomicReference<Optional<String>> member = new AtomicReference<>(Optional.empty());
    final List<RegistrationResult.Done> printed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void strictEventThread() {
        FailOnThreadViolationRepaintManager.install();
    }

    void start(String language) throws Exception {
        db = Database.open(dir);
        desks = BookingDesks.forDemo(KioskConfig.demo(dir, Map.of()), db, BookingScreens.CLOCK, null);
        worker = Executors.newSingleThreadExecutor();
        EventSignUpScreen screen = GuiActionRunner.execute(() -> new EventSignUpScreen(desks.events(),
                BookingScreens.texts(language), worker, member::get, printed::add, () -> { }));
        window = new FrameFixture(BookingScreens.frame(screen));
        window.show(BookingScreens.SCREEN);
        GuiActionRunner.execute(screen::open);
        waitForComponent(window, "event-0");
    }

    @AfterEach
    void stop() {
        if (window != null) {
            window.cleanUp();
        }
        if (worker != null) {
            worker.shutdownNow();
        }
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void aGuestSignsUpByTouchAndPrintsTheTicket(String language) throws Exception {
        start(language);
        window.button("event-0").click();
        window.textBox("guest-name").click();
        type(window, "sari wulandari");
        window.textBox("guest-phone").click();
        type(window, "0812 3456 7890");
        window.button("party-plus").click();
        assertThat(BookingScreens.text(window, "guest-name")).isEqualTo("Sari Wulandari");
        window.button("event-signup").click();
        waitForText(window, "event-answer", language.equals("en") ? "You are signed up" : "Anda terdaftar");
        window.button("event-print").click();
        waitForText(window, "event-answer", BookingScreens.texts(language).get("events.take"));
        assertThat(BookingScreens.text(window, "event-answer")).matches("(?s).*AC-[3-9A-Y]{6}.*")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}");
        assertThat(printed).hasSize(1);
        window.button("event-done").click();
        waitForComponent(window, "event-0");
        assertThat(printed.get(0).registration().partySize()).isEqualTo(2);
        assertThat(printed.get(0).registration().registrant().toString()).contains("+6281234567890");
    }

    @Test
    void aWrongPhoneIsExplainedAndTheFullWorkshopGivesAWaitlistPlace() throws Exception {
        start("id");
        window.button("event-2").click();
        waitForText(window, "event-seats", "Penuh");
        window.textBox("guest-name").click();
        type(window, "budi");
        window.textBox("guest-phone").click();
        type(window, "12345");
        window.button("event-signup").click();
        waitForText(window, "event-problems", "Nomor telepon tidak dikenali");
        window.textBox("guest-phone").click();
        for (int i = 0; i < 5; i++) {
            window.button("key-back").click();
        }
        type(window, "0341551234");
        await().atMost(Duration.ofSeconds(5)).until(() -> BookingScreens.text(window, "event-problems").isEmpty());
        window.button("event-signup").click();
        waitForText(window, "event-answer", "daftar tunggu nomor 1");
    }

    @Test
    void aMemberSignsUpSeesTheSignUpAndCancelsIt() throws Exception {
        member.set(Optional.of("20240001"));
        start("en");
        window.button("event-1").click();
        assertThat(BookingScreens.showing(window, "guest-name")).as("a member types no name").isZero();
        window.button("event-signup").click();
        waitForText(window, "event-answer", "You are signed up");
        window.button("event-done").click();
        waitForComponent(window, "event-0");
        window.button("events-mine").click();
        waitForComponent(window, "mine-cancel-0");
        assertThat(BookingScreens.text(window, "mine-0-title")).contains("Digital Literacy for Teens");
        assertThat(BookingScreens.text(window, "mine-0-detail")).contains("signed up", "1 people", "AC-");
        window.button("mine-cancel-0").click();
        // cancelling asks first; "No" leaves the sign-up as it was
        waitForComponent(window, "mine-cancel-no-0");
        window.button("mine-cancel-no-0").click();
        waitForComponent(window, "mine-cancel-0");
        assertThat(desks.events().registrationsOf("20240001").get(0).registration().status().isActive()).isTrue();
        window.button("mine-cancel-0").click();
        window.button("mine-cancel-yes-0").click();
        waitForText(window, "mine-0-detail", "cancelled");
        assertThat(BookingScreens.showing(window, "mine-cancel-0")).as("nothing left to cancel").isZero();
        assertThat(printed).isEmpty();
    }

    @Test
    void aSecondTapOnTheSameEventShowsTheSignUpTheMemberHas() throws Exception {
        member.set(Optional.of("20240001"));
        start("id");
        window.button("event-1").click();
        window.button("party-plus").click();
        window.button("event-signup").click();
        waitForText(window, "event-answer", "Anda terdaftar");
        window.button("event-done").click();
        waitForComponent(window, "event-0");
        window.button("event-1").click();
        window.button("event-signup").click();
        waitForText(window, "event-answer", "Anda sudah terdaftar untuk acara ini.");
        assertThat(BookingScreens.text(window, "event-answer")).contains("2 orang", "AC-");
        assertThat(desks.events().registrationsOf("20240001")).hasSize(1);
    }

    @Test
    void thePartySizeStopsAtItsLimitAndSaysWhy() throws Exception {
        start("id");
        window.button("event-0").click();
        for (int i = 0; i < 6; i++) {
            window.button("party-plus").click();
        }
        assertThat(BookingScreens.text(window, "party-size")).isEqualTo("6");
        waitForText(window, "event-problems", "Paling banyak 6 orang per pendaftaran");
    }
}
