package org.pustaka.kiosk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pustaka.hardware.sim.RecordingReceiptPrinter;
import org.pustaka.hardware.sim.SimCardScanner;
import org.pustaka.kiosk.circulation.CirculationDesk;
import org.pustaka.kiosk.circulation.IdentifyResult;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.circulation.PadListener;
import org.pustaka.kiosk.library.HoldReady;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;

/**
 * Circulation and the simulated devices in memory, following the demo data: six patrons, twenty items,
 * tags per the UID rule. Every call waits {@code delayMillis} like a real library system, so a screen
 * that called it on the event thread would freeze and the watchdog would see it.
 */
final class FakeDesk implements CirculationDesk, SimulatedDevices {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static final String OFFLINE_UNNAMED = "2024000777";

    private record Patron(String name, String pin, RefusalReason refusal, Money fines) {
    }

    private final Map<String, Patron> patrons = Map.of(
            "2024000123", new Patron("Siti Rahayu", "1234", null, Money.ZERO),
            "2024000456", new Patron("Budi Santoso", "4321", RefusalReason.PATRON_BLOCKED, Money.ZERO),
            "2024000789", new Patron("Dewi Lestari", "1111", null, Money.rupiah(7500)),
            "2024000321", new Patron("Agus Wijaya", "2222", null, Money.ZERO),
            "2024000999", new Patron("Rina Kusuma", "3333", RefusalReason.CARD_EXPIRED, Money.ZERO),
            "2024000555", new Patron("Joko Prasetyo", "5555", null, Money.rupiah(35000)),
            // identified under the offline rules by a kiosk that never saw her online: no name known
            OFFLINE_UNNAMED, new Patron("", "7777", null, Money.ZERO));

    private final List<DemoItem> items = List.of(
            new DemoItem("30000101", "Laskar Pelangi", 1), new DemoItem("30000102", "Bumi Manusia", 1),
            new DemoItem("30000105", "Belajar Bahasa Inggris: buku + CD", 2),
            new DemoItem("30000106", "Negeri 5 Menara", 1), new DemoItem("30000107", "Kamus Besar Bahasa Indonesia", 1),
            new DemoItem("30000108", "The Little Prince", 1), new DemoItem("30000111", "Si Kancil dan Buaya", 1),
            new DemoItem("30000112", "Sejarah Kota Malang", 1));

    final RecordingReceiptPrinter printer = new RecordingReceiptPrinter(32);
    final SimCardScanner scanner = new SimCardScanner();
    volatile long delayMillis = 150;
    private final Map<String, Integer> onPad = new TreeMap<>();
    private final List<PadListener> listeners = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    /** Loans made in this test, by item: the patron's number (they count as lent today). */
    private final Map<String, String> lentToday = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public IdentifyResult identify(PatronCredentials c) {
        slow("identify");
        Patron p = patrons.get(c.patronId());
        if (p == null) {
            return new IdentifyResult(null, Refusal.of(RefusalReason.UNKNOWN_PATRON), false);
        }
        PatronIdentity id = identity(c.patronId(), p);
        if (!p.pin().equals(c.pin())) {
            return new IdentifyResult(id, Refusal.of(RefusalReason.WRONG_PIN), false);
        }
        return new IdentifyResult(id, p.refusal() == null ? null : Refusal.of(p.refusal()),
                c.patronId().equals(OFFLINE_UNNAMED));
    }

    @Override
    public PatronAccount account(PatronCredentials c) throws LibraryUnavailableException {
        slow("account");
        Patron p = patrons.get(c.patronId());
        List<Loan> loans = new ArrayList<>();
        List<HoldReady> holds = new ArrayList<>();
        if (c.patronId().equals("2024000123")) {
            loans.add(new Loan("30000111", "Si Kancil dan Buaya", TODAY.plusDays(3), false));
            loans.add(new Loan("30000112", "Sejarah Kota Malang", TODAY.minusDays(2), true));
        }
        lentToday.forEach((item, patron) -> {
            if (patron.equals(c.patronId())) {
                loans.add(new Loan(item, title(item), TODAY.plusDays(14), false));
            }
        });
        if (c.patronId().equals("2024000321")) {
            holds.add(new HoldReady("30000106", "Negeri 5 Menara", TODAY.plusDays(5)));
        }
        return new PatronAccount(identity(c.patronId(), p), loans, holds, p.fines());
    }

    @Override
    public ItemOutcome borrow(PatronCredentials c, PadItem item) {
        slow("borrow " + item.itemId());
        String title = title(item.itemId());
        if (c.patronId().equals("2024000555")) {
            return refused(item.itemId(), title, RefusalReason.FINES_TOO_HIGH);
        }
        if (item.itemId().equals("30000107")) {
            return refused(item.itemId(), title, RefusalReason.ITEM_NOT_FOR_LOAN);
        }
        if (item.itemId().equals("30000106") && !c.patronId().equals("2024000321")) {
            return refused(item.itemId(), title, RefusalReason.ITEM_ON_HOLD_FOR_ANOTHER);
        }
        lentToday.put(item.itemId(), c.patronId());
        return new ItemOutcome(item.itemId(), title, ItemOutcome.Result.DONE, TODAY.plusDays(14), null, null, null);
    }

