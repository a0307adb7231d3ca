package org.pustaka.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pustaka.hardware.serial.Parity;

class RfidSettingsTest {

    @Test
    void defaultsMatchAFeigReaderAndTheIsoAfiValues() {
        ConfigReader r = new ConfigReader(new Properties(), Map.of());
        RfidSettings s = RfidSettings.read(r);

        assertThat(r.problems()).isEmpty();
        assertThat(s.serialSettings().toString()).isEqualTo("/dev/pustaka-rfid 38400 8E1");
        assertThat(s.afiOnLoan()).isEqualTo(0xC2);
        assertThat(s.afiInStock()).isEqualTo(0x07);
        assertThat(s.missesBeforeLeft()).isEqualTo(3);
        assertThat(s.pollInterval()).isEqualTo(Duration.ofMillis(150));
        assertThat(s.securityAttempts()).isEqualTo(4);
        assertThat(s.feigOptions().blockBytesMsbFirst()).isTrue();
        assertThat(s.feigOptions().responseTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(s.ownerCountry()).isEqualTo("ID");
        assertThat(s.ownerIsil()).isEqualTo("MLG01");
    }

    @Test
    void readsEveryKey() {
        Properties p = new Properties();
        p.setProperty("rfid.port", "/dev/ttyUSB1");
        p.setProperty("rfid.parity", "none");
        p.setProperty("rfid.afiOnLoan", "0xDA");
        p.setProperty("rfid.afiInStock", "0xD7");
        p.setProperty("rfid.missesBeforeLeft", "5");
        p.setProperty("rfid.responseTimeoutMillis", "250");
        p.setProperty("rfid.blockBytesMsbFirst", "false");
        p.setProperty("rfid.busAddress", "3");
        p.setProperty("rfid.ownerLibrary", "ID-JTM-MLG2");
        ConfigReader r = new ConfigReader(p, Map.of());
        RfidSettings s = RfidSettings.read(r);

        assertThat(r.problems()).isEmpty();
        assertThat(s.serialSettings().parity()).isEqualTo(Parity.NONE);
        assertThat(s.afiOnLoan()).isEqualTo(0xDA);
        assertThat(s.missesBeforeLeft()).isEqualTo(5);
        assertThat(s.feigOptions().busAddress()).isEqualTo(3);
        assertThat(s.feigOptions().responseTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.feigOptions().blockBytesMsbFirst()).isFalse();
        assertThat(s.ownerCountry()).isEqualTo("ID");
        assertThat(s.ownerIsil()).isEqualTo("JTM-MLG2");
    }

    @Test
    void anOwnerLibraryThatIsNotAnIsilIsAProblemThatSaysWhatIsExpected() {
        for (String bad : new String[] {"MLG01", "id-MLG01", "ID-", "ID-MALANG-KOTA-01", "ID-MLG 01"}) {
            Properties p = new Properties();
            p.setProperty("rfid.ownerLibrary", bad);
            ConfigReader r = new ConfigReader(p, Map.of());
            RfidSettings.read(r);

            assertThat(r.problems()).as(bad).singleElement().satisfies(problem -> assertThat(problem.toString())
                    .contains("rfid.ownerLibrary", "ISIL", "ID-MLG01"));
        }
    }

    @Test
    void equalAfiValuesAreAProblem() {
        Properties p = new Properties();
        p.setProperty("rfid.afiOnLoan", "7");
        ConfigReader r = new ConfigReader(p, Map.of());
        RfidSettings.read(r);

        assertThat(r.problems()).singleElement().satisfies(problem -> assertThat(problem.toString())
                .contains("rfid.afiOnLoan"));
    }
}
