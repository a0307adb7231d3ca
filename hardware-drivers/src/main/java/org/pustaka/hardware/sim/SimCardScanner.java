package org.pustaka.hardware.sim;

import java.util.function.Consumer;
import org.pustaka.hardware.api.CardScanner;

/** A card scanner driven by hand: {@link #scan} delivers a card number as a real scan would. */
public final class SimCardScanner implements CardScanner {
    private volatile Consumer<String> listener;

    @Override
    public void start(Consumer<String> onCard) {
        listener = onCard;
    }

    @Override
    public void stop() {
        listener = null;
    }

    /** Delivers {@code cardNumber} to the listener, on the caller's thread; ignored when stopped. */
    public void scan(String cardNumber) {
        Consumer<String> l = listener;
        if (l != null) {
            l.accept(cardNumber);
        }
    }
}
