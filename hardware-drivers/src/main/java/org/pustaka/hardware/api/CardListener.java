package org.pustaka.hardware.api;

/**
 * Receives what card readers see, on the reader's own thread: keep the work short and move it to
 * wherever it is needed. {@link #problem} does nothing unless overridden.
 */
public interface CardListener {

    void card(CardRead read);

    default void problem(CardProblem problem) {
    }
}
