package org.pustaka.kiosk.ui;

import java.util.Objects;

/** A demo library item the device window can lay on the pad: its id, title and number of tagged parts. */
public record DemoItem(String itemId, String title, int parts) {
    public DemoItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(title, "title");
        if (parts < 1) {
            throw new IllegalArgumentException("an item has at least one part, got " + parts);
        }
    }

    /**
     * The UID of a part's tag under the demo data's rule: {@code E0040150}, the item id's last six digits,
     * then the part number in two digits ({@code 30000105} part 2 is {@code E004015000010502}).
     */
    public String tagUid(int part) {
        if (part < 1 || part > parts) {
            throw new IllegalArgumentException("part must be 1 to " + parts + ", got " + part);
        }
        String digits = itemId.length() > 6 ? itemId.substring(itemId.length() - 6) : "0".repeat(6 - itemId.length()) + itemId;
        return "E0040150" + digits + String.format("%02d", part);
    }
}
