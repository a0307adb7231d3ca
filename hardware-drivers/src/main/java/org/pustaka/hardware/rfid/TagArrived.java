package org.pustaka.hardware.rfid;

import java.util.Objects;
import java.util.Optional;
import org.pustaka.hardware.api.TagRead;
import org.pustaka.hardware.tag.LibraryTag;
import org.pustaka.hardware.tag.TagDecodeResult;

/**
 * A tag came onto the pad: what the reader read (UID, AFI, memory) at that moment and what the tag codec
 * made of it, a library tag or the reason it is not one. The AFI is the value at arrival; a later write
 * by the kiosk does not change this record.
 */
public record TagArrived(TagRead read, TagDecodeResult data) {

    public TagArrived {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(data, "data");
    }

    public String uid() {
        return read.uid();
    }

    public int afi() {
        return read.afi();
    }

    /** The decoded library tag, when the data is one with a good CRC. */
    public Optional<LibraryTag> tag() {
        return data.tag();
    }
}
