package org.pustaka.hardware.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.DeviceException;
import org.pustaka.hardware.api.DeviceHealth;
import org.pustaka.hardware.api.TagRead;

class SimRfidPadTest {
    private final SimRfidPad pad = new SimRfidPad();
    private final SimTag book = new SimTag("e004015000010101", 0x07, new byte[32]);

    @Test
    void tagsOnThePadAreSeenAndKeepTheirStateWhenTakenOff() throws Exception {
        pad.place(book);
        assertThat(pad.inventory()).containsExactly("E004015000010101");
        pad.writeAfi("E004015000010101", 0xC2);
        pad.writeBlocks("E004015000010101", 1, new byte[] {1, 2, 3, 4});

        pad.remove("E004015000010101");
        assertThat(pad.inventory()).isEmpty();
        assertThatThrownBy(() -> pad.read("E004015000010101")).isInstanceOf(DeviceException.class)
                .hasMessageContaining("not on the pad");

        pad.place(book);
        TagRead read = pad.read("E004015000010101");
        assertThat(read.afi()).isEqualTo(0xC2);
        assertThat(read.memory()[4]).isEqualTo((byte) 1);
    }

    @Test
    void failingWritesFailThenRecover() throws Exception {
        pad.place(book);
        pad.failNextWrites(2);
        assertThatThrownBy(() -> pad.writeAfi(book.uid(), 0xC2)).isInstanceOf(DeviceException.class);
        assertThatThrownBy(() -> pad.writeAfi(book.uid(), 0xC2)).isInstanceOf(DeviceException.class);
        assertThat(book.afi()).isEqualTo(0x07);
        pad.writeAfi(book.uid(), 0xC2);
        assertThat(book.afi()).isEqualTo(0xC2);
    }

    @Test
    void aBrokenReaderAnswersNothingAndSaysSo() {
        pad.broken(true);
        assertThatThrownBy(pad::inventory).isInstanceOf(DeviceException.class);
        assertThat(pad.health().state()).isEqualTo(DeviceHealth.State.FAILED);
    }

    @Test
    void writesOutsideTheTagAreRefused() {
        pad.place(book);
        assertThatThrownBy(() -> pad.writeBlocks(book.uid(), 8, new byte[4]))
                .isInstanceOf(DeviceException.class).hasMessageContaining("outside");
    }
}
