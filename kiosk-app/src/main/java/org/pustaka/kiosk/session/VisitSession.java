package org.pustaka.kiosk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pustaka.kiosk.library.PatronIdentity;

/**
 * The visitor session state machine: plain Java, no Swing, no I/O. The UI (or the headless demo) feeds
 * it {@link SessionEvent}s and renders the {@link SessionState}; it never decides flow itself.
 *
 * <p>Time comes only from the injected {@link Clock}: a {@link SessionEvent.Tick} compares the last
 * activity with the inactivity timeout, warns {@code warningBefore} ahead, and ends the visit at the
 * timeout in any state but {@link SessionState#IDLE}. A visit that ends by any path forgets the visitor
 * before listeners hear of the new state, so nothing of the previous visitor can be shown.
 *
 * <p>Not thread-safe: confine each instance to one thread (the Swing event thread, or the demo's).
 * Events that make no sense in the current state are ignored and reported as {@code false} by
 * {@link #handle}, never thrown, because a double tap on a touchscreen is normal.
 */
public final class VisitSession {
    /** How long the goodbye screen stays before the kiosk is ready for the next visitor. */
    public static final Duration GOODBYE_TIME = Duration.ofSeconds(5);

    private final Clock clock;
    private final Duration timeout;
    private final Duration warningBefore;
    private final String defaultLanguage;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    private SessionState state = SessionState.IDLE;
    private Activity pendingActivity;
    private PatronIdentity patron;
    private String language;
    private int transactions;
    /** What the visit was for: the activity of its first transaction, else the first activity opened. */
    private Activity mainActivity;
    private boolean mainActivitySettled;
    private int surveyScore;
    private boolean receiptPrinted;
    private Instant startedAt;
    private Instant lastActivity;
    private Instant enteredState;
    private boolean warning;

