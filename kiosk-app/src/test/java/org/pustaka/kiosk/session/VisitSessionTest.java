package org.pustaka.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.testing.MutableClock;

class VisitSessionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration WARNING = Duration.ofSeconds(15);
    private static final PatronIdentity SITI = new PatronIdentity("2024000123", "Siti Rahayu", true, true, Set.of(),
            Money.ZERO, List.of());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private final List<String> heard = new ArrayList<>();
    private final List<EndReason> ended = new ArrayList<>();
    private final List<VisitSummary> summaries = new ArrayList<>();
    private VisitSession session;

    @BeforeEach
    void setUp() {
        session = new VisitSession(clock, TIMEOUT, WARNING, "id");
        session.addListener(new SessionListener() {
            @Override
            public void stateChanged(SessionState from, SessionState to, VisitSession s) {
                heard.add(from + ">" + to);
            }

            @Override
            public void timeoutWarning(long secondsLeft) {
                heard.add("warning " + secondsLeft);
            }

            @Override
            public void timeoutWarningCleared() {
                heard.add("warning cleared");
            }

            @Override
            public void visitEnded(EndReason reason, VisitSummary summary) {
                ended.add(reason);
                summaries.add(summary);
            }
        });
    }

    @Test
    void borrowAsksForTheCardFirstThenGoesStraightToBorrowing() {
        session.handle(new SessionEvent.Start(Activity.BORROW));
        assertThat(session.state()).isEqualTo(SessionState.IDENTIFYING);
        assertThat(session.pendingActivity()).contains(Activity.BORROW);

        session.handle(new SessionEvent.Identified(SITI));
        assertThat(session.state()).isEqualTo(SessionState.BORROWING);
        assertThat(session.patron()).contains(SITI);
        assertThat(session.pendingActivity()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Activity.class, names = {"BORROW", "RENEW", "ACCOUNT"})
    void activitiesOfAMemberNeedTheCard(Activity activity) {
        session.handle(new SessionEvent.Start(activity));
        assertThat(session.state()).isEqualTo(SessionState.IDENTIFYING);
        session.handle(new SessionEvent.Identified(SITI));
        assertThat(session.state()).isEqualTo(activity.state());
    }

    @ParameterizedTest
    @EnumSource(value = Activity.class, names = {"RETURN", "EVENTS", "SCHOOL_VISIT"})
    void returnsEventsAndVisitsNeedNoCard(Activity activity) {
        session.handle(new SessionEvent.Start(activity));
        assertThat(session.state()).isEqualTo(activity.state());
        assertThat(session.patron()).isEmpty();
    }

    @Test
    void aCardOnTheWelcomeScreenLeadsToTheMenu() {
        session.handle(new SessionEvent.CardPresented("2024000123"));
        assertThat(session.state()).isEqualTo(SessionState.IDENTIFYING);
        session.handle(new SessionEvent.Identified(SITI));
        assertThat(session.state()).isEqualTo(SessionState.MENU);
    }

    @Test
    void aFailedIdentificationStaysOnTheIdentifyScreen() {
        session.handle(new SessionEvent.Start(Activity.BORROW));
        boolean handled = session.handle(new SessionEvent.IdentificationFailed(Refusal.of(RefusalReason.WRONG_PIN)));
        assertThat(handled).isTrue();
        assertThat(session.state()).isEqualTo(SessionState.IDENTIFYING);
        assertThat(session.patron()).isEmpty();
    }

    @Test
    void fromTheMenuEveryActivityIsReachableAndDoneReturnsToTheMenu() {
        identifiedAtMenu();
        for (Activity a : Activity.values()) {
            session.handle(new SessionEvent.Choose(a));
            assertThat(session.state()).isEqualTo(a.state());
            session.handle(new SessionEvent.ActivityDone());
            assertThat(session.state()).isEqualTo(SessionState.MENU);
        }
    }

    @Test
    void aVisitWithTransactionsOffersAReceiptThenTheSurveyThenGoodbye() {
        identifiedAtMenu();
        session.handle(new SessionEvent.Choose(Activity.BORROW));
        session.handle(new SessionEvent.TransactionRecorded());
        session.handle(new SessionEvent.TransactionRecorded());
        session.handle(new SessionEvent.ActivityDone());
        session.handle(new SessionEvent.ActivityDone());
        assertThat(session.state()).isEqualTo(SessionState.RECEIPT);

        session.handle(new SessionEvent.ReceiptChosen(true));
        assertThat(session.state()).isEqualTo(SessionState.SURVEY);
        session.handle(new SessionEvent.SurveyAnswered(5));
        assertThat(session.state()).isEqualTo(SessionState.GOODBYE);

        clock.advance(VisitSession.GOODBYE_TIME);
        session.handle(new SessionEvent.Tick());
        assertThat(session.state()).isEqualTo(SessionState.IDLE);
        assertThat(ended).containsExactly(EndReason.COMPLETED);
        VisitSummary summary = summaries.get(0);
        assertThat(summary.transactions()).isEqualTo(2);
        assertThat(summary.surveyScore()).isEqualTo(5);
        assertThat(summary.receiptPrinted()).isTrue();
        assertThat(summary.patron()).contains(SITI);
    }

    @Test
    void theSummarySaysWhatTheVisitWasForTheActivityOfItsFirstTransaction() {
        identifiedAtMenu();
        session.handle(new SessionEvent.Choose(Activity.ACCOUNT));
        session.handle(new SessionEvent.ActivityDone());
        session.handle(new SessionEvent.Choose(Activity.RETURN));
        session.handle(new SessionEvent.TransactionRecorded());
        session.handle(new SessionEvent.ActivityDone());
        session.handle(new SessionEvent.Choose(Activity.BORROW));
        session.handle(new SessionEvent.TransactionRecorded());
        session.handle(new SessionEvent.Cancel());

        assertThat(summaries.get(0).activity()).contains(Activity.RETURN);
    }

    @Test
    void withoutTransactionsTheFirstActivityOpenedCountsAndAVisitThatOpenedNoneHasNone() {
        session.handle(new SessionEvent.Start(Activity.EVENTS));
        session.handle(new SessionEvent.Cancel());
        session.handle(new SessionEvent.CardPresented("2024000123"));
        session.handle(new SessionEvent.Cancel());

        assertThat(summaries).hasSize(2);
        assertThat(summaries.get(0).activity()).contains(Activity.EVENTS);
        assertThat(summaries.get(1).activity()).as("the next visit does not inherit it").isEmpty();
    }

    @Test
    void aVisitWithoutTransactionsSkipsTheReceipt() {
        session.handle(new SessionEvent.Start(Activity.RETURN));
        session.handle(new SessionEvent.ActivityDone());
        assertThat(session.state()).isEqualTo(SessionState.SURVEY);
    }

    @Test
    void anAnonymousReturnWithItemsGoesToTheReceipt() {
        session.handle(new SessionEvent.Start(Activity.RETURN));
        session.handle(new SessionEvent.TransactionRecorded());
        session.handle(new SessionEvent.ActivityDone());
        assertThat(session.state()).isEqualTo(SessionState.RECEIPT);
    }

    @Test
    void goodbyeStaysUntilItsTimeIsOver() {
        session.handle(new SessionEvent.Start(Activity.RETURN));
        session.handle(new SessionEvent.ActivityDone());
        session.handle(new SessionEvent.SurveyAnswered(0));
        clock.advance(VisitSession.GOODBYE_TIME.minusMillis(1));
        session.handle(new SessionEvent.Tick());
        assertThat(session.state()).isEqualTo(SessionState.GOODBYE);
        clock.advance(Duration.ofMillis(1));
        session.handle(new SessionEvent.Tick());
        assertThat(session.state()).isEqualTo(SessionState.IDLE);
    }

    @Test
    void cancelEndsTheVisitAndForgetsTheVisitor() {
        identifiedAtMenu();
        session.handle(new SessionEvent.LanguageChosen("en"));
        session.handle(new SessionEvent.Cancel());
        assertThat(session.state()).isEqualTo(SessionState.IDLE);
        assertThat(session.patron()).isEmpty();
        assertThat(session.language()).isEqualTo("id");
        assertThat(ended).containsExactly(EndReason.CANCELLED);
    }

    @Test
    void cancelOnTheWelcomeScreenDoesNothing() {
        assertThat(session.handle(new SessionEvent.Cancel())).isFalse();
        assertThat(ended).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = SessionState.class, names = "IDLE", mode = EnumSource.Mode.EXCLUDE)
    void inactivityWarnsThenEndsTheVisitInEveryState(SessionState state) {
        reach(state);
        assertThat(session.state()).isEqualTo(state);
        heard.clear();

        clock.advance(TIMEOUT.minus(WARNING).minusSeconds(1));
        session.handle(new SessionEvent.Tick());
        if (state != SessionState.GOODBYE) {
            assertThat(heard).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            session.handle(new SessionEvent.Tick());
            assertThat(heard).containsExactly("warning 15");
            assertThat(session.warningShown()).isTrue();
            clock.advance(WARNING);
            session.handle(new SessionEvent.Tick());
            assertThat(ended).containsExactly(EndReason.TIMEOUT);
        } else {
            // goodbye ends by itself well before the inactivity timeout
            assertThat(ended).containsExactly(EndReason.COMPLETED);
        }
        assertThat(session.state()).isEqualTo(SessionState.IDLE);
        assertThat(session.patron()).isEmpty();
        assertThat(session.transactions()).isZero();
    }

    @Test
    void aTouchClearsTheWarningAndRestartsTheCountdown() {
        identifiedAtMenu();
        clock.advance(TIMEOUT.minus(WARNING));
        session.handle(new SessionEvent.Tick());
        assertThat(session.warningShown()).isTrue();

        session.handle(new SessionEvent.Touch());
        assertThat(session.warningShown()).isFalse();
        assertThat(heard).contains("warning cleared");
        assertThat(session.secondsLeft()).isEqualTo(60);

        clock.advance(TIMEOUT.minusSeconds(1));
        session.handle(new SessionEvent.Tick());
        assertThat(session.state()).isEqualTo(SessionState.MENU);
    }

    @Test
    void theWelcomeScreenNeverTimesOut() {
        clock.advance(Duration.ofHours(3));
        assertThat(session.handle(new SessionEvent.Tick())).isFalse();
        assertThat(ended).isEmpty();
    }

    @Test
    void eventsOutOfPlaceAreIgnoredNotThrown() {
        assertThat(session.handle(new SessionEvent.ReceiptChosen(true))).isFalse();
        assertThat(session.handle(new SessionEvent.SurveyAnswered(3))).isFalse();
        assertThat(session.handle(new SessionEvent.ActivityDone())).isFalse();
        assertThat(session.handle(new SessionEvent.Choose(Activity.BORROW))).isFalse();
        assertThat(session.state()).isEqualTo(SessionState.IDLE);

        session.handle(new SessionEvent.Start(Activity.RETURN));
        // a double tap on the welcome choice while already returning
        assertThat(session.handle(new SessionEvent.Start(Activity.BORROW))).isFalse();
        assertThat(session.state()).isEqualTo(SessionState.RETURNING);
    }

    @Test
    void anAnonymousVisitorCannotChooseMemberActivitiesFromAnActivity() {
        session.handle(new SessionEvent.Start(Activity.RETURN));
        assertThat(session.handle(new SessionEvent.Choose(Activity.ACCOUNT))).isFalse();
        assertThat(session.state()).isEqualTo(SessionState.RETURNING);
    }

    @Test
    void aMemberMayIdentifyWhileBrowsingEvents() {
        session.handle(new SessionEvent.Start(Activity.EVENTS));
        session.handle(new SessionEvent.CardPresented("2024000123"));
        assertThat(session.state()).isEqualTo(SessionState.IDENTIFYING);
        session.handle(new SessionEvent.Identified(SITI));
        assertThat(session.state()).isEqualTo(SessionState.EVENTS);
    }

    @Test
    void theLanguageIsPerVisit() {
        session.handle(new SessionEvent.LanguageChosen("en"));
        session.handle(new SessionEvent.Start(Activity.RETURN));
        assertThat(session.language()).isEqualTo("en");
        session.handle(new SessionEvent.Cancel());
        assertThat(session.language()).isEqualTo("id");
        assertThat(summaries.get(0).language()).isEqualTo("en");
    }

    @Test
    void badValuesAreRefusedAtTheBorder() {
        assertThatThrownBy(() -> new SessionEvent.SurveyAnswered(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionEvent.LanguageChosen("fr")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VisitSession(clock, TIMEOUT, TIMEOUT, "id"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyStateIsReachable() {
        EnumSet<SessionState> seen = EnumSet.of(SessionState.IDLE);
        session.addListener(new SessionListener() {
            @Override
            public void stateChanged(SessionState from, SessionState to, VisitSession s) {
                seen.add(to);
            }
        });
        for (SessionState s : SessionState.values()) {
            if (s != SessionState.IDLE) {
                reach(s);
                session.handle(new SessionEvent.Cancel());
                clock.advance(Duration.ofMinutes(5));
                session.handle(new SessionEvent.Tick());
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(SessionState.values());
    }

    private void identifiedAtMenu() {
        session.handle(new SessionEvent.CardPresented("2024000123"));
        session.handle(new SessionEvent.Identified(SITI));
        assertThat(session.state()).isEqualTo(SessionState.MENU);
    }

    private void reach(SessionState target) {
        switch (target) {
            case IDLE -> { }
            case IDENTIFYING -> session.handle(new SessionEvent.Start(Activity.BORROW));
            case MENU -> identifiedAtMenu();
            case BORROWING, RENEWING, ACCOUNT -> {
                identifiedAtMenu();
                Activity a = target == SessionState.BORROWING ? Activity.BORROW
                        : target == SessionState.RENEWING ? Activity.RENEW : Activity.ACCOUNT;
                session.handle(new SessionEvent.Choose(a));
            }
            case RETURNING -> session.handle(new SessionEvent.Start(Activity.RETURN));
            case EVENTS -> session.handle(new SessionEvent.Start(Activity.EVENTS));
            case SCHOOL_VISIT -> session.handle(new SessionEvent.Start(Activity.SCHOOL_VISIT));
            case RECEIPT -> {
                session.handle(new SessionEvent.Start(Activity.RETURN));
                session.handle(new SessionEvent.TransactionRecorded());
                session.handle(new SessionEvent.ActivityDone());
            }
            case SURVEY -> {
                session.handle(new SessionEvent.Start(Activity.RETURN));
                session.handle(new SessionEvent.ActivityDone());
            }
            case GOODBYE -> {
                reach(SessionState.SURVEY);
                session.handle(new SessionEvent.SurveyAnswered(4));
            }
        }
    }
}
