package org.pustaka.kiosk.circulation;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import org.pustaka.kiosk.library.Money;

/**
 * The rules circulation follows, taken from the kiosk configuration by the composition root (so this
 * package needs nothing from the configuration code): the kiosk's id for reports, the library's time
 * zone, whether a PIN is required, the fine limit for borrowing, and the offline rules (see
 * {@code config.OfflineSettings} for their meaning).
 */
public record CirculationPolicy(String kioskId, ZoneId zone, boolean pinRequired, Money fineLimit,
                                boolean offlineCheckout, boolean offlineCheckin, int offlineItemsPerPatron,
                                boolean offlineKnownPatronsOnly, int offlineMaxQueued, int offlineLoanDays,
                                Set<Integer> offlineIssueUsages, Set<Integer> offlineReturnUsages,
                                Duration offlineRetry) {

    public CirculationPolicy {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(fineLimit, "fineLimit");
        offlineIssueUsages = Set.copyOf(offlineIssueUsages);
        offlineReturnUsages = Set.copyOf(offlineReturnUsages);
        Objects.requireNonNull(offlineRetry, "offlineRetry");
    }

    /** The demo library's rules: PIN asked, Rp 20.000 fine limit, five items offline, circulating tags only. */
    public static CirculationPolicy defaults(String kioskId) {
        return new CirculationPolicy(kioskId, ZoneId.of("Asia/Jakarta"), true, Money.rupiah(20_000), true, true, 5,
                false, 5000, 14, Set.of(1), Set.of(1, 2), Duration.ofSeconds(30));
    }
}
