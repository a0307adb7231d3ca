package org.pustaka.central.cards;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.pustaka.central.refusal.Refused;
import org.pustaka.central.store.Tx;

/**
 * Contactless library cards and the members they belong to. The desk pairs a card when it hands it out and
 * unpairs it when it is reported lost or handed back; kiosks look a card up by its UID
 * ({@code GET cards/{uid}}) and keep the answer for offline use. Every change is logged with who made it.
 */
public final class Cards {
    /** A UID as the API takes it: 4 to 10 bytes of hex (ISO 14443 single, double or triple size). */
    public static final Pattern UID = Pattern.compile("([0-9A-Fa-f]{2}){4,10}");
    static final int MAX_MEMBER_ID = 64;
    static final int MAX_REASON = 200;

    /** A card's pairing: its UID in upper-case hex, the member, when and by whom it was paired. */
    public record Pairing(String uid, String memberId, java.time.Instant pairedAt, String pairedBy) {
    }

    private final Tx tx;
    private final Clock clock;
    private final CardRepository repo = new CardRepository();

    public Cards(Tx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The UID in upper-case hex, from what a reader or a person writes: separators ':', '-' and spaces
     * are dropped ("04:a2:24:b2" is 04A224B2). Refused when it is not 4 to 10 bytes of hex.
     */
    public static String uid(String written) {
        String bare = written == null ? "" : written.replaceAll("[\\s:-]", "");
        if (!UID.matcher(bare).matches()) {
            throw Refused.invalid("UID kartu harus 4 sampai 10 bita heksadesimal, misalnya 04A224B2C35E80.",
                    "A card UID is 4 to 10 bytes of hex, for example 04A224B2C35E80.");
        }
        return bare.toUpperCase(Locale.ROOT);
    }

    /** The member the card {@code uid} is paired with, or empty (never paired, or unpaired). */
    public Optional<Pairing> find(String uid) throws SQLException {
        String u = uid(uid);
        return tx.read(c -> repo.find(c, u, false));
    }

    /**
     * Pairs the card with {@code memberId}, who must be a member the library system knows
     * ({@code memberKnown}). Pairing a card again with the same member changes nothing; a card paired with
     * someone else is refused ({@code CARD_PAIRED_ELSEWHERE}) until it is unpaired.
     */
    public Pairing pair(String uid, String memberId, String by, Predicate<String> memberKnown) throws SQLException {
        String u = uid(uid);
        String member = memberId == null ? "" : memberId.strip();
        if (member.isEmpty() || member.length() > MAX_MEMBER_ID) {
            throw Refused.invalid("Isi nomor anggota (paling banyak 64 karakter).",
                    "Give the member number (at most 64 characters).");
        }
        if (!memberKnown.test(member)) {
            throw new Refused(Refused.Kind.NOT_FOUND, "UNKNOWN_PATRON",
                    "Nomor anggota ini tidak dikenal sistem perpustakaan; periksa nomornya.",
                    "The library system does not know this member number; check the number.");
        }
        return tx.run(c -> {
            Optional<Pairing> now = repo.find(c, u, true);
            if (now.isPresent()) {
                if (now.get().memberId().equals(member)) {
                    return now.get();
                }
                throw new Refused(Refused.Kind.CONFLICT, "CARD_PAIRED_ELSEWHERE",
                        "Kartu ini sudah dipasangkan dengan anggota lain; lepaskan dulu pasangannya.",
                        "This card is paired with another member; unpair it first.");
            }
            Pairing p = new Pairing(u, member, clock.instant(), by);
            repo.insert(c, p);
            repo.log(c, u, member, "PAIR", "", p.pairedAt(), by);
            return p;
        });
    }

    /**
     * Unpairs the card (lost, broken or handed back): kiosks forget it at their next look-up. Answers the
     * pairing that ended, or empty when the card was not paired.
     */
    public Optional<Pairing> unpair(String uid, String reason, String by) throws SQLException {
        String u = uid(uid);
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw Refused.invalid("Alasan paling banyak 200 karakter.", "A reason is at most 200 characters.");
        }
        return tx.run(c -> {
            Optional<Pairing> was = repo.find(c, u, true);
            if (was.isPresent()) {
                repo.delete(c, u);
                repo.log(c, u, was.get().memberId(), "UNPAIR", why, clock.instant(), by);
            }
            return was;
        });
    }
}
