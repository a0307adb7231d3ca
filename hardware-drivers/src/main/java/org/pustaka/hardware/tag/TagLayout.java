package org.pustaka.hardware.tag;

/** Byte offsets of the ISO 28560-3 basic block (the Danish data model), in one place. */
final class TagLayout {
    static final int VERSION_AND_USAGE = 0;
    static final int PARTS_IN_ITEM = 1;
    static final int PART_NUMBER = 2;
    static final int ITEM_ID_OFFSET = 3;
    static final int ITEM_ID_LENGTH = 16;
    static final int CRC_OFFSET = 19;
    static final int COUNTRY_OFFSET = 21;
    static final int COUNTRY_LENGTH = 2;
    static final int ISIL_OFFSET = 23;
    /** The whole basic block; a 32-byte tag holds all but its last two bytes. */
    static final int BASIC_BLOCK_SIZE = 34;
    static final int SHORT_TAG_SIZE = 32;
    static final int BLOCK_SIZE = 4;
    static final int SUPPORTED_VERSION = 1;

    private TagLayout() {
    }
}
