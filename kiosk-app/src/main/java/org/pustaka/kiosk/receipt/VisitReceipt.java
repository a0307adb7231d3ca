package org.pustaka.kiosk.receipt;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.library.Money;

/**
 * One visit's circulation as the receipt tells it: the kind, the member (null for returns, which need
 * no login; printed masked), when it happened, the outcome of every item in the order handled, and the
 * fines the account shows (zero for none).
 */
public record VisitReceipt(VisitKind kind, String patronId, Instant time, List<ItemOutcome> items, Money fines) {
    public VisitReceipt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(time, "time");
        items = List.copyOf(items);
        fines = fines == null ? Money.ZERO : fines;
    }

    public Optional<String> patronIfKnown() {
        return patronId == null || patronId.isBlank() ? Optional.empty() : Optional.of(patronId);
    }

    /** Whether any item was recorded offline and still has to reach the library system. */
    public boolean anyOffline() {
        return items.stream().anyMatch(i -> i.result() == ItemOutcome.Result.DONE_OFFLINE);
    }
}
