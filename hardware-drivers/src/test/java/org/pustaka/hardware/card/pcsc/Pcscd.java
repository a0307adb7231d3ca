package org.pustaka.hardware.card.pcsc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardException;
import javax.smartcardio.TerminalFactory;
import org.awaitility.Awaitility;
import org.pustaka.hardware.sim.VirtualContactlessCard;

/**
 * pcscd in the foreground with the vsmartcard virtual reader (vpcd), started and stopped by the test.
 * vpcd listens on its configured port ({@code /etc/reader.conf.d/vpcd}, 35963): the only fixed port in
 * the tests, since pcscd reads the driver's settings from that system file. A missing pcscd or vpcd is
 * a failure with a sentence; {@code ./kiosk test} installs both.
 */
public final class Pcscd implements AutoCloseable {
    private final Process process;

    private Pcscd(Process process) {
        this.process = process;
    }

    public static Pcscd start() throws IOException {
        if (!Files.isExecutable(Path.of("/usr/sbin/pcscd")) || !Files.exists(Path.of("/etc/reader.conf.d/vpcd"))) {
            throw new AssertionError("pcscd with the vsmartcard virtual reader is needed: install it with "
                    + "'apt-get install pcscd vsmartcard-vpcd' or run './kiosk test', which installs it.");
        }
        Process p = new ProcessBuilder("/usr/sbin/pcscd", "--foreground")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Pcscd d = new Pcscd(p);
        Awaitility.await().atMost(15, TimeUnit.SECONDS).until(() -> {
            if (!p.isAlive()) {
                throw new AssertionError("pcscd stopped at once: is another pcscd running? (" + p.exitValue() + ")");
            }
            try {
                return TerminalFactory.getInstance("PC/SC", null).terminals().list().stream()
                        .anyMatch(t -> t.getName().contains("Virtual PCD"));
            } catch (CardException | java.security.NoSuchAlgorithmException | RuntimeException e) {
                return false;
            }
        });
        return d;
    }

    public VirtualContactlessCard insert(String uid, String memberNumber) throws IOException {
        return VirtualContactlessCard.insert("127.0.0.1", VirtualContactlessCard.VPCD_PORT, uid, memberNumber);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
