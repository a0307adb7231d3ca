package org.pustaka.kiosk.diagnostics;

import java.util.Objects;
import java.util.Optional;
import org.pustaka.hardware.tag.LibraryTag;

/**
 * One tag on the pad as the technician's tag view shows it: the UID, the AFI and what it means against
 * the configured values, the decoded ISO 28560-3 content when the tag holds a good library tag, and
 * otherwise a sentence (Bahasa Indonesia, then English) saying what is wrong. {@code blank} tags hold no
 * data at all; they and tags that do not decode are the ones a technician may write without re-programming.
 */
public record PadTag(String uid, int afi, Security security, Optional<LibraryTag> content, String problem,
                     boolean blank) {

    /** The security state the AFI byte gives the tag. */
    public enum Security { ON_LOAN, IN_STOCK, OTHER }

    public PadTag {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(content, "content");
        problem = problem == null ? "" : problem;
    }

    public String afiHex() {
        return String.format("0x%02X", afi);
    }

    /** True when the tag holds a library tag with a good check sum: writing it again is re-programming. */
    public boolean holdsItem() {
        return content.isPresent();
    }
}
