package org.pustaka.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.RecordingStatusLights;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.sim.SimulatedAcs;
import org.pustaka.kiosk.library.sip2.Sip2LibrarySystem;

class LightsWatchTest {
    @TempDir
    Path dir;

    @Test
    void showsOfflineWhileTheLibraryIsUnreachableAndAttentionWithoutPaper() throws Exception {
        KioskConfig config = KioskConfig.demo(dir, java.util.Map.of());
        try (SimulatedAcs acs = new SimulatedAcs()) {
            acs.start(0, dir.resolve("loans.json"));
            java.time.Clock clock = java.time.Clock.system(config.kiosk().zone());
            try (LibrarySystem library = new Sip2LibrarySystem(acs.clientSettings(config.sip2()), config.kiosk().zone(),
                    clock)) {
                RecordingReceiptPrinter printer = new RecordingReceiptPrinter(48);
                RecordingStatusLights lights = new RecordingStatusLights();
                LightsWatch watch = new LightsWatch(library, printer, lights);

                assertThat(watch.look()).isEqualTo(LightPattern.READY);
                acs.setOffline(true);
                assertThat(watch.look()).isEqualTo(LightPattern.OFFLINE);
                acs.setOffline(false);
                printer.paperOut(true);
                assertThat(watch.look()).isEqualTo(LightPattern.ATTENTION);
                assertThat(watch.look()).isEqualTo(LightPattern.ATTENTION);
                printer.paperOut(false);
                assertThat(watch.look()).isEqualTo(LightPattern.READY);

                assertThat(lights.history()).containsExactly(LightPattern.READY, LightPattern.OFFLINE,
                        LightPattern.ATTENTION, LightPattern.READY);
            }
        }
    }
}
