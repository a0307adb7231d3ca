package org.pustaka.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.api.PrinterStatus;

class EscPosStatusTest {

    @Test
    void readyPrinterAnswersFixedBitsOnly() throws Exception {
        PrinterStatus s = EscPosStatus.decode(new byte[] {0x12, 0x12, 0x12, 0x12});
        assertThat(s).isEqualTo(PrinterStatus.READY);
    }

    @Test
    void paperOutReplies() throws Exception {
        // offline (bit 3), stopped by paper end (bit 5), both paper sensors set
        PrinterStatus s = EscPosStatus.decode(new byte[] {0x1A, 0x32, 0x12, 0x7E});
        assertThat(s.paperOut()).isTrue();
        assertThat(s.paperNearEnd()).isTrue();
        assertThat(s.online()).isFalse();
        assertThat(s.canPrint()).isFalse();
        assertThat(s.known()).isTrue();
    }

    @Test
    void nearEndOnlyStillPrints() throws Exception {
        PrinterStatus s = EscPosStatus.decode(new byte[] {0x12, 0x12, 0x12, 0x1E});
        assertThat(s.paperNearEnd()).isTrue();
        assertThat(s.paperOut()).isFalse();
        assertThat(s.canPrint()).isTrue();
    }

    @Test
    void coverOpenAndCutterError() throws Exception {
        assertThat(EscPosStatus.flags(2, 0x16)).containsExactly(StatusFlag.COVER_OPEN);
        assertThat(EscPosStatus.flags(3, 0x1A)).containsExactly(StatusFlag.CUTTER_ERROR);
        PrinterStatus s = EscPosStatus.decode(new byte[] {0x1A, 0x16, 0x12, 0x12});
        assertThat(s.coverOpen()).isTrue();
        assertThat(s.online()).isFalse();
        assertThat(s.error()).isFalse();
        assertThat(EscPosStatus.decode(new byte[] {0x12, 0x52, 0x1A, 0x12}).error()).isTrue();
    }

    @Test
    void bytesWithWrongFixedBitsAreRefusedWithASentence() {
        assertThatThrownBy(() -> EscPosStatus.flags(1, 0x00))
                .isInstanceOf(MalformedStatusException.class)
                .hasMessageContaining("0x00").hasMessageContaining("not a status byte");
        assertThatThrownBy(() -> EscPosStatus.flags(4, 0xFF)).isInstanceOf(MalformedStatusException.class);
        assertThatThrownBy(() -> EscPosStatus.decode(new byte[] {0x12}))
                .isInstanceOf(MalformedStatusException.class).hasMessageContaining("Expected 4");
    }

    @Test
    void queryBytes() {
        assertThat(EscPosStatus.query(4)).containsExactly(0x10, 0x04, 0x04);
    }

    @Property(tries = 10_000)
    void anyByteToAnyQueryGivesFlagsOrACleanError(@ForAll @IntRange(min = 0, max = 6) int n, @ForAll byte reply) {
        try {
            Set<StatusFlag> flags = EscPosStatus.flags(n, reply);
            assertThat(n).isBetween(1, 4);
            assertThat(reply & 0x93).isEqualTo(0x12);
            assertThat(flags).isNotNull();
        } catch (MalformedStatusException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(n < 1 || n > 4 || (reply & 0x93) != 0x12).isTrue();
        }
    }

    @Property(tries = 10_000)
    void anyReplySequenceGivesAStatusOrACleanError(@ForAll @Size(max = 6) byte[] replies) {
        try {
            PrinterStatus s = EscPosStatus.decode(replies);
            assertThat(s.known()).isTrue();
            assertThat(replies).hasSize(4);
            // paper out is never reported as printable
            if (s.paperOut()) {
                assertThat(s.canPrint()).isFalse();
            }
        } catch (MalformedStatusException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 10_000)
    void validPaperRepliesMatchTheirSensorBits(@ForAll("validStatusBytes") int reply) throws Exception {
        Set<StatusFlag> flags = EscPosStatus.flags(4, reply);
        assertThat(flags.contains(StatusFlag.PAPER_OUT)).isEqualTo((reply & 0x60) != 0);
        assertThat(flags.contains(StatusFlag.PAPER_NEAR_END)).isEqualTo((reply & 0x0C) != 0);
    }

    @Provide
    Arbitrary<Integer> validStatusBytes() {
        return Arbitraries.integers().between(0, 255).map(b -> (b & ~0x93) | 0x12);
    }
}
