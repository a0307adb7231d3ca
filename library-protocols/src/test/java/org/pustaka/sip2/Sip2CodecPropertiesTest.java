package org.pustaka.sip2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class Sip2CodecPropertiesTest {
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private final Sip2Codec checked = new Sip2Codec(StandardCharsets.UTF_8, JAKARTA, true);

    @Property(tries = 1000)
    void anyBytesGiveAMessageOrACleanError(@ForAll @Size(max = 300) byte[] line) {
        decodeOrCleanError(checked, line);
    }

    @Property(tries = 1000)
    void anyTextAfterAKnownCommandGivesAMessageOrACleanError(@ForAll("codes") String code,
                                                             @ForAll @StringLength(max = 200) String rest) {
        decodeOrCleanError(checked, (code + rest).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void wellChecksummedNonsenseGivesAMessageOrACleanError(@ForAll("codes") String code,
                                                           @ForAll("wireText") String rest,
                                                           @ForAll("charsets") Charset charset) {
        Sip2Codec codec = new Sip2Codec(charset, JAKARTA, true);
        byte[] head = (code + rest + "AY3AZ").getBytes(charset);
        byte[] line = Arrays.copyOf(head, head.length + 4);
        System.arraycopy(Sip2Codec.checksum(head).getBytes(charset), 0, line, head.length, 4);

        decodeOrCleanError(codec, line);
    }

    @Property(tries = 1000)
    void checkoutResponsesRoundTripWithAnyText(@ForAll boolean ok, @ForAll("fieldText") String title,
                                               @ForAll("fieldText") String item, @ForAll("fieldText") String message,
                                               @ForAll("charsets") Charset charset, @ForAll("sequences") int sequence)
            throws Sip2Exception {
        Sip2Codec codec = new Sip2Codec(charset, JAKARTA, true);
        CheckoutResponse r = new CheckoutResponse(ok, false, Tristate.UNKNOWN, Tristate.YES,
                LocalDateTime.of(2026, 11, 28, 10, 15, 30), "MLG", "2024000123", item, title, "", null, null, null,
                null, null, null, null, List.of(message), List.of(), List.of());

        Decoded back = codec.decode(codec.encode(r, sequence));

        assertThat(back.message()).isEqualTo(r);
        assertThat(back.sequence()).hasValue(sequence);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(MessageType.values()).map(MessageType::code);
    }

    @Provide
    Arbitrary<String> wireText() {
        return Arbitraries.strings().withChars("ABYZ|0123456789 NYU\u00e9\u00fc").ofMaxLength(120);
    }

    /** Text a value can hold in the charsets used: no delimiters, line ends, or characters IBM850 lacks. */
    @Provide
    Arbitrary<String> fieldText() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("\u00e9\u00e0\u00fc\u00c7")
                .excludeChars('|').ofMaxLength(60);
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, Charset.forName("IBM850"));
    }

    @Provide
    Arbitrary<Integer> sequences() {
        return Arbitraries.integers().between(0, 9);
    }

    private static void decodeOrCleanError(Sip2Codec codec, byte[] line) {
        try {
            Decoded d = codec.decode(line);
            assertThat(d.message()).isNotNull();
            codec.encode(d.message(), 0);
        } catch (Sip2FormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
