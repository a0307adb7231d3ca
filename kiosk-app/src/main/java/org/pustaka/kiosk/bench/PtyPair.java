package org.pustaka.kiosk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two connected pseudo-terminals from {@code socat}, like a null-modem cable: the reader emulator serves
 * one end and the kiosk's real serial driver (jSSC) opens the other, so the benchmark runs the same
 * code path as a reader on {@code /dev/ttyUSB0}. The production-composition test uses it the same way.
 */
public final class PtyPair implements AutoCloseable {
    private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");

    private final Process process;
    private final Path first;
    private final Path second;

    private PtyPair(Process process, Path first, Path second) {
        this.process = process;
        this.first = first;
        this.second = second;
    }

    public static PtyPair start() throws IOException {
        Process process;
        try {
            process = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("socat is needed to connect the reader emulator over a pseudo-terminal;"
                    + " install it with 'apt-get install socat'.", e);
        }
        List<Path> ptys = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            seen.add(line);
            Matcher m = PTY.matcher(line);
            if (m.find()) {
                ptys.add(Path.of(m.group(1)));
            }
            if (ptys.size() == 2 && line.contains("starting data transfer loop")) {
                Thread drain = new Thread(() -> drain(err), "socat-stderr");
                drain.setDaemon(true);
                drain.start();
                return new PtyPair(process, ptys.get(0), ptys.get(1));
            }
        }
        process.destroyForcibly();
        throw new IOException("socat did not make two pseudo-terminals; it said: " + seen);
    }

    public Path first() {
        return first;
    }

    public Path second() {
        return second;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(BufferedReader err) {
        try (err) {
            while (err.readLine() != null) {
                continue;
            }
        } catch (IOException e) {
            // socat has gone; nothing more to read
        }
    }
}
