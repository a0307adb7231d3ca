package org.pustaka.hardware.rfid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.sim.SimTag;
import org.pustaka.hardware.tag.TagDecodeResult;

class ReaderWatchTest {
    private final SimRfidPad pad = new SimRfidPad();
    private final ReaderWatch watch = new ReaderWatch(pad, Duration.ofMillis(20), 3);
    private final Recorder events = new Recorder();

    ReaderWatchTest() {
        watch.addListener(events);
    }

    @AfterEach
    void stop() {
        watch.close();
    }

    @Test
    void aTagArrivesOnceWithItsDecodedData() {
        pad.place(DemoTags.tagFor("30000105", 2, 1, 0x07));

        watch.poll();
        watch.poll();

        assertThat(events.log).containsExactly("arrived E004015000010501 30000105 0x07");
        assertThat(watch.tagsOnPad()).singleElement()
                .satisfies(t -> assertThat(t.tag().orElseThrow().partsInItem()).isEqualTo(2));
    }

    @Test
    void aTagLeavesOnlyAfterEnoughMissedInventories() {
        SimTag tag = DemoTags.tagFor("30000101");
        pad.place(tag);
        watch.poll();

        pad.remove(tag.uid());
        watch.poll();
        watch.poll();
        pad.place(tag);
        watch.poll();
        pad.remove(tag.uid());
        watch.poll();
        watch.poll();
        assertThat(events.log).containsExactly("arrived E004015000010101 30000101 0x07");

        watch.poll();

        assertThat(events.log).containsExactly("arrived E004015000010101 30000101 0x07", "left E004015000010101");
        assertThat(watch.tagsOnPad()).isEmpty();
    }

    @Test
    void aForeignTagArrivesWithItsDecodeError() {
        pad.place(new SimTag("E0040000DEADBEEF", 0x00, new byte[32]));

        watch.poll();

        assertThat(events.arrivals).singleElement()
                .satisfies(a -> assertThat(a.data()).isInstanceOf(TagDecodeResult.NotLibraryTag.class));
    }

    @Test
    void anUnreadableTagIsReportedOnceAndReadWhenItCanBe() {
        SimTag tag = DemoTags.tagFor("30000104");
        int[] failures = {2};
        RfidReader flaky = new RfidReader() {
            @Override
            public List<String> inventory() throws DeviceException {
                return pad.inventory();
            }

            @Override
            public TagRead read(String uid) throws DeviceException {
                if (failures[0]-- > 0) {
                    throw new DeviceException("rfid", "Tag " + uid + " did not answer.");
                }
                return pad.read(uid);
            }

            @Override
            public void writeAfi(String uid, int afi) throws DeviceException {
                pad.writeAfi(uid, afi);
            }

            @Override
            public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
                pad.writeBlocks(uid, firstBlock, data);
            }

            @Override
            public DeviceHealth health() {
                return pad.health();
            }
        };
        ReaderWatch flakyWatch = new ReaderWatch(flaky, Duration.ofMillis(20), 3);
        flakyWatch.addListener(events);
        pad.place(tag);

        flakyWatch.poll();
        flakyWatch.poll();
        flakyWatch.poll();

        assertThat(events.log)
                .containsExactly("unreadable E004015000010401", "arrived E004015000010401 30000104 0x07");
    }

    @Test
    void aFailingReaderIsReportedOnceAndTagsStay() {
        pad.place(DemoTags.tagFor("30000101"));
        watch.poll();
        pad.broken(true);

        for (int i = 0; i < 5; i++) {
            watch.poll();
        }
        pad.broken(false);
        watch.poll();

        assertThat(events.log).containsExactly("arrived E004015000010101 30000101 0x07", "failed", "recovered");
        assertThat(watch.tagsOnPad()).hasSize(1);
    }

    @Test
    void exclusiveWorkRunsBetweenPollsOfTheRunningWatch() throws Exception {
        SimTag tag = DemoTags.tagFor("30000102");
        pad.place(tag);
        watch.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> watch.tagsOnPad().size() == 1);

        int afi = watch.exclusive(reader -> {
            reader.writeAfi(tag.uid(), 0xC2);
            return reader.read(tag.uid()).afi();
        });

        assertThat(afi).isEqualTo(0xC2);
        List<String> uids = watch.exclusive(reader -> reader.inventory());
        assertThat(uids).containsExactly(tag.uid());
    }

    @Test
    void aListenerMayUseTheReaderFromItsCallback() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<Integer> afis = new CopyOnWriteArrayList<>();
        watch.addListener(new TagListener() {
            @Override
            public void tagArrived(TagArrived event) {
                try {
                    afis.add(watch.exclusive(r -> r.read(event.uid()).afi()));
                } catch (DeviceException e) {
                    afis.add(-1);
                }
                done.countDown();
            }
        });
        pad.place(DemoTags.tagFor("30000103", 1, 1, 0xC2));
        watch.start();

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(afis).containsExactly(0xC2);
    }

    private static final class Recorder implements TagListener {
        final List<String> log = new CopyOnWriteArrayList<>();
        final List<TagArrived> arrivals = new CopyOnWriteArrayList<>();

        @Override
        public void tagArrived(TagArrived event) {
            arrivals.add(event);
            log.add("arrived " + event.uid() + " " + event.tag().map(t -> t.itemId()).orElse("?")
                    + String.format(" 0x%02X", event.afi()));
        }

        @Override
        public void tagLeft(TagLeft event) {
            log.add("left " + event.uid());
        }

        @Override
        public void tagUnreadable(String uid, DeviceException cause) {
            log.add("unreadable " + uid);
        }

        @Override
        public void readerFailed(DeviceException cause) {
            log.add("failed");
        }

        @Override
        public void readerRecovered() {
            log.add("recovered");
        }
    }
}
