package org.pustaka.kiosk.hub;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.pustaka.kiosk.library.http.ApiJson;
import org.pustaka.catalog.api.SurveyAnswer;
import org.pustaka.kiosk.store.OutboxRecord;
import org.pustaka.kiosk.store.OutboxStore;

/**
 * Puts the end-of-visit survey answer (1 to 5) in the outbox as kind {@code survey}, with the session
 * language and activity and nothing about the visitor. Blocking (one insert); call from a worker thread.
 */
public final class SurveyReporter {
    private final OutboxStore outbox;
    private final Clock clock;

    public SurveyReporter(OutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Enqueues the answer; a score of 0 means "not answered" and enqueues nothing.
     *
     * @throws IllegalArgumentException for a score outside 0 to 5
     */
    public Optional<UUID> answered(int score, String language, String activity) {
        if (score == 0) {
            return Optional.empty();
        }
        SurveyAnswer answer = new SurveyAnswer(UUID.randomUUID(), clock.instant(), score, language, activity);
        outbox.enqueue(OutboxRecord.pending(answer.id(), OutboxKinds.SURVEY, ApiJson.text(answer), answer.answeredAt()));
        return Optional.of(answer.id());
    }
}
