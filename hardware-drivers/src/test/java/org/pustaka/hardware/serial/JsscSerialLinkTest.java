package org.pustaka.hardware.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JsscSerialLinkTest {

    @Test
    void bytesWrittenAtOneEndArriveAtTheOther() throws Exception {
        try (SocatPtyPair pair = SocatPtyPair.start();
             JsscSerialLink a = new JsscSerialLink(SerialSettings.feigDefaults(pair.first().toString()));
             JsscSerialLink b = new JsscSerialLink(new SerialSettings(pair.second().toString(), 9600, 8,
                     Parity.NONE, 2))) {
            a.open();
            b.open();
            a.open();

            a.write("ruang baca".getBytes(StandardCharsets.US_ASCII));
            byte[] got = new byte[32];
            int total = 0;
            while (total < 10) {
                int n = b.read(got, total, got.length - total, Duration.ofSeconds(2));
                assertThat(n).as("bytes within 2 s").isPositive();
                total += n;
            }

            assertThat(new String(got, 0, total, StandardCharsets.US_ASCII)).isEqualTo("ruang baca");
        }
    }

    @Test
    void aReadWithNothingToReadReturnsZeroAfterItsTimeout() throws Exception {
        try (SocatPtyPair pair = SocatPtyPair.start();
             JsscSerialLink a = new JsscSerialLink(SerialSettings.feigDefaults(pair.first().toString()))) {
            a.open();
            assertThat(a.read(new byte[8], 0, 8, Duration.ofMillis(30))).isZero();
            a.discardInput();
        }
    }

    @Test
    void aMissingPortIsASentence() {
        JsscSerialLink link = new JsscSerialLink(SerialSettings.feigDefaults("/dev/pustaka-no-such-port"));
        assertThatThrownBy(link::open)
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Serial port /dev/pustaka-no-such-port cannot be opened");
        assertThatThrownBy(() -> link.write(new byte[1])).hasMessageContaining("is not open");
    }
}
