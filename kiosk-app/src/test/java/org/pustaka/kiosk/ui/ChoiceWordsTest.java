package org.pustaka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.events.Audience;
import org.pustaka.kiosk.visits.GradeLevel;

/** Every event audience and grade level the screens show has its own words in both languages. */
class ChoiceWordsTest {
    private final Texts id = Texts.of("id");
    private final Texts en = Texts.of("en");

    @Test
    void everyAudienceIsNamedInBothLanguages() {
        for (Audience a : Audience.values()) {
            String key = "audience." + a.name();
            assertThat(id.has(key) && en.has(key)).as(key).isTrue();
            assertThat(id.get(key)).as(key).isNotBlank().isNotEqualTo(en.get(key));
        }
        assertThat(id.get("audience.CHILDREN")).isEqualTo("Anak-anak");
        assertThat(en.get("audience.TEENS_AND_ADULTS")).isEqualTo("Teens and adults");
    }

    @Test
    void everyGradeLevelIsNamedInBothLanguages() {
        for (GradeLevel g : GradeLevel.values()) {
            String key = "grade." + g.name();
            assertThat(id.has(key) && en.has(key)).as(key).isTrue();
            assertThat(id.get(key)).as(key).isNotBlank().isNotEqualTo(en.get(key));
        }
        assertThat(id.get("grade.SD_HIGH")).isEqualTo("SD / MI kelas 4-6");
        assertThat(en.get("grade.SLB")).isEqualTo("Special-needs school");
    }
}
