package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.time.Duration;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JToggleButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A kiosk window that fills the screen leaves no room beside it: the device window is then a tab at the
 * screen's edge that opens into a panel and closes again.
 */
@Isolated
class DevicesWindowDockTest {
    private JFrame kiosk;
    private DevicesWindow devices;
    private Work work;

    @AfterEach
    void close() {
        GuiActionRunner.execute(() -> {
            if (devices != null) {
                devices.dispose();
            }
            if (kiosk != null) {
                kiosk.dispose();
            }
        });
        if (work != null) {
            work.close();
        }
    }

    @Test
    void startsAsATabOutsideTheKiosksTouchTargetsAndOpensAndClosesOnDemand() {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        work = new Work();
        GuiActionRunner.execute(() -> {
            kiosk = new JFrame("kiosk");
            kiosk.setUndecorated(true);
            kiosk.setBounds(screen);
            kiosk.setVisible(true);
            devices = new DevicesWindow(new Catalog(), work, Texts.of("en"), kiosk, new DeviceEcho());
            devices.open();
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> GuiActionRunner.execute(() -> devices.isShowing()));

        Rectangle tab = GuiActionRunner.execute(() -> devices.getBounds());
        assertThat(GuiActionRunner.execute(() -> devices.collapsed())).isTrue();
        assertThat(tab.x + tab.width).isEqualTo(screen.x + screen.width);
        assertThat(tab.width).as("inside the kiosk screens' right margin").isLessThanOrEqualTo(32);

        GuiActionRunner.execute(() -> devices.expand());
        Rectangle open = GuiActionRunner.execute(() -> devices.getBounds());
        assertThat(GuiActionRunner.execute(() -> devices.collapsed())).isFalse();
        assertThat(open.width).isGreaterThan(tab.width).isLessThanOrEqualTo(520);
        assertThat(open.x + open.width).isEqualTo(screen.x + screen.width);
        assertThat(GuiActionRunner.execute(() -> find(devices, "pad.30000101.1"))).isTrue();

        GuiActionRunner.execute(() -> devices.collapse());
        assertThat(GuiActionRunner.execute(() -> devices.getBounds())).isEqualTo(tab);
    }

    private static boolean find(java.awt.Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName()) && child instanceof JToggleButton) {
                return true;
            }
            if (child instanceof java.awt.Container inner && find(inner, name)) {
                return true;
            }
        }
        return false;
    }

    /** The simulators are not needed here, only the catalog the window lists. */
    private static final class Catalog implements SimulatedDevices {
        @Override
        public DemoCatalog catalog() {
            return new DemoCatalog(List.of(new DemoItem("30000101", "Laskar Pelangi", 1)),
                    List.of(new DemoCard("2024000123", "Siti")));
        }

        @Override
        public void pad(DemoItem item, int part, boolean onPad) {
        }

        @Override
        public void scanCard(String cardNumber) {
        }

        @Override
        public void paperOut(boolean out) {
        }

        @Override
        public void offline(SimulatedLink link, boolean offline) {
        }
    }
}
