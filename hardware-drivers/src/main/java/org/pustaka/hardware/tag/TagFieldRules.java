package org.pustaka.hardware.tag;

import java.nio.charset.StandardCharsets;

/** What a basic block can hold; each refusal is a sentence naming the field. */
final class TagFieldRules {
    private static final int ISIL_SHORT = TagLayout.SHORT_TAG_SIZE - TagLayout.ISIL_OFFSET;
    private static final int ISIL_FULL = TagLayout.BASIC_BLOCK_SIZE - TagLayout.ISIL_OFFSET;

    private TagFieldRules() {
    }

    static void check(LibraryTag tag, int size) {
        if (tag.version() != TagLayout.SUPPORTED_VERSION) {
            fail("Only data model version 1 can be written, not " + tag.version() + ".");
        }
        if (tag.typeOfUsage() < 0 || tag.typeOfUsage() > 15) {
            fail("The type of usage must be 0 to 15, not " + tag.typeOfUsage() + ".");
        }
        if (tag.partsInItem() < 1 || tag.partsInItem() > 255) {
            fail("The number of parts must be 1 to 255, not " + tag.partsInItem() + ".");
        }
        if (tag.partNumber() < 1 || tag.partNumber() > tag.partsInItem()) {
            fail("The part number must be 1 to " + tag.partsInItem() + ", not " + tag.partNumber() + ".");
        }
        byte[] id = tag.itemId().getBytes(StandardCharsets.UTF_8);
        if (id.length == 0 || id.length > TagLayout.ITEM_ID_LENGTH || tag.itemId().indexOf('\0') >= 0) {
            fail("The item id must be 1 to 16 bytes without NUL characters; '" + tag.itemId() + "' is "
                    + id.length + " bytes.");
        }
        if (!tag.country().isEmpty() && !tag.country().matches("[A-Z]{2}")) {
            fail("The country must be two capital letters (ISO 3166, e.g. ID), not '" + tag.country() + "'.");
        }
        int isilMax = size == TagLayout.SHORT_TAG_SIZE ? ISIL_SHORT : ISIL_FULL;
        if (!tag.isil().matches("[\\x21-\\x7E]*") || tag.isil().length() > isilMax) {
            fail("The ISIL must be at most " + isilMax + " printable ASCII characters on a " + size
                    + "-byte tag, not '" + tag.isil() + "'.");
        }
    }

    private static void fail(String sentence) {
        throw new IllegalArgumentException(sentence);
    }
}
