package org.pustaka.kiosk.circulation;

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
 * Hashes for the offline visitor list: a card number becomes a SHA-256 key (the list holds no card
 * numbers), a PIN a salted PBKDF2 hash, so the kiosk can check a PIN offline without keeping it.
 */
final class PinHash {
    private static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHash() {
    }

    static String patronKey(String patronId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(patronId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hash(String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(derive(pin, salt));
    }

    static boolean matches(String pin, String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(stored.substring(0, colon));
        byte[] expected = Base64.getDecoder().decode(stored.substring(colon + 1));
        return MessageDigest.isEqual(expected, derive(pin, salt));
    }

    private static byte[] derive(String pin, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }
}
