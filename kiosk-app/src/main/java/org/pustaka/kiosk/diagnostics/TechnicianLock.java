package org.pustaka.kiosk.diagnostics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pustaka.kiosk.config.DiagnosticsSettings;
import org.pustaka.kiosk.pin.PinHash;
import org.pustaka.kiosk.store.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards diagnostics mode with the technician PIN. After {@code maxTries} wrong PINs in a row it locks
 * for {@code lockFor} and checks no PIN at all until then, the right one included; when the lock has
 * passed the count starts again. Every attempt is recorded in the audit log and logged, without the
 * PIN. Time comes from the injected clock. Thread-safe; {@link #unlock} blocks for the hash check
 * (tens of milliseconds), so call it off the Swing event thread.
 */
public final class TechnicianLock {
    private static final Logger LOG = LoggerFactory.getLogger(TechnicianLock.class);

    private final String pinHash;
    private final int maxTries;
    private final Duration lockFor;
    private final Clock clock;
    private final AuditLog audit;
    private int wrongInARow;
    private Instant lockedUntil;

    public TechnicianLock(DiagnosticsSettings settings, Clock clock, AuditLog audit) {
        this(settings.pinHash(), settings.maxTries(), Duration.ofMinutes(settings.lockMinutes()), clock, audit);
    }

    public TechnicianLock(String pinHash, int maxTries, Duration lockFor, Clock clock, AuditLog audit) {
        this.pinHash = pinHash == null ? "" : pinHash;
        this.maxTries = maxTries;
        this.lockFor = lockFor;
        this.clock = clock;
        this.audit = audit;
    }

    public synchronized UnlockResult unlock(CharSequence pin) {
        Instant now = clock.instant();
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            audit.record("unlock", AuditEntry.Outcome.LOCKED, "PIN not checked: locked until " + lockedUntil);
            return new UnlockResult(UnlockResult.Outcome.LOCKED, 0, lockedUntil);
        }
        if (lockedUntil != null) {
            lockedUntil = null;
            wrongInARow = 0;
        }
        if (!PinHash.recognised(pinHash)) {
            LOG.warn("Diagnostics cannot be opened: diagnostics.pinHash is empty or not a password4j hash");
            audit.record("unlock", AuditEntry.Outcome.DENIED, "no technician PIN hash configured");
            return new UnlockResult(UnlockResult.Outcome.NOT_CONFIGURED, 0, null);
        }
        if (PinHash.matches(pin, pinHash)) {
            wrongInARow = 0;
            LOG.info("Technician mode opened");
            audit.record("unlock", AuditEntry.Outcome.OK, "technician mode opened");
            return new UnlockResult(UnlockResult.Outcome.GRANTED, maxTries, null);
        }
        wrongInARow++;
        if (wrongInARow >= maxTries) {
            lockedUntil = now.plus(lockFor);
            LOG.warn("Technician PIN wrong {} times in a row; diagnostics locked until {}", wrongInARow, lockedUntil);
            audit.record("unlock", AuditEntry.Outcome.LOCKED,
                    wrongInARow + " wrong PINs in a row; locked until " + lockedUntil);
            return new UnlockResult(UnlockResult.Outcome.LOCKED, 0, lockedUntil);
        }
        int left = maxTries - wrongInARow;
        LOG.warn("Technician PIN wrong; {} tries left before the lock", left);
        audit.record("unlock", AuditEntry.Outcome.DENIED, "wrong PIN; " + left + " tries left");
        return new UnlockResult(UnlockResult.Outcome.WRONG_PIN, left, null);
    }

    /** Until when the lock holds, if it holds now. */
    public synchronized Optional<Instant> lockedUntil() {
        Instant until = lockedUntil;
        return until != null && clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
    }
}
