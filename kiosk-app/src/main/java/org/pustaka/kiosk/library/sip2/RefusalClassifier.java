package org.pustaka.kiosk.library.sip2;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.pustaka.kiosk.library.RefusalReason;

/**
 * SIP2 says "no" with a flag and free text, without reason codes. This reads the screen messages (in
 * English or Bahasa Indonesia, the languages of the servers the kiosk meets) and names the reason so
 * the touchscreen can say it in the visitor's language; anything unrecognised is {@link RefusalReason#OTHER}
 * and the library's own words are shown. Order matters: the narrower phrases are tried first.
 */
final class RefusalClassifier {
    enum Operation { PATRON, CHECKOUT, CHECKIN, RENEW }

    private record Rule(RefusalReason reason, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(RefusalReason.ITEM_NOT_ON_LOAN, "not (checked|charged) out|not on loan|tidak sedang dipinjam"
                    + "|tidak dalam peminjaman|belum dipinjam"),
            rule(RefusalReason.RENEWAL_LIMIT_REACHED, "(renew|perpanja)\\w*.*(limit|maximum|too many|batas|maks)"
                    + "|(limit|maximum|batas|maks)\\w*.*(renew|perpanja)"),
            rule(RefusalReason.UNKNOWN_PATRON, "(invalid|unknown) (patron|borrower|user)|(patron|borrower) not found"
                    + "|anggota tidak (dikenal|ditemukan|terdaftar)"),
            rule(RefusalReason.WRONG_PIN, "\\bpin\\b|password|kata sandi"),
            rule(RefusalReason.CARD_EXPIRED, "expired|kedaluwarsa|kadaluarsa|kadaluwarsa|masa berlaku"),
            rule(RefusalReason.FINES_TOO_HIGH, "\\bfines?\\b|\\bfees?\\b|denda|\\bowes?\\b"),
            rule(RefusalReason.PATRON_BLOCKED, "block|diblokir|card (reported )?lost|kartu (dilaporkan )?hilang"
                    + "|debarred|privileges|restricted"),
            rule(RefusalReason.ITEM_UNKNOWN, "(invalid|unknown) item|item not found|(buku|eksemplar|item) tidak "
                    + "(dikenal|ditemukan)"),
            rule(RefusalReason.ITEM_NOT_FOR_LOAN, "not for loan|not loanable|reference|does not circulate"
                    + "|tidak (untuk|dapat|boleh) dipinjam|referensi"),
            rule(RefusalReason.ITEM_ON_HOLD_FOR_ANOTHER, "\\bhold|reserved|reservation|pesanan|dipesan|reservasi"),
            rule(RefusalReason.TOO_MANY_ITEMS, "too many|limit|terlalu banyak|batas"),
            rule(RefusalReason.ITEM_ALREADY_ON_LOAN, "already|checked out to another|sedang dipinjam|on loan"));

    private static final Pattern RENEWAL_REFUSED = Pattern.compile(
            "renew|perpanja", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RefusalClassifier() {
    }

    static RefusalReason classify(List<String> screenMessages, Operation operation) {
        String text = String.join(" ", screenMessages).toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(text).find()) {
                return rule.reason;
            }
        }
        if (operation == Operation.RENEW && RENEWAL_REFUSED.matcher(text).find()) {
            return RefusalReason.RENEWAL_NOT_ALLOWED;
        }
        return operation == Operation.RENEW ? RefusalReason.RENEWAL_NOT_ALLOWED : RefusalReason.OTHER;
    }

    private static Rule rule(RefusalReason reason, String regex) {
        return new Rule(reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
}
