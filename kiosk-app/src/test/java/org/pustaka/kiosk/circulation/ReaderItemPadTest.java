package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
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
