package org.pustaka.hardware.tag;

import java.util.Optional;

/**
 * What {@link TagCodec#decode(byte[])} made of a tag's memory: a decoded tag or one of the ways it can fail.
 * Never an exception: tags from other libraries and half-written tags are ordinary on a self-check pad.
 * {@link #message()} is a sentence for the technician.
 */
public sealed interface TagDecodeResult {

    String message();

    /** The decoded tag, only when the data is a library tag with a good CRC. */
    default Optional<LibraryTag> tag() {
        return Optional.empty();
    }

    /** A library tag whose CRC matched in the given block order. */
    record Decoded(LibraryTag libraryTag) implements TagDecodeResult {
        @Override
        public String message() {
            return "Library tag for item " + libraryTag.itemId() + ".";
        }

        @Override
        public Optional<LibraryTag> tag() {
            return Optional.of(libraryTag);
        }
    }

    /** Looks like a version 1 library tag but the stored CRC does not match: damaged or half-written. */
    record CrcMismatch(LibraryTag asRead, int computedCrc) implements TagDecodeResult {
        @Override
        public String message() {
            return String.format("The tag's check sum is wrong (stored %04X, computed %04X): the data is damaged"
                    + " or was not written completely; write the tag again.", asRead.crc(), computedCrc);
        }
    }

    /** The CRC matches, but the version is not one this kiosk reads. */
    record UnsupportedVersion(int version, BlockOrder blockOrder) implements TagDecodeResult {
        @Override
        public String message() {
            return "The tag uses data model version " + version + "; this kiosk reads version 1 only.";
        }
    }

    /** Blank, or written in another data model. */
    record NotLibraryTag(String reason) implements TagDecodeResult {
        @Override
        public String message() {
            return "This is not an ISO 28560-3 library tag: " + reason;
        }
    }

    /** Fewer bytes than a basic block needs. */
    record TooShort(int length) implements TagDecodeResult {
        @Override
        public String message() {
            return "The tag data is " + length + " bytes long; a library tag holds at least "
                    + TagLayout.SHORT_TAG_SIZE + ".";
        }
    }
}
