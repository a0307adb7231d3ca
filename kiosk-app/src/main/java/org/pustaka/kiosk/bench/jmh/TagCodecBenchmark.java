package org.pustaka.kiosk.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;
import org.pustaka.hardware.tag.TagDecodeResult;

/**
 * ISO 28560-3 tags per second through the tag codec: a 32-byte tag encoded, decoded as stored, and
 * decoded from a reader that reverses the bytes of each block (the codec finds the order by the CRC).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TagCodecBenchmark {
    private LibraryTag tag;
    private byte[] normal;
    private byte[] reversed;

    @Setup
    public void setUp() {
        tag = LibraryTag.of("30000105", 1, 2, 1, "ID", "MLG01");
        normal = TagCodec.encode(tag, 32);
        reversed = TagCodec.reverseBlocks(normal);
    }

    @Benchmark
    public byte[] encode() {
        return TagCodec.encode(tag, 32);
    }

    @Benchmark
    public TagDecodeResult decode() {
        return TagCodec.decode(normal);
    }

    @Benchmark
    public TagDecodeResult decodeReversedBlocks() {
        return TagCodec.decode(reversed);
    }
}
