package org.pustaka.kiosk.diagnostics;

import java.util.List;
import org.pustaka.kiosk.circulation.PadTag;

/**
 * One look at the pad: the tags found, in UID order, and, when the reader failed, a sentence saying so
 * (empty when the inventory worked).
 */
public record PadScan(List<PadTag> tags, String problem) {

    public PadScan {
        tags = List.copyOf(tags);
        problem = problem == null ? "" : problem;
    }

    public boolean readerFailed() {
        return !problem.isEmpty();
    }
}
