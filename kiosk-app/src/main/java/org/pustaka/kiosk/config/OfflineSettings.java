package org.pustaka.kiosk.config;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the kiosk may do while the library system is unreachable: whether loans and returns are taken
 * at all, how many items one visitor may borrow offline, whether only visitors seen online before may
 * borrow, how many offline transactions may wait at most before the kiosk stops taking more, the loan
 * period promised offline, and which tag types of usage may be issued or returned offline. ISO 28560-1
 * lets a library mark items "not for issue/return while offline" with its own usage codes, so the two
 * usage sets are configuration (default: issue for 1, circulating; return for 1 and 2, not for circulation, as the tag codec's TypeOfUsage says).
 * {@code retrySeconds} is how long the kiosk works offline before it tries the library again.
 */
public record OfflineSettings(boolean checkoutAllowed, boolean checkinAllowed, int maxItemsPerPatron,
                              boolean knownPatronsOnly, int maxQueued, int loanDays, Set<Integer> issueUsages,
                              Set<Integer> returnUsages, int retrySeconds) {

    public OfflineSettings {
        issueUsages = Set.copyOf(issueUsages);
        returnUsages = Set.copyOf(returnUsages);
    }

    static OfflineSettings read(ConfigReader r) {
        return new OfflineSettings(
                r.bool("offline.checkoutAllowed", true),
                r.bool("offline.checkinAllowed", true),
                r.integer("offline.maxItemsPerPatron", 5, 0, 100),
                r.bool("offline.knownPatronsOnly", false),
                r.integer("offline.maxQueued", 5000, 0, 1_000_000),
                r.integer("offline.loanDays", 14, 1, 365),
                usages(r, "offline.issueUsages", "1"),
                usages(r, "offline.returnUsages", "1,2"),
                r.integer("offline.retrySeconds", 30, 1, 3600));
    }

    private static Set<Integer> usages(ConfigReader r, String key, String fallback) {
        String raw = r.string(key, fallback);
        Set<Integer> out = new TreeSet<>();
        for (String part : raw.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int v = part.toLowerCase(java.util.Locale.ROOT).startsWith("0x")
                        ? Integer.parseInt(part.substring(2), 16) : Integer.parseInt(part);
                if (v < 0 || v > 0xFF) {
                    throw new NumberFormatException(part);
                }
                out.add(v);
            } catch (NumberFormatException e) {
                r.problem(key, raw, "a comma-separated list of type-of-usage values, 0 to 255, such as 1,16");
                return Set.of(1);
            }
        }
        return out;
    }
}
