package org.pustaka.hardware.rfid.feig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FeigFrameCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void crcMatchesTheMcrf4xxCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(FeigCrc.crc16(check, 0, check.length)).isEqualTo(0x6F91);
    }

    @Test
    void inventoryRequestGoldenBytes() {
        byte[] frame = FeigFrameCodec.encode(new FeigRequest(0xFF, 0xB0, IsoHostData.inventory(false)));
        assertThat(HEX.formatHex(frame)).isEqualTo("07ffb001001c56");
    }

    @Test
    void writeAfiRequestGoldenBytes() {
        byte[] frame = FeigFrameCodec.encode(new FeigRequest(0xFF, 0xB0,
                IsoHostData.writeAfi("E004015000010502", 0xC2)));
        assertThat(HEX.formatHex(frame)).isEqualTo("10ffb02701e004015000010502c246ee");
    }

    @Test
    void inventoryResponseGoldenBytesParse() {
        FeigResponse response = FeigFrameCodec.parseResponse(HEX.parseHex("1100b000010300e0040150000105023c20"));

        assertThat(response.address()).isZero();
        assertThat(response.command()).isEqualTo(0xB0);
        assertThat(response.status()).isEqualTo(FeigStatus.OK);
        assertThat(IsoHostData.parseInventory(response.data()))
                .containsExactly(new IsoHostData.InventoryEntry(0x03, 0x00, "E004015000010502"));
    }

    @Test
    void statusOnlyResponseIsSixBytes() {
        byte[] frame = FeigFrameCodec.encode(new FeigResponse(0xFF, 0xB0, FeigStatus.NO_TRANSPONDER, new byte[0]));
        assertThat(frame).hasSize(6);
        assertThat(frame[0]).isEqualTo((byte) 6);
        assertThat(FeigFrameCodec.parseResponse(frame).status()).isEqualTo(FeigStatus.NO_TRANSPONDER);
    }

    @Test
    void longFramesUseTheAdvancedLayout() {
        FeigResponse big = new FeigResponse(0x01, 0xB0, FeigStatus.OK, new byte[300]);
        byte[] frame = FeigFrameCodec.encode(big);

        assertThat(frame[0]).isEqualTo((byte) 0x02);
        assertThat(((frame[1] & 0xFF) << 8) | (frame[2] & 0xFF)).isEqualTo(frame.length).isEqualTo(308);
        FeigFrameScanner scanner = new FeigFrameScanner();
        scanner.feed(frame, 0, frame.length);
        assertThat(FeigFrameCodec.parseResponse(scanner.next().orElseThrow())).isEqualTo(big);
    }

    @Test
    void requestRoundTrip() {
        FeigRequest request = new FeigRequest(0x05, 0xB0, IsoHostData.readBlocks("E004015000010101", 0, 9));
        FeigFrameScanner scanner = new FeigFrameScanner();
        byte[] frame = FeigFrameCodec.encode(request);
        scanner.feed(frame, 0, frame.length);
        FeigRequest parsed = FeigFrameCodec.parseRequest(scanner.next().orElseThrow());
        assertThat(parsed).isEqualTo(request);
        assertThat(parsed.isoCommand()).isEqualTo(0x23);
    }
}
