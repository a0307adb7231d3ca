package org.pustaka.kiosk.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.catalog.api.SurveyAnswer;

class SurveyReporterTest {
    private final UsageMetricsTest.ListOutbox outbox = new UsageMetricsTest.ListOutbox();
    private final SurveyReporter survey = new SurveyReporter(outbox,
            Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC));

    @Test
    void anAnswerIsEnqueuedWithoutVisitorData() throws Exception {
        var id = survey.answered(4, "en", "BORROW").orElseThrow();
        assertThat(outbox.records).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.kind()).isEqualTo("survey");
            assertThat(r.payload()).doesNotContain("patron");
        });
        SurveyAnswer a = ApiJson.read(outbox.records.get(0).payload(), SurveyAnswer.class);
        assertThat(a.score()).isEqualTo(4);
        assertThat(a.answeredAt()).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
    }

    @Test
    void noAnswerEnqueuesNothingAndOutOfRangeIsRefused() {
        assertThat(survey.answered(0, "id", "RETURN")).isEmpty();
        assertThat(outbox.records).isEmpty();
        assertThatThrownBy(() -> survey.answered(6, "id", "RETURN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> survey.answered(-1, "id", "RETURN")).isInstanceOf(IllegalArgumentException.class);
    }
}
