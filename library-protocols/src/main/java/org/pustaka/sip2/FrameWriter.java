package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes one message body for a message record: fixed fields in order, then variable fields, each
 * closed by {@code |}. Values are cleaned of the delimiter and line ends so a title can never break
 * the framing.
 */
public final class FrameWriter {
    private final StringBuilder out = new StringBuilder(128);
    private final Sip2Dates dates;

    FrameWriter(MessageType type, Sip2Dates dates) {
        this.dates = dates;
        out.append(type.code());
    }

    /** Exactly {@code width} characters: padded with spaces on the right, or cut. */
    public FrameWriter text(String value, int width) {
        String v = value == null ? "" : clean(value);
        out.append(v.length() >= width ? v.substring(0, width) : v + " ".repeat(width - v.length()));
        return this;
    }

    public FrameWriter character(char c) {
        out.append(c);
        return this;
    }

    public FrameWriter yesNo(boolean value) {
        return character(value ? 'Y' : 'N');
    }

    public FrameWriter oneZero(boolean value) {
        return character(value ? '1' : '0');
    }

    public FrameWriter tristate(Tristate value) {
        return character((value == null ? Tristate.UNKNOWN : value).code());
    }

    public FrameWriter date(LocalDateTime value) {
        out.append(dates.format(value));
        return this;
    }

    /** Zero-padded; values too large for the width are written as all nines. */
    public FrameWriter count(int value, int width) {
        String v = Integer.toString(Math.max(0, value));
        out.append(v.length() > width ? "9".repeat(width) : "0".repeat(width - v.length()) + v);
        return this;
    }

    /** A field the message requires: written even when empty. */
    public FrameWriter field(FieldId id, String value) {
        out.append(id.code()).append(value == null ? "" : clean(value)).append('|');
        return this;
    }

    /** A field written only when the value is not null. */
    public FrameWriter optional(FieldId id, String value) {
        return value == null ? this : field(id, value);
    }

    public FrameWriter optional(FieldId id, Boolean value) {
        return value == null ? this : field(id, value ? "Y" : "N");
    }

    public FrameWriter optionalDate(FieldId id, LocalDateTime value) {
        return value == null ? this : field(id, dates.format(value));
    }

    public FrameWriter repeated(FieldId id, List<String> values) {
        for (String v : values) {
            field(id, v);
        }
        return this;
    }

    /** Screen messages and print lines, the tail every response shares. */
    public FrameWriter screenText(List<String> screenMessages, List<String> printLines) {
        return repeated(FieldId.SCREEN_MESSAGE, screenMessages).repeated(FieldId.PRINT_LINE, printLines);
    }

    public FrameWriter others(List<Sip2Field> fields) {
        for (Sip2Field f : fields) {
            out.append(f.id()).append(clean(f.value())).append('|');
        }
        return this;
    }

    String body() {
        return out.toString();
    }

    private static String clean(String value) {
        return value.replace('|', '/').replace('\r', ' ').replace('\n', ' ');
    }
}
