package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Starts nothing itself; closes the kiosk after each test and fails it if the event thread was blocked. */
abstract class FlowTestBase {
    protected KioskFixture kiosk;

    @BeforeAll
    static void strictEventThread() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void closeAndCheckEventThread() {
        if (kiosk != null) {
            kiosk.close();
            System.out.printf("event thread: longest busy spell %d ms by the wall clock, %d ms waiting for the toolkit%n",
                    kiosk.watchdog.longestWallMillis(), kiosk.watchdog.toolkitWaitMillis());
            assertThat(kiosk.watchdog.blocks()).as("event thread blocked (waiting > 100 ms or computing > 250 ms)").isEmpty();
        }
    }

    /** Card number and PIN typed on the keypad, from the identify screen to the next one. */
    protected void identify(String card, String pin) {
        kiosk.awaitScreen("identify");
        kiosk.type(card);
        kiosk.click("key.confirm");
        kiosk.type(pin);
        kiosk.click("key.confirm");
    }
}
