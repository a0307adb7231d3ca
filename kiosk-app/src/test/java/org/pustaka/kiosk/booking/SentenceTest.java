package org.pustaka.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The desks' sentences come from both bundles, whole, with their numbers and words filled in as given. */
class SentenceTest {

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        assertThat(bundle("id").stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(bundle("en").stringPropertyNames());
    }

    @Test
    void everySentenceReadsWholeAndDiffersBetweenTheLanguages() throws IOException {
        for (String key : bundle("id").stringPropertyNames()) {
            Sentence s = Sentence.of(key, "X");
            assertThat(s.id()).as(key).doesNotContain("{", "}").endsWith(".");
            assertThat(s.en()).as(key).doesNotContain("{", "}").endsWith(".");
            assertThat(s.en()).as(key).isNotEqualTo(s.id());
        }
    }

    @Test
    void aQuoteInTheBundleIsPrintedOnce() {
        assertThat(Sentence.of("visit.school").in("en")).isEqualTo(
                "Please type the school's name, for example SD Negeri Kauman 1 Malang.");
    }

    @Test
    void numbersAreFilledInAsTheirDigitsInBothLanguages() {
        Sentence s = Sentence.of("visit.notes", 1500);
        assertThat(s.in("id")).isEqualTo("Catatan paling banyak 1500 huruf.");
        assertThat(s.in("en")).isEqualTo("Notes can be at most 1500 characters.");
    }

    @Test
    void aCatalogsReasonIsFilledInAsItCameEvenWithBraces() {
        assertThat(Sentence.of("catalog.refused", "kuota {penuh}").in("id")).contains("(kuota {penuh})");
    }

    @Test
    void aMissingKeyIsABug() {
        assertThatThrownBy(() -> Sentence.of("no.such.sentence")).isInstanceOf(MissingResourceException.class);
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Sentence.class.getResourceAsStream("sentences_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