    @Override
    public List<ItemOutcome> borrowAll(PatronCredentials c, List<PadItem> stack) {
        calls.add("stack of " + stack.size());
        return CirculationDesk.super.borrowAll(c, stack);
    }

    @Override
    public ItemOutcome giveBack(PadItem item) {
        slow("giveBack " + item.itemId());
        String title = title(item.itemId());
        lentToday.remove(item.itemId());
        if (item.itemId().equals("30000106")) {
            return new ItemOutcome(item.itemId(), title, ItemOutcome.Result.DONE, null, null,
                    ItemOutcome.Instruction.HOLD_SHELF, null);
        }
        if (item.itemId().equals("30000108")) {
            return new ItemOutcome(item.itemId(), title, ItemOutcome.Result.DONE, null, null,
                    ItemOutcome.Instruction.SORT_BIN, "B");
        }
        return new ItemOutcome(item.itemId(), title, ItemOutcome.Result.DONE, null, null, null, null);
    }

    @Override
    public List<ItemOutcome> renew(PatronCredentials c, List<String> itemIds) {
        slow("renew " + itemIds);
        List<String> ids = itemIds.isEmpty() ? List.of("30000111", "30000112") : itemIds;
        List<ItemOutcome> out = new ArrayList<>();
        for (String id : ids) {
            // as Circulation's renewals: a loan made today is refused before the library is asked
            out.add(lentToday.containsKey(id) ? refused(id, title(id), RefusalReason.RENEWAL_TOO_SOON)
                    : id.equals("30000112") ? refused(id, title(id), RefusalReason.RENEWAL_LIMIT_REACHED)
                    : new ItemOutcome(id, title(id), ItemOutcome.Result.DONE, TODAY.plusDays(17), null, null, null));
        }
        return out;
    }

    @Override
    public void watchPad(PadListener listener) {
        listeners.add(listener);
        listener.padChanged(padItems());
    }

    @Override
    public DemoCatalog catalog() {
        return new DemoCatalog(items, List.of(new DemoCard("2024000123", "Siti Rahayu"),
                new DemoCard("2024000456", "Budi Santoso")));
    }

    @Override
    public void pad(DemoItem item, int part, boolean on) {
        synchronized (onPad) {
            int mask = onPad.getOrDefault(item.itemId(), 0);
            mask = on ? mask | (1 << part) : mask & ~(1 << part);
            if (mask == 0) {
                onPad.remove(item.itemId());
            } else {
                onPad.put(item.itemId(), mask);
            }
        }
        List<PadItem> now = padItems();
        listeners.forEach(l -> l.padChanged(now));
    }

    /** Lays several whole items on the pad at once: the screen hears one change, as from one poll. */
    void stack(String... itemIds) {
        synchronized (onPad) {
            for (String id : itemIds) {
                onPad.put(id, (1 << (item(id).parts() + 1)) - 2);
            }
        }
        List<PadItem> now = padItems();
        listeners.forEach(l -> l.padChanged(now));
    }

    /** Lays on (or takes off) every part of an item by id. */
    void pad(String itemId, boolean on) {
        DemoItem item = item(itemId);
        for (int part = 1; part <= item.parts(); part++) {
            pad(item, part, on);
        }
    }

    DemoItem item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    @Override
    public void scanCard(String cardNumber) {
        scanner.scan(cardNumber);
    }

    @Override
    public void paperOut(boolean out) {
        printer.paperOut(out);
    }

    @Override
    public void offline(SimulatedLink link, boolean offline) {
        calls.add("offline " + link + " " + offline);
    }

    private List<PadItem> padItems() {
        List<PadItem> out = new ArrayList<>();
        synchronized (onPad) {
            for (Map.Entry<String, Integer> e : new LinkedHashMap<>(onPad).entrySet()) {
                DemoItem item = item(e.getKey());
                List<String> uids = new ArrayList<>();
                for (int part = 1; part <= item.parts(); part++) {
                    if ((e.getValue() & (1 << part)) != 0) {
                        uids.add(item.tagUid(part));
                    }
                }
                out.add(new PadItem(item.itemId(), uids, item.parts(), uids.size() == item.parts(), true, 1));
            }
        }
        return out;
    }

    private String title(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).map(DemoItem::title).findFirst().orElse("");
    }

    private static PatronIdentity identity(String id, Patron p) {
        return new PatronIdentity(id, p.name(), true, true, Set.of(), p.fines(), List.of());
    }

    private static ItemOutcome refused(String id, String title, RefusalReason reason) {
        return new ItemOutcome(id, title, ItemOutcome.Result.REFUSED, null, Refusal.of(reason), null, null);
    }

    private void slow(String what) {
        calls.add(what);
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
