package org.pustaka.central.http;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pustaka.central.refusal.Refused;

/** Query and path parameters and the {@code Idempotency-Key} header, checked against the API document. */
final class Params {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Params() {
    }

    /** A local date range from {@code from} to {@code to}, both included, at most 366 days. */
    record Range(LocalDate from, LocalDate to) {
    }

    static Range range(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw Refused.invalid("Parameter to harus sama dengan atau sesudah from, paling jauh 366 hari.",
                    "Parameter to must be on or after from, at most 366 days later.");
        }
        return new Range(from, to);
    }

    static String path(Context ctx, String name, int max) {
        String v = ctx.pathParam(name);
        if (v.isEmpty() || v.length() > max || v.indexOf('\0') >= 0) {
            throw Refused.invalid("Bagian alamat " + name + " harus 1 sampai " + max + " karakter.",
                    "The path part " + name + " must be 1 to " + max + " characters.");
        }
        return v;
    }

    static String uuidPath(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (!UUID_TEXT.matcher(v).matches()) {
            throw Refused.invalid("Bagian alamat " + name + " harus sebuah UUID.", "The path part " + name + " must be a UUID.");
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }

    /** The header, when sent, must be the body's id: a server may use either, so they must agree. */
    static void idempotencyKey(Context ctx, UUID bodyId) {
        String key = ctx.header("Idempotency-Key");
        if (key != null && !(UUID_TEXT.matcher(key.trim()).matches() && UUID.fromString(key.trim()).equals(bodyId))) {
            throw Refused.invalid("Header Idempotency-Key harus sama dengan id di isi permintaan.",
                    "The Idempotency-Key header must be the same UUID as the body's id.");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && DATE.matcher(v).matches()) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeException e) {
                // reported below
            }
        }
        throw Refused.invalid("Parameter " + name + " harus tanggal seperti 2026-12-01.",
                "Parameter " + name + " must be a date such as 2026-12-01.");
    }
}
