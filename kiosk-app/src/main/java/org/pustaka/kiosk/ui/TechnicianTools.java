package org.pustaka.kiosk.ui;

import java.util.List;
import org.pustaka.kiosk.diagnostics.PadScan;
import org.pustaka.kiosk.diagnostics.TagOrder;
import org.pustaka.kiosk.diagnostics.TagWriteResult;
import org.pustaka.kiosk.store.JournalEntry;

/**
 * What the diagnostics screen can do on the kiosk once the technician PIN has opened it. Every method
 * may block on a device, the network or the disk for as long as their own timeouts allow, so the
 * screen calls them on a worker thread only. Each action is recorded in the audit log by the
 * implementation. Failures come back as sentences in the results rather than as exceptions, except
 * for unexpected faults, which the screen shows as "the action failed; see the log".
 */
public interface TechnicianTools {

    /** One self-test: name, passed or not, what was found and what to do, and how long it took. */
    record Check(String name, boolean ok, String detail, long millis) {
    }

    /** Reports waiting for the central catalog, and the transactions flagged for staff. */
    record Queue(int outboxDepth, List<String> flagged) {
    }

    enum Device { PRINTER, LIGHTS_AND_BUZZER }

    enum Document { LOG, CONFIG }

    /** Runs every self-test: reader, printer, lights, buzzer, library system (SIP2), catalog, store. */
    List<Check> selfTests(String language);

    /** Prints a test page, or plays every light pattern and buzzer cue; returns what happened. */
    String test(Device device, String language);

    Queue queue();

    /** Replays transactions kept while offline and sends waiting reports now; returns what happened. */
    String retryNow();

    /**
     * The newest {@code max} circulation journal entries, newest first, with patron numbers whole: the
     * screen masks them. Recorded in the audit log.
     */
    List<JournalEntry> journal(int max);

    /** The last lines of the kiosk log, or the configuration with its secrets masked. */
    List<String> read(Document document, int maxLines, String language);

    /** The tags on the pad now, decoded; a reader fault is the scan's problem sentence. Not audited (polled). */
    PadScan tagsOnPad();

    /**
     * The "scan a card" test: the last card any reader read, its number masked, as a sentence in
     * {@code language}; the card starts no visit while diagnostics is open. Never blocks.
     */
    default String lastCard(String language) {
        return "";
    }

    /** A new order with the kiosk's default owner library, for the tag form to start from. Never blocks. */
    TagOrder newTagOrder();

    /** Writes a tag for a book, reads it back and says how it went; recorded in the audit log. */
    TagWriteResult writeTag(TagOrder order);

    /** Records that the technician restarts the kiosk; the screen closes the window afterwards. */
    void restarting();
}
