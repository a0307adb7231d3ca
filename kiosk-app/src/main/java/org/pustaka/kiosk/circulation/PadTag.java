package org.pustaka.kiosk.circulation;

import java.util.Objects;
import java.util.Optional;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagCodec;
import org.pustaka.hardware.tag.TagDecodeResult;

/**
 * One tag on the pad as the reader and the tag codec saw it: its UID, its AFI ({@link #AFI_UNKNOWN} when
 * only its memory was read) and what that AFI means against the configured values, what
 * {@link TagCodec} made of its memory, and whether that memory is blank (never written, or erased).
 * Circulation reads the item fields ({@link #readable}, {@link #itemId}, ...: empty or zero when the tag
 * does not decode, another vendor's layout or a damaged tag); the technician's tag view reads all of it.
 * {@link #typeOfUsage} is the tag's type-of-usage value (1 circulating, 8 patron card, ...), -1 when unreadable.
 */
public record PadTag(String uid, int afi, Security security, TagDecodeResult data, boolean blank) {

    public static final int USAGE_PATRON_CARD = 8;
    public static final int AFI_UNKNOWN = -1;

    /** The security state the AFI byte gives the tag. */
    public enum Security { ON_LOAN, IN_STOCK, OTHER, UNKNOWN }

    public PadTag {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(data, "data");
    }

    /** A tag read whole (UID, AFI, memory) and decoded with {@link TagCodec}. */
    public static PadTag of(TagRead read, int afiOnLoan, int afiInStock) {
        return of(read, TagCodec.decode(read.memory()), afiOnLoan, afiInStock);
    }

    /** A tag read whole whose memory {@link TagCodec} has already decoded into {@code data}. */
    public static PadTag of(TagRead read, TagDecodeResult data, int afiOnLoan, int afiInStock) {
        int afi = read.afi();
        Security security = afi == (afiOnLoan & 0xFF) ? Security.ON_LOAN
                : afi == (afiInStock & 0xFF) ? Security.IN_STOCK : Security.OTHER;
        return new PadTag(read.uid(), afi, security, data, TagCodec.isBlank(read.memory()));
    }

    /** A tag of which only the memory was read: its AFI is not known. */
    public static PadTag ofMemory(String uid, byte[] memory) {
        return new PadTag(uid, AFI_UNKNOWN, Security.UNKNOWN, TagCodec.decode(memory), TagCodec.isBlank(memory));
    }

    /** A tag whose memory the reader could not read. */
    public static PadTag unreadable(String uid) {
        return new PadTag(uid, AFI_UNKNOWN, Security.UNKNOWN,
                new TagDecodeResult.NotLibraryTag("the reader could not read its memory"), false);
    }

    /** A good library tag with these fields and an unknown AFI, as a simulator or a test lays it down. */
    public static PadTag item(String uid, String itemId, int partsInItem, int partNumber, int typeOfUsage) {
        return new PadTag(uid, AFI_UNKNOWN, Security.UNKNOWN, new TagDecodeResult.Decoded(
                LibraryTag.of(itemId, typeOfUsage, partsInItem, partNumber, "", "")), false);
    }

    /** The decoded library tag, when the memory holds one with a good check sum. */
    public Optional<LibraryTag> content() {
        return data.tag();
    }

    public boolean readable() {
        return content().isPresent();
    }

    public String itemId() {
        return content().map(LibraryTag::itemId).orElse("");
    }

    public int partsInItem() {
        return content().map(LibraryTag::partsInItem).orElse(0);
    }

    public int partNumber() {
        return content().map(LibraryTag::partNumber).orElse(0);
    }

    public int typeOfUsage() {
        return content().map(LibraryTag::typeOfUsage).orElse(-1);
    }

    public boolean patronCard() {
        return readable() && typeOfUsage() == USAGE_PATRON_CARD;
    }

    /** True when the tag holds a library tag with a good check sum: writing it again is re-programming. */
    public boolean holdsItem() {
        return readable();
    }

    public String afiHex() {
        return afi == AFI_UNKNOWN ? "?" : String.format("0x%02X", afi);
    }
}
