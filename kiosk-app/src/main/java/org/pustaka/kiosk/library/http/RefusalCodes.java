package org.pustaka.kiosk.library.http;

import java.util.Locale;
import java.util.Map;
import org.pustaka.kiosk.library.Refusal;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.catalog.api.ApiError;

/**
 * API error codes of the circulation endpoints and their meaning for the kiosk. The codes are the
 * {@link RefusalReason} names; a few spellings a bridge may use are accepted too. Any other code becomes
 * {@code OTHER} with the library's own message.
 */
final class RefusalCodes {
    private static final Map<String, RefusalReason> ALIASES = Map.of(
            "PATRON_UNKNOWN", RefusalReason.UNKNOWN_PATRON,
            "INVALID_PIN", RefusalReason.WRONG_PIN,
            "ITEM_NOT_FOUND", RefusalReason.ITEM_UNKNOWN,
            "ITEM_ON_HOLD", RefusalReason.ITEM_ON_HOLD_FOR_ANOTHER,
            "PATRON_EXPIRED", RefusalReason.CARD_EXPIRED);

    private RefusalCodes() {
    }

    static RefusalReason reasonFor(String code) {
        if (code == null) {
            return RefusalReason.OTHER;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        RefusalReason alias = ALIASES.get(c);
        if (alias != null) {
            return alias;
        }
        for (RefusalReason r : RefusalReason.values()) {
            if (r.name().equals(c)) {
                return r;
            }
        }
        return RefusalReason.OTHER;
    }

    /** The refusal in {@code error}, with the library's words in Bahasa Indonesia (the English when there are none). */
    static Refusal refusal(ApiError error) {
        if (error == null) {
            return Refusal.of(RefusalReason.OTHER);
        }
        return new Refusal(reasonFor(error.code()), error.message().in("id"));
    }

    /** Whether the error is a circulation refusal rather than a fault in the request. */
    static boolean isRefusal(ApiError error) {
        return error != null && reasonFor(error.code()) != RefusalReason.OTHER;
    }
}
