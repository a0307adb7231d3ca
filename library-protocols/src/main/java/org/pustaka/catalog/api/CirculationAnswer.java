package org.pustaka.catalog.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a checkout, checkin or renewal (and each entry of a renew-all). {@code refusal} is set when
 * {@code ok} is false. {@code securityOff} may be absent (null): the kiosk then turns security off on every
 * accepted loan. {@code sortBin}, {@code alert} and {@code holdForAnother} concern returns.
 */
public record CirculationAnswer(String itemId, boolean ok, String title, LocalDate dueDate, Boolean securityOff,
                                String sortBin, boolean alert, boolean holdForAnother, ApiError refusal,
                                List<String> messages) {
    public CirculationAnswer {
        Objects.requireNonNull(itemId, "itemId");
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
