package org.pustaka.hardware.card.serial;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A socat pseudo-terminal pair at fixed names in a test folder ({@code device} for the scanner driver,
 * {@code host} for the test to type into), so it can be "unplugged" (socat stopped: both names vanish)
 * and "plugged back" (started again under the same names), like a USB scanner and its udev name.
 */
final class LinkedPtys implements AutoCloseable {
    private final Path device;
    private final Path host;
    private Process socat;

    LinkedPtys(Path dir) {
        this.device = dir.resolve("pustaka-scanner");
        this.host = dir.resolve("scanner-host");
    }

    Path device() {
        return device;
    }

    void plugIn() throws IOException {
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + device, "pty,raw,echo=0,link=" + host)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(device) && Files.exists(host));
    }

    void unplug() throws InterruptedException {
        socat.destroy();
        socat.waitFor(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> !Files.exists(device));
    }

    /** What the scanner sends when a card is scanned. */
    void send(byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(host)) {
            out.write(bytes);
            out.flush();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (socat != null && socat.isAlive()) {
            unplug();
        }
    }
}
