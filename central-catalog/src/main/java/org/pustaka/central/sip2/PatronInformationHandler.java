package org.pustaka.central.sip2;

import java.util.List;
import org.pustaka.central.circulation.Account;
import org.pustaka.central.circulation.AccountAnswer;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.HoldReady;
import org.pustaka.central.circulation.LoanLine;
import org.pustaka.central.circulation.Patron;
import org.pustaka.central.circulation.PatronAnswer;
import org.pustaka.sip2.ItemLists;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.Sip2Message;
import org.pustaka.sip2.SummaryList;

/**
 * 63 Patron Information (SIP2 2.00 section "Patron Information"): 64 with the counts of ready holds, overdue and
 * charged items and fines, and the one item list the summary field asks for (charged, overdue or hold items),
 * cut to the requested start and end positions. Recall and unavailable-hold lists are always empty: SLiMS has
 * neither recalls nor a hold queue beyond its reservations.
 */
final class PatronInformationHandler implements Sip2Handler<PatronInformationRequest> {
    private final CirculationDesk desk;
    private final Sip2Replies replies;

    PatronInformationHandler(CirculationDesk desk, Sip2Replies replies) {
        this.desk = desk;
        this.replies = replies;
    }

    @Override
    public Sip2Message answer(PatronInformationRequest request, Sip2Session session) {
        PatronAnswer a = desk.authenticate(request.patronId(), Sip2Replies.pin(request.patronPassword()));
        Patron p = a.patron();
        Boolean pinOk = Sip2Replies.pin(request.patronPassword()).isPresent() ? p != null && p.pinAccepted() : null;
        Account account = null;
        if (p != null) {
            AccountAnswer acc = desk.account(p.memberId());
            account = acc.ok() ? acc.account() : null;
        }
        List<LoanLine> loans = account == null ? List.of() : account.loans();
        List<String> charged = loans.stream().map(LoanLine::itemCode).toList();
        List<String> overdue = loans.stream().filter(LoanLine::overdue).map(LoanLine::itemCode).toList();
        List<String> holds = account == null ? List.of()
                : account.holdsReady().stream().map(HoldReady::itemCode).toList();
        ItemLists items = lists(request, holds, overdue, charged);
        List<String> screen = a.ok() || p != null && pinOk == null ? List.of() : Sip2Replies.screen(a.refusal());
        return new PatronInformationResponse(Sip2Replies.flags(p), "000", replies.now(), holds.size(), overdue.size(),
                charged.size(), p != null && p.unpaidFines() > 0 ? 1 : 0, 0, 0, replies.institutionId(),
                request.patronId(), p == null ? "" : Sip2Replies.clean(p.name()), null, null, null, p != null, pinOk,
                Sip2Replies.CURRENCY, Sip2Replies.fee(p), null, items, null, null, null, screen, List.of(), List.of());
    }

    private static ItemLists lists(PatronInformationRequest r, List<String> holds, List<String> overdue,
                                   List<String> charged) {
        SummaryList s = r.summary();
        if (s == null) {
            return ItemLists.NONE;
        }
        List<String> none = List.of();
        return switch (s) {
            case HOLD_ITEMS -> new ItemLists(range(holds, r), none, none, none, none, none);
            case OVERDUE_ITEMS -> new ItemLists(none, range(overdue, r), none, none, none, none);
            case CHARGED_ITEMS -> new ItemLists(none, none, range(charged, r), none, none, none);
            case FINE_ITEMS, RECALL_ITEMS, UNAVAILABLE_HOLDS -> ItemLists.NONE;
        };
    }

    /** BP and BQ are 1-based positions; missing or unreadable ones mean the whole list. */
    static List<String> range(List<String> list, PatronInformationRequest r) {
        int start = position(r.startItem(), 1);
        int end = Math.min(list.size(), position(r.endItem(), list.size()));
        return start > end ? List.of() : list.subList(start - 1, end);
    }

    private static int position(String text, int fallback) {
        try {
            int n = text == null || text.isBlank() ? fallback : Integer.parseInt(text.trim());
            return Math.max(1, n);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
