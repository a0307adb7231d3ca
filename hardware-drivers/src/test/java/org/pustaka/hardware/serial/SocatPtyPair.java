package org.pustaka.hardware.serial;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two connected pseudo-terminals made by {@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}: what one end
 * writes, the other reads, like a null-modem cable. A missing socat is a test failure with a sentence,
 * never a silent skip: {@code ./kiosk test} installs it.
 */
public final class SocatPtyPair implements AutoCloseable {
    private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");

    private final Process process;
    private final Path first;
    private final Path second;

    private SocatPtyPair(Process process, Path first, Path second) {
        this.process = process;
        this.first = first;
        this.second = second;
    }

    public static SocatPtyPair start() throws IOException, InterruptedException {
        if (!onPath("socat")) {
            throw new AssertionError("socat is not installed, so the serial tests cannot make a pseudo-terminal"
                    + " pair: install it with 'apt-get install socat' or run './kiosk test', which installs it.");
        }
        Process process = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(socat output ended: " + e + ")");
            }
        }, "socat-stderr");
        drain.setDaemon(true);
        drain.start();
        List<Path> ptys = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ptys.size() < 2 || !seen.get(seen.size() - 1).contains("starting data transfer loop")) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                process.destroyForcibly();
                throw new AssertionError("socat did not report two pseudo-terminals within 10 s; it said: " + seen);
            }
            seen.add(line);
            Matcher m = PTY.matcher(line);
            if (m.find()) {
                ptys.add(Path.of(m.group(1)));
            }
        }
        return new SocatPtyPair(process, ptys.get(0), ptys.get(1));
    }

    public Path first() {
        return first;
    }

    public Path second() {
        return second;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
