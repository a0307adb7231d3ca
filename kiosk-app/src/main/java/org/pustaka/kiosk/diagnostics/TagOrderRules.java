package org.pustaka.kiosk.diagnostics;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a {@link TagOrder} before the reader is touched, with refusals the technician reads in the
 * window's language. The codec checks the same limits again with English sentences only; these come
 * first so the screen never shows those.
 */
final class TagOrderRules {
    static final int ITEM_ID_BYTES = 16;
    static final int ISIL_SHORT_TAG = 9;

    private TagOrderRules() {
    }

    /** The refusal for this order, or empty when it may be written on any library tag (32 bytes or more). */
    static Optional<TechnicianText> refusal(TagOrder o) {
        int bytes = o.itemId().getBytes(StandardCharsets.UTF_8).length;
        if (o.itemId().isEmpty()) {
            return Optional.of(TechnicianText.of("order.noItem"));
        }
        if (bytes > ITEM_ID_BYTES || !o.itemId().matches("[\\x21-\\x7E]+")) {
            return Optional.of(TechnicianText.of("order.badItem", o.itemId()));
        }
        if (o.partsInItem() < 1 || o.partsInItem() > 255) {
            return Optional.of(TechnicianText.of("order.badParts", o.partsInItem()));
        }
        if (o.partNumber() < 1 || o.partNumber() > o.partsInItem()) {
            return Optional.of(TechnicianText.of("order.badPart", o.partsInItem(), o.partNumber()));
        }
        if (!o.country().isEmpty() && !o.country().matches("[A-Z]{2}")) {
            return Optional.of(TechnicianText.of("order.badCountry", o.country()));
        }
        if (!o.isil().matches("[\\x21-\\x7E]{0," + ISIL_SHORT_TAG + "}")) {
            return Optional.of(TechnicianText.of("order.badIsil", ISIL_SHORT_TAG, o.isil()));
        }
        return Optional.empty();
    }
}
