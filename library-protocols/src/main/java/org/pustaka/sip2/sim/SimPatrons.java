package org.pustaka.sip2.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pustaka.sip2.PatronStatusFlag;

/**
 * Patron rules of the simulated library: status flags, whether a patron may borrow, and the item lists
 * of a patron information response. Called with the library's lock held.
 */
final class SimPatrons {
    private final SimCatalog catalog;
    private final SimState state;

    SimPatrons(SimCatalog catalog, SimState state) {
        this.catalog = catalog;
        this.state = state;
    }

    Set<PatronStatusFlag> flags(SimPatron p) {
        Set<PatronStatusFlag> flags = EnumSet.noneOf(PatronStatusFlag.class);
        p.blocks().forEach(b -> flags.add(PatronStatusFlag.valueOf(b)));
        if (p.cardExpired()) {
            flags.add(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
            flags.add(PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED);
        }
        if (state.fines(p.id()) > catalog.fineLimit()) {
            flags.add(PatronStatusFlag.EXCESSIVE_OUTSTANDING_FINES);
        }
        if (charged(p.id()).size() >= catalog.maxLoans()) {
            flags.add(PatronStatusFlag.TOO_MANY_ITEMS_CHARGED);
        }
        return flags;
    }

    /** Why the patron may not borrow now (a screen message), or null when they may. */
    String borrowBlock(SimPatron p) {
        if (p.blocks().contains(PatronStatusFlag.CARD_REPORTED_LOST.name())) {
            return String.format(SimMessages.BLOCKED, SimMessages.CARD_LOST);
        }
        if (p.blocks().contains(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED.name())) {
            return String.format(SimMessages.BLOCKED, SimMessages.PRIVILEGES_DENIED);
        }
        if (p.cardExpired()) {
            return SimMessages.CARD_EXPIRED;
        }
        long fines = state.fines(p.id());
        if (fines > catalog.fineLimit()) {
            return SimMessages.finesOverLimit(fines, catalog.fineLimit());
        }
        if (charged(p.id()).size() >= catalog.maxLoans()) {
            return String.format(SimMessages.TOO_MANY, catalog.maxLoans());
        }
        return null;
    }

    /** Screen messages shown with the patron's account. */
    List<String> accountMessages(SimPatron p) {
        List<String> messages = new ArrayList<>();
        String block = borrowBlock(p);
        if (block != null) {
            messages.add(block);
        } else if (state.fines(p.id()) > 0) {
            messages.add(SimMessages.finesOwed(state.fines(p.id())));
        }
        return messages;
    }

    List<String> charged(String patron) {
        return state.loans().entrySet().stream().filter(e -> e.getValue().patron().equals(patron))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    List<String> overdue(String patron, LocalDate today) {
        return charged(patron).stream().filter(i -> state.loan(i).orElseThrow().dueDate().isBefore(today)).toList();
    }

    /** Holds waiting on the shelf for the patron (ready to pick up). */
    List<String> holdsReady(String patron) {
        return state.holds().entrySet().stream().filter(e -> e.getValue().equals(patron))
                .filter(e -> state.loan(e.getKey()).isEmpty()).map(java.util.Map.Entry::getKey).sorted().toList();
    }

    List<String> fineItems(String patron) {
        long fines = state.fines(patron);
        return fines > 0 ? List.of("Denda keterlambatan " + SimMessages.rupiah(fines)) : List.of();
    }

    /** The 1-based inclusive range of a list, as BP and BQ ask; the whole list when not given. */
    static List<String> range(List<String> all, String start, String end) {
        int from = parse(start, 1);
        int to = parse(end, all.size());
        if (from < 1 || from > all.size() || to < from) {
            return from == 1 && all.isEmpty() ? all : List.of();
        }
        return all.subList(from - 1, Math.min(to, all.size()));
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
