package org.pustaka.kiosk.pin;

import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.HashingFunction;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Every PIN hash the kiosk keeps, in one place, and one {@link #matches} that checks a PIN against any of
 * their forms.
 * <ul>
 * <li>The technician PIN ({@code diagnostics.pinHash}): Argon2id (19 MiB, 2 passes, one lane, the OWASP
 * baseline) made by {@link #hash}; bcrypt hashes made elsewhere are accepted too. A PIN has few digits,
 * so the hash alone would not stop someone holding the config file; the technician lock-out stops
 * guessing at the screen, and the file is readable by root only.</li>
 * <li>The offline visitor list: a card number becomes a SHA-256 key ({@link #patronKey}, the list holds
 * no card numbers), a PIN a salted PBKDF2 hash ({@link #patronHash}, {@code salt:hash} in Base64), so the
 * kiosk can check a PIN offline without keeping it. PBKDF2 because it runs on the circulation thread at
 * every online identification, where Argon2id's memory and time would be felt on the board.</li>
 * </ul>
 */
public final class PinHash {
    private static final int SALT_BYTES = 16;
    private static final HashingFunction ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);
    private static final int PBKDF2_ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHash() {
    }

    /** Whether {@code pin} is acceptable as a technician PIN: 4 to 12 digits. */
    public static boolean acceptable(CharSequence pin) {
        return pin != null && pin.length() >= 4 && pin.length() <= 12 && pin.chars().allMatch(Character::isDigit);
    }

    /** The technician PIN's hash: Argon2id with a random salt. */
    public static String hash(CharSequence pin) {
        return Password.hash(pin).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
    }

    /** Whether {@code hash} is a technician PIN hash this kiosk can check (Argon2 or bcrypt). */
    public static boolean recognised(String hash) {
        return hash != null && (hash.startsWith("$argon2") || hash.startsWith("$2a$") || hash.startsWith("$2b$")
                || hash.startsWith("$2y$"));
    }

    /**
     * Checks {@code pin} against a hash in any of the kiosk's forms: a technician hash that is
     * {@link #recognised}, or a visitor's {@link #patronHash}. False for anything else, and for a damaged
     * technician hash (no PIN can match it).
     */
    public static boolean matches(CharSequence pin, String hash) {
        if (pin == null || hash == null) {
            return false;
        }
        if (recognised(hash)) {
            try {
                HashingFunction f = hash.startsWith("$argon2")
                        ? Argon2Function.getInstanceFromHash(hash)
                        : BcryptFunction.getInstanceFromHash(hash);
                return Password.check(pin, hash).with(f);
            } catch (RuntimeException e) {
                return false;
            }
        }
        int colon = hash.indexOf(':');
        if (colon < 0) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(hash.substring(0, colon));
        byte[] expected = Base64.getDecoder().decode(hash.substring(colon + 1));
        return MessageDigest.isEqual(expected, derive(pin.toString(), salt));
    }

    /** The key of a card number in the offline visitor list: SHA-256 in hex. */
    public static String patronKey(String patronId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(patronId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A visitor's PIN for the offline visitor list: salted PBKDF2, {@code salt:hash} in Base64. */
    public static String patronHash(String pin) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(derive(pin, salt));
    }

    private static byte[] derive(String pin, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, PBKDF2_ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }
}
