package org.pustaka.central.sip2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pustaka.central.circulation.Patron;
import org.pustaka.central.circulation.Refusal;
import org.pustaka.central.circulation.Sentence;
import org.pustaka.sip2.PatronStatusFlag;
import org.pustaka.sip2.Sip2Dates;

/**
 * What every handler needs to turn the core's answers into SIP2 fields: the terminal's time, screen messages
 * in Bahasa Indonesia then English, due dates, patron status flags, and request ids for the exactly-once ledger.
 */
final class Sip2Replies {
    static final String CURRENCY = "IDR";
    private final Clock clock;
    private final Sip2Dates dates;
    private final String institutionId;

    Sip2Replies(Clock clock, Sip2Dates dates, String institutionId) {
        this.clock = clock;
        this.dates = dates;
        this.institutionId = institutionId;
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), dates.zone());
    }

    String institutionId() {
        return institutionId;
    }

    /**
     * When the visitor did it: the terminal's transaction date for a no-block replay of offline work (it may lie
     * in the past), the service's clock otherwise, since a terminal's clock is not to be trusted with due dates.
     */
    Instant when(boolean noBlock, LocalDateTime transactionDate) {
        return noBlock && transactionDate != null ? transactionDate.atZone(dates.zone()).toInstant() : clock.instant();
    }

    /**
     * A request id for the ledger. SIP2 has no request id, but a terminal that repeats a request whose answer it
     * lost sends the same line again, with the same transaction date: the same message code, date and
     * identifiers give the same id, so the repeat gets the first answer. Without a date each request is new.
     */
    static String requestId(String code, LocalDateTime transactionDate, String... ids) {
        if (transactionDate == null) {
            return "sip2-" + code + "-" + UUID.randomUUID();
        }
        StringBuilder key = new StringBuilder(code).append('|').append(transactionDate);
        for (String id : ids) {
            key.append('|').append(id);
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "sip2-" + code + "-" + HexFormat.of().formatHex(d, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** A due date as the fixed-field date form, at the end of the library's day (SLiMS stores dates only). */
    String dueDate(LocalDate due) {
        return due == null ? null : dates.format(due.atTime(23, 59, 59));
    }

    static List<String> screen(Refusal refusal) {
        return refusal == null ? List.of() : screen(List.of(refusal.message()));
    }

    /** Each sentence as two screen messages (AF): Bahasa Indonesia first, then English. */
    static List<String> screen(List<Sentence> sentences) {
        List<String> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.add(clean(s.id()));
            out.add(clean(s.en()));
        }
        return out;
    }

    static List<String> screen(Refusal refusal, List<Sentence> more) {
        List<String> out = new ArrayList<>(screen(refusal));
        out.addAll(screen(more));
        return out;
    }

    /** The field delimiter may not appear inside a field. */
    static String clean(String text) {
        return text == null ? null : text.replace('|', '/').replace('\r', ' ').replace('\n', ' ');
    }

    /** Status flags from the patron's blocks; an unknown patron is denied everything. */
    static Set<PatronStatusFlag> flags(Patron patron) {
        if (patron == null) {
            return EnumSet.of(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED, PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED,
                    PatronStatusFlag.RECALL_PRIVILEGES_DENIED, PatronStatusFlag.HOLD_PRIVILEGES_DENIED);
        }
        Set<PatronStatusFlag> flags = EnumSet.noneOf(PatronStatusFlag.class);
        if (!patron.valid()) {
            flags.add(PatronStatusFlag.CHARGE_PRIVILEGES_DENIED);
            flags.add(PatronStatusFlag.RENEWAL_PRIVILEGES_DENIED);
            flags.add(PatronStatusFlag.HOLD_PRIVILEGES_DENIED);
        }
        return flags;
    }

    static String fee(Patron patron) {
        return patron == null || patron.unpaidFines() <= 0 ? null : Long.toString(patron.unpaidFines());
    }

    /** A patron password (AD) as the core wants it: empty when the terminal sent none. */
    static Optional<String> pin(String patronPassword) {
        return patronPassword == null || patronPassword.isEmpty() ? Optional.empty() : Optional.of(patronPassword);
    }
}
