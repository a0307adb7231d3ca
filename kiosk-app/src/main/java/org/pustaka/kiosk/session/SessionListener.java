package org.pustaka.kiosk.session;

/**
 * Told of what the session does, on the thread that fed it the event. Methods default to doing nothing,
 * so a listener implements only what it shows.
 */
public interface SessionListener {

    /** The session moved from one state to another. */
    default void stateChanged(SessionState from, SessionState to, VisitSession session) {
    }

    /** Inactivity: the visit ends in {@code secondsLeft} seconds unless the visitor touches the screen. */
    default void timeoutWarning(long secondsLeft) {
    }

    /** The warning is over because the visitor touched the screen. */
    default void timeoutWarningCleared() {
    }

    /** The visit ended; everything of the visitor is forgotten. */
    default void visitEnded(EndReason reason, VisitSummary summary) {
    }
}
