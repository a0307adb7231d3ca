package org.pustaka.kiosk.compose;

import java.util.List;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.ui.Highlight;
import org.pustaka.kiosk.ui.Highlights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The welcome strip's highlights: the next upcoming events the event desk knows. When they cannot be read
 * the answer is empty, so the strip shows tips; nothing is made up in their place. The kiosk has no
 * source of new books, so it never offers any.
 */
final class EventHighlights implements Highlights {
    private static final Logger LOG = LoggerFactory.getLogger(EventHighlights.class);
    static final int SHOWN = 6;

    private final EventDesk events;

    EventHighlights(EventDesk events) {
        this.events = events;
    }

    @Override
    public List<Highlight> upcoming() {
        try {
            return events.upcoming().stream().limit(SHOWN)
                    .map(e -> new Highlight(Highlight.Kind.EVENT, e.title().id(), e.start().toLocalDate()))
                    .toList();
        } catch (RuntimeException e) {
            LOG.debug("No upcoming events for the welcome strip: {}", e.getMessage());
            return List.of();
        }
    }
}
