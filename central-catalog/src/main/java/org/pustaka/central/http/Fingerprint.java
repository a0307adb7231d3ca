package org.pustaka.central.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A hash of what a request asks, so a repeated id with a different request is told apart from a retry. */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(Object... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                if (p instanceof Record r) {
                    for (var component : r.getClass().getRecordComponents()) {
                        update(d, component.getAccessor().invoke(r));
                    }
                } else {
                    update(d, p);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read a request record", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void update(MessageDigest d, Object value) {
        d.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }
}
