package org.pustaka.hardware.sim;

import java.util.function.Consumer;
import org.pustaka.hardware.api.CardListener;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;
import org.pustaka.hardware.api.CardScanner;

/**
 * A card scanner driven by hand: {@link #scan} delivers a card number as a real scan would, and
 * {@link #problem} what a real reader reports when something goes wrong (a half scan, two cards).
 */
public final class SimCardScanner implements CardScanner {
    private volatile CardListener listener;

    @Override
    public void start(Consumer<String> onCard) {
        listen(read -> onCard.accept(read.value()));
    }

    @Override
    public void listen(CardListener l) {
        listener = l;
    }

    @Override
    public void stop() {
        listener = null;
    }

    /** Delivers {@code cardNumber} to the listener, on the caller's thread; ignored when stopped. */
    public void scan(String cardNumber) {
        CardListener l = listener;
        if (l != null) {
            l.card(CardRead.number("sim", cardNumber));
        }
    }

    /** Reports a problem to the listener, on the caller's thread; ignored when stopped. */
    public void problem(CardProblem.Kind kind) {
        CardListener l = listener;
        if (l != null) {
            l.problem(new CardProblem("sim", kind, "simulated"));
        }
    }
}
