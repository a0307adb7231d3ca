package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;

class TextsTest {
    private final Texts id = Texts.of("id");
    private final Texts en = Texts.of("en");

    @Test
    void datesReadInTheVisitorsLanguage() {
        assertThat(id.date(LocalDate.of(2026, 12, 12))).isEqualTo("Sabtu, 12 Desember 2026");
        assertThat(en.date(LocalDate.of(2026, 12, 12))).isEqualTo("Saturday, 12 December 2026");
        assertThat(id.date(LocalDate.of(2026, 8, 17))).isEqualTo("Senin, 17 Agustus 2026");
    }

    @Test
    void rupiahUseTheLanguagesGroupingAndNoDecimals() {
        assertThat(id.money(Money.rupiah(7500))).isEqualTo("Rp 7.500");
        assertThat(id.money(Money.rupiah(1250000))).isEqualTo("Rp 1.250.000");
        assertThat(en.money(Money.rupiah(35000))).isEqualTo("Rp 35,000");
        assertThat(id.money(Money.ZERO)).isEqualTo("Rp 0");
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        assertThat(bundle("id").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
    }

    @Test
    void everyMessageFormatsWithoutAStrayQuote() throws IOException {
        for (String lang : new String[] {"id", "en"}) {
            Texts t = Texts.of(lang);
            for (String key : bundle(lang).stringPropertyNames()) {
                assertThat(t.get(key, "X", "Y")).as(lang + " " + key).doesNotContain("'{").isNotBlank();
            }
        }
        assertThat(en.get("timeout.stay")).isEqualTo("I'm still here");
    }

    @ParameterizedTest
    @EnumSource(RefusalReason.class)
    void everyRefusalHasASentenceInBothLanguages(RefusalReason reason) {
        String inIndonesian = id.refusal(Refusal.of(reason));
        String inEnglish = en.refusal(Refusal.of(reason));
        assertThat(inIndonesian).endsWith(".").isNotEqualTo(inEnglish);
        assertThat(inEnglish).endsWith(".");
    }

    @Test
    void anOtherRefusalShowsTheLibrarysOwnWordsWhenItHasThem() {
        assertThat(en.refusal(new Refusal(RefusalReason.OTHER, "Item damaged, see desk"))).isEqualTo("Item damaged, see desk");
        assertThat(en.refusal(Refusal.of(RefusalReason.OTHER))).isEqualTo(en.get("refusal.OTHER"));
    }

    @Test
    void placeholdersSayTheServiceIsNotAvailableYet() {
        assertThat(id.get("notYet.body")).contains("belum tersedia");
        assertThat(en.get("notYet.body")).contains("not available yet");
    }

    @Test
    void onlyIndonesianAndEnglish() {
        assertThatThrownBy(() -> Texts.of("jv")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
