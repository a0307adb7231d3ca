package org.pustaka.central.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.PatronAnswer;

/**
 * PIN checks for the circulation door. A kiosk sends the visitor's PIN with every loan of a visit; checking a
 * bcrypt hash each time would cost tens of milliseconds of CPU per book, so an accepted card and PIN are
 * remembered for {@link #REMEMBER} as a salted SHA-256 in memory (never the PIN, never on disk). Only an
 * optimisation: a replica without the memory asks the core again; a refusal is never remembered.
 */
final class PinChecks {
    static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final CirculationDesk desk;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final ConcurrentHashMap<String, Instant> accepted = new ConcurrentHashMap<>();

    PinChecks(CirculationDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** The core's answer when the card (and PIN) are accepted; a refusal is thrown as 422. */
    PatronAnswer authenticate(String patronId, Optional<String> pin) {
        PatronAnswer a = desk.authenticate(patronId, pin);
        if (!a.ok()) {
            throw CirculationMapping.refused(a.refusal());
        }
        pin.ifPresent(p -> remember(key(patronId, p)));
        return a;
    }

    /** Checks a PIN given with a loan: remembered acceptances skip the core. */
    void check(String patronId, String pin) {
        String key = key(patronId, pin);
        Instant until = accepted.get(key);
        if (until != null && until.isAfter(clock.instant())) {
            return;
        }
        authenticate(patronId, Optional.of(pin));
    }

    private void remember(String key) {
        if (accepted.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            accepted.values().removeIf(t -> !t.isAfter(now));
            if (accepted.size() >= MAX_ENTRIES) {
                accepted.clear();
            }
        }
        accepted.put(key, clock.instant().plus(REMEMBER));
    }

    private String key(String patronId, String pin) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(salt);
            d.update(patronId.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(pin.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
