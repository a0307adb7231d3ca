package org.pustaka.kiosk.diagnostics;

import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.HashingFunction;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * The technician PIN's hash as kept in {@code diagnostics.pinHash}: Argon2id (19 MiB, 2 passes, one
 * lane, the OWASP baseline) made by {@link #hash}; bcrypt hashes made elsewhere are accepted too. A PIN
 * has few digits, so the hash alone would not stop someone holding the config file; the lock-out in
 * {@link TechnicianLock} stops guessing at the screen, and the file is readable by root only.
 */
public final class PinHash {
    private static final int SALT_BYTES = 16;
    private static final HashingFunction ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

    private PinHash() {
    }

    /** Whether {@code pin} is acceptable as a technician PIN: 4 to 12 digits. */
    public static boolean acceptable(CharSequence pin) {
        return pin != null && pin.length() >= 4 && pin.length() <= 12 && pin.chars().allMatch(Character::isDigit);
    }

    public static String hash(CharSequence pin) {
        return Password.hash(pin).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
    }

    /** Whether {@code hash} is in a form this kiosk can check. */
    public static boolean recognised(String hash) {
        return hash != null && (hash.startsWith("$argon2") || hash.startsWith("$2a$") || hash.startsWith("$2b$")
                || hash.startsWith("$2y$"));
    }

    /** Checks {@code pin} against {@code hash}; false for a hash that is not {@link #recognised}. */
    public static boolean matches(CharSequence pin, String hash) {
        if (!recognised(hash) || pin == null) {
            return false;
        }
        try {
            HashingFunction f = hash.startsWith("$argon2")
                    ? Argon2Function.getInstanceFromHash(hash)
                    : BcryptFunction.getInstanceFromHash(hash);
            return Password.check(pin, hash).with(f);
        } catch (RuntimeException e) {
            // a damaged hash in the config: no PIN can match it
            return false;
        }
    }
}
