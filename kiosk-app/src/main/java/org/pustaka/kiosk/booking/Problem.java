package org.pustaka.kiosk.booking;

import java.util.Objects;

/**
 * Why a request cannot be taken as given: the form field at fault ({@code name}, {@code phone},
 * {@code npsn}, ...; {@code *} for the request as a whole) and a sentence saying what to do.
 */
public record Problem(String field, Sentence message) {

    public static final String WHOLE_REQUEST = "*";

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with {@code field} saying the sentence under {@code key} ({@link Sentence#of}). */
    public static Problem from(String field, String key, Object... args) {
        return new Problem(field, Sentence.of(key, args));
    }
}
