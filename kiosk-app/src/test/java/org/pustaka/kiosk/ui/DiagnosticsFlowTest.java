package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.SimTag;
import org.pustaka.kiosk.diagnostics.AuditLog;
import org.pustaka.kiosk.diagnostics.TechnicianLock;
import org.pustaka.kiosk.diagnostics.TechnicianText;
import org.pustaka.kiosk.diagnostics.UnlockResult;
import org.pustaka.kiosk.pin.PinHash;
import org.pustaka.kiosk.store.AuditEntry;
import org.pustaka.kiosk.store.AuditStore;
import org.slf4j.LoggerFactory;

/** Diagnostics on the touchscreen: the hidden gesture, the PIN and its lock, and the tools. */
class DiagnosticsFlowTest {
    private static final String PIN = "731946";
    private static final String WRONG = "582017";
    private static final String HASH = PinHash.hash(PIN);
    private static final String BLANK = "E0040150FFFF0001";

    private final List<AuditEntry> audited = new ArrayList<>();
    private final FakeTechnicianTools tools = new FakeTechnicianTools();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private KioskFixture f;

    @BeforeEach
    void listen() {
        logged.start();
        root().addAppender(logged);
    }

    @AfterEach
    void close() {
        root().detachAppender(logged);
        if (f != null) {
            f.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theGestureAndTheRightPinOpenDiagnosticsAndTheSelfTestsAreListed(String language) throws Exception {
        f = KioskFixture.startWithTechnician(language, access(), tools);
        Texts t = f.texts();
        openPinScreen();
        assertThat(text("diag.pin.message")).isEqualTo(t.get("diag.pin.prompt"));

        f.type(PIN.substring(0, 3));
        assertThat(text("diag.pin.dots")).isEqualTo("\u25CF \u25CF \u25CF").doesNotContain(PIN.substring(0, 3));
        f.type(PIN.substring(3));
        f.click("key.confirm");
        awaitShowing("diag.selfTests");

        click("diag.selfTests");
        await("self-test results", () -> text("diag.output").contains("printer"));
        String output = text("diag.output");
        assertThat(output).contains("rfid", "12 ms", "The printer is out of paper: load a new roll.", "library",
                "catalog", t.get("diag.fail"));
        assertThat(output.lines()).hasSize(4);
        shoot("diagnostics-" + language);

        click("diag.queue");
        await("queue", () -> text("diag.output").contains("Laskar Pelangi"));
        assertThat(text("diag.output")).contains(t.get("diag.queue.outbox", 3));
        click("diag.log");
        await("log", () -> text("diag.output").contains("kiosk ready"));
        assertThat(tools.calls).contains("selfTests", "queue", "read LOG 200");

        click("diag.close");
        await("diagnostics closed", () -> find("diag.screen") == null);
        assertThat(f.text("welcome.title")).isEqualTo(t.get("welcome.title"));
        assertThat(audited).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.OK);
        assertNoPinLogged();
    }

    @Test
    void aCardScannedWhileDiagnosticsIsOpenStartsNoVisitAndTheScanTestShowsTheLastCard() throws Exception {
        f = KioskFixture.startWithTechnician("id", access(), tools);
        openPinScreen();
        enter(PIN);
        awaitShowing("diag.card");

        click("diag.card");
        await("no card yet", () -> text("diag.output").contains("none"));
        f.desk.scanCard("2024000123");
        tools.lastCardRead = () -> "sim number ******0123";
        click("diag.card");
        await("the last card", () -> text("diag.output").contains("******0123"));
        assertThat(text("diag.output")).doesNotContain("2024000123");
        assertThat(tools.calls).contains("lastCard id");

        click("diag.close");
        await("diagnostics closed", () -> find("diag.screen") == null);
        assertThat(f.text("welcome.title")).as("the card started no visit").isEqualTo(f.texts().get("welcome.title"));
        assertThat(f.desk.calls).doesNotContain("identify");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theTagViewListsThePadWritesABlankTagAndStopsWhenClosed(String language) throws Exception {
        tools.pad.place(DemoTags.tagFor("30000105", 2, 1, DemoTags.AFI_IN_STOCK));
        tools.pad.place(DemoTags.tagFor("30000105", 2, 2, DemoTags.AFI_ON_LOAN));
        tools.pad.place(new SimTag(BLANK, 0, new byte[32]));
        f = KioskFixture.startWithTechnician(language, access(), tools);
        Texts t = f.texts();
        openPinScreen();
        enter(PIN);
        awaitShowing("diag.tags");
        click("diag.tags");

        await("tags listed", () -> text("diag.tags.rows").contains(BLANK));
        String rows = text("diag.tags.rows");
        assertThat(rows).contains("E004015000010501  AFI 0x07 " + t.get("diag.tags.inStock"),
                "E004015000010502  AFI 0xC2 " + t.get("diag.tags.onLoan"),
                t.get("diag.tags.item", "30000105", "1", "2"), t.get("diag.tags.item", "30000105", "2", "2"),
                t.get("diag.tags.owner", "ID", "MLG01"), TechnicianText.of("tags.blank").in(language));
        String other = "id".equals(language) ? "en" : "id";
        assertThat(rows).as("the tag problems follow the window's language")
                .doesNotContain(TechnicianText.of("tags.blank").in(other));
        assertThat(text("diag.tags.status")).isEqualTo(t.get("diag.tags.count", 3));
        assertThat(text("diag.tags.country")).isEqualTo("ID");
        assertThat(text("diag.tags.isil")).isEqualTo("MLG01");

        tapField("diag.tags.itemId");
        for (char c : "30000999".toCharArray()) {
            click("key-" + c);
        }
        click("diag.tags.onLoan");
        click("diag.tags.write");
        await("tag written", () -> text("diag.tags.result").contains("30000999"));
        assertThat(text("diag.tags.result")).isEqualTo(TechnicianText.of("write.done.onLoan", BLANK, "30000999", 1, 1,
                "ID-MLG01", "0xC2").in(language));
        await("written tag decoded", () -> text("diag.tags.rows").contains(t.get("diag.tags.item", "30000999", "1",
                "1")));
        assertThat(text("diag.tags.rows")).doesNotContain(TechnicianText.of("tags.blank").in(language));
        shoot("diagnostics-tags-" + language);

        assertThat(tools.audited).extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("write tag", AuditEntry.Outcome.OK));
        assertThat(tools.audited.get(0).detail()).contains("30000999", BLANK).doesNotContain(PIN);

        click("diag.tags.back");
        awaitShowing("diag.selfTests");
        f.robot.waitForIdle();
        int scans = tools.scans.get();
        org.assertj.swing.timing.Pause.pause(3 * DiagnosticsTagsView.POLL_MILLIS);
        assertThat(tools.scans.get()).as("no polling once the view is closed").isEqualTo(scans);
        click("diag.close");
        await("diagnostics closed", () -> find("diag.screen") == null);
        assertNoPinLogged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void theJournalViewListsTheNewestEntriesMaskedAndFiltersWhatNeedsStaff(String language) throws Exception {
        f = KioskFixture.startWithTechnician(language, access(), tools);
        Texts t = f.texts();
        openPinScreen();
        enter(PIN);
        awaitShowing("diag.journal");
        click("diag.journal");

        await("journal listed", () -> text("diag.journal.rows").contains("30000001"));
        String rows = text("diag.journal.rows");
        assertThat(rows.lines().findFirst().orElseThrow()).contains("2026-11-28 10:10:00",
                t.get("diag.journal.kind.CHECKOUT"), "30000105", "******0123", t.get("diag.journal.state.flagged"));
        assertThat(rows).contains(t.get("diag.journal.state.refused", "RENEWAL_LIMIT_REACHED"),
                t.get("diag.journal.state.compensated"), t.get("diag.journal.replay.QUEUED"),
                t.get("diag.journal.replay.REFUSED"), "The library refused the offline return.")
                .doesNotContain("2024000123", "2024000777", "2024000555");
        assertThat(text("diag.journal.status")).isEqualTo(t.get("diag.journal.count", 6, 6));
        assertThat(tools.calls).containsExactly("journal " + DiagnosticsJournalView.MAX_ENTRIES);
        shoot("diagnostics-journal-" + language);

        click("diag.journal.staffOnly");
        await("only what needs staff", () -> !text("diag.journal.rows").contains("30000001"));
        assertThat(text("diag.journal.rows")).contains("30000105", "30000088").doesNotContain("30000042", "30000017");
        assertThat(text("diag.journal.status")).isEqualTo(t.get("diag.journal.count", 2, 6));
        click("diag.journal.staffOnly");
        await("everything again", () -> text("diag.journal.rows").contains("30000001"));
        assertThat(tools.calls).as("the filter reads nothing again").hasSize(1);

        click("diag.journal.back");
        awaitShowing("diag.selfTests");
        click("diag.close");
        await("diagnostics closed", () -> find("diag.screen") == null);
        assertNoPinLogged();
    }

    @Test
    void fiveWrongPinsLockDiagnosticsAndSayUntilWhen() throws Exception {
        f = KioskFixture.startWithTechnician("en", access(), tools);
        Texts t = f.texts();
        openPinScreen();
        for (int tries = 1; tries <= 4; tries++) {
            enter(WRONG);
            int left = 5 - tries;
            await("wrong PIN " + tries, () -> text("diag.pin.message").equals(t.get("diag.pin.wrong", left)));
        }
        enter(WRONG);
        // locked five minutes after 03:00 UTC: 10:05 in Malang (WIB)
        await("locked", () -> text("diag.pin.message").equals(t.get("diag.pin.locked", "10:05")));
        enter(PIN);
        await("still locked", () -> text("diag.pin.message").equals(t.get("diag.pin.locked", "10:05")));
        assertThat(find("diag.screen")).isNull();
        assertThat(audited).extracting(AuditEntry::outcome).containsExactly(AuditEntry.Outcome.DENIED,
                AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED, AuditEntry.Outcome.DENIED,
                AuditEntry.Outcome.LOCKED, AuditEntry.Outcome.LOCKED);
        assertThat(tools.calls).isEmpty();
        assertNoPinLogged();
    }

    @Test
    void aCardPresentedWhileDiagnosticsIsOpenStartsNoVisitBeneathIt() throws Exception {
        f = KioskFixture.startWithTechnician("id", access(), tools);
        openPinScreen();
        String before = GuiActionRunner.execute(() -> f.kiosk.controller().screenId());

        f.desk.scanCard("2024000123");
        // The scan is queued on the event thread before scanCard returns; this read is queued after it,
        // so it sees the card's effect, if any, without waiting on the clock.
        assertThat(GuiActionRunner.execute(() -> f.kiosk.controller().screenId())).isEqualTo(before);

        click("diag.back");
        f.desk.scanCard("2024000123");
        f.awaitScreen("identify");
    }

    @Test
    void withoutTechnicianToolsTheGestureDoesNothing() throws Exception {
        f = KioskFixture.start("id");
        for (int i = 0; i < 6; i++) {
            f.tap("header.library");
        }
        f.robot.waitForIdle();
        assertThat(find("diag.pin.title")).isNull();
        assertThat(f.kiosk.diagnostics()).isNull();
    }

    private TechnicianAccess access() {
        AuditStore store = new AuditStore() {
            @Override
            public synchronized void append(AuditEntry entry) {
                audited.add(entry);
            }

            @Override
            public synchronized List<AuditEntry> latest(int max) {
                return List.copyOf(audited);
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC);
        TechnicianLock lock = new TechnicianLock(HASH, 5, Duration.ofMinutes(5), clock, new AuditLog(store, clock));
        return pin -> {
            UnlockResult r = lock.unlock(pin);
            TechnicianAccess.Answer.Outcome o = switch (r.outcome()) {
                case GRANTED -> TechnicianAccess.Answer.Outcome.OPEN;
                case WRONG_PIN -> TechnicianAccess.Answer.Outcome.WRONG;
                case LOCKED -> TechnicianAccess.Answer.Outcome.LOCKED;
                case NOT_CONFIGURED -> TechnicianAccess.Answer.Outcome.NOT_CONFIGURED;
            };
            return new TechnicianAccess.Answer(o, r.triesLeft(), r.lockedUntil());
        };
    }

    private void openPinScreen() {
        for (int i = 0; i < 5; i++) {
            f.tap("header.library");
        }
        awaitShowing("diag.pin.title");
    }

    private void enter(String pin) {
        f.type(pin);
        f.click("key.confirm");
    }

    private void assertNoPinLogged() {
        assertThat(logged.list).as("the kiosk logged the PIN checks").isNotEmpty();
        List<String> lines = new ArrayList<>(logged.list).stream()
                .map(e -> e.getFormattedMessage() + " " + String.valueOf(e.getThrowableProxy())).toList();
        assertThat(lines).noneMatch(l -> l.contains(PIN) || l.contains(WRONG));
    }

    private void click(String name) {
        f.robot.click(f.robot.finder().find(c -> name.equals(c.getName()) && c instanceof AbstractButton && c.isShowing()));
    }

    private void tapField(String name) {
        f.robot.click(find(name));
    }

    private void awaitShowing(String name) {
        f.await(name + " showing", () -> find(name) != null);
    }

    private void await(String what, java.util.function.Supplier<Boolean> condition) {
        f.await(what, condition);
    }

    private Component find(String name) {
        return GuiActionRunner.execute(() -> {
            JDialog d = f.kiosk.diagnostics() == null ? null : f.kiosk.diagnostics().dialog();
            return d == null ? null : find(d.getRootPane(), name);
        });
    }

    private static Component find(java.awt.Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && c.isShowing()) {
                return c;
            }
            if (c instanceof java.awt.Container k) {
                Component found = find(k, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> {
            Component c = find(name);
            if (c instanceof JTextComponent tc) {
                return tc.getText();
            }
            return c instanceof JLabel l ? l.getText() : "";
        });
    }

    private void shoot(String file) throws Exception {
        f.robot.waitForIdle();
        BufferedImage image = GuiActionRunner.execute(() -> {
            var root = f.kiosk.diagnostics().dialog().getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            root.paint(g);
            g.dispose();
            return img;
        });
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(600);
        Screenshots.save(image, file + ".png");
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
