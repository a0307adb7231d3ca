package org.pustaka.kiosk.ui;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of the welcome screen's rotating strip: an upcoming event (with its date) or a new book. */
public record Highlight(Kind kind, String title, LocalDate date) {

    public enum Kind { EVENT, NEW_BOOK }

    public Highlight {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
