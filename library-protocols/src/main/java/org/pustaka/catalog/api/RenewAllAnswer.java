package org.pustaka.catalog.api;

import java.util.List;

/** The answer to {@code POST circulation/renew-all}: one entry per loan. */
public record RenewAllAnswer(List<CirculationAnswer> results) {
    public RenewAllAnswer {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
