package org.pustaka.sip2.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static final long LONG_AGO_AND_FAR = Long.MAX_VALUE / 2;

    @Property(tries = 1000)
    void linesSurviveAnyEndingAndAnySplitOfTheReads(@ForAll @Size(min = 1, max = 8) List<@From("lines") String> lines,
                                                    @ForAll("endings") String ending,
                                                    @ForAll @IntRange(min = 1, max = 7) int chunk) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (String l : lines) {
            wire.writeBytes((l + ending).getBytes(StandardCharsets.UTF_8));
        }
        LineReader reader = new LineReader(new Trickle(wire.toByteArray(), chunk), millis -> { });

        List<String> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            read.add(new String(reader.readLine(System.nanoTime() + LONG_AGO_AND_FAR), StandardCharsets.UTF_8));
        }

        assertThat(read).isEqualTo(lines);
        assertThatThrownBy(() -> reader.readLine(System.nanoTime() + LONG_AGO_AND_FAR)).isInstanceOf(EOFException.class);
    }

    @Test
    void aLineLongerThanTheLimitIsRefused() {
        byte[] huge = new byte[LineReader.MAX_LINE + 10];
        java.util.Arrays.fill(huge, (byte) 'A');
        LineReader reader = new LineReader(new ByteArrayInputStream(huge), millis -> { });

        assertThatThrownBy(() -> reader.readLine(System.nanoTime() + LONG_AGO_AND_FAR))
                .isInstanceOf(IOException.class).hasMessageContaining("longer than");
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("\u00e9").ofMinLength(1).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of("\r", "\r\n", "\n");
    }

    /** Hands out at most {@code chunk} bytes per read, as a slow network does. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private final int chunk;
        private int pos;

        Trickle(byte[] data, int chunk) {
            this.data = data;
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), data.length - pos);
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
