package org.pustaka.kiosk.circulation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The RFID pad as circulation needs it: what lies on it (decoded), changes as they happen, and the
 * item security of tags on it. {@link #tags()} and {@link #secure} block on the reader (between the
 * watch's polls) and must not run on the Swing event thread; the watch listener is called on the
 * reader watch's thread. Reader failures are not thrown: {@link #secure} answers false, {@link #tags()}
 * answers what could be read.
 */
public interface ItemPad {

    /** The tags on the pad now. */
    List<PadTag> tags();

    /** Calls {@code listener} with the whole pad content now and after every change. */
    void watch(Consumer<List<PadTag>> listener);

    /**
     * Sets every tag's security to on loan (gate quiet) or in stock (gate alarms) and reads it back, with
     * the configured bounded retries. True only when every tag was verified; tags not on the pad fail.
     */
    boolean secure(List<String> uids, boolean onLoan);

    /**
     * Writes every tag's security once, without reading it back: a stack is proven together afterwards
     * by {@link #unproven}. Errors are not thrown (a write may land and only its answer get lost).
     */
    void write(List<String> uids, boolean onLoan);

    /**
     * Proves the security of tags written before, all together; a tag not shown is written again and
     * looked for again, with the configured bounded retries. Answers the tags left unproven, empty when
     * every tag was proven; a reader failure leaves them all unproven.
     */
    List<String> unproven(List<String> uids, boolean onLoan);

    /**
     * Runs {@code work} holding the reader, so nothing else (the watch's polls) comes between the
     * commands a stack needs. Work that does not touch the reader may run beside it on other threads.
     */
    default <T> T holding(Supplier<T> work) {
        return work.get();
    }
}
