package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.RfidReader;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.sim.DemoTags;
import org.pustaka.hardware.sim.SimRfidPad;
import org.pustaka.hardware.sim.SimTag;
import org.pustaka.kiosk.circulation.PadTag;

class ReaderItemPadTest {
    SimRfidPad reader = new SimRfidPad();
    ReaderItemPad pad = new ReaderItemPad(reader, 0xC2, 0x07, 2, Duration.ofMillis(20));

    @Test
    void decodesLibraryTagsAndReportsOthersAsUnreadable() {
        reader.place(DemoTags.tagFor("30000105", 2, 2, DemoTags.AFI_IN_STOCK));
        reader.place(new SimTag("E0040150FFFFFF01", 0x07, new byte[32]));

        List<PadTag> tags = pad.tags();

        assertThat(tags).extracting(PadTag::uid, PadTag::readable, PadTag::itemId, PadTag::partsInItem,
                        PadTag::partNumber, PadTag::typeOfUsage)
                .containsExactly(tuple("E004015000010502", true, "30000105", 2, 2, 1),
                        tuple("E0040150FFFFFF01", false, "", 0, 0, -1));
        assertThat(tags.get(1).blank()).as("all zeros: never written").isTrue();
    }

    @Test
    void securityIsWrittenAndReadBackWithBoundedRetries() {
        reader.place(DemoTags.tagFor("30000101"));
        reader.failNextWrites(2);

        assertThat(pad.secure(List.of("E004015000010101"), true)).isTrue();
        assertThat(reader.tag("E004015000010101").orElseThrow().afi()).isEqualTo(0xC2);

        reader.failNextWrites(3);
        assertThat(pad.secure(List.of("E004015000010101"), false)).isFalse();
        assertThat(reader.tag("E004015000010101").orElseThrow().afi()).isEqualTo(0xC2);
    }

    @Test
    void aStackIsWrittenThenProvenWithNoPollOfTheWatchBetweenItsCommands() throws Exception {
        List<String> commands = new CopyOnWriteArrayList<>();
        reader.place(DemoTags.tagFor("30000101"));
        reader.place(DemoTags.tagFor("30000102"));
        RfidReader counted = new RfidReader() {
            @Override
            public List<String> inventory() throws DeviceException {
                commands.add("inventory");
                return reader.inventory();
            }

            @Override
            public TagRead read(String uid) throws DeviceException {
                return reader.read(uid);
            }

            @Override
            public void writeAfi(String uid, int afi) throws DeviceException {
                commands.add("write " + uid);
                reader.writeAfi(uid, afi);
            }

            @Override
            public void writeBlocks(String uid, int firstBlock, byte[] data) throws DeviceException {
                reader.writeBlocks(uid, firstBlock, data);
            }

            @Override
            public DeviceHealth health() {
                return reader.health();
            }
        };
        List<String> uids = List.of("E004015000010101", "E004015000010201");
        try (ReaderItemPad polled = new ReaderItemPad(counted, 0xC2, 0x07, 2, Duration.ofMillis(1))) {
            polled.watch(tags -> { });
            List<String> during = polled.holding(() -> {
                int from = commands.size();
                polled.write(List.of(uids.get(0)), true);
                sleep(30); // the watch polls every millisecond: held, it must not come between
                polled.write(List.of(uids.get(1)), true);
                List<String> left = polled.unproven(uids, true);
                assertThat(left).isEmpty();
                return List.copyOf(commands.subList(from, commands.size()));
            });

            // two addressed writes and the proof (the simulator's AFI-filtered inventory reads each tag)
            assertThat(during).containsExactly("write " + uids.get(0), "write " + uids.get(1), "inventory");
        }
        assertThat(reader.tag(uids.get(1)).orElseThrow().afi()).isEqualTo(0xC2);
    }

    @Test
    void aTagTakenOffBetweenItsWriteAndTheProofIsLeftUnproven() {
        reader.place(DemoTags.tagFor("30000101"));
        reader.place(DemoTags.tagFor("30000102"));
        pad.write(List.of("E004015000010101", "E004015000010201"), true);
        reader.remove("E004015000010201");

        assertThat(pad.unproven(List.of("E004015000010101", "E004015000010201"), true))
                .containsExactly("E004015000010201");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aTagNotOnThePadCannotBeSecured() {
        assertThat(pad.secure(List.of("E004015000010101"), true)).isFalse();
    }

    @Test
    void theWatchReportsChanges() throws Exception {
        List<List<PadTag>> seen = new CopyOnWriteArrayList<>();
        pad.watch(seen::add);
        reader.place(DemoTags.tagFor("30000101"));
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (seen.stream().noneMatch(l -> l.size() == 1) && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        pad.close();
        assertThat(seen.get(0)).isEmpty();
        assertThat(seen).anyMatch(l -> l.size() == 1 && l.get(0).itemId().equals("30000101"));
    }
}
