package org.pustaka.kiosk.circulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups tags into items: the parts of a multi-part item (book + CD) share an item id and each carries
 * the number of parts and its own part number; the item is complete when every part number from 1 to
 * the number of parts is present. Unreadable tags become items of their own with an empty id, so the
 * visitor is told about them instead of having them silently ignored. Patron cards are set apart.
 */
public final class PadItems {

    private PadItems() {
    }

    public static PadContent assemble(List<PadTag> tags) {
        Map<String, List<PadTag>> byItem = new LinkedHashMap<>();
        List<PadItem> unreadable = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        for (PadTag t : tags) {
            if (!t.readable() || t.itemId().isEmpty()) {
                unreadable.add(new PadItem("", List.of(t.uid()), 1, false, false, t.typeOfUsage()));
            } else if (t.patronCard()) {
                cards.add(t.itemId());
            } else {
                byItem.computeIfAbsent(t.itemId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<PadItem> items = new ArrayList<>();
        byItem.forEach((id, parts) -> items.add(item(id, parts)));
        items.sort((a, b) -> a.itemId().compareTo(b.itemId()));
        items.addAll(unreadable);
        return new PadContent(items, cards);
    }

    private static PadItem item(String itemId, List<PadTag> parts) {
        int expected = 1;
        int usage = parts.get(0).typeOfUsage();
        TreeSet<Integer> present = new TreeSet<>();
        List<String> uids = new ArrayList<>();
        for (PadTag p : parts) {
            expected = Math.max(expected, p.partsInItem());
            present.add(p.partNumber() <= 0 ? 1 : p.partNumber());
            uids.add(p.uid());
        }
        boolean complete = true;
        for (int part = 1; part <= expected; part++) {
            complete &= present.contains(part);
        }
        uids.sort(String::compareTo);
        return new PadItem(itemId, uids, expected, complete, true, usage);
    }
}
