package org.pustaka.kiosk.diagnostics;

import java.util.List;
import org.pustaka.kiosk.circulation.PadTag;

/**
 * One look at the pad: the tags found, in UID order, and, when the reader failed, a sentence saying so
 * (empty when the inventory worked).
 */
public record PadScan(List<PadTag> tags, TechnicianText problem) {

    public PadScan {
        tags = List.copyOf(tags);
        problem = problem == null ? TechnicianText.NONE : problem;
    }

    public boolean readerFailed() {
        return !problem.isEmpty();
    }
}
