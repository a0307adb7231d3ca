package org.pustaka.kiosk.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.circulation.ItemOutcome.Result;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.store.JournalEntry;
import org.pustaka.kiosk.store.ReplayState;

class OfflineTest {
    @TempDir
    Path dir;
    FakeLibrary library = new FakeLibrary();
    DeskFixture f;

    @BeforeEach
    void open() {
        f = new DeskFixture(dir, library, policy(5, 100));
    }

    @AfterEach
    void close() {
        f.close();
    }

    static CirculationPolicy policy(int perPatron, int maxQueued) {
        return new CirculationPolicy("TEST-01", FakeLibrary.zone(), true, Money.rupiah(20_000), true, true, perPatron,
                false, maxQueued, 14, Set.of(1), Set.of(1, 2), Duration.ofSeconds(30));
    }

    static PatronCredentials patron(int n) {
        return new PatronCredentials("202400100" + n, "1234");
    }

    static String item(int n) {
        return "3000" + (1000 + n);
    }

    @Test
    void twentyOfflineLoansAndTenReturnsReachTheLibraryExactlyOnce() {
        for (int n = 0; n < 10; n++) {
            library.borrower.put(item(100 + n), "2024000123");
        }
        library.offline = true;
        List<ItemOutcome> seen = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            PatronCredentials p = patron(n / 5);
            assertThat(f.desk.identify(p).offline()).isTrue();
            seen.add(f.desk.borrow(p, f.pad.place(item(n))));
            f.clock.advance(Duration.ofSeconds(5));
        }
        for (int n = 0; n < 10; n++) {
            PadItem back = f.pad.place(item(100 + n));
            f.pad.secure(back.tagUids(), true);
            seen.add(f.desk.giveBack(back));
        }
        assertThat(seen).allMatch(o -> o.result() == Result.DONE_OFFLINE);
        assertThat(seen.subList(0, 20)).allMatch(o -> o.dueDate() != null);
        assertThat(f.journal.queued()).hasSize(30);

        library.offline = false;
        f.clock.advance(Duration.ofMinutes(1));
        ReplaySummary s = f.desk.replay();

