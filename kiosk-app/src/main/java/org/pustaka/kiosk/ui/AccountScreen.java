package org.pustaka.kiosk.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.pustaka.kiosk.library.HoldReady;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.session.SessionEvent;

/**
 * The visitor's account: fines in rupiah first, then holds waiting on the shelf, then loans with due dates;
 * as many as fit the screen, and how many more there are.
 */
final class AccountScreen extends Screen {
    /** The list's height at scale 1: 600 less the header, the title, the "finished" button and gaps. */
    private static final int LIST_HEIGHT = 600 - 80 - 60 - 56 - 4 * 16;
    private static final int MORE_LINE = 40;
    private PatronAccount account;
    private boolean unavailable;

    AccountScreen(KioskContext kiosk) {
        super(kiosk);
    }

    @Override
    String id() {
        return "account";
    }

    @Override
    void opened() {
        loadAccount(a -> {
            account = a;
            unavailable = a == null;
        });
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap);
        JPanel heading = Touch.panel(new BorderLayout());
        heading.add(Touch.text("account.title", t.get("account.title"), "title"), BorderLayout.NORTH);
        if (account == null) {
            heading.add(Touch.para("account.status", t.get(unavailable ? "account.unavailable" : "loading"), "subtitle", 900),
                    BorderLayout.CENTER);
        }
        root.add(heading, BorderLayout.NORTH);
        root.add(ItemRow.list("account.list", account == null ? List.of() : fitting(t, rows(t)), ""), BorderLayout.CENTER);
        JPanel bottom = Touch.panel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
        bottom.add(Touch.button("account.done", t.get("done"), "primary", () -> kiosk.fire(new SessionEvent.ActivityDone())));
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }

    private List<JComponent> rows(Texts t) {
        List<JComponent> rows = new ArrayList<>();
        if (account.fines().isZero()) {
            rows.add(ItemRow.row("account.fines", ItemRow.Tone.OK, t.get("account.noFines"), ""));
        } else {
            rows.add(ItemRow.row("account.fines", ItemRow.Tone.ATTENTION, t.get("account.fines", t.money(account.fines())),
                    t.get("account.finesHow")));
        }
        rows.add(section("account.holdsHeading", t.get("account.holds", account.holdsReady().size())));
        for (HoldReady h : account.holdsReady()) {
            String when = h.pickupBy() == null ? t.get("account.hold.pickupAny") : t.get("account.hold.pickup", t.date(h.pickupBy()));
            rows.add(ItemRow.row("account.hold." + h.itemId(), ItemRow.Tone.ATTENTION, ItemTexts.title(t, h.itemId(), h.title()), when));
        }
        if (account.holdsReady().isEmpty()) {
            rows.add(section("account.noHolds", t.get("account.noHolds"), "body"));
        }
        rows.add(section("account.loansHeading", t.get("account.loans", account.loans().size())));
        for (Loan l : account.loans()) {
            rows.add(ItemRow.row("account.loan." + l.itemId(), l.overdue() ? ItemRow.Tone.REFUSED : ItemRow.Tone.PLAIN,
                    ItemTexts.title(t, l.itemId(), l.title()), LoanTexts.due(t, l)));
        }
        if (account.loans().isEmpty()) {
            rows.add(section("account.noLoans", t.get("account.noLoans"), "body"));
        }
        return rows;
    }

    /**
     * The rows that fit the screen's list without scrolling, in order (fines, holds, loans), and a line
     * counting the rest, so nothing is out of sight without the visitor being told.
     */
    private static List<JComponent> fitting(Texts t, List<JComponent> rows) {
        int room = UIScale.scale(LIST_HEIGHT);
        int used = 0;
        List<JComponent> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int h = rows.get(i).getPreferredSize().height + Touch.gap() / 2;
            boolean last = i == rows.size() - 1;
            // keep room for the "and N more" line unless this is the last row
            if (used + h > room - (last ? 0 : UIScale.scale(MORE_LINE))) {
                long more = rows.subList(i, rows.size()).stream().filter(r -> r.getName() != null
                        && (r.getName().startsWith("account.loan.") || r.getName().startsWith("account.hold."))).count();
                if (more > 0) {
                    shown.add(section("account.more", t.get("account.more", more), "body"));
                    return shown;
                }
            }
            used += h;
            shown.add(rows.get(i));
        }
        return shown;
    }

    private static JComponent section(String name, String text) {
        return section(name, text, "subtitle");
    }

    private static JComponent section(String name, String text, String role) {
        JComponent l = Touch.text(name, text, role);
        l.setBorder(BorderFactory.createEmptyBorder(Touch.gap() / 2, 0, 0, 0));
        return l;
    }
}
