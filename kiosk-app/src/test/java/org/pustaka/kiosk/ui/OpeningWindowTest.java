package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JLabel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * After a power cut the window shows before circulation and the journal's recovery are ready: its
 * welcome screen holds the choices and says it is preparing, ignores taps on them, and takes them once
 * the kiosk has taken the window over.
 */
@Isolated
class OpeningWindowTest extends FlowTestBase {

    @Test
    void theWelcomeScreenHoldsItsChoicesUntilTheKioskIsReadyAndThenTakesThem() throws Exception {
        System.setProperty("flatlaf.uiScale", "1");
        KioskConfig config = KioskConfig.demo(Files.createTempDirectory("kiosk-opening"), Map.of());
        Texts t = Texts.of("id");
        Opening opening = DesktopKiosk.open(config);
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        try {
            JButton borrow = (JButton) robot.finder().find(opening.window(),
                    c -> "start.BORROW".equals(c.getName()) && c.isShowing());
            assertThat(GuiActionRunner.execute(borrow::isEnabled)).as("a choice while preparing").isFalse();
            JLabel preparing = (JLabel) robot.finder().find(opening.window(),
                    c -> "welcome.preparing".equals(c.getName()) && c.isShowing());
            assertThat(GuiActionRunner.execute(preparing::getText)).contains(t.get("welcome.preparing"));

            robot.click(borrow);
            robot.waitForIdle();
            assertThat(GuiActionRunner.execute(() -> opening.controller().screenId())).isEqualTo("welcome");
        } finally {
            robot.cleanUpWithoutDisposingWindows();
        }

        kiosk = KioskFixture.startWith("id", b -> b.opening(opening));
        assertThat(kiosk.kiosk.window()).as("the same window, taken over").isSameAs(opening.window());
        kiosk.awaitText("welcome.subtitle", t.get("welcome.subtitle"));
        assertThat(kiosk.allText()).doesNotContain(t.get("welcome.preparing"));

        kiosk.click("start.BORROW");
        kiosk.awaitScreen("identify");
        assertThat(kiosk.desk.calls).as("nothing reached circulation while preparing").isEmpty();
    }
}
