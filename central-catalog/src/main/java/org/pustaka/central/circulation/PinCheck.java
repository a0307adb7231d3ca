package org.pustaka.central.circulation;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Checks a PIN against a member's OPAC password hash: bcrypt ({@code $2y$}, {@code $2a$}, {@code $2b$}) as
 * SLiMS writes it today, or the unsalted MD5 hex of older SLiMS versions. Unlike SLiMS's OPAC login it does
 * not rewrite an MD5 hash as bcrypt: the service does not edit members.
 */
final class PinCheck {

    /** Longer input is no PIN a member could have set; refusing it early bounds the work. */
    static final int MAX_PIN_LENGTH = 64;

    private PinCheck() {
    }

    static boolean matches(String pin, String hash) {
        if (pin == null || hash == null || pin.isEmpty() || pin.length() > MAX_PIN_LENGTH) {
            return false;
        }
        String stored = hash.strip();
        if (stored.startsWith("$2")) {
            try {
                return BCrypt.verifyer().verify(pin.getBytes(StandardCharsets.UTF_8),
                        stored.getBytes(StandardCharsets.UTF_8)).verified;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        if (stored.matches("[0-9a-fA-F]{32}")) {
            byte[] given = md5Hex(pin).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(given, stored.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
        return false;
    }

    private static String md5Hex(String pin) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(pin.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no MD5", e);
        }
    }
}
