package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.Component;
import java.awt.Frame;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/** The demo's simulated devices window drives the kiosk: a card scan, items on the pad, paper out, links down. */
@Isolated
class DevicesWindowTest extends FlowTestBase {

    @Test
    void everyDeviceActionReachesTheSimulators() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(DesktopKiosk.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            kiosk = KioskFixture.start("id", Map.of(), true);
        } finally {
            logger.detachAppender(log);
        }
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(m -> m.matches("kiosk ready in \\d+ ms"));
        Texts t = kiosk.texts();
        Frame devices = devicesWindow();
        clickIn(devices, "card.2024000123");
        kiosk.awaitScreen("identify");
        kiosk.awaitText("identify.number", "2024000123");
        kiosk.type("1234");
        kiosk.click("key.confirm");
        kiosk.awaitScreen("menu");
        kiosk.click("choose.BORROW");
        kiosk.awaitScreen("borrow");
        clickIn(devices, "pad.30000105.1");
        kiosk.awaitText("borrow.item.30000105.status", t.get("item.partsMissing", 2));
        clickIn(devices, "pad.30000105.2");
        kiosk.awaitText("borrow.item.30000105.status", t.get("item.borrowed", t.date(FakeDesk.TODAY.plusDays(14))));
        // the window shows what the kiosk's lights and buzzer just did
        kiosk.await("light shown", () -> text(devices, "devices.light").equals(t.get("devices.light", t.get("devices.light.READY"))));
        assertThat(text(devices, "devices.sound")).isEqualTo(t.get("devices.sound", t.get("devices.sound.ACCEPT")));
        clickIn(devices, "fault.paperOut");
        clickIn(devices, "fault.libraryOffline");
        clickIn(devices, "fault.catalogOffline");
        kiosk.await("faults switched", () -> kiosk.desk.calls.contains("offline CENTRAL_CATALOG true"));
        assertThat(kiosk.desk.calls).contains("offline LIBRARY_SYSTEM true");
        assertThat(kiosk.desk.printer.status().canPrint()).isFalse();
        kiosk.click("borrow.done");
        kiosk.awaitScreen("menu");
        kiosk.click("menu.finish");
        kiosk.awaitScreen("receipt");
        kiosk.awaitText("receipt.message", t.get("receipt.cannotPrint"));
    }

    private String text(Frame window, String name) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> {
            Component c = kiosk.robot.finder().find(window, x -> name.equals(x.getName()));
            return c instanceof javax.swing.JLabel l ? l.getText() : ((javax.swing.text.JTextComponent) c).getText();
        });
    }

    private Frame devicesWindow() {
        kiosk.await("devices window", () -> find() != null);
        return find();
    }

    private Frame find() {
        for (Frame f : Frame.getFrames()) {
            if ("devicesWindow".equals(f.getName()) && f.isShowing()) {
                return f;
            }
        }
        return null;
    }

    /**
     * Clicks the centre of a control of the device window by its place on the screen: the robot's own
     * component click waits for windows it saw open, and this second window may open before it looks.
     */
    private void clickIn(Frame window, String name) {
        boolean docked = GuiActionRunner.execute(() -> ((DevicesWindow) window).collapsed());
        if (docked) {
            // on a screen without room beside the kiosk the window is a tab: open it, and close it after, as a
            // person would, so it does not lie over the kiosk's keypad
            press(window, "devices.expand");
        }
        press(window, name);
        if (docked) {
            press(window, "devices.collapse");
        }
    }

    private void press(Frame window, String name) {
        Component c = kiosk.robot.finder().find(window, x -> name.equals(x.getName()) && x instanceof AbstractButton);
        Point centre = GuiActionRunner.execute(() -> {
            ((JComponent) c).scrollRectToVisible(new Rectangle(0, 0, c.getWidth(), c.getHeight()));
            c.getParent().validate();
            Point p = c.getLocationOnScreen();
            return new Point(p.x + c.getWidth() / 2, p.y + c.getHeight() / 2);
        });
        kiosk.robot.waitForIdle();
        kiosk.robot.click(centre, MouseButton.LEFT_BUTTON, 1);
        kiosk.robot.waitForIdle();
    }
}
