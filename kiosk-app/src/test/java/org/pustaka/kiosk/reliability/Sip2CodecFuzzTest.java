package org.pustaka.kiosk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2FormatException;

/**
 * Any line from the wire gives a decoded message or a {@link Sip2FormatException} with a sentence,
 * never another exception: random bytes, random text, and real messages of every type with bytes
 * changed, cut short or repeated, under each charset the kiosk supports, with and without checksums.
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
    void aChangedByteInAChecksummedMessageIsNeverTakenAsTheOriginal(@ForAll("valid") String body,
                                                                   @ForAll("positions") int where,
                                                                   @ForAll byte value) throws Sip2FormatException {
        Sip2Codec codec = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), true);
        String head = body + "AY3AZ";
        byte[] line = (head + Sip2Codec.checksum(head.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        Decoded original = codec.decode(line);
        int i = where % line.length;
        if (line[i] == value) {
            return;
        }
        line[i] = value;
        try {
            Decoded changed = codec.decode(line);
            assertThat(changed.raw()).isNotEqualTo(original.raw());
        } catch (Sip2FormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
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
