package org.pustaka.sip2.sim;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pustaka.sip2.ItemLists;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.PatronStatusRequest;
import org.pustaka.sip2.PatronStatusResponse;
import org.pustaka.sip2.SummaryList;

/**
 * Patron information (64) and patron status (24) answers. The valid-password field (CQ) is sent only
 * when a PIN was given, and a blank PIN is never valid here (unlike some real servers).
 */
final class SimPatronAnswers {
    /** Language 000: SIP2 has no code for Bahasa Indonesia. */
    static final String LANGUAGE = "000";
    private final SimCatalog catalog;
    private final SimState state;
    private final SimPatrons patrons;

    SimPatronAnswers(SimCatalog catalog, SimState state, SimPatrons patrons) {
        this.catalog = catalog;
        this.state = state;
        this.patrons = patrons;
    }

    /** With {@code pad} the list asked for is filled up with empty entries to the end item (BQ). */
    PatronInformationResponse information(PatronInformationRequest r, LocalDateTime now, boolean pad) {
        Optional<SimPatron> found = catalog.patron(r.patronId() == null ? "" : r.patronId());
        if (found.isEmpty()) {
            return SimRefusals.patronInformation(r, catalog.institution(), now, SimMessages.UNKNOWN_PATRON,
                    r.patronPassword() == null ? null : false);
        }
        SimPatron p = found.get();
        List<String> charged = patrons.charged(p.id());
        List<String> overdue = patrons.overdue(p.id(), now.toLocalDate());
        List<String> holds = patrons.holdsReady(p.id());
        List<String> fineItems = patrons.fineItems(p.id());
        SummaryList wanted = r.summary();
        ItemLists lists = new ItemLists(
                list(wanted == SummaryList.HOLD_ITEMS, holds, r, pad),
                list(wanted == SummaryList.OVERDUE_ITEMS, overdue, r, pad),
                list(wanted == SummaryList.CHARGED_ITEMS, charged, r, pad),
                list(wanted == SummaryList.FINE_ITEMS, fineItems, r, pad),
                List.of(), List.of());
        long fines = state.fines(p.id());
        return new PatronInformationResponse(patrons.flags(p), LANGUAGE, now, holds.size(), overdue.size(),
                charged.size(), fineItems.size(), 0, 0, catalog.institution(), p.id(), p.name(), null, null,
                Integer.toString(catalog.maxLoans()), true, pinValid(p, r.patronPassword()), catalog.currency(),
                PatronAmounts.owed(fines), PatronAmounts.format(catalog.fineLimit()), lists, null,
                null, null, patrons.accountMessages(p), List.of(), List.of());
    }

    PatronStatusResponse status(PatronStatusRequest r, LocalDateTime now) {
        Optional<SimPatron> found = catalog.patron(r.patronId() == null ? "" : r.patronId());
        if (found.isEmpty()) {
            return SimRefusals.patronStatus(r, catalog.institution(), now, SimMessages.UNKNOWN_PATRON);
        }
        SimPatron p = found.get();
        long fines = state.fines(p.id());
        String pin = r.patronPassword() == null || r.patronPassword().isEmpty() ? null : r.patronPassword();
        return new PatronStatusResponse(patrons.flags(p), LANGUAGE, now, catalog.institution(), p.id(), p.name(), true,
                pinValid(p, pin), catalog.currency(), PatronAmounts.owed(fines),
                patrons.accountMessages(p), List.of(), List.of());
    }

    private static Boolean pinValid(SimPatron p, String pin) {
        return pin == null ? null : pin.equals(p.pin());
    }

    private static List<String> list(boolean wanted, List<String> all, PatronInformationRequest r, boolean pad) {
        if (!wanted) {
            return List.of();
        }
        List<String> listed = new ArrayList<>(SimPatrons.range(all, r.startItem(), r.endItem()));
        String bq = r.endItem() == null ? "" : r.endItem().trim();
        int end = pad && bq.matches("\\d{1,5}") ? Integer.parseInt(bq) : 0;
        while (listed.size() < end) {
            listed.add("");
        }
        return listed;
    }
}
