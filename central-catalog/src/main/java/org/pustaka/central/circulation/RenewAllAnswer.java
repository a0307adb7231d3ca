package org.pustaka.central.circulation;

import java.util.List;

/** One answer per open loan, or a refusal of the whole request (unknown member). */
public record RenewAllAnswer(List<CirculationAnswer> results, Refusal refusal) {
    public RenewAllAnswer {
        results = List.copyOf(results);
    }

    public boolean ok() {
        return refusal == null;
    }
}
