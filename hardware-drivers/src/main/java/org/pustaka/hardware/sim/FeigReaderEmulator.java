package org.pustaka.hardware.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.pustaka.hardware.rfid.feig.FeigFrameCodec;
import org.pustaka.hardware.rfid.feig.FeigFrameScanner;
import org.pustaka.hardware.rfid.feig.FeigRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A FEIG ID ISC reader in ISO-host mode, serving the tags of a {@link SimRfidPad} over a pair of streams
 * or a pseudo-terminal, so the real driver and the kiosk can be tested end to end without hardware.
 *
 * <p>Timing is close to a real reader by default: about 12 ms per host command, and inventory takes 3 ms
 * more for each tag it reports. Faults are set per instance while it runs: noise bytes before every
 * answer, answers that are lost, writes that fail with the reader's write-error status. A pad switched
 * to broken makes the emulator go silent. One thread serves one line; the setters are safe to call
 * from any thread.
 */
public final class FeigReaderEmulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeigReaderEmulator.class);

    private final SimRfidPad pad;
    private final FeigCommandHandler handler;
    private final AtomicInteger lostAnswers = new AtomicInteger();
    private final AtomicInteger failingWrites = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private final Random noise = new Random(28560);
    private volatile Duration perCommand = Duration.ofMillis(12);
    private volatile Duration perTag = Duration.ofMillis(3);
    private volatile int noiseBytes;
    private volatile int busAddress = 0xFF;
    private volatile int maxTagsPerAnswer = 24;
    private volatile boolean blockBytesMsbFirst = true;
    private volatile Thread thread;
    private volatile AutoCloseable line;

    public FeigReaderEmulator(SimRfidPad pad) {
        this.pad = pad;
        this.handler = new FeigCommandHandler(pad, this);
    }

    /** Time per host command, and extra inventory time per tag reported. Zero for the fastest tests. */
    public void timing(Duration commandTime, Duration inventoryTimePerTag) {
        perCommand = commandTime;
        perTag = inventoryTimePerTag;
    }

    /** Random bytes sent before every answer (line noise the driver must skip). */
    public void noiseBytesBeforeAnswers(int count) {
        noiseBytes = count;
    }

    /** The next {@code count} answers are computed but never sent, like frames lost on the line. */
    public void loseNextAnswers(int count) {
        lostAnswers.set(count);
    }

    /** The next {@code count} writes (AFI or blocks) fail with status 0x03 and leave the tag unchanged. */
    public void failNextWrites(int count) {
        failingWrites.set(count);
    }

    public void busAddress(int address) {
        busAddress = address;
    }

    /** How many tags one inventory answer holds before the reader says "more data" (status 0x94). */
    public void maxTagsPerAnswer(int count) {
        maxTagsPerAnswer = Math.max(1, Math.min(count, 24));
    }

    /** Whether block bytes travel most significant first (reversed against the tag's memory order). */
    public void blockBytesMsbFirst(boolean msbFirst) {
        blockBytesMsbFirst = msbFirst;
    }

    /** Requests answered (or deliberately lost) so far. */
    public int requestsServed() {
        return served.get();
    }

    /** Serves requests from {@code in} until it ends or {@link #close()} is called. Blocks. */
    public void serve(InputStream in, OutputStream out) throws IOException {
        FeigFrameScanner scanner = new FeigFrameScanner();
        byte[] chunk = new byte[512];
        int n;
        while (!Thread.currentThread().isInterrupted() && (n = in.read(chunk)) >= 0) {
            scanner.feed(chunk, 0, n);
            for (Optional<byte[]> frame = scanner.next(); frame.isPresent(); frame = scanner.next()) {
                answer(FeigFrameCodec.parseRequest(frame.get()), out);
            }
        }
    }

    /** Serves on its own daemon thread. */
    public void start(InputStream in, OutputStream out) {
        startThread(() -> serve(in, out), "feig-emulator");
    }

    /** Serves on a pseudo-terminal (one end of a socat pair, say) on its own daemon thread. */
    public void startOnDevice(Path device) throws IOException {
        FileChannel channel = FileChannel.open(device, StandardOpenOption.READ, StandardOpenOption.WRITE);
        line = channel;
        startThread(() -> serve(Channels.newInputStream(channel), Channels.newOutputStream(channel)),
                "feig-emulator-" + device.getFileName());
    }

    @Override
    public void close() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        AutoCloseable l = line;
        if (l != null) {
            try {
                l.close();
            } catch (Exception e) {
                LOG.debug("Closing the emulator's line failed: {}", e.toString());
            }
        }
    }

    int busAddress() {
        return busAddress;
    }

    int maxTagsPerAnswer() {
        return maxTagsPerAnswer;
    }

    boolean blockBytesMsbFirst() {
        return blockBytesMsbFirst;
    }

    boolean consumeWriteFailure() {
        return failingWrites.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private void answer(FeigRequest request, OutputStream out) throws IOException {
        if (request.address() != busAddress && request.address() != 0xFF) {
            return;
        }
        if (!pad.health().usable()) {
            return;
        }
        FeigCommandHandler.Answer answer = handler.handle(request);
        pace(answer.tags());
        served.incrementAndGet();
        if (lostAnswers.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            LOG.debug("Emulator loses the answer to {}", request);
            return;
        }
        int noisy = noiseBytes;
        if (noisy > 0) {
            byte[] junk = new byte[noisy];
            synchronized (noise) {
                noise.nextBytes(junk);
            }
            out.write(junk);
        }
        out.write(FeigFrameCodec.encode(answer.response()));
        out.flush();
    }

    private void pace(int tags) throws IOException {
        long millis = perCommand.toMillis() + perTag.toMillis() * tags;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("The emulator was stopped.", e);
            }
        }
    }

    private void startThread(Serving serving, String name) {
        Thread t = new Thread(() -> {
            try {
                serving.run();
            } catch (IOException e) {
                LOG.debug("Emulator line ended: {}", e.toString());
            }
        }, name);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @FunctionalInterface
    private interface Serving {
        void run() throws IOException;
    }
}
