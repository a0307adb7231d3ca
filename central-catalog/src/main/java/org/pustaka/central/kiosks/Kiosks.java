package org.pustaka.central.kiosks;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.Tx;

/**
 * Kiosk enrollment and tokens. Staff create a one-time code for a kiosk id; the kiosk exchanges it for a
 * bearer token, of which only the hash is stored. The same kiosk id and code within {@link #REPEAT_WINDOW}
 * answer the same token again (a technician re-running enrollment after a lost answer); after that the
 * code is spent. A new enrollment revokes the kiosk's earlier tokens.
 */
public final class Kiosks {
    public static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

    private final Tx tx;
    private final Clock clock;
    private final Duration codeValidity;
    private final KioskRepository repo = new KioskRepository();

    public Kiosks(Tx tx, Clock clock, Duration codeValidity) {
        this.tx = tx;
        this.clock = clock;
        this.codeValidity = codeValidity;
    }

    /** A code issued for {@code kioskId}, and when it expires. */
    public record IssuedCode(String kioskId, String code, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedCode[" + kioskId + ", code=****, expires=" + expiresAt + "]";
        }
    }

    public IssuedCode createCode(String kioskId) throws SQLException {
        if (!KIOSK_ID.matcher(kioskId).matches()) {
            throw Refused.invalid("Id kios hanya huruf, angka, '.', '_' dan '-', 1 sampai 40 karakter.",
                    "A kiosk id is letters, digits, '.', '_' and '-', 1 to 40 characters.");
        }
        String code = Secrets.enrollmentCode();
        Instant now = clock.instant();
        Instant expires = now.plus(codeValidity);
        tx.run(c -> {
            repo.insertCode(c, Secrets.sha256(Secrets.normalizeCode(code)), kioskId, now, expires);
            return null;
        });
        return new IssuedCode(kioskId, code, expires);
    }

    /** Exchanges a code for the kiosk's token, or refuses with {@code ENROLLMENT_CODE_INVALID}. */
    public String enroll(String kioskId, String code, String version) throws SQLException {
        String normalized = Secrets.normalizeCode(code);
        String codeHash = Secrets.sha256(normalized);
        Instant now = clock.instant();
        return tx.run(c -> {
            repo.forgetSeeds(c, now.minus(REPEAT_WINDOW));
            KioskRepository.CodeRow row = repo.lockCode(c, codeHash).orElseThrow(Kiosks::codeInvalid);
            if (!row.kioskId().equals(kioskId) || row.expiresAt().isBefore(now)) {
                throw codeInvalid();
            }
            byte[] seed = row.tokenSeed();
            if (row.usedAt() != null && (seed == null || row.usedAt().isBefore(now.minus(REPEAT_WINDOW)))) {
                throw codeInvalid();
            }
            if (seed == null) {
                seed = Secrets.randomBytes(32);
                repo.markUsed(c, codeHash, now, seed);
            }
            String token = Secrets.token(normalized, seed);
            String tokenHash = Secrets.sha256(token);
            repo.upsertKiosk(c, kioskId, version, now);
            repo.insertTokenIfAbsent(c, tokenHash, kioskId, now);
            repo.revokeTokensExcept(c, kioskId, tokenHash, now);
            return token;
        });
    }

    /** The kiosk a bearer token belongs to, when it is valid and not revoked. */
    public Optional<String> kioskOf(String token) throws SQLException {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        return tx.read(c -> repo.kioskOfToken(c, hash));
    }

    /** Revokes every token of the kiosk; answers how many were valid. */
    public int revoke(String kioskId) throws SQLException {
        Instant now = clock.instant();
        return tx.run(c -> repo.revokeAll(c, kioskId, now));
    }

    private static Refused codeInvalid() {
        return new Refused(Refused.Kind.FORBIDDEN, "ENROLLMENT_CODE_INVALID",
                "Kode pendaftaran salah, sudah dipakai atau kedaluwarsa. Minta kode baru kepada petugas.",
                "The enrollment code is wrong, used or expired. Ask library staff for a new code.");
    }
}
