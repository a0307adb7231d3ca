package org.pustaka.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.pin.PinHash;

class DemoTechnicianPinTest {

    @Test
    void theDemoGetsASixDigitPinThatOpensItsDiagnosticsAndSaysIt(@TempDir Path dir) throws Exception {
        DemoTechnicianPin chosen = DemoTechnicianPin.choose(Map.of("HOME", "/home/x"), new Random(7));

        assertThat(chosen.pin()).matches("[0-9]{6}");
        KioskConfig config = KioskConfig.demo(dir, chosen.environment());
        assertThat(PinHash.matches(chosen.pin(), config.diagnostics().pinHash())).isTrue();
        assertThat(PinHash.matches("000000".equals(chosen.pin()) ? "111111" : "000000", config.diagnostics().pinHash())).isFalse();
        assertThat(chosen.announcement()).contains("PIN teknisi demo ini: " + chosen.pin(), "technician PIN: " + chosen.pin());
        assertThat(chosen.environment()).containsEntry("HOME", "/home/x");
    }

    @Test
    void aPinHashTheCallerSetIsKeptAndNoPinIsShown() {
        String own = PinHash.hash("482193");
        DemoTechnicianPin chosen = DemoTechnicianPin.choose(Map.of(DemoTechnicianPin.VARIABLE, own), new Random(7));

        assertThat(chosen.pin()).isEmpty();
        assertThat(chosen.announcement()).isEmpty();
        assertThat(chosen.environment()).containsEntry(DemoTechnicianPin.VARIABLE, own);
    }
}
