package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.circulation.ItemOutcome.Result;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalKind;
import org.pustaka.kiosk.store.ReplayState;

/**
 * The replay decides from whom: whose loan the library shows an item on, compared with the member the
 * journal names, over the real H2 journal. And it goes on past a passing failure without reordering an
 * item's steps.
 */
class ReplayTest {
    static final PatronCredentials DEWI = new PatronCredentials("2024000789", "1111");
    static final PatronCredentials SITI = DeskFixture.SITI;
    static final String AGUS = "2024000321";

    @TempDir
    Path dir;
    FakeLibrary library = new FakeLibrary();
    DeskFixture f;

    @BeforeEach
    void open() {
        f = new DeskFixture(dir, library, OfflineTest.policy(5, 100));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void reconnect() {
        library.offline = false;
        f.clock.advance(Duration.ofMinutes(1));
    }

    private JournalEntry entry(JournalKind kind, String itemId) {
        return f.all().stream().filter(e -> e.kind() == kind && e.itemId().equals(itemId) && e.offline())
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void anOfflineLoanOfABookLentToAnotherMemberIsFlaggedAndTheBookStaysOnTheirAccount() {
        PadItem book = f.pad.place("30000102");
        assertThat(f.desk.borrow(DEWI, book).result()).isEqualTo(Result.DONE);
        library.offline = true;
        assertThat(f.desk.borrow(SITI, book).result()).isEqualTo(Result.DONE_OFFLINE);
        reconnect();

        ReplaySummary s = f.desk.replay();

        assertThat(s).isEqualTo(new ReplaySummary(0, 1, 0));
        assertThat(library.borrower).containsEntry("30000102", DEWI.patronId());
        assertThat(library.loansOf("30000102")).as("Dewi's loan only; Siti's is never sent").isEqualTo(1);
        assertThat(f.desk.needingStaff()).singleElement().satisfies(e -> {
            assertThat(e.patronId()).isEqualTo(SITI.patronId());
            assertThat(e.replay()).isEqualTo(ReplayState.REFUSED);
            assertThat(e.refusalReason()).isEqualTo("ITEM_ALREADY_ON_LOAN");
            assertThat(e.detail()).contains("dipinjam anggota lain").contains("on loan to another member");
        });
    }

    @Test
    void whereTheLibraryNamesTheBorrowerItsWordDecidesWithoutAskingForAnAccount() {
        library.namesBorrower = true;
        library.borrower.put("30000102", DEWI.patronId());
        library.offline = true;
        f.desk.borrow(SITI, f.pad.place("30000102"));
        reconnect();

        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(0, 1, 0));
        assertThat(library.borrower).containsEntry("30000102", DEWI.patronId());
        assertThat(library.calls).noneMatch(c -> c.startsWith("checkout"));
    }

    @Test
    void anOfflineLoanWhoseEarlierReplayAnswerWasLostIsDoneNotFlagged() {
        library.offline = true;
        f.desk.borrow(SITI, f.pad.place("30000103"));
        reconnect();
        // the earlier replay reached the library, but its answer never came back
        library.borrower.put("30000103", SITI.patronId());

        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(1, 0, 0));
        assertThat(entry(JournalKind.CHECKOUT, "30000103").replay()).isEqualTo(ReplayState.REPLAYED);
        assertThat(entry(JournalKind.CHECKOUT, "30000103").detail()).contains("answer was lost");
        assertThat(f.desk.needingStaff()).isEmpty();
        assertThat(library.loansOf("30000103")).isZero();
    }