        assertThat(s).isEqualTo(new ReplaySummary(30, 0, 0));
        for (int n = 0; n < 20; n++) {
            assertThat(library.borrower).containsEntry(item(n), patron(n / 5).patronId());
            assertThat(library.loansOf(item(n))).isEqualTo(1);
            assertThat(f.pad.onLoan.get("E0040150" + item(n).substring(2) + "01")).isTrue();
        }
        for (int n = 0; n < 10; n++) {
            assertThat(library.borrower).doesNotContainKey(item(100 + n));
        }
        assertThat(library.optionsSeen).allMatch(o -> o.noBlock());
        List<JournalEntry> all = f.all();
        for (int i = 0; i < 30; i++) {
            assertThat(library.optionsSeen.get(i).transactionTime()).isEqualTo(all.get(i).createdAt());
        }
        assertThat(f.desk.replay()).isEqualTo(new ReplaySummary(0, 0, 0));
    }

    @Test
    void offlineLimitsPerVisitorAndQueueAreKept() {
        f.close();
        f = new DeskFixture(dir.resolve("b"), library, policy(2, 3));
        library.offline = true;
        PatronCredentials p = patron(1);

        assertThat(f.desk.borrow(p, f.pad.place(item(1))).result()).isEqualTo(Result.DONE_OFFLINE);
        assertThat(f.desk.borrow(p, f.pad.place(item(2))).result()).isEqualTo(Result.DONE_OFFLINE);
        PadItem third = f.pad.place(item(3));
        ItemOutcome refused = f.desk.borrow(p, third);
        assertThat(refused.refusal().reason()).isEqualTo(RefusalReason.OFFLINE_LIMIT_REACHED);
        assertThat(f.pad.inStock(third)).isTrue();
        assertThat(f.desk.borrow(patron(2), f.pad.place(item(4))).result()).isEqualTo(Result.DONE_OFFLINE);
        assertThat(f.desk.borrow(patron(3), f.pad.place(item(5))).refusal().reason())
                .isEqualTo(RefusalReason.OFFLINE_LIMIT_REACHED);
    }

    @Test
    void tagsWhoseTypeOfUsageForbidsOfflineAreRefused() {
        library.offline = true;
        PadItem reference = f.pad.place("30000107", 1, 2);
        PadItem local = f.pad.place("30000120", 1, 5);

        assertThat(f.desk.borrow(patron(1), reference).refusal().reason())
                .as("not for circulation: refused by the tag itself, online or not").isEqualTo(RefusalReason.ITEM_NOT_FOR_LOAN);
        assertThat(f.desk.borrow(patron(1), local).refusal().reason()).isEqualTo(RefusalReason.OFFLINE_NOT_ALLOWED);
        assertThat(f.desk.giveBack(local).refusal().reason()).isEqualTo(RefusalReason.OFFLINE_NOT_ALLOWED);
        assertThat(f.desk.giveBack(reference).result()).isEqualTo(Result.DONE_OFFLINE);
        assertThat(f.pad.inStock(reference)).isTrue();
        assertThat(f.journal.queued()).hasSize(1);
    }

    @Test
    void replayWhoseAnswerIsLostIsNotDoubled() {
        library.offline = true;
        f.desk.borrow(patron(1), f.pad.place(item(1)));
        f.desk.borrow(patron(1), f.pad.place(item(2)));
        library.offline = false;
        f.clock.advance(Duration.ofMinutes(1));
        library.loseAnswers = 1;

        ReplaySummary first = f.desk.replay();
        assertThat(first).as("a lost answer holds up its own item only").isEqualTo(new ReplaySummary(1, 0, 1));
        assertThat(library.borrower).containsKey(item(1)).containsKey(item(2));

        f.clock.advance(Duration.ofMinutes(1));
        ReplaySummary second = f.desk.replay();

        assertThat(second).isEqualTo(new ReplaySummary(1, 0, 0));
        assertThat(library.loansOf(item(1))).isEqualTo(1);
        assertThat(library.loansOf(item(2))).isEqualTo(1);
        assertThat(f.all()).allMatch(e -> e.replay() == ReplayState.REPLAYED);
    }

    @Test
    void refusedReplayIsFlaggedForStaffNeverDropped() {
        // a no-block replay is taken whatever the blocks; an item the library does not know is still refused
        library.unknownItems.add("30009999");
        library.offline = true;
        f.desk.borrow(patron(1), f.pad.place("30009999"));
        library.offline = false;
        f.clock.advance(Duration.ofMinutes(1));

        ReplaySummary s = f.desk.replay();

        assertThat(s).isEqualTo(new ReplaySummary(0, 1, 0));
        assertThat(f.desk.needingStaff()).singleElement().satisfies(e -> {
            assertThat(e.replay()).isEqualTo(ReplayState.REFUSED);
            assertThat(e.refusalReason()).isEqualTo("ITEM_UNKNOWN");
            assertThat(e.detail()).contains("ditolak").contains("refused by the library");
        });
        assertThat(f.outbox.pending("transaction", 10)).anyMatch(r -> r.payload().contains("REPLAY_REFUSED"));
    }

    @Test
    void theNextOnlineStepWaitsForTheQueueSoTheLibrarySeesTheOrder() {
        library.borrower.put(item(1), "2024000123");
        library.offline = true;
        PadItem back = f.pad.place(item(1));
        f.pad.secure(back.tagUids(), true);
        assertThat(f.desk.giveBack(back).result()).isEqualTo(Result.DONE_OFFLINE);
        library.offline = false;
        f.clock.advance(Duration.ofMinutes(1));

        ItemOutcome lent = f.desk.borrow(patron(2), back);

        assertThat(lent.result()).isEqualTo(Result.DONE);
        assertThat(library.calls).containsSubsequence("checkin " + item(1), "checkout " + item(1));
        assertThat(library.borrower).containsEntry(item(1), patron(2).patronId());
    }
}
