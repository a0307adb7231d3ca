package org.pustaka.hardware.rfid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;

/** The shared view of one reader: callers take turns with each other and with the reader watch. */
class SharedRfidReaderTest {

    /** A reader that notices when a second command starts while one is running. */
    private static final class SingleCallerReader implements RfidReader {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger overlaps = new AtomicInteger();
        final AtomicInteger commands = new AtomicInteger();
        volatile boolean closed;

        @Override
        public void close() {
            closed = true;
        }

        private void command() {
            commands.incrementAndGet();
            if (inside.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            Thread.onSpinWait();
            for (int i = 0; i < 2000; i++) {
                Thread.onSpinWait();
            }
            inside.decrementAndGet();
        }

        @Override
        public List<String> inventory() {
            command();
            return List.of();
        }

        @Override
        public TagRead read(String uid) {
            command();
            return new TagRead(uid, 7, new byte[4]);
        }

        @Override
        public void writeAfi(String uid, int afi) {
            command();
        }

        @Override
        public void writeBlocks(String uid, int firstBlock, byte[] data) {
            command();
        }

        @Override
        public DeviceHealth health() {
            command();
            return DeviceHealth.ok("rfid");
        }
    }

    @Test
    void twoCallersNeverOverlapOnTheLine() throws Exception {
        SingleCallerReader line = new SingleCallerReader();
        takeTurns(line, new SharedRfidReader(ReaderAccess.direct(line)));
        assertThat(line.overlaps.get()).isZero();
    }

    @Test
    void aSecondCallerNeverOverlapsWithTheWatchPolling() throws Exception {
        SingleCallerReader line = new SingleCallerReader();
        try (ReaderWatch watch = new ReaderWatch(line, Duration.ofMillis(1), 2)) {
            watch.start();
            takeTurns(line, new SharedRfidReader(watch));
        }
        assertThat(line.overlaps.get()).isZero();
        assertThat(line.commands.get()).isGreaterThan(3000);
    }

    @Test
    void closingTheSharedViewLeavesTheReaderToItsOwner() throws Exception {
        SingleCallerReader line = new SingleCallerReader();
        new SharedRfidReader(ReaderAccess.direct(line)).close();
        assertThat(line.closed).isFalse();
    }

    private static void takeTurns(SingleCallerReader line, RfidReader shared) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        Runnable caller = () -> {
            try {
                go.await();
                for (int i = 0; i < 500; i++) {
                    shared.inventory();
                    shared.read("E004015000010101");
                    shared.health();
                }
            } catch (InterruptedException | DeviceException e) {
                throw new IllegalStateException(e);
            }
        };
        Thread a = new Thread(caller);
        Thread b = new Thread(caller);
        a.start();
        b.start();
        go.countDown();
        a.join();
        b.join();
    }
}
