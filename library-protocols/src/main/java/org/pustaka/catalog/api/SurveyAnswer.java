package org.pustaka.catalog.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One answer to "how was your visit?": a score from 1 to 5, the session language and the activity. No patron data. */
public record SurveyAnswer(UUID id, Instant answeredAt, int score, String language, String activity) {
    public SurveyAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be from 1 to 5, was " + score);
        }
        language = language == null ? "" : language;
        activity = activity == null ? "" : activity;
    }
}
