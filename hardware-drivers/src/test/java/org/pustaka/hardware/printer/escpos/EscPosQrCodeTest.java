package org.pustaka.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EscPosQrCodeTest {

    @Test
    void asksForModel2SizeLevelMStoresAndPrintsTheData() {
        byte[] bytes = EscPosQrCode.bytes("KS-7X3Y".getBytes(StandardCharsets.US_ASCII), 6);
        assertThat(bytes).containsExactly(
                0x1B, 'a', 1,
                // function 165: model, n1 = 50 ('2') is Model 2, n2 = 0
                0x1D, '(', 'k', 4, 0, 49, 65, 50, 0,
                // function 167: module size 6 dots
                0x1D, '(', 'k', 3, 0, 49, 67, 6,
                // function 169: error correction level M (49)
                0x1D, '(', 'k', 3, 0, 49, 69, 49,
                // function 180: store 7 bytes of data (pL = 7 + 3)
                0x1D, '(', 'k', 10, 0, 49, 80, 48, 'K', 'S', '-', '7', 'X', '3', 'Y',
                // function 181: print the stored symbol
                0x1D, '(', 'k', 3, 0, 49, 81, 48,
                0x1B, 'a', 0);
    }

    @Test
    void longDataSplitsItsLengthIntoLowAndHighBytes() {
        byte[] data = new byte[300];
        java.util.Arrays.fill(data, (byte) 'A');
        byte[] bytes = EscPosQrCode.bytes(data, 6);
        // the store command starts after 3 + 9 + 8 + 8 = 28 bytes; its pL pH say 303 = 0x012F
        assertThat(bytes[28 + 3]).isEqualTo((byte) 0x2F);
        assertThat(bytes[28 + 4]).isEqualTo((byte) 0x01);
    }

    @Test
    void emptyDataOrAnImpossibleSizeIsRefusedWithASentence() {
        assertThatThrownBy(() -> EscPosQrCode.bytes(new byte[0], 6)).hasMessageContaining("1 to 7089 bytes");
        assertThatThrownBy(() -> EscPosQrCode.bytes(new byte[] {'A'}, 0)).hasMessageContaining("1 to 16 dots");
    }
}
