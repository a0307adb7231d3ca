package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.circulation.ItemOutcome.Instruction;
import org.pustaka.kiosk.circulation.ItemOutcome.Result;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.JournalState;
import org.pustaka.kiosk.store.OutboxRecord;

class LendingTest {
    @TempDir
    Path dir;
    FakeLibrary library = new FakeLibrary();
    DeskFixture f;

    @BeforeEach
    void open() {
        f = new DeskFixture(dir, library);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void borrowChecksOutThenSwitchesSecurityOffAndJournalsEveryStep() {
        PadItem item = f.pad.place("30000101");

        ItemOutcome out = f.desk.borrow(DeskFixture.SITI, item);

        assertThat(out.result()).isEqualTo(Result.DONE);
        assertThat(out.dueDate()).isEqualTo(FakeLibrary.due());
        assertThat(out.title()).isEqualTo("Title 30000101");
        assertThat(library.borrower).containsEntry("30000101", "2024000123");
        assertThat(f.pad.loaned(item)).isTrue();
        JournalEntry e = f.only();
        assertThat(e.state()).isEqualTo(JournalState.TAG_DONE);
        assertThat(e.patronId()).isEqualTo("2024000123");
        assertThat(library.optionsSeen.get(0).transactionId()).isEqualTo(e.id());
    }

    @Test
    void aStackIsLentInOrderWithOneProofAndATagThatFailsUndoesOnlyItsOwnLoan() {
        List<PadItem> stack = List.of(f.pad.place("30000101"), f.pad.place("30000107"), f.pad.place("30000103"),
                f.pad.place("30000104"));
        f.pad.failingWrites = 1; // the first write of the stack does not land

        List<ItemOutcome> out = f.desk.borrowAll(DeskFixture.SITI, stack);

        assertThat(out).extracting(ItemOutcome::itemId, ItemOutcome::result).containsExactly(
                tuple("30000101", Result.SEE_STAFF), tuple("30000107", Result.REFUSED),
                tuple("30000103", Result.DONE), tuple("30000104", Result.DONE));
        assertThat(f.pad.proofs).as("one proof for the stack, one for the undone loan's tag").isEqualTo(2);
        assertThat(library.borrower).containsOnlyKeys("30000103", "30000104");
        assertThat(f.pad.inStock(stack.get(0))).isTrue();
        assertThat(f.pad.loaned(stack.get(2)) && f.pad.loaned(stack.get(3))).isTrue();
        assertThat(f.all()).extracting(JournalEntry::itemId, JournalEntry::state).containsExactlyInAnyOrder(
                tuple("30000101", JournalState.COMPENSATED), tuple("30000107", JournalState.REFUSED),
                tuple("30000103", JournalState.TAG_DONE), tuple("30000104", JournalState.TAG_DONE));
    }

    @Test
    void theLibraryHandlesTheNextItemWhileTheReaderWritesThePreviousOne() throws Exception {
        java.util.concurrent.CountDownLatch firstTagWritten = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean overlapped = new java.util.concurrent.atomic.AtomicBoolean();
        PadItem first = f.pad.place("30000101");
        PadItem second = f.pad.place("30000103");
        f.pad.onWrite = uid -> {
            if (first.tagUids().contains(uid)) {
                firstTagWritten.countDown();
            }
        };
        library.beforeCheckout = itemId -> {
            if (itemId.equals("30000103")) {
                try {
                    // answers only once the reader has written the first item's tag: a kiosk that waits
                    // for this answer before it writes would make this time out
                    overlapped.set(firstTagWritten.await(10, java.util.concurrent.TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        List<ItemOutcome> out = f.desk.borrowAll(DeskFixture.SITI, List.of(first, second));

        assertThat(overlapped).isTrue();
        assertThat(out).extracting(ItemOutcome::result).containsExactly(Result.DONE, Result.DONE);
    }

    @Test
    void everyTransactionGoesToTheOutboxWithoutThePatronNumber() {
        f.desk.borrow(DeskFixture.SITI, f.pad.place("30000101"));
        f.desk.borrow(DeskFixture.SITI, f.pad.place("30000107"));

        List<OutboxRecord> reports = f.outbox.pending("transaction", 10);
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).id()).isEqualTo(f.all().get(0).id());
        assertThat(reports.get(0).payload()).contains("\"type\":\"CHECKOUT\"", "\"itemId\":\"30000101\"",
                "\"outcome\":\"DONE\"", "\"offline\":false", "\"kioskId\":\"TEST-01\"", "\"title\":\"Title 30000101\"")
                .doesNotContain("2024000123");
        assertThat(reports.get(1).payload()).contains("\"outcome\":\"REFUSED\"", "ITEM_NOT_FOR_LOAN");
    }

    @Test
    void refusedItemKeepsItsSecurityOn() {
        PadItem item = f.pad.place("30000107");

        ItemOutcome out = f.desk.borrow(DeskFixture.SITI, item);

        assertThat(out.result()).isEqualTo(Result.REFUSED);
        assertThat(out.refusal().reason()).isEqualTo(RefusalReason.ITEM_NOT_FOR_LOAN);
        assertThat(f.pad.writes).isZero();
        assertThat(f.pad.inStock(item)).isTrue();
        assertThat(f.only().state()).isEqualTo(JournalState.REFUSED);
        assertThat(f.only().refusalReason()).isEqualTo("ITEM_NOT_FOR_LOAN");
    }

    @Test
    void multiPartItemNeedsEveryPartAndSecuresThemAll() {
        PadItem both = f.pad.place("30000105", 2, 1);
        PadItem bookOnly = new PadItem("30000105", List.of(both.tagUids().get(0)), 2, false, true, 1);

        ItemOutcome refused = f.desk.borrow(DeskFixture.SITI, bookOnly);
        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.PARTS_MISSING);
        assertThat(library.calls).isEmpty();

        ItemOutcome lent = f.desk.borrow(DeskFixture.SITI, both);
        assertThat(lent.result()).isEqualTo(Result.DONE);
        assertThat(f.pad.loaned(both)).isTrue();
    }

    @Test
    void unreadableTagSendsTheVisitorToStaffWithoutTouchingTheLibrary() {
        PadItem unreadable = new PadItem("", List.of("E0040150FFFFFF01"), 1, false, false, -1);

        ItemOutcome out = f.desk.borrow(DeskFixture.SITI, unreadable);

        assertThat(out.result()).isEqualTo(Result.SEE_STAFF);
        assertThat(library.calls).isEmpty();
    }

    @Test
    void loanWhoseTagCannotBeVerifiedIsCheckedBackIn() {
        PadItem item = f.pad.place("30000102");
        f.pad.failingWrites = 1;

        ItemOutcome out = f.desk.borrow(DeskFixture.SITI, item);

        assertThat(out.result()).isEqualTo(Result.SEE_STAFF);
        assertThat(out.instruction()).isEqualTo(Instruction.STAFF);
        assertThat(library.borrower).doesNotContainKey("30000102");
        assertThat(f.pad.inStock(item)).isTrue();
        assertThat(f.only().state()).isEqualTo(JournalState.COMPENSATED);
        assertThat(library.calls).containsExactly("checkout 30000102", "checkin 30000102");
        assertThat(library.optionsSeen.get(1).noBlock()).isTrue();
    }

    @Test
    void loanThatCanNeitherBeSecuredNorCancelledIsFlagged() {
        PadItem item = f.pad.place("30000102");
        f.pad.failingWrites = 1;
        library.refuseCheckins = true;

        ItemOutcome out = f.desk.borrow(DeskFixture.SITI, item);

        assertThat(out.result()).isEqualTo(Result.SEE_STAFF);
        assertThat(f.only().state()).isEqualTo(JournalState.FLAGGED);
        assertThat(f.desk.needingStaff()).extracting(JournalEntry::itemId).containsExactly("30000102");
    }

    @Test
    void returnSwitchesSecurityBackOnAndGivesHoldShelfAndSortBinInstructions() {
        library.borrower.put("30000106", "2024000123");
        library.borrower.put("30000110", "2024000123");
        library.borrower.put("30000111", "2024000123");
        PadItem hold = f.pad.place("30000106");
        PadItem binned = f.pad.place("30000110");
        PadItem plain = f.pad.place("30000111");
        f.pad.secure(List.of(hold.tagUids().get(0), binned.tagUids().get(0), plain.tagUids().get(0)), true);

        ItemOutcome h = f.desk.giveBack(hold);
        ItemOutcome b = f.desk.giveBack(binned);
        ItemOutcome p = f.desk.giveBack(plain);

        assertThat(h.instruction()).isEqualTo(Instruction.HOLD_SHELF);
        assertThat(b.instruction()).isEqualTo(Instruction.SORT_BIN);
        assertThat(b.sortBin()).isEqualTo("B2");
        assertThat(p.instruction()).isEqualTo(Instruction.NONE);
        assertThat(List.of(h, b, p)).allMatch(o -> o.result() == Result.DONE);
        assertThat(f.pad.inStock(hold) && f.pad.inStock(binned) && f.pad.inStock(plain)).isTrue();
        assertThat(library.borrower).isEmpty();
        assertThat(f.all()).allMatch(e -> e.state() == JournalState.TAG_DONE);
        assertThat(f.all().get(0).holdShelf()).isTrue();
    }

    @Test
    void returnWhoseTagStaysOnLoanIsFlaggedForStaff() {
        library.borrower.put("30000111", "2024000123");
        PadItem item = f.pad.place("30000111");
        f.pad.secure(item.tagUids(), true);
        f.pad.failingWrites = 1;

        ItemOutcome out = f.desk.giveBack(item);

        assertThat(out.result()).isEqualTo(Result.SEE_STAFF);
        assertThat(f.only().state()).isEqualTo(JournalState.FLAGGED);
    }

    @Test
    void lostAnswerLeavesTheEntryPendingUntilRecoverySettlesItWhenOfflineLoansAreOff() {
        f.close();
        CirculationPolicy d = CirculationPolicy.defaults("TEST-01");
        f = new DeskFixture(dir.resolve("strict"), library, new CirculationPolicy(d.kioskId(), d.zone(), true,
                d.fineLimit(), false, false, 5, false, 100, 14, d.offlineIssueUsages(), d.offlineReturnUsages(),
                d.offlineRetry()));
        PadItem item = f.pad.place("30000103");
        library.loseAnswers = 1;

        ItemOutcome out = f.desk.borrow(DeskFixture.SITI, item);

        assertThat(out.result()).isEqualTo(Result.SEE_STAFF);
        assertThat(f.only().state()).isEqualTo(JournalState.PENDING);
        assertThat(f.pad.inStock(item)).isTrue();

        f.clock.advance(java.time.Duration.ofMinutes(1));
        RecoverySummary s = f.desk.recover();

        assertThat(s.finished()).isEqualTo(1);
        assertThat(f.only().state()).isEqualTo(JournalState.TAG_DONE);
        assertThat(f.pad.loaned(item)).isTrue();
        assertThat(library.loansOf("30000103")).isEqualTo(1);
    }

    @Test
    void lostAnswerIsTakenOfflineAndItsReplayFindsTheLoanAlreadyMade() {
        PadItem item = f.pad.place("30000103");
        library.loseAnswers = 1;

        ItemOutcome out = f.desk.borrow(DeskFixture.SITI, item);

        assertThat(out.result()).isEqualTo(Result.DONE_OFFLINE);
        assertThat(f.pad.loaned(item)).isTrue();
        f.clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(1, 0, 0));
        assertThat(library.loansOf("30000103")).isEqualTo(1);
        assertThat(library.borrower).containsEntry("30000103", "2024000123");
    }

    @Test
    void renewsOneSeveralOrAll() {
        library.borrower.put("30000111", "2024000123");
        library.borrower.put("30000112", "2024000123");

        List<ItemOutcome> one = f.desk.renew(DeskFixture.SITI, List.of("30000111"));
        List<ItemOutcome> all = f.desk.renew(DeskFixture.SITI, List.of());
        List<ItemOutcome> third = f.desk.renew(DeskFixture.SITI, List.of("30000111", "30000112", "30000101"));

        assertThat(one).singleElement().matches(o -> o.result() == Result.DONE && o.dueDate() != null);
        assertThat(all).extracting(ItemOutcome::itemId).containsExactly("30000111", "30000112");
        assertThat(all).allMatch(ItemOutcome::succeeded);
        assertThat(third.get(0).refusal().reason()).isEqualTo(RefusalReason.RENEWAL_LIMIT_REACHED);
        assertThat(third.get(1).result()).isEqualTo(Result.DONE);
        assertThat(third.get(2).refusal().reason()).isEqualTo(RefusalReason.ITEM_NOT_ON_LOAN);
        assertThat(f.all()).hasSize(6).noneMatch(e -> e.state().unfinished());
    }

    @Test
    void theTagsTypeOfUsageIsEnforcedOnlineBeforeTheLibraryIsAsked() {
        PadItem reference = f.pad.place("30000107", 1, 2);
        PadItem newStock = f.pad.place("30000120", 1, 0);
        PadItem withdrawn = f.pad.place("30000119", 1, 7);
        library.borrower.put("30000119", "2024000123");

        assertThat(f.desk.borrow(DeskFixture.SITI, reference).refusal().reason())
                .isEqualTo(RefusalReason.ITEM_NOT_FOR_LOAN);
        ItemOutcome fresh = f.desk.borrow(DeskFixture.SITI, newStock);
        assertThat(fresh.refusal().reason()).isEqualTo(RefusalReason.ITEM_NOT_IN_CIRCULATION);
        assertThat(fresh.instruction()).isEqualTo(Instruction.STAFF);
        assertThat(f.desk.giveBack(withdrawn).refusal().reason()).isEqualTo(RefusalReason.ITEM_NOT_IN_CIRCULATION);
        assertThat(library.calls).isEmpty();
        assertThat(f.all()).isEmpty();
        assertThat(f.pad.writes).isZero();

        assertThat(f.desk.giveBack(reference).result()).as("not for circulation may still come back")
                .isEqualTo(Result.DONE);
        assertThat(VisitorText.outcome(fresh, "id")).contains("petugas");
        assertThat(VisitorText.outcome(fresh, "en")).contains("staff");
    }

    @Test
    void offlineLoansAndReturnsKeepTheTitleTheKioskKnows() {
        PadItem book = f.pad.place("30000108");
        f.desk.borrow(DeskFixture.SITI, book);
        f.desk.giveBack(book);
        library.offline = true;

        ItemOutcome lent = f.desk.borrow(DeskFixture.SITI, book);
        ItemOutcome unknown = f.desk.borrow(DeskFixture.SITI, f.pad.place("30000109"));

        assertThat(lent.result()).isEqualTo(Result.DONE_OFFLINE);
        assertThat(lent.title()).isEqualTo(FakeLibrary.title("30000108"));
        assertThat(f.desk.giveBack(book).title()).isEqualTo(FakeLibrary.title("30000108"));
        assertThat(unknown.result()).isEqualTo(Result.DONE_OFFLINE);
        assertThat(unknown.title()).as("never seen: no title is made up").isEmpty();
    }

    @Test
    void aLoanMadeTodayIsNotRenewedAndTheLibraryIsNotAsked() {
        PadItem item = f.pad.place("30000101");
        assertThat(f.desk.borrow(DeskFixture.SITI, item).result()).isEqualTo(Result.DONE);
        library.borrower.put("30000111", "2024000123");

        List<ItemOutcome> today = f.desk.renew(DeskFixture.SITI, List.of("30000101", "30000111"));

        assertThat(today.get(0).refusal().reason()).isEqualTo(RefusalReason.RENEWAL_TOO_SOON);
        assertThat(today.get(1).result()).isEqualTo(Result.DONE);
        assertThat(library.calls).doesNotContain("renew 30000101").contains("renew 30000111");
        // the next day in the library's zone (Asia/Jakarta) it may be renewed
        f.clock.advance(java.time.Duration.ofDays(1));
        assertThat(f.desk.renew(DeskFixture.SITI, List.of("30000101")).get(0).result()).isEqualTo(Result.DONE);
    }

    @Test
    void padListenerHearsItemsAndPatronCards() {
        List<List<PadItem>> seen = new java.util.ArrayList<>();
        List<String> cards = new java.util.ArrayList<>();
        f.desk.watchPad(new PadListener() {
            @Override
            public void padChanged(List<PadItem> items) {
                seen.add(items);
            }

            @Override
            public void patronCardPlaced(String patronId) {
                cards.add(patronId);
            }
        });
        f.pad.place("30000105", 2, 1);
        f.pad.onPad.put("E0040150CARD0001", PadTag.item("E0040150CARD0001", "2024000123", 1, 1, 8));
        f.pad.place("30000101");

        assertThat(seen.get(seen.size() - 1)).extracting(PadItem::itemId).containsExactly("30000101", "30000105");
        assertThat(cards).contains("2024000123");
    }
}
