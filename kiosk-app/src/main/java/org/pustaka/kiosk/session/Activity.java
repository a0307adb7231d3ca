package org.pustaka.kiosk.session;

/** The big choices on the welcome screen and the menu. */
public enum Activity {
    BORROW(SessionState.BORROWING, true),
    RETURN(SessionState.RETURNING, false),
    RENEW(SessionState.RENEWING, true),
    ACCOUNT(SessionState.ACCOUNT, true),
    EVENTS(SessionState.EVENTS, false),
    SCHOOL_VISIT(SessionState.SCHOOL_VISIT, false);

    private final SessionState state;
    private final boolean needsCard;

    Activity(SessionState state, boolean needsCard) {
        this.state = state;
        this.needsCard = needsCard;
    }

    public SessionState state() {
        return state;
    }

    /** Whether the visitor must identify first. Returns, events (guests may sign up) and visits need no card. */
    public boolean needsCard() {
        return needsCard;
    }
}
