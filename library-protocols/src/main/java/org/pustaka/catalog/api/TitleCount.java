package org.pustaka.catalog.api;

import java.util.Objects;

/** How often a title was borrowed or renewed in a report's period. */
public record TitleCount(String title, int count) {
    public TitleCount {
        Objects.requireNonNull(title, "title");
    }
}
