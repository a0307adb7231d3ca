package org.pustaka.kiosk.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TechnicianTextTest {

    @Test
    void bothLanguagesHoldTheSameSentences() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).isEqualTo(bundle("id").stringPropertyNames()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void everySentenceFormatsWithItsValuesAndKeepsNoPlaceholder(String language) throws IOException {
        for (String key : bundle(language).stringPropertyNames()) {
            String said = TechnicianText.of(key, "A", "B", "C", "D", "E", "F").in(language);
            assertThat(said).as(key).isNotBlank().doesNotContain("{").doesNotContain("''");
        }
    }

    @Test
    void theWindowsLanguageChoosesTheSentence() {
        TechnicianText paper = TechnicianText.of("check.printer.paperOut");
        assertThat(paper.in("id")).isEqualTo("Kertas habis: pasang gulungan baru.");
        assertThat(paper.in("en")).isEqualTo("Paper out: load a new roll.");
        assertThat(paper.both()).isEqualTo("Kertas habis: pasang gulungan baru. / Paper out: load a new roll.");
    }

    @Test
    void valuesAndTheDevicesOwnWordsAreFilledIn() {
        TechnicianText t = TechnicianText.of("order.badItem", "BUKU BESAR");
        assertThat(t.in("en")).isEqualTo("The item id 'BUKU BESAR' cannot be written: at most 16 letters or digits "
                + "without spaces.");
        assertThat(TechnicianText.of("check.printer.offline", TechnicianText.aside("no answer")).in("en"))
                .endsWith("check its cable and power. (no answer)");
        assertThat(TechnicianText.of("check.printer.offline", TechnicianText.aside("")).in("en"))
                .endsWith("check its cable and power.");
    }

    @Test
    void noneSaysNothingAndAsSaidIsShownAsItIs() {
        assertThat(TechnicianText.NONE.isEmpty()).isTrue();
        assertThat(TechnicianText.NONE.in("en")).isEmpty();
        assertThat(TechnicianText.NONE.both()).isEmpty();
        TechnicianText setup = TechnicianText.asSaid("rfid.driver=sim: ... / rfid.driver=sim: ...");
        assertThat(setup.in("en")).isEqualTo(setup.in("id")).isEqualTo(setup.both())
                .isEqualTo("rfid.driver=sim: ... / rfid.driver=sim: ...");
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TechnicianText.class.getResourceAsStream("technician_" + language + ".properties")) {
            p.load(in);
        }
        return p;
    }
}
