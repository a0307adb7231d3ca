package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The watchdog itself: a sleep or a long computation on the event thread is caught, short work is not. */
@Isolated
class EdtWatchdogTest {

    @Test
    void catchesAnEventThreadThatWaitsForSomethingSlow() throws Exception {
        EdtWatchdog watchdog = new EdtWatchdog();
        watchdog.install();
        try {
            EventQueue.invokeAndWait(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            EventQueue.invokeAndWait(() -> { });
            Thread.sleep(50);
        } finally {
            watchdog.uninstall();
        }
        assertThat(watchdog.blocks()).hasSize(1);
        assertThat(watchdog.blocks().get(0)).contains("waiting").contains("Thread.sleep");
    }

    @Test
    void catchesAnEventThreadThatComputesForLong() throws Exception {
        EdtWatchdog watchdog = new EdtWatchdog();
        watchdog.install();
        try {
            EventQueue.invokeAndWait(() -> {
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long start = threads.getCurrentThreadCpuTime();
                long spin = 0;
                while (threads.getCurrentThreadCpuTime() - start < 400_000_000L) {
                    spin++;
                }
                assertThat(spin).isPositive();
            });
            EventQueue.invokeAndWait(() -> { });
            Thread.sleep(50);
        } finally {
            watchdog.uninstall();
        }
        assertThat(watchdog.blocks()).hasSize(1);
        assertThat(watchdog.blocks().get(0)).contains("computing");
    }

    @Test
    void letsShortWorkPass() throws Exception {
        EdtWatchdog watchdog = new EdtWatchdog();
        watchdog.install();
        try {
            for (int i = 0; i < 20; i++) {
                EventQueue.invokeAndWait(() -> new StringBuilder().append("x".repeat(1000)).reverse());
            }
            Thread.sleep(50);
        } finally {
            watchdog.uninstall();
        }
        assertThat(watchdog.blocks()).isEmpty();
    }
}
