package org.pustaka.sip2;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Lines whose bytes are long enough but whose characters are not: a clean error, never a crash. */
class Sip2CodecShortLinesTest {
    private final Sip2Codec codec = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), true);

    @Test
    void twoBytesThatAreOneCharacterAreTooShort() {
        byte[] eAcute = "é".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.decode(eAcute)).isInstanceOf(Sip2FormatException.class);
    }

    @Test
    void anInvalidByteSequenceIsTooShortToo() {
        assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0xF0, (byte) 0x9F}))
                .isInstanceOf(Sip2FormatException.class);
    }

    @Test
    void aSequenceTrailerWithAMultiByteCodeBeforeItIsRefused() {
        byte[] line = "éAY1".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.decode(line)).isInstanceOf(Sip2FormatException.class);
    }
}
