package org.pustaka.central.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.pustaka.central.refusal.Refused;

/**
 * A request body read field by field with the API document's types and bounds. Every getter either answers
 * a valid value or throws an {@code INVALID_REQUEST} {@link Refused} that names the field (with its place in
 * the body, such as {@code items[3].score}) and says what it must be, in both languages.
 */
public final class JsonBody {
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JsonNode node;
    private final String place;

    private JsonBody(JsonNode node, String place) {
        this.node = node;
        this.place = place;
    }

    /** Reads a whole request body; empty, malformed, {@code null} and non-object bodies are refused. */
    public static JsonBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw Refused.invalid("Isi permintaan kosong; kirim sebuah objek JSON.",
                    "The request body is empty; send a JSON object.");
        }
        JsonNode node;
        try {
            node = ApiJson.mapper().readTree(body);
        } catch (IOException e) {
            throw Refused.invalid("Isi permintaan bukan JSON yang sah; periksa tanda kutip, koma dan kurung.",
                    "The request body is not valid JSON; check its quotes, commas and brackets.");
        }
        if (node == null || !node.isObject()) {
            throw Refused.invalid("Isi permintaan harus sebuah objek JSON ({...}), bukan " + kind(node) + ".",
                    "The request body must be a JSON object ({...}), not " + kind(node) + ".");
        }
        return new JsonBody(node, "");
    }

    /** The field's name with its place in the body, for messages. */
    public String name(String field) {
        return place + field;
    }

    public String text(String field, int min, int max) {
        String v = optText(field, max);
        if (v == null || v.length() < min) {
            throw bad(field, "teks " + min + " sampai " + max + " karakter", "a text of " + min + " to " + max + " characters");
        }
        return v;
    }

    /** A text of at most {@code max} characters, or null when absent or JSON null. */
    public String optText(String field, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.textValue().length() > max || v.textValue().indexOf('\0') >= 0) {
            throw bad(field, "teks paling banyak " + max + " karakter", "a text of at most " + max + " characters");
        }
        return v.textValue();
    }

    public String matching(String field, Pattern pattern, String whatId, String whatEn) {
        String v = optText(field, 200);
        if (v == null || !pattern.matcher(v).matches()) {
            throw bad(field, whatId, whatEn);
        }
        return v;
    }

    public UUID uuid(String field) {
        UUID v = optUuid(field);
        if (v == null) {
            throw bad(field, "sebuah UUID", "a UUID");
        }
        return v;
    }

    public UUID optUuid(String field) {
        String v = optText(field, 36);
        if (v == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(v).matches()) {
            throw bad(field, "sebuah UUID", "a UUID");
        }
        return UUID.fromString(v);
    }

    /** An RFC 3339 date-time with seconds and an offset, such as {@code 2026-11-28T02:10:00Z}. */
    public Instant instant(String field) {
        String v = optText(field, 40);
        if (v == null || !DATE_TIME.matcher(v).matches()) {
            throw bad(field, "tanggal-waktu dengan detik dan zona, misalnya 2026-11-28T02:10:00Z",
                    "a date-time with seconds and an offset, such as 2026-11-28T02:10:00Z");
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw bad(field, "tanggal-waktu yang ada di kalender", "a date-time that exists on the calendar");
        }
    }

    public LocalDate optDate(String field) {
        String v = optText(field, 10);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw bad(field, "tanggal seperti 2026-12-12", "a date such as 2026-12-12");
        }
    }

    public int integer(String field, int min, int max) {
        Integer v = optInteger(field, min, max);
        if (v == null) {
            throw bad(field, "bilangan bulat " + min + " sampai " + max, "a whole number from " + min + " to " + max);
        }
        return v;
    }

    public Integer optInteger(String field, int min, int max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw bad(field, "bilangan bulat " + min + " sampai " + max, "a whole number from " + min + " to " + max);
        }
        return v.intValue();
    }

    public Double optNumber(String field, double min, double max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < min || v.doubleValue() > max) {
            throw bad(field, "angka " + min + " sampai " + max, "a number from " + min + " to " + max);
        }
        return v.doubleValue();
    }

    public boolean optBoolean(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw bad(field, "true atau false", "true or false");
        }
        return v.booleanValue();
    }

    /** The objects of an array field; an absent field is an error when {@code required}. */
    public List<JsonBody> objects(String field, int maxItems, boolean required) {
        JsonNode v = node.get(field);
        if ((v == null || v.isNull()) && !required) {
            return List.of();
        }
        if (v == null || !v.isArray() || v.size() > maxItems) {
            throw bad(field, "daftar berisi paling banyak " + maxItems + " objek", "a list of at most " + maxItems + " objects");
        }
        List<JsonBody> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isObject()) {
                throw bad(field + "[" + i + "]", "sebuah objek JSON", "a JSON object");
            }
            out.add(new JsonBody(e, name(field) + "[" + i + "]."));
        }
        return out;
    }

    /** The object in {@code field}, whose entries the caller reads through {@link #entries}. */
    public JsonNode optObject(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw bad(field, "sebuah objek JSON", "a JSON object");
        }
        return v;
    }

    public Refused bad(String field, String whatId, String whatEn) {
        return Refused.invalid("Kolom " + name(field) + " harus " + whatId + ".",
                "Field " + name(field) + " must be " + whatEn + ".");
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
