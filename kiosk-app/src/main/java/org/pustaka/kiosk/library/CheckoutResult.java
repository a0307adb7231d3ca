package org.pustaka.kiosk.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The library's answer to a checkout or a renewal. {@code dueDate} is set when {@code ok};
 * {@code refusal} when not. {@code securityOff} says whether the library wants the tag's security
 * turned off (SIP2 desensitize); the kiosk turns it off on every accepted loan unless the library says
 * no explicitly.
 */
public record CheckoutResult(String itemId, boolean ok, String title, LocalDate dueDate, Refusal refusal,
                             boolean securityOff, List<String> screenMessages) {
    public CheckoutResult {
        Objects.requireNonNull(itemId, "itemId");
        title = title == null ? "" : title;
        screenMessages = List.copyOf(screenMessages);
        if (!ok && refusal == null) {
            refusal = Refusal.of(RefusalReason.OTHER);
        }
    }

    public static CheckoutResult accepted(String itemId, String title, LocalDate due) {
        return new CheckoutResult(itemId, true, title, due, null, true, List.of());
    }

    public static CheckoutResult refused(String itemId, String title, Refusal refusal) {
        return new CheckoutResult(itemId, false, title, null, refusal, false, List.of());
    }

    public Optional<Refusal> refusalIfAny() {
        return Optional.ofNullable(refusal);
    }
}
