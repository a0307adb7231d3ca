package org.pustaka.central.reports;

import java.time.Instant;
import java.util.UUID;

/** One end-of-visit survey answer (1 to 5); no patron data. */
public record SurveyRecord(UUID id, Instant answeredAt, int score, String language, String activity)
        implements Report {
}
