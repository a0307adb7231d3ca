package org.pustaka.kiosk.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.library.sip2.Sip2Requests;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.Decoded;
import org.pustaka.sip2.Sip2Codec;
import org.pustaka.sip2.Sip2FormatException;

/**
 * SIP2 messages per second through the codec, with error detection (sequence number and checksum) on as
 * the kiosk runs it: a checkout request encoded, and a checkout and a patron information response decoded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Sip2CodecBenchmark {
    private static final String DATE = "20261128    101500";

    private Sip2Codec codec;
    private CheckoutRequest checkout;
    private byte[] checkoutResponse;
    private byte[] patronResponse;
    private int sequence;

    @Setup
    public void setUp() throws Sip2FormatException {
        codec = new Sip2Codec(StandardCharsets.UTF_8, ZoneId.of("Asia/Jakarta"), true);
        checkout = new Sip2Requests("MLG", "MLG-01", "").checkout(new PatronCredentials("2024000123", null), "30000101",
                TransactionOptions.now(Instant.parse("2026-11-28T03:15:00Z")),
                LocalDateTime.of(2026, 11, 28, 10, 15));
        checkoutResponse = withTrailer("121NNY" + DATE + "AOMLG|AA2024000123|AB30000101|AJLaskar Pelangi|AH"
                + "20261212    235959|CK001|AFPeminjaman berhasil.|AGTerima kasih|");
        patronResponse = withTrailer("64              000" + DATE + "000100000002000100000000AOMLG|AA2024000123|"
                + "AESiti Rahayu|CB10|BLY|CQY|BHIDR|BV7500.00|CC20000.00|AS30000106|AU30000111|AU30000112|"
                + "AVDenda Rp 7.500|AFDenda Anda Rp 7.500.|");
        codec.decode(checkoutResponse);
        codec.decode(patronResponse);
    }

    private static byte[] withTrailer(String body) {
        String head = body + "AY1AZ";
        return (head + Sip2Codec.checksum(head.getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] encodeCheckoutRequest() {
        sequence = (sequence + 1) % 10;
        return codec.encode(checkout, sequence);
    }

    @Benchmark
    public Decoded decodeCheckoutResponse() throws Sip2FormatException {
        return codec.decode(checkoutResponse);
    }

    @Benchmark
    public Decoded decodePatronInformationResponse() throws Sip2FormatException {
        return codec.decode(patronResponse);
    }
}
