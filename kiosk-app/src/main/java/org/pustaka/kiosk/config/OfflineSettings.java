package org.pustaka.kiosk.config;

/**
 * What the kiosk may do while the library system is unreachable: whether loans and returns are taken
 * at all, how many items one visitor may borrow offline, whether only visitors seen online before may
 * borrow, and how many offline transactions may wait at most before the kiosk stops taking more.
 */
public record OfflineSettings(boolean checkoutAllowed, boolean checkinAllowed, int maxItemsPerPatron,
                              boolean knownPatronsOnly, int maxQueued) {

    static OfflineSettings read(ConfigReader r) {
        return new OfflineSettings(
                r.bool("offline.checkoutAllowed", true),
                r.bool("offline.checkinAllowed", true),
                r.integer("offline.maxItemsPerPatron", 5, 0, 100),
                r.bool("offline.knownPatronsOnly", false),
                r.integer("offline.maxQueued", 5000, 0, 1_000_000));
    }
}
