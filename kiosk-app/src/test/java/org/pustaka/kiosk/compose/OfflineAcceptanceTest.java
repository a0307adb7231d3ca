package org.pustaka.kiosk.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.kiosk.circulation.Circulation;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.circulation.ReplaySummary;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.demo.SimDevices;

/**
 * With the simulated SIP2 library over TCP switched off, 20 offline checkouts and 10 offline returns are
 * taken; once it is back and the queue replayed, the library shows exactly what the visitors were told,
 * every tag agrees, and no loan is doubled.
 */
class OfflineAcceptanceTest {
    static final PatronCredentials SITI = new PatronCredentials("2024000123", "1234");
    static final PatronCredentials DEWI = new PatronCredentials("2024000789", "1111");
    static final PatronCredentials AGUS = new PatronCredentials("2024000321", "2222");

    @TempDir
    Path dir;

    @Test
    void twentyOfflineLoansAndTenReturnsLeaveTheLibraryAsTheVisitorsSawIt() throws Exception {
        KioskConfig config = KioskConfig.demo(dir, Map.of("PUSTAKA_OFFLINE_MAXITEMSPERPATRON", "10",
                "PUSTAKA_SIP2_READTIMEOUTMILLIS", "2000"));
        try (KioskEngine engine = KioskEngine.start(config, new KioskEngine.Options(null, false, null))) {
            Circulation desk = engine.desk();
            SimDevices dev = engine.devices().orElseThrow();
            assertThat(desk.identify(SITI).refusal()).isNull();
            dev.libraryOffline(true);

            List<String> available = List.of("30000101", "30000102", "30000103", "30000104", "30000105",
                    "30000108", "30000109", "30000110", "30000113", "30000114", "30000115", "30000116", "30000117",
                    "30000118", "30000119", "30000120");
            Map<String, String> expected = new HashMap<>();
            List<ItemOutcome> told = new ArrayList<>();
            for (int i = 0; i < available.size(); i++) {
                PatronCredentials who = i < 6 ? SITI : i < 12 ? DEWI : AGUS;
                told.add(borrow(desk, dev, who, available.get(i)));
                expected.put(available.get(i), who.patronId());
            }
            for (String id : available.subList(0, 10)) {
                told.add(giveBack(desk, dev, id));
                expected.remove(id);
            }
            for (String id : available.subList(0, 4)) {
                told.add(borrow(desk, dev, AGUS, id));
                expected.put(id, AGUS.patronId());
            }
            assertThat(told).hasSize(30).allMatch(o -> o.result() == ItemOutcome.Result.DONE_OFFLINE);
            assertThat(desk.offline()).isTrue();

            dev.libraryOffline(false);
            ReplaySummary replay = desk.replay();

            assertThat(replay).isEqualTo(new ReplaySummary(30, 0, 0));
            for (String id : available) {
                boolean onLoan = engine.library().item(id).status().onLoan();
                assertThat(onLoan).as("library state of %s", id).isEqualTo(expected.containsKey(id));
                assertThat(dev.tagOnLoan(id, 1)).as("tag of %s", id).isEqualTo(onLoan);
            }
            assertThat(loans(engine, SITI)).containsExactlyInAnyOrder("30000111", "30000112");
            assertThat(loans(engine, DEWI)).containsExactlyInAnyOrder("30000115", "30000116");
            assertThat(loans(engine, AGUS)).containsExactlyInAnyOrder("30000117", "30000118", "30000119",
                    "30000120", "30000101", "30000102", "30000103", "30000104");
            assertThat(desk.replay()).isEqualTo(new ReplaySummary(0, 0, 0));
            assertThat(desk.needingStaff()).isEmpty();
        }
    }

    /**
     * Dewi borrows 30000102 online; the connection drops; Siti lays the same book on the pad and the
     * loan is recorded offline; on reconnect it is flagged for staff and the library still shows Dewi's
     * loan (a no-block checkout would have moved it to Siti in this library, as in many real ones).
     */
    @Test
    void anOfflineLoanOfABookLentToAnotherMemberIsFlaggedAndTheBookStaysOnHerAccount() throws Exception {
        KioskConfig config = KioskConfig.demo(dir, Map.of("PUSTAKA_SIP2_READTIMEOUTMILLIS", "2000"));
        try (KioskEngine engine = KioskEngine.start(config, new KioskEngine.Options(null, false, null))) {
            Circulation desk = engine.desk();
            SimDevices dev = engine.devices().orElseThrow();
            assertThat(desk.identify(DEWI).refusal()).isNull();
            assertThat(desk.identify(SITI).refusal()).isNull();
            assertThat(borrow(desk, dev, DEWI, "30000102").result()).isEqualTo(ItemOutcome.Result.DONE);
            dev.libraryOffline(true);

            assertThat(desk.identify(SITI).patron().name()).as("greeted by name offline").isEqualTo("Siti Rahayu");
            ItemOutcome siti = borrow(desk, dev, SITI, "30000102");
            assertThat(siti.result()).isEqualTo(ItemOutcome.Result.DONE_OFFLINE);
            assertThat(siti.title()).as("the title the kiosk learned online").isEqualTo("Bumi Manusia");

            dev.libraryOffline(false);
            ReplaySummary replay = desk.replay();

            assertThat(replay).isEqualTo(new ReplaySummary(0, 1, 0));
            assertThat(desk.needingStaff()).singleElement().satisfies(e -> {
                assertThat(e.itemId()).isEqualTo("30000102");
                assertThat(e.patronId()).isEqualTo(SITI.patronId());
                assertThat(e.detail()).contains("dipinjam anggota lain").contains("on loan to another member");
            });
            assertThat(loans(engine, DEWI)).contains("30000102");
            assertThat(loans(engine, SITI)).doesNotContain("30000102");
        }
    }

    private static List<String> loans(KioskEngine engine, PatronCredentials p) throws Exception {
        return engine.library().account(p).loans().stream().map(Loan::itemId).toList();
    }

    private static ItemOutcome borrow(Circulation desk, SimDevices dev, PatronCredentials who, String id) {
        int parts = id.equals("30000105") ? 2 : 1;
        dev.placeItem(id, parts, false);
        PadItem item = desk.padContent().items().get(0);
        ItemOutcome out = desk.borrow(who, item);
        dev.clearPad();
        return out;
    }

    private static ItemOutcome giveBack(Circulation desk, SimDevices dev, String id) {
        int parts = id.equals("30000105") ? 2 : 1;
        dev.placeItem(id, parts, true);
        PadItem item = desk.padContent().items().get(0);
        ItemOutcome out = desk.giveBack(item);
        dev.clearPad();
        return out;
    }
}
