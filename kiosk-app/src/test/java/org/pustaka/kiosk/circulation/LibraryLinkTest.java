package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryUnavailableException;

/** "The server answered no" against "the server is unreachable", on an injected clock. */
class LibraryLinkTest {
    final FakeLibrary library = new FakeLibrary();
    final DeskFixture.MovableClock clock = new DeskFixture.MovableClock(Instant.parse("2026-11-28T03:00:00Z"));
    final LibraryLink link = new LibraryLink(library, clock, Duration.ofSeconds(30));

    private void item() throws LibraryException {
        link.call(l -> l.item("30000101"));
    }

    @Test
    void aBusyAnswerWithRetryAfterHoldsCallsBackUntilItsMomentOnlyAndIsNoOfflineLibrary() throws Exception {
        library.busyAnswers = 1;
        library.retryAfter = clock.instant().plusSeconds(2);

        assertThatThrownBy(this::item).isInstanceOf(LibraryUnavailableException.class);
        assertThat(link.offline()).isFalse();
        assertThat(link.holdingBack()).isTrue();
        int calls = library.calls.size();
        assertThatThrownBy(this::item).hasMessageContaining("asked the kiosk to wait");
        assertThat(library.calls).as("nothing sent while the Retry-After holds").hasSize(calls);

        clock.advance(Duration.ofSeconds(2));
        item();
        assertThat(link.holdingBack()).isFalse();
    }

    @Test
    void busyAnswersInARowNeverMakeTheLibraryOffline() {
        library.busyAnswers = 10;
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(this::item).isInstanceOf(LibraryUnavailableException.class);
        }
        assertThat(link.offline()).isFalse();
        assertThat(link.holdingBack()).isFalse();
    }

    @Test
    void aLostAnswerIsAPassingFailureButRepeatedSilenceMakesTheLibraryOfflineForTheRetryTime() throws Exception {
        library.loseAnswers = 1;
        assertThatThrownBy(() -> link.call(l -> l.checkin("30000101", org.pustaka.kiosk.library.TransactionOptions
                .now(clock.instant())))).isInstanceOf(LibraryUnavailableException.class);
        assertThat(link.offline()).isFalse();
        item();

        library.offline = true;
        for (int i = 1; i < LibraryLink.FAILURES_BEFORE_OFFLINE; i++) {
            assertThatThrownBy(this::item).isInstanceOf(LibraryUnavailableException.class);
            assertThat(link.offline()).as("after %d unanswered calls", i).isFalse();
        }
        assertThatThrownBy(this::item).isInstanceOf(LibraryUnavailableException.class);
        assertThat(link.offline()).isTrue();

        library.offline = false;
        assertThatThrownBy(this::item).as("no call before the retry time").hasMessageContaining("working offline");
        assertThat(link.retryDue()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(link.retryDue()).isTrue();
        item();
        assertThat(link.offline()).isFalse();
    }

    @Test
    void anAnswerInBetweenStartsTheCountAgain() throws Exception {
        for (int round = 0; round < 3; round++) {
            library.offline = true;
            for (int i = 1; i < LibraryLink.FAILURES_BEFORE_OFFLINE; i++) {
                assertThatThrownBy(this::item).isInstanceOf(LibraryUnavailableException.class);
            }
            library.offline = false;
            item();
        }
        assertThat(link.offline()).isFalse();
    }
}
