package org.pustaka.central.kiosks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens and enrollment codes. Tokens are 256 random bits, so a plain SHA-256 is enough to store them (no
 * password stretching needed); codes are short and live for hours at most and once.
 */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Secrets() {
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /** A code such as {@code 7Q4K-MLG1}: 8 characters without look-alikes (0/O, 1/I), about 40 bits. */
    static String enrollmentCode() {
        StringBuilder s = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return s.toString();
    }

    /** Codes are compared without case, dashes or spaces, as a technician may type them. */
    static String normalizeCode(String code) {
        return code.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** The token a code and its seed give; the same inputs give the same token, so a repeat can answer it again. */
    static String token(String normalizedCode, byte[] seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seed, "HmacSHA256"));
            byte[] t = mac.doFinal(normalizedCode.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(t);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }
}
