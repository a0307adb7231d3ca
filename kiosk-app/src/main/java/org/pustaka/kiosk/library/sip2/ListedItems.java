package org.pustaka.kiosk.library.sip2;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The item ids in a list of a patron information (64) or renew all (66) answer, as the kiosk uses them.
 * Servers send an entry as the id alone or the id followed by the title; some pad the list with empty
 * entries up to the end item asked for (the standalone Perl SIPServer answers {@code BQ9999} with 9999
 * empty {@code AS} fields). Empty and blank entries are dropped, repeats kept once, and at most
 * {@link #CAP} ids are kept, so a padded or runaway list can never turn into thousands of item requests.
 */
final class ListedItems {
    /**
     * At most this many entries of one list are asked for (BQ) and used. Three times a generous loan
     * limit (the demo library allows 10): every id costs one item information round trip when the
     * account screen opens, so 30 keeps that screen to a few seconds even on a slow link.
     */
    static final int CAP = 30;

    private ListedItems() {
    }

    static List<String> ids(List<String> entries) {
        Set<String> ids = new LinkedHashSet<>();
        for (String entry : entries) {
            String id = idOf(entry);
            if (!id.isEmpty()) {
                ids.add(id);
            }
            if (ids.size() == CAP) {
                break;
            }
        }
        return List.copyOf(ids);
    }

    private static String idOf(String entry) {
        String trimmed = entry == null ? "" : entry.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
