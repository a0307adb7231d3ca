package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.tag.TagCodec;

class TagCommandTest {
    private static final String VECTOR = "11010131313232333334340000000000000000513e4445373035000000000000";

    @Test
    void decodesThePublishedVector() throws Exception {
        CliRun run = CliRun.of("tag", "decode", VECTOR);

        assertThat(run.exit()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"version\":1,\"typeOfUsage\":1,\"partsInItem\":1,\"partNumber\":1,"
                + "\"itemId\":\"11223344\",\"crc\":\"3E51\",\"crcOk\":true,\"country\":\"DE\",\"isil\":\"705\","
                + "\"blockOrder\":\"normal\"}");
    }

    @Test
    void encodeOutputDecodesBackToTheSameFields() throws Exception {
        CliRun encoded = CliRun.of("tag", "encode", "--id", "30000105", "--country", "ID", "--isil", "MLG01",
                "--parts", "2", "--part", "2", "--usage", "1", "--size", "34");
        assertThat(encoded.exit()).isZero();
        String hex = Json.mapper().readTree(encoded.out()).get("hex").asText();
        assertThat(hex).hasSize(68);

        JsonNode decoded = Json.mapper().readTree(CliRun.of("tag", "decode", hex).out());

        assertThat(decoded.get("itemId").asText()).isEqualTo("30000105");
        assertThat(decoded.get("partsInItem").asInt()).isEqualTo(2);
        assertThat(decoded.get("partNumber").asInt()).isEqualTo(2);
        assertThat(decoded.get("country").asText()).isEqualTo("ID");
        assertThat(decoded.get("isil").asText()).isEqualTo("MLG01");
        assertThat(decoded.get("crcOk").asBoolean()).isTrue();
    }

    @Test
    void reversedBlocksSayReversed() throws Exception {
        String reversed = HexFormat.of().formatHex(TagCodec.reverseBlocks(HexFormat.of().parseHex(VECTOR)));

        JsonNode decoded = Json.mapper().readTree(CliRun.of("tag", "decode", reversed).out());

        assertThat(decoded.get("blockOrder").asText()).isEqualTo("reversed");
        assertThat(decoded.get("itemId").asText()).isEqualTo("11223344");
    }

    @Test
    void aDamagedTagPrintsWithCrcOkFalse() throws Exception {
        CliRun run = CliRun.of("tag", "decode", VECTOR.replace("3131", "3939"));

        assertThat(run.exit()).isZero();
        assertThat(Json.mapper().readTree(run.out()).get("crcOk").asBoolean()).isFalse();
        assertThat(run.err()).contains("check sum is wrong");
    }

    @Test
    void badInputIsExitTwoWithASentence() {
        CliRun notHex = CliRun.of("tag", "decode", "xyz");
        assertThat(notHex.exit()).isEqualTo(2);
        assertThat(notHex.err()).contains("hexadecimal digits");
        assertThat(notHex.out()).isEmpty();

        CliRun blank = CliRun.of("tag", "decode", "00".repeat(32));
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("not an ISO 28560-3 library tag");

        CliRun tooLong = CliRun.of("tag", "encode", "--id", "12345678901234567");
        assertThat(tooLong.exit()).isEqualTo(2);
        assertThat(tooLong.err()).contains("item id must be 1 to 16 bytes");

        CliRun size = CliRun.of("tag", "encode", "--id", "1", "--size", "36");
        assertThat(size.exit()).isEqualTo(2);
        assertThat(size.err()).contains("32 or 34");
    }
}
