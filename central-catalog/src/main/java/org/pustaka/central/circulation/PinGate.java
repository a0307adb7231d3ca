package org.pustaka.central.circulation;

import java.util.concurrent.Semaphore;
import java.util.function.BiPredicate;

/**
 * Lets a bounded number of PIN checks run at once. A bcrypt check (cost 10, as SLiMS writes them) costs
 * tens of milliseconds of CPU; when a school class logs in at every kiosk together, unbounded checks would
 * take every core and every loan would wait behind them. With one core kept free of PIN checks, loans
 * keep their pace while logins queue. A caller interrupted while queueing is refused, never let through.
 */
final class PinGate {
    private final Semaphore permits;
    private final BiPredicate<String, String> check;

    PinGate(int concurrent, BiPredicate<String, String> check) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one PIN check must be able to run, not " + concurrent);
        }
        this.permits = new Semaphore(concurrent, true);
        this.check = check;
    }

    /** All cores but one for PIN checks, and at least one. */
    static PinGate forThisMachine() {
        return new PinGate(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), PinCheck::matches);
    }

    /** Whether {@code pin} matches {@code hash} ({@link PinCheck#matches}), waiting for a free slot first. */
    boolean matches(String pin, String hash) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            return check.test(pin, hash);
        } finally {
            permits.release();
        }
    }

    /** PIN checks waiting for a slot now (for tests and diagnostics). */
    int waiting() {
        return permits.getQueueLength();
    }
}
