package org.pustaka.sip2.sim;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault switches of one simulated library, for tests and demos; switchable while it runs. Counters
 * act on the next N requests and count down ({@code Integer.MAX_VALUE} for "always"); flags hold until
 * cleared. Each server has its own, so tests can run in parallel.
 */
public final class SimFaults {
    /** How the simulated library ends its lines; real servers use all three. */
    public enum LineEnding {
        CR("\r"), CRLF("\r\n"), LF("\n");

        private final String text;

        LineEnding(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** Wait this long before each answer. */
    public volatile int delayMillis;
    /** Close the connection on receiving the next N requests, without acting on them (an idle timeout). */
    public final AtomicInteger dropBeforeProcessing = new AtomicInteger();
    /** Act on the next N requests, then close the connection without answering (a lost answer). */
    public final AtomicInteger dropAfterProcessing = new AtomicInteger();
    /** Send the next N answers with a wrong checksum. */
    public final AtomicInteger wrongChecksum = new AtomicInteger();
    /** Send the next N answers with one letter of their checksum marker changed ({@code AZ} to {@code AX}). */
    public final AtomicInteger brokenChecksumMarker = new AtomicInteger();
    /** Send a line of garbage instead of the next N answers (a 97 then gets the real answer). */
    public final AtomicInteger garbage = new AtomicInteger();
    /** Answer the next N requests with the wrong sequence number. */
    public final AtomicInteger wrongSequence = new AtomicInteger();
    /** Answer 96 (please resend) to the next N requests instead of acting on them. */
    public final AtomicInteger askResend = new AtomicInteger();
    /** Read requests and never answer. */
    public volatile boolean silent;
    /** Refuse every login (94 with ok 0). */
    public volatile boolean refuseLogin;
    /** Report checkin and checkout as not allowed in 98 while both work, as some servers do. */
    public volatile boolean reportCheckinCheckoutNotAllowed;
    /** Write variable fields in reverse order. */
    public volatile boolean reorderFields;
    /** Write each answer in two pieces, with a pause between, so it arrives split over reads. */
    public volatile boolean splitWrites;
    public volatile LineEnding lineEnding = LineEnding.CR;
    /**
     * Pad the item list of a patron information answer with empty entries up to the end item asked for
     * (BQ), as the standalone Perl SIPServer does ({@code BQ9999} gives 9999 {@code AS} fields).
     */
    public volatile boolean padItemLists;
    /**
     * Not a fault but a server setting: when not null, every request with an AC field must carry this
     * terminal password, or it is refused (ok false, a screen message) and nothing is done.
     */
    public volatile String requiredTerminalPassword;

    /** Everything back to normal. */
    public void clear() {
        delayMillis = 0;
        dropBeforeProcessing.set(0);
        dropAfterProcessing.set(0);
        wrongChecksum.set(0);
        brokenChecksumMarker.set(0);
        garbage.set(0);
        wrongSequence.set(0);
        askResend.set(0);
        silent = false;
        refuseLogin = false;
        reportCheckinCheckoutNotAllowed = false;
        reorderFields = false;
        splitWrites = false;
        lineEnding = LineEnding.CR;
        padItemLists = false;
        requiredTerminalPassword = null;
    }

    static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 && n != Integer.MAX_VALUE ? n - 1 : n) > 0;
    }
}
