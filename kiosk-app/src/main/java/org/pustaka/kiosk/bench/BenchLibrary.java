package org.pustaka.kiosk.bench;

import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.demo.Scenario;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.sip2.sim.SimCatalog;
import org.pustaka.sip2.sim.SimItem;
import org.pustaka.sip2.sim.SimPatron;

/**
 * The simulated library the benchmarks run against: visitors in good standing who may borrow as many
 * items as asked, and {@code n} circulating items (every fifth a book with its CD, so multi-part items
 * are in the stack as on a real counter). Item ids are 8 digits, so their tags follow the demo layout.
 */
final class BenchLibrary {
    private static final String PIN = "8642";
    static final PatronCredentials VISITOR = visitor(1);

    private BenchLibrary() {
    }

    /** The {@code k}th benchmark visitor (1 and up); all share one PIN. */
    static PatronCredentials visitor(int k) {
        return new PatronCredentials(Long.toString(2_099_000_000L + k), PIN);
    }

    static SimCatalog catalog(int n) {
        return catalog(n, 1);
    }

    /** {@code n} items and {@code visitors} visitors in good standing, each allowed {@code n + 10} loans. */
    static SimCatalog catalog(int n, int visitors) {
        List<SimItem> items = new ArrayList<>();
        for (Scenario.PadEntry e : items(n)) {
            items.add(new SimItem(e.itemId(), "Buku uji " + e.itemId(), "Penulis Uji", e.parts(),
                    e.parts() > 1 ? List.of("buku", "CD") : List.of(), false, null,
                    e.parts() > 1 ? "009" : "001", "id"));
        }
        List<SimPatron> patrons = new ArrayList<>();
        for (int k = 1; k <= visitors; k++) {
            patrons.add(new SimPatron(visitor(k).patronId(), "Pengunjung Uji " + k, PIN, "good standing", List.of(),
                    0, false));
        }
        return new SimCatalog("MLG", "Perpustakaan Kota Malang", new SimCatalog.TagOwner("ID", "MLG01"), "IDR",
                20_000, 14, 2, n + 10, null, null, patrons, items, List.of());
    }

    /** The benchmark's items: ids 40000001 and up; every fifth has two parts. */
    static List<Scenario.PadEntry> items(int n) {
        List<Scenario.PadEntry> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Scenario.PadEntry(Integer.toString(40_000_000 + i), i % 5 == 0 ? 2 : 1));
        }
        return out;
    }

    /** Items of the demo library a visitor can borrow (for a library system given by --config). */
    static List<Scenario.PadEntry> demoItems() {
        SimCatalog demo = SimCatalog.demo();
        List<Scenario.PadEntry> out = new ArrayList<>();
        for (SimItem i : demo.items()) {
            boolean onLoan = demo.loans().stream().anyMatch(l -> l.item().equals(i.id()));
            if (!i.notForLoan() && i.onHoldFor() == null && !onLoan) {
                out.add(new Scenario.PadEntry(i.id(), i.parts()));
            }
        }
        return out;
    }
}
