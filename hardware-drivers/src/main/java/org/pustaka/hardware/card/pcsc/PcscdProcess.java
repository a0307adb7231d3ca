package org.pustaka.hardware.card.pcsc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardException;
import javax.smartcardio.TerminalFactory;
import org.pustaka.hardware.sim.VirtualContactlessCard;

/**
 * pcscd in the foreground with the vsmartcard virtual reader (vpcd), for tests (and a technician's bench)
 * on a machine without a real contactless reader: started here, stopped by {@link #close()}. vpcd listens
 * on its configured port ({@code /etc/reader.conf.d/vpcd}, 35963), the only fixed port in the tests,
 * since pcscd reads the driver's settings from that system file. Needs root or the pcscd user's rights;
 * a missing pcscd or vpcd is an {@link IllegalStateException} with a sentence.
 */
public final class PcscdProcess implements AutoCloseable {
    private final Process process;

    private PcscdProcess(Process process) {
        this.process = process;
    }

    /** Starts pcscd and returns once it lists the virtual reader (at most {@code 15 s}). */
    public static PcscdProcess start() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/sbin/pcscd")) || !Files.exists(Path.of("/etc/reader.conf.d/vpcd"))) {
            throw new IllegalStateException("pcscd with the vsmartcard virtual reader is needed: install it with "
                    + "'apt-get install pcscd vsmartcard-vpcd' or run './kiosk test', which installs it.");
        }
        Process p = new ProcessBuilder("/usr/sbin/pcscd", "--foreground")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        PcscdProcess d = new PcscdProcess(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!listsVirtualReader()) {
            if (!p.isAlive()) {
                throw new IllegalStateException("pcscd stopped at once (exit " + p.exitValue()
                        + "): is another pcscd running? Stop it first (systemctl stop pcscd.socket pcscd).");
            }
            if (System.nanoTime() > deadline) {
                d.close();
                throw new IllegalStateException("pcscd did not list the virtual reader within 15 s.");
            }
            Thread.sleep(100);
        }
        return d;
    }

    private static boolean listsVirtualReader() {
        try {
            return TerminalFactory.getInstance("PC/SC", null).terminals().list().stream()
                    .anyMatch(t -> t.getName().contains("Virtual PCD"));
        } catch (CardException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            return false;
        }
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