    public VisitSession(Clock clock, Duration timeout, Duration warningBefore, String defaultLanguage) {
        if (!warningBefore.isNegative() && warningBefore.compareTo(timeout) >= 0) {
            throw new IllegalArgumentException("the warning must come before the timeout");
        }
        this.clock = clock;
        this.timeout = timeout;
        this.warningBefore = warningBefore;
        this.defaultLanguage = defaultLanguage;
        this.language = defaultLanguage;
        this.lastActivity = clock.instant();
        this.enteredState = lastActivity;
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    public SessionState state() {
        return state;
    }

    public Optional<PatronIdentity> patron() {
        return Optional.ofNullable(patron);
    }

    public String language() {
        return language;
    }

    public int transactions() {
        return transactions;
    }

    /** The activity a visitor chose before identifying, if any. */
    public Optional<Activity> pendingActivity() {
        return Optional.ofNullable(pendingActivity);
    }

    public boolean warningShown() {
        return warning;
    }

    /** Seconds until the inactivity timeout ends the visit, as of now. */
    public long secondsLeft() {
        Duration left = timeout.minus(Duration.between(lastActivity, clock.instant()));
        return Math.max(0, (left.toMillis() + 999) / 1000);
    }

    /** Applies one event; returns whether it changed anything. */
    public boolean handle(SessionEvent event) {
        if (event instanceof SessionEvent.Tick) {
            return tick();
        }
        touch();
        if (event instanceof SessionEvent.Touch) {
            return true;
        }
        if (event instanceof SessionEvent.LanguageChosen l) {
            language = l.language();
            return true;
        }
        if (event instanceof SessionEvent.Cancel) {
            if (state == SessionState.IDLE) {
                return false;
            }
            end(EndReason.CANCELLED);
            return true;
        }
        return switch (state) {
            case IDLE -> onIdle(event);
            case IDENTIFYING -> onIdentifying(event);
            case MENU -> onMenu(event);
            case BORROWING, RETURNING, RENEWING, ACCOUNT, EVENTS, SCHOOL_VISIT -> onActivity(event);
            case RECEIPT -> onReceipt(event);
            case SURVEY -> onSurvey(event);
            case GOODBYE -> false;
        };
    }

    private boolean onIdle(SessionEvent event) {
        if (event instanceof SessionEvent.Start s) {
            begin();
            if (s.activity().needsCard()) {
                pendingActivity = s.activity();
                move(SessionState.IDENTIFYING);
            } else {
                move(s.activity().state());
            }
            return true;
        }
        if (event instanceof SessionEvent.CardPresented) {
            begin();
            move(SessionState.IDENTIFYING);
            return true;
        }
        return false;
    }

    private boolean onIdentifying(SessionEvent event) {
        if (event instanceof SessionEvent.Identified i) {
            patron = i.patron();
            Activity next = pendingActivity;
            pendingActivity = null;
            move(next == null ? SessionState.MENU : next.state());
            return true;
        }
        // a failed identification keeps the visitor here to try again; the UI shows the reason
        return event instanceof SessionEvent.IdentificationFailed;
    }

    private boolean onMenu(SessionEvent event) {
        if (event instanceof SessionEvent.Choose c) {
            move(c.activity().state());
            return true;
        }
        if (event instanceof SessionEvent.ActivityDone) {
            afterActivities();
            return true;
        }
        return false;
    }

    private boolean onActivity(SessionEvent event) {
        if (event instanceof SessionEvent.TransactionRecorded) {
            transactions++;
            if (!mainActivitySettled) {
                mainActivity = activityOf(state);
                mainActivitySettled = true;
            }
            return true;
        }
        if (event instanceof SessionEvent.CardPresented && patron == null && state == SessionState.EVENTS) {
            // a member may identify while browsing events to sign up as a member rather than a guest
            pendingActivity = Activity.EVENTS;
            move(SessionState.IDENTIFYING);
            return true;
        }
        if (event instanceof SessionEvent.ActivityDone) {
            if (patron != null) {
                move(SessionState.MENU);
            } else {
                afterActivities();
            }
            return true;
        }
        if (event instanceof SessionEvent.Choose c && patron != null) {
            move(c.activity().state());
            return true;
        }
        return false;
    }

    private boolean onReceipt(SessionEvent event) {
        if (event instanceof SessionEvent.ReceiptChosen r) {
            receiptPrinted = r.print();
            move(SessionState.SURVEY);
            return true;
        }
        return false;
    }

    private boolean onSurvey(SessionEvent event) {
        if (event instanceof SessionEvent.SurveyAnswered a) {
            surveyScore = a.score();
            move(SessionState.GOODBYE);
            return true;
        }
        return false;
    }

    private void afterActivities() {
        move(transactions > 0 ? SessionState.RECEIPT : SessionState.SURVEY);
    }

    private boolean tick() {
        Instant now = clock.instant();
        if (state == SessionState.GOODBYE) {
            if (!now.isBefore(enteredState.plus(GOODBYE_TIME))) {
                end(EndReason.COMPLETED);
                return true;
            }
            return false;
        }
        if (!state.timesOut()) {
            return false;
        }
        Duration idle = Duration.between(lastActivity, now);
        if (idle.compareTo(timeout) >= 0) {
            end(EndReason.TIMEOUT);
            return true;
        }
        if (!warning && idle.compareTo(timeout.minus(warningBefore)) >= 0) {
            warning = true;
            long left = secondsLeft();
            listeners.forEach(l -> l.timeoutWarning(left));
            return true;
        }
        return false;
    }

    private void touch() {
        lastActivity = clock.instant();
        if (warning) {
            warning = false;
            listeners.forEach(SessionListener::timeoutWarningCleared);
        }
    }

    private void begin() {
        startedAt = clock.instant();
        transactions = 0;
        mainActivity = null;
        mainActivitySettled = false;
        surveyScore = 0;
        receiptPrinted = false;
    }

    private void end(EndReason reason) {
        VisitSummary summary = new VisitSummary(Optional.ofNullable(patron), transactions, surveyScore, receiptPrinted,
                language, startedAt == null ? Duration.ZERO : Duration.between(startedAt, clock.instant()),
                Optional.ofNullable(mainActivity));
        patron = null;
        mainActivity = null;
        mainActivitySettled = false;
        pendingActivity = null;
        transactions = 0;
        surveyScore = 0;
        receiptPrinted = false;
        warning = false;
        language = defaultLanguage;
        move(SessionState.IDLE);
        listeners.forEach(l -> l.visitEnded(reason, summary));
    }

    private static Activity activityOf(SessionState state) {
        for (Activity a : Activity.values()) {
            if (a.state() == state) {
                return a;
            }
        }
        return null;
    }

    private void move(SessionState to) {
        if (mainActivity == null) {
            mainActivity = activityOf(to);
        }
        SessionState from = state;
        state = to;
        enteredState = clock.instant();
        lastActivity = enteredState;
        if (from != to) {
            listeners.forEach(l -> l.stateChanged(from, to, this));
        }
    }
}
