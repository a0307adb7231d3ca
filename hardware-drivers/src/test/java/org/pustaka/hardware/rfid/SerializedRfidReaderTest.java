package org.pustaka.hardware.rfid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;

class SerializedRfidReaderTest {

    /** A reader that notices when a second command starts while one is running. */
    private static final class SingleCallerReader implements RfidReader {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger overlaps = new AtomicInteger();

        private void command() {
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
        RfidReader shared = new SerializedRfidReader(line);
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
        assertThat(line.overlaps.get()).isZero();
    }
}
