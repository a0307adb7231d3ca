package org.pustaka.kiosk.hub;

import java.util.List;

/**
 * The outbox {@code kind}s the sender delivers, in the order of a round, and the JSON each payload holds:
 * <ul>
 * <li>{@code transaction}: a {@code TransactionReport} ({@code POST kiosks/{id}/transactions}, batched);</li>
 * <li>{@code registration}: a {@link RegistrationPayload} ({@code POST events/{eventId}/registrations});</li>
 * <li>{@code registration-cancel}: a {@link CancellationPayload} ({@code DELETE events/.../registrations/...});</li>
 * <li>{@code visit}: a {@code VisitBookingRequest} ({@code POST school-visits});</li>
 * <li>{@code survey}: a {@code SurveyAnswer} ({@code POST kiosks/{id}/survey-answers}, batched);</li>
 * <li>{@code metrics}: a {@code UsageReport} ({@code POST kiosks/{id}/metrics}, batched).</li>
 * </ul>
 * The record's id is the payload's {@code id} and the idempotency key; the sender writes it into the
 * payload, so a payload's own {@code id} cannot disagree with the record.
 */
public final class OutboxKinds {
    public static final String TRANSACTION = "transaction";
    public static final String REGISTRATION = "registration";
    public static final String REGISTRATION_CANCEL = "registration-cancel";
    public static final String VISIT = "visit";
    public static final String SURVEY = "survey";
    public static final String METRICS = "metrics";

    /** Registrations go before their cancellations, so a sign-up and its cancellation arrive in that order. */
    public static final List<String> DELIVERY_ORDER =
            List.of(TRANSACTION, REGISTRATION, REGISTRATION_CANCEL, VISIT, SURVEY, METRICS);

    private OutboxKinds() {
    }
}
