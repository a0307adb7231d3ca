package org.pustaka.kiosk.diagnostics;

import java.util.Optional;
import org.pustaka.kiosk.circulation.PadTag;

/**
 * How a tag write ended: written and verified by reading it back, refused before anything was written
 * (no tag, several tags, bad item id, a tag that already holds an item), or failed at the reader (a locked
 * tag, a tag that left the pad, a read-back that differs). {@code sentence} says it to the technician;
 * {@code tag} is the tag as read back when the write got that far.
 */
public record TagWriteResult(Outcome outcome, String uid, TechnicianText sentence, Optional<PadTag> tag) {

    public enum Outcome { WRITTEN, REFUSED, LOCKED, FAILED }

    public TagWriteResult {
        uid = uid == null ? "" : uid;
        tag = tag == null ? Optional.empty() : tag;
    }

    public boolean written() {
        return outcome == Outcome.WRITTEN;
    }

    static TagWriteResult refused(String uid, TechnicianText sentence) {
        return new TagWriteResult(Outcome.REFUSED, uid, sentence, Optional.empty());
    }
}
