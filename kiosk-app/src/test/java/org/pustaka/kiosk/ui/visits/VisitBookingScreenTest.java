package org.pustaka.kiosk.ui.visits;

import static org.awaitility.Awaitility.await;
import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pustaka.kiosk.ui.events.BookingScreens.type;
import static org.pustaka.kiosk.ui.events.BookingScreens.waitForComponent;
import static org.pustaka.kiosk.ui.events.BookingScreens.waitForText;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.pustaka.kiosk.compose.BookingDesks;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.ui.events.BookingScreens;
import org.pustaka.kiosk.visits.BookingStatus;
import org.pustaka.kiosk.visits.GradeLevel;
import org.pustaka.kiosk.visits.VisitBooking;

/** The school-visit screen driven by clicks alone, over the local desks and the demo term of slots. */
class VisitBookingScreenTest {
    @TempDir
    Path dir;

    Database db;
    ExecutorService worker;
    FrameFixture window;
    final List<VisitBooking> printed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void strictEventThread() {
        FailOnThreadViolationRepaintManager.install();
    }

    void start(String language) throws Exception {
        db = Database.open(dir);
        BookingDesks desks = BookingDesks.forDemo(KioskConfig.demo(dir, Map.of()), db, BookingScreens.CLOCK, null);
        worker = Executors.newSingleThreadExecutor();
        VisitBookingScreen screen = GuiActionRunner.execute(() -> new VisitBookingScreen(desks.visits(),
                BookingScreens.texts(language), worker, printed::add, () -> { }));
        window = new FrameFixture(BookingScreens.frame(screen));
        window.show(BookingScreens.SCREEN);
        GuiActionRunner.execute(screen::open);
        waitForComponent(window, "slot-0");
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
    void aTeacherBooksByTouchGetsACodeAndASlipAndLooksItUp(String language) throws Exception {
        start(language);
        window.button("slot-0").click();
        window.textBox("visit-school").click();
        window.toggleButton("key-caps").click();
        type(window, "sd");
        window.toggleButton("key-caps").click();
        type(window, " negeri kauman 1 malang");
        window.textBox("visit-npsn").click();
        type(window, "20533844");
        window.textBox("visit-teacher").click();
        type(window, "rina kartika");
        window.textBox("visit-phone").click();
        type(window, "0341 551234");
        window.textBox("visit-notes").click();
        type(window, "dua kursi roda");
        window.button("visit-next").click();
        window.button("students-plus5").click();
        window.button("students-plus").click();
        window.toggleButton("grade-SD_HIGH").click();
        window.button("visit-book").click();
        waitForText(window, "visit-answer", "KS-");
        assertThat(BookingScreens.text(window, "visit-answer")).contains("SD Negeri Kauman 1 Malang",
                language.equals("en") ? "26 students" : "26 siswa");
        window.button("visit-print").click();
        waitForText(window, "visit-answer", BookingScreens.texts(language).get("visits.take"));
        assertThat(printed).hasSize(1);
        window.button("visit-done").click();
        waitForComponent(window, "slot-0");
        VisitBooking booked = printed.get(0);
        assertThat(booked.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(booked.request().grade()).isEqualTo(GradeLevel.SD_HIGH);
        assertThat(booked.request().phone()).isEqualTo("+62341551234");
        assertThat(booked.request().notes()).isEqualTo("Dua kursi roda");

        window.button("visits-lookup").click();
        window.textBox("lookup-code").click();
        type(window, booked.code().substring(3));
        window.button("lookup-search").click();
        waitForText(window, "lookup-result", booked.code());
    }

    @Test
    void aBadNpsnIsExplainedAndAnUnknownCodeIsSaidPlainly() throws Exception {
        start("id");
        window.button("slot-1").click();
        window.textBox("visit-school").click();
        type(window, "smp negeri 3 malang");
        window.textBox("visit-npsn").click();
        type(window, "2053");
        assertThat(BookingScreens.text(window, "visit-problems")).as("judged only once left").isEmpty();
        window.textBox("visit-teacher").click();
        waitForText(window, "visit-problems", "NPSN harus tepat 8 angka");
        window.textBox("visit-npsn").click();
        type(window, "3844");
        // the NPSN's sentence goes once it is right; the teacher's field, left empty, is now judged
        await().atMost(Duration.ofSeconds(5)).until(() -> !BookingScreens.text(window, "visit-problems").contains("NPSN"));
        assertThat(BookingScreens.text(window, "visit-problems")).contains("Tulis nama guru pendamping");
        window.button("visit-next").click();
        window.button("visit-book").click();
        // the desk's answer sends the teacher back to the typed fields, with the sentences under them
        waitForText(window, "visit-problems", "Tulis nama guru pendamping");
        window.button("visit-back").click();
        waitForComponent(window, "slot-0");
        window.button("visits-lookup").click();
        type(window, "ks4444");
        window.button("lookup-search").click();
        waitForText(window, "lookup-result", "Kode ini tidak ditemukan");
    }
}
