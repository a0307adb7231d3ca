package org.pustaka.kiosk.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.awt.BorderLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.pustaka.kiosk.circulation.PadItem;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronCredentials;

/**
 * One screen of the visit, alive while the session is in its state. It keeps its own state (typed
 * digits, the items on the list) and builds its view from it, so a language or theme change simply
 * builds the view again. Work it starts reports back only while the screen is still open: a late
 * answer for a visitor who has gone is dropped, never shown to the next one.
 */
abstract class Screen {
    protected final KioskContext kiosk;
    private boolean open = true;

    Screen(KioskContext kiosk) {
        this.kiosk = kiosk;
    }

    /** The screen's name, used for component names and screenshot files. */
    abstract String id();

    /** Builds the view from the screen's state, in the given language. Event thread. */
    abstract JComponent build(Texts t);

    /** The screen became current: start loading what it shows. */
    void opened() {
    }

    void closed() {
        open = false;
    }

    boolean isOpen() {
        return open;
    }

    /** The whole content of the pad changed (only screens that use the pad care). */
    void padChanged(List<PadItem> items) {
    }

    /** A card was scanned while this screen is showing; returns whether the screen used it. */
    boolean cardPresented(String cardNumber) {
        return false;
    }

    /** A card reader saw a problem ({@code card.problem.KIND} in the bundles); returns whether the screen said so. */
    boolean cardProblem(org.pustaka.hardware.api.CardProblem.Kind kind) {
        return false;
    }

    /** Builds the view again after the screen's state changed. */
    protected void refresh() {
        if (open) {
            kiosk.refresh(this);
        }
    }

    /**
     * Asks the library for the visitor's account on the circulation worker, then builds the view again;
     * {@code shown} gets the account, or null when the library could not be asked.
     */
    protected void loadAccount(Consumer<PatronAccount> shown) {
        PatronCredentials credentials = kiosk.visit().credentials();
        circulation(() -> kiosk.desk().account(credentials), a -> {
            shown.accept(a);
            refresh();
        }, e -> {
            shown.accept(null);
            refresh();
        });
    }

    /** A screen's heading: its title, and under it a subtitle paragraph. */
    static JPanel heading(String name, String title, String subtitle) {
        JPanel heading = Touch.panel(new BorderLayout());
        heading.add(Touch.text(name + ".title", title, "title"), BorderLayout.NORTH);
        heading.add(Touch.para(name + ".prompt", subtitle, "subtitle", 900), BorderLayout.CENTER);
        return heading;
    }

    protected <T> void circulation(Callable<T> job, Consumer<T> done, Consumer<Exception> failed) {
        kiosk.work().circulation(job, r -> {
            if (open) {
                done.accept(r);
            }
        }, e -> {
            if (open) {
                failed.accept(e);
            }
        });
    }
}
