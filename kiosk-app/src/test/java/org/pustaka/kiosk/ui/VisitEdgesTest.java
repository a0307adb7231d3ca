package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.time.Duration;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;

/** Inactivity, the services not built yet, and the accessibility toggles, by touch alone. */
@Isolated
class VisitEdgesTest extends FlowTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void inactivityWarnsWithACountdownThenForgetsTheVisitor(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.BORROW");
        identify("2024000123", "1234");
        kiosk.awaitScreen("borrow");
        kiosk.desk.pad("30000101", true);
        kiosk.awaitText("borrow.item.30000101.title", "Laskar Pelangi");

        kiosk.advance(Duration.ofSeconds(46));
        kiosk.await("warning", () -> kiosk.allText().contains(t.get("timeout.title")));
        assertThat(kiosk.text("timeout.countdown")).isEqualTo(t.get("timeout.body", 14));
        assertThat(kiosk.buzzer.played()).contains(BuzzerCue.ATTENTION);
        kiosk.shoot("timeout-warning");
        kiosk.advance(Duration.ofSeconds(4));
        kiosk.awaitText("timeout.countdown", t.get("timeout.body", 10));
        kiosk.click("timeout.stay");
        kiosk.await("warning gone", () -> !kiosk.allText().contains(t.get("timeout.title")));
        assertThat(kiosk.text("borrow.item.30000101.title")).isEqualTo("Laskar Pelangi");

        kiosk.advance(Duration.ofSeconds(61));
        kiosk.awaitScreen("welcome");
        String shown = kiosk.allText();
        assertThat(shown).doesNotContain("Laskar Pelangi").doesNotContain("Siti").doesNotContain("2024000123")
                .doesNotContain(t.get("timeout.title"));
        assertThat(kiosk.lights.current()).isEqualTo(LightPattern.READY);

        // the next visitor starts afresh: identify again, no list from before
        kiosk.chooseLanguage();
        kiosk.click("start.BORROW");
        kiosk.awaitScreen("identify");
        assertThat(kiosk.text("identify.number").trim()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void eventsAndSchoolVisitsSayTheyAreNotAvailableYet(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        Texts t = kiosk.texts();
        kiosk.click("start.EVENTS");
        kiosk.awaitScreen("events");
        kiosk.awaitText("events.body", t.get("notYet.body"));
        assertThat(t.get("notYet.body")).containsAnyOf("belum tersedia", "not available yet");
        kiosk.click("events.done");
        kiosk.awaitScreen("survey");
        kiosk.click("survey.skip");
        kiosk.awaitScreen("goodbye");
        kiosk.advance(Duration.ofSeconds(6));
        kiosk.awaitScreen("welcome");
        kiosk.chooseLanguage();
        kiosk.click("start.SCHOOL_VISIT");
        kiosk.awaitScreen("school-visit");
        kiosk.awaitText("school-visit.body", t.get("notYet.body"));
        kiosk.click("header.cancel");
        kiosk.awaitScreen("welcome");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void largeTextAndHighContrastLastForTheVisitOnly(String lang) throws Exception {
        kiosk = KioskFixture.start(lang);
        int normal = fontSize("welcome.title");
        kiosk.click("start.RETURN");
        kiosk.awaitScreen("return");
        int before = fontSize("return.title");
        kiosk.click("header.largeText");
        kiosk.await("larger text", () -> fontSize("return.title") > before);
        kiosk.click("header.contrast");
        kiosk.await("contrast theme", () -> GuiActionRunner.execute(
                () -> javax.swing.UIManager.getLookAndFeel() instanceof KioskContrastLaf));
        kiosk.shoot("return-contrast-large");
        kiosk.click("return.done");
        kiosk.awaitScreen("survey");
        kiosk.click("survey.4");
        kiosk.awaitScreen("goodbye");
        kiosk.advance(Duration.ofSeconds(6));
        kiosk.awaitScreen("welcome");
        kiosk.await("light theme again", () -> GuiActionRunner.execute(
                () -> javax.swing.UIManager.getLookAndFeel() instanceof KioskLaf));
        assertThat(fontSize("welcome.title")).isEqualTo(normal);
    }

    private int fontSize(String name) {
        return GuiActionRunner.execute(() -> {
            JLabel l = (JLabel) kiosk.robot.finder().find(kiosk.kiosk.window(),
                    c -> name.equals(c.getName()) && c.isShowing());
            Font f = l.getFont();
            return f.getSize();
        });
    }
}