    @Test
    void anOfflineReturnOfABookNowOnLoanToAnotherMemberIsFlaggedAndThatLoanStays() {
        PadItem book = f.pad.place("30000104");
        f.desk.borrow(DEWI, book);
        library.offline = true;
        assertThat(f.desk.giveBack(book).result()).isEqualTo(Result.DONE_OFFLINE);
        assertThat(entry(JournalKind.CHECKIN, "30000104").patronId()).as("the member the kiosk lent it to")
                .isEqualTo(DEWI.patronId());
        // meanwhile the desk took Dewi's copy back and lent the item to Agus
        library.borrower.put("30000104", AGUS);
        reconnect();

        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(0, 1, 0));
        assertThat(library.borrower).containsEntry("30000104", AGUS);
        assertThat(library.calls).doesNotContain("checkin 30000104");
        assertThat(f.desk.needingStaff()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(JournalKind.CHECKIN);
            assertThat(e.detail()).contains("Pengembalian offline").contains("offline return was not sent");
        });
    }

    @Test
    void anOfflineReturnOfTheMembersOwnLoanIsCheckedIn() {
        PadItem book = f.pad.place("30000104");
        f.desk.borrow(DEWI, book);
        library.offline = true;
        f.desk.giveBack(book);
        reconnect();

        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(1, 0, 0));
        assertThat(library.borrower).doesNotContainKey("30000104");
        assertThat(f.pad.inStock(book)).isTrue();
    }

    @Test
    void anOfflineReturnTheLibraryAlreadyShowsReturnedIsDone() {
        library.borrower.put("30000111", SITI.patronId());
        PadItem book = f.pad.place("30000111");
        f.pad.secure(book.tagUids(), true);
        library.offline = true;
        f.desk.giveBack(book);
        library.borrower.remove("30000111");
        reconnect();

        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(1, 0, 0));
        assertThat(library.calls).doesNotContain("checkin 30000111");
        assertThat(entry(JournalKind.CHECKIN, "30000111").detail()).contains("already shows this item returned");
    }

    @Test
    void anOfflineReturnOfABookTheKioskNeverLentIsCheckedInWhoeverHasIt() {
        library.borrower.put("30000111", SITI.patronId());
        PadItem book = f.pad.place("30000111");
        f.pad.secure(book.tagUids(), true);
        library.offline = true;
        f.desk.giveBack(book);
        reconnect();

        assertThat(entry(JournalKind.CHECKIN, "30000111").patronId()).isNull();
        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(1, 0, 0));
        assertThat(library.borrower).doesNotContainKey("30000111");
    }

    @Test
    void aBusyAnswerForOneItemHoldsUpThatItemOnlyAndKeepsItsStepsInOrder() {
        library.offline = true;
        PadItem a = f.pad.place("30000101");
        PadItem b = f.pad.place("30000102");
        f.desk.borrow(SITI, a);
        f.desk.borrow(SITI, b);
        f.desk.giveBack(a);
        reconnect();
        library.busyOnce.add("30000101");

        ReplaySummary first = f.desk.replay();

        assertThat(first).isEqualTo(new ReplaySummary(1, 0, 2));
        assertThat(library.borrower).containsEntry("30000102", SITI.patronId()).doesNotContainKey("30000101");
        assertThat(library.calls).noneMatch(c -> c.endsWith("30000101"));
        assertThat(f.desk.offline()).as("a busy server is no offline library").isFalse();

        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(2, 0, 0));
        assertThat(library.calls).containsSubsequence("checkout 30000101", "checkin 30000101");
        assertThat(library.borrower).doesNotContainKey("30000101");
    }

    @Test
    void aStepOnAnItemWhoseOfflineStepsStillWaitGoesBehindThemNotToTheLibrary() {
        library.offline = true;
        PadItem a = f.pad.place("30000101");
        f.desk.borrow(SITI, a);
        reconnect();
        library.busyOnce.add("30000101");

        ItemOutcome back = f.desk.giveBack(a);

        assertThat(back.result()).isEqualTo(Result.DONE_OFFLINE);
        assertThat(library.calls).noneMatch(c -> c.startsWith("checkin"));
        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(2, 0, 0));
        assertThat(library.calls).containsSubsequence("checkout 30000101", "checkin 30000101");
        assertThat(library.borrower).doesNotContainKey("30000101");
    }

    @Test
    void aRetryAfterStopsTheReplayUntilItsMomentWithoutGoingOffline() {
        library.offline = true;
        f.desk.borrow(SITI, f.pad.place("30000101"));
        f.desk.borrow(SITI, f.pad.place("30000102"));
        reconnect();
        library.busyAnswers = 1;
        library.retryAfter = f.clock.instant().plusSeconds(2);

        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(0, 0, 2));
        int callsSoFar = library.calls.size();
        assertThat(f.desk.replay()).as("nothing is sent before the moment").isEqualTo(new ReplaySummary(0, 0, 2));
        assertThat(library.calls).hasSize(callsSoFar);
        assertThat(f.desk.offline()).isFalse();

        f.clock.advance(Duration.ofSeconds(2));
        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(2, 0, 0));
    }
}
