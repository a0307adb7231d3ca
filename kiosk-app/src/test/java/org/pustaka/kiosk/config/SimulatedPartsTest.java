package org.pustaka.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.KioskConfig;

class SimulatedPartsTest {
    @TempDir
    Path dir;

    @Test
    void everyDefaultedDriverIsNamedWithItsKeyAndTheFix() throws Exception {
        Properties p = new Properties();
        p.setProperty("kiosk.id", "MLG-01");
        p.setProperty("kiosk.dataDir", dir.toString());

        var parts = SimulatedParts.of(KioskConfig.from(p, Map.of()));

        assertThat(parts).hasSize(4);
        assertThat(String.join("\n", parts)).contains("rfid.driver=sim", "printer.driver=sim", "gpio.driver=sim",
                "library.type=sim", "set printer.driver=escpos", "setel library.type=sip2 atau http");
    }

    @Test
    void aKioskWithRealDevicesHasNone() throws Exception {
        Properties p = new Properties();
        p.setProperty("kiosk.id", "MLG-01");
        p.setProperty("kiosk.dataDir", dir.toString());
        p.setProperty("rfid.driver", "feig");
        p.setProperty("rfid.port", "/dev/ttyUSB0");
        p.setProperty("printer.driver", "none");
        p.setProperty("gpio.driver", "pi4j");
        p.setProperty("library.type", "sip2");

        assertThat(SimulatedParts.of(KioskConfig.from(p, Map.of()))).isEmpty();
    }
}
