package org.pustaka.kiosk.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import org.pustaka.hardware.api.BuzzerCue;
import org.pustaka.hardware.api.LightPattern;
import org.pustaka.kiosk.circulation.ItemOutcome;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.session.SessionEvent;

/**
 * Renewing: the visitor's loans with their due dates; touch some to select them and renew those, or
 * renew all. Each renewed loan then shows its new due date or, in words, why it could not be renewed.
 */
final class RenewScreen extends Screen {
    /** The words' width at scale 1, which leaves the row inside the list in large text too. */
    private static final int WORDS = 600;
    private List<Loan> loans;
    private boolean unavailable;
    private boolean working;
    private final Set<String> selected = new LinkedHashSet<>();
    private final Map<String, ItemOutcome> results = new LinkedHashMap<>();

    RenewScreen(KioskContext kiosk) {
        super(kiosk);
    }

    @Override
    String id() {
        return "renew";
    }

    @Override
    void opened() {
        loadAccount(a -> {
            loans = a == null ? null : a.loans();
            unavailable = a == null;
        });
    }

    @Override
    JComponent build(Texts t) {
        int gap = Touch.gap();
        JPanel root = Touch.screenRoot(gap, gap);
        String prompt = unavailable ? t.get("account.unavailable") : loans == null ? t.get("loading") : t.get("renew.prompt");
        root.add(heading("renew", t.get("renew.title"), prompt), BorderLayout.NORTH);

        List<JComponent> rows = new ArrayList<>();
        if (loans != null) {
            for (Loan loan : loans) {
                rows.add(row(t, loan));
            }
        }
        root.add(ItemRow.list("renew.list", rows, loans == null ? "" : t.get("renew.none")), BorderLayout.CENTER);

        JPanel bottom = Touch.panel(new FlowLayout(FlowLayout.RIGHT, gap, 0));
        boolean canRenew = loans != null && !loans.isEmpty() && !working;
        JButton some = Touch.button("renew.some", t.get("renew.some", selected.size()), "secondary",
                () -> renew(List.copyOf(selected)));
        some.setEnabled(canRenew && !selected.isEmpty());
        JButton all = Touch.button("renew.all", t.get("renew.all"), "secondary", () -> renew(List.of()));
        all.setEnabled(canRenew && results.size() < loans().size());
        bottom.add(some);
        bottom.add(all);
        bottom.add(Touch.button("renew.done", t.get("done"), "primary", () -> kiosk.fire(new SessionEvent.ActivityDone())));
        root.add(bottom, BorderLayout.SOUTH);
        return root;
    }

    private List<Loan> loans() {
        return loans == null ? List.of() : loans;
    }

    private JComponent row(Texts t, Loan loan) {
        String name = "renew.loan." + loan.itemId();
        ItemOutcome result = results.get(loan.itemId());
        if (result != null) {
            return ItemRow.row(name, ItemRow.tone(result), ItemTexts.title(t, loan.itemId(), loan.title()),
                    ItemTexts.result(t, new VisitLine(VisitLine.Kind.RENEW, result)));
        }
        boolean on = selected.contains(loan.itemId());
        JToggleButton b = Touch.toggle(name, "", on, "choice", () -> toggle(loan.itemId()));
        b.setEnabled(!working);
        int gap = Touch.gap();
        b.setLayout(new BorderLayout(gap, 0));
        // on the selected (dark) background the words take the selected colour, so they stay readable
        Color fg = KioskTheme.color(on ? "ToggleButton.selectedForeground" : "Label.foreground");
        JPanel words = Touch.panel(new BorderLayout());
        // labels, not text areas: a text area would take the tap meant for the row
        words.add(Touch.wrapped(name + ".title", ItemTexts.title(t, loan.itemId(), loan.title()), "itemTitle", WORDS, fg),
                BorderLayout.NORTH);
        words.add(Touch.wrapped(name + ".due", LoanTexts.due(t, loan), "status", WORDS, fg), BorderLayout.CENTER);
        // the state goes under the due date, so the row stays inside the list in large text
        words.add(Touch.wrapped(name + ".state", t.get(on ? "renew.selected" : "renew.notSelected"), "status", WORDS, fg),
                BorderLayout.SOUTH);
        b.add(words, BorderLayout.CENTER);
        b.add(new javax.swing.JLabel(new StatusIcon(on ? StatusIcon.Shape.DONE : StatusIcon.Shape.WORKING, fg, 40)),
                BorderLayout.WEST);
        // a button sizes itself by its own text; this one holds two lines of words, so it takes their height
        Dimension words2 = b.getLayout().preferredLayoutSize(b);
        b.setPreferredSize(new Dimension(words2.width, Math.max(Touch.touchTarget(), words2.height)));
        return b;
    }

    private void toggle(String itemId) {
        kiosk.cue(BuzzerCue.KEY, null);
        if (!selected.remove(itemId)) {
            selected.add(itemId);
        }
        refresh();
    }

    private void renew(List<String> itemIds) {
        working = true;
        kiosk.cue(null, LightPattern.BUSY);
        PatronCredentials credentials = kiosk.visit().credentials();
        circulation(() -> kiosk.desk().renew(credentials, itemIds), outcomes -> {
            working = false;
            boolean refused = false;
            for (ItemOutcome o : outcomes) {
                results.put(o.itemId(), o);
                selected.remove(o.itemId());
                kiosk.visit().add(new VisitLine(VisitLine.Kind.RENEW, o));
                if (o.succeeded()) {
                    kiosk.fire(new SessionEvent.TransactionRecorded());
                } else {
                    refused = true;
                }
            }
            kiosk.cue(refused ? BuzzerCue.REFUSE : BuzzerCue.ACCEPT, refused ? LightPattern.ATTENTION : LightPattern.READY);
            refresh();
        }, e -> {
            working = false;
            unavailable = true;
            refresh();
        });
    }
}
