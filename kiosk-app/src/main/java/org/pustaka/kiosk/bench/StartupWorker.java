package org.pustaka.kiosk.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.pustaka.kiosk.compose.KioskEngine;
import org.pustaka.kiosk.Main;
import org.pustaka.kiosk.config.ConfigException;
import org.pustaka.kiosk.config.KioskConfig;

/**
 * The measured side of {@code kiosk bench startup}, run in its own JVM: builds the headless kiosk engine
 * on the demo configuration (database, recovery, simulated library and pad), prints
 * {@code kiosk ready in N ms} (N since the JVM loaded {@link Main}) and stops.
 */
public final class StartupWorker {

    private StartupWorker() {
    }

    public static void run(Path dataDir, PrintWriter out) throws ConfigException {
        KioskConfig config = KioskConfig.demo(dataDir, System.getenv());
        try (KioskEngine engine = KioskEngine.start(config)) {
            long millis = (System.nanoTime() - Main.STARTED_NANOS) / 1_000_000;
            out.println("kiosk ready in " + millis + " ms");
            out.flush();
            engine.desk();
        }
    }
}
