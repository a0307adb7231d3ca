package org.pustaka.kiosk.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.Sip2ChecksumException;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2FormatException;

/**
 * Any line from the wire gives a decoded message or a {@link Sip2FormatException} with a sentence,
 * never another exception: random bytes, random text, and real messages of every type with bytes
 * changed, cut short or repeated, under each charset the kiosk supports, with and without checksums.
 * And with error detection on, no single changed byte ever turns a message into another one.
 */
class Sip2CodecFuzzTest {
    private static final String DATE = "20261128    101500";
    private static final List<String> VALID = List.of(
            "941", "9900402.00",
            "98YYYYNN030003" + DATE + "2.00AOMLG|AMPerpustakaan Kota Malang|BXYYYNYYYYYYYNNYYY|AFSelamat datang|",
            "64              000" + DATE + "000100000002000100000000AOMLG|AA2024000123|AESiti Rahayu|CB10|BLY|CQY|"
                    + "BHIDR|BV7500.00|CC20000.00|AS30000106|AU30000111|AU30000112|AVDenda Rp 7.500|",
            "24Y   Y         000" + DATE + "AOMLG|AA2024000456|AEBudi Santoso|BLY|AFKartu diblokir.|",
            "121NNY" + DATE + "AOMLG|AA2024000123|AB30000101|AJLaskar Pelangi|AH20261212    235959|CK001|",
            "101YNY" + DATE + "AOMLG|AB30000106|AQKoleksi Umum|AJNegeri 5 Menara|CLRAK-PESANAN|CK001|CV01|",
            "301YNY" + DATE + "AOMLG|AA2024000123|AB30000111|AJSi Kancil dan Buaya|AH20261212    235959|",
            "66100010001" + DATE + "AOMLG|BM30000111|BN30000112|AF30000112: batas|",
            "18040001" + DATE + "CF0|AH20261212    235959|AB30000111|AJSi Kancil dan Buaya|BGMLG01|CK001|",
            "36Y" + DATE + "AOMLG|AA2024000123|", "38Y" + DATE + "AOMLG|AA2024000789|BKT-1|",
            "161N" + DATE + "BR1|BSMLG-PUSAT|AOMLG|AA2024000123|AB30000102|AJBumi Manusia|",
            "11NN" + DATE + " ".repeat(18) + "AOMLG|AA2024000123|AB30000101|AC|",
            "09N" + DATE + DATE + "APMLG-01|AOMLG|AB30000111|AC|", "96", "97");
    private static final Sip2Codec CHECKED = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), true);
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            Charset.forName("IBM850"));

    @Property(tries = 10_000)
    void randomBytesGiveAMessageOrACleanError(@ForAll @Size(max = 300) byte[] line, @ForAll boolean checked,
                                              @ForAll("charsets") Charset charset) {
        decodeCleanly(new Sip2Codec(charset, ZoneId.of("Asia/Jakarta"), checked), line);
    }

    @Property(tries = 10_000)
    void randomTextAfterAKnownCommandGivesAMessageOrACleanError(@ForAll("commands") String command,
                                                               @ForAll @Size(max = 200) String rest,
                                                               @ForAll boolean checked) {
        Sip2Codec codec = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), checked);
        decodeCleanly(codec, (command + rest).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 10_000)
    void damagedRealMessagesGiveAMessageOrACleanError(@ForAll("damaged") byte[] line, @ForAll boolean checked) {
        decodeCleanly(new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), checked), line);
    }

    @Property(tries = 10_000)
    void aChangedByteInAChecksummedMessageNeverDecodesToAnotherMessage(@ForAll("valid") String body,
                                                                      @ForAll("positions") int where,
                                                                      @ForAll byte value) throws Sip2FormatException {
        byte[] line = checksummed(body);
        Decoded original = CHECKED.decode(line);
        int i = where % line.length;
        if (line[i] == value) {
            return;
        }
        line[i] = value;
        try {
            Decoded changed = CHECKED.decode(line);
            assertThat(changed.message()).isEqualTo(original.message());
            assertThat(changed.sequence()).isEqualTo(original.sequence());
        } catch (Sip2FormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /**
     * Every one-byte change of every sample message, not a sample of them: none may decode to a message
     * other than the original without an error, on a connection that has seen checksums and on its first
     * answer alike. Only a change of a checksum digit's case may decode at all.
     */
    @Example
    void noOneByteMutationOfAChecksummedMessageDecodesToAnotherMessage() throws Sip2FormatException {
        for (boolean required : new boolean[] {true, false}) {
            assertThat(wronglyAccepted(required)).as("checksum required: %s", required).isEmpty();
        }
    }

    private static List<String> wronglyAccepted(boolean checksumRequired) throws Sip2FormatException {
        int mutations = 0;
        List<String> accepted = new ArrayList<>();
        for (String body : VALID) {
            byte[] line = checksummed(body);
            Decoded original = CHECKED.decode(line);
            for (int i = 0; i < line.length; i++) {
                for (int v = 0; v < 256; v++) {
                    if ((byte) v == line[i]) {
                        continue;
                    }
                    byte[] changed = line.clone();
                    changed[i] = (byte) v;
                    mutations++;
                    try {
                        Decoded d = CHECKED.decode(changed, checksumRequired);
                        if (!d.message().equals(original.message()) || !d.sequence().equals(original.sequence())) {
                            accepted.add(new String(changed, StandardCharsets.ISO_8859_1));
                        }
                    } catch (Sip2FormatException e) {
                        assertThat(e.getMessage()).isNotBlank();
                    }
                }
            }
        }
        assertThat(mutations).isEqualTo(337_365);
        return accepted;
    }

    /**
     * A server that sends checksums but no sequence numbers: a damaged marker leaves a line that reads as
     * unchecked, so once the connection has seen checksums the line must be refused.
     */
    @Example
    void aDamagedMarkerWithoutSequenceNumberIsRefusedWhereChecksumsAreRequired() throws Sip2FormatException {
        String head = "121NNY" + DATE + "AOMLG|AA2024000123|AB30000101|AJLaskar Pelangi|AZ";
        String line = head + Sip2Codec.checksum(head.getBytes(StandardCharsets.UTF_8));
        byte[] damaged = line.replace("|AZ", "|AX").getBytes(StandardCharsets.UTF_8);

        assertThat(CHECKED.decode(damaged).message()).isNotEqualTo(CHECKED.decode(line).message());
        assertThatThrownBy(() -> CHECKED.decode(damaged, true)).isInstanceOf(Sip2ChecksumException.class)
                .hasMessageContaining("no checksum");
    }

    /** A damaged marker after a sequence number is refused even where a line without checksum is allowed. */
    @Example
    void aDamagedChecksumMarkerIsRefusedBeforeChecksumsAreRequired() {
        Sip2Codec plain = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), false);
        for (String body : VALID) {
            byte[] line = checksummed(body);
            if (body.length() == 2) {
                continue; // 96 and 97 carry no sequence number
            }
            for (int i = line.length - 6; i < line.length - 4; i++) {
                for (int v = 0; v < 256; v++) {
                    if ((byte) v == line[i]) {
                        continue;
                    }
                    byte[] changed = line.clone();
                    changed[i] = (byte) v;
                    assertThatThrownBy(() -> plain.decode(changed)).as(new String(changed, StandardCharsets.ISO_8859_1))
                            .isInstanceOf(Sip2ChecksumException.class);
                }
            }
        }
    }

    private static byte[] checksummed(String body) {
        String head = body + (body.startsWith("9") && body.length() == 2 ? "AZ" : "AY3AZ");
        return (head + Sip2Codec.checksum(head.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    private static void decodeCleanly(Sip2Codec codec, byte[] line) {
        try {
            Decoded d = codec.decode(line);
            assertThat(d.message()).isNotNull();
            assertThat(d.raw()).isNotNull();
        } catch (Sip2FormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(CHARSETS);
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.of("93", "94", "99", "98", "63", "64", "23", "24", "11", "12", "09", "10", "29", "30",
                "65", "66", "17", "18", "35", "36", "37", "38", "15", "16", "96", "97");
    }

    @Provide
    Arbitrary<String> valid() {
        return Arbitraries.of(VALID);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1000);
    }

    /** A real message, cut at a random place, with some bytes replaced and a random tail of wire noise. */
    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<String> body = valid();
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 400);
        Arbitrary<List<Integer>> changes = Arbitraries.integers().between(0, 1 << 16).list().ofMaxSize(4);
        Arbitrary<String> tail = Arbitraries.of("", "AY1AZ", "AY9AZFFFF", "AZ", "AY", "|", "\r", "\r\n", "AZ12G4",
                "AYxAZ0000");
        return Combinators.combine(body, cut, changes, tail).as((b, c, ch, t) -> {
            byte[] bytes = (b.substring(0, Math.min(b.length(), c)) + t).getBytes(StandardCharsets.UTF_8);
            for (int v : ch) {
                if (bytes.length > 0) {
                    bytes[(v >> 8) % bytes.length] = (byte) v;
                }
            }
            return bytes;
        });
    }
}
