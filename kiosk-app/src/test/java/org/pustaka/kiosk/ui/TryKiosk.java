package org.pustaka.kiosk.ui;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.pustaka.hardware.sim.RecordingBuzzer;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.kiosk.Main;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * Opens the kiosk and the simulated devices window over {@link FakeDesk}, to try the screens by hand
 * and to measure start-up in a fresh JVM before circulation lands: {@code java -cp ... TryKiosk [--exit]}.
 */
public final class TryKiosk {
    private TryKiosk() {
    }

    public static void main(String[] args) throws Exception {
        long started = Main.STARTED_NANOS;
        FakeDesk desk = new FakeDesk();
        KioskConfig config = KioskConfig.demo(Files.createTempDirectory("kiosk-try"), Map.of());
        DesktopKiosk kiosk = DesktopKiosk.builder(config, desk,
                        new KioskDevices(desk.printer, new RecordingStatusLights(), new RecordingBuzzer(), desk.scanner))
                .highlights(() -> List.of(new Highlight(Highlight.Kind.NEW_BOOK, "Laskar Pelangi", null)))
                .simulatedDevices(desk)
                .start();
        System.err.println("kiosk ready in " + kiosk.readyMillis() + " ms (JVM start " + started + ")");
        if (args.length > 0 && args[0].equals("--exit")) {
            kiosk.close();
            System.exit(0);
        }
        kiosk.awaitClosed();
        kiosk.close();
        System.exit(0);
    }
}
