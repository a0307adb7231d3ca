package org.pustaka.sip2.sim;

import java.util.List;
import java.util.Objects;

/**
 * An item of the simulated library. {@code parts} counts the tags of a multi-part item (a book with a
 * CD); {@code onHoldFor} names the patron an item waits for on the hold shelf; {@code mediaType} is the
 * SIP2 three-digit code (001 book, 009 book with CD).
 */
public record SimItem(String id, String title, String author, int parts, List<String> partNames, boolean notForLoan,
                      String onHoldFor, String mediaType, String language) {
    public SimItem {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        author = author == null ? "" : author;
        parts = Math.max(1, parts);
        partNames = partNames == null ? List.of() : List.copyOf(partNames);
        mediaType = mediaType == null ? "001" : mediaType;
        language = language == null ? "id" : language;
    }

    /** The item properties (CH) of a multi-part item, naming its parts; null for an item of one part. */
    String partsNote() {
        return parts > 1 ? parts + " bagian: " + String.join(", ", partNames) : null;
    }
}
