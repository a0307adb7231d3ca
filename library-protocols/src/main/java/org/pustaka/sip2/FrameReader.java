package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one message body for a message record: fixed fields in order through a cursor, then variable
 * fields by id (any order, repeated ones collected, the ones nobody asked for kept in {@link #others()}).
 * Formats (flags, counts, dates) live here so every record reads them the same way.
 */
public final class FrameReader {
    private final String body;
    private final Sip2Dates dates;
    private int cursor = 2;
    private List<Sip2Field> fields;
    private final Set<String> consumed = new HashSet<>();

    FrameReader(String body, Sip2Dates dates) {
        this.body = body;
        this.dates = dates;
    }

    public String text(int width) throws Sip2FormatException {
        if (fields != null) {
            throw new IllegalStateException("fixed fields must be read before variable fields");
        }
        if (cursor + width > body.length()) {
            throw new Sip2FormatException("Message " + body.substring(0, 2) + " is too short: its fixed fields need "
                    + (cursor + width) + " characters, it has " + body.length() + ".");
        }
        String s = body.substring(cursor, cursor + width);
        cursor += width;
        return s;
    }

    public char character() throws Sip2FormatException {
        return text(1).charAt(0);
    }

    /** {@code Y} is true, anything else false. */
    public boolean yesNo() throws Sip2FormatException {
        return Character.toUpperCase(character()) == 'Y';
    }

    /** {@code 1} is true, anything else false (the "ok" fields). */
    public boolean oneZero() throws Sip2FormatException {
        return character() == '1';
    }

    public Tristate tristate() throws Sip2FormatException {
        return Tristate.fromCode(character());
    }

    public LocalDateTime date() throws Sip2FormatException {
        return dates.parse(text(Sip2Dates.WIDTH));
    }

    /** A zero-padded count; blanks read as 0, which some servers send for "not counted". */
    public int count(int width) throws Sip2FormatException {
        String s = text(width).trim();
        if (s.isEmpty()) {
            return 0;
        }
        if (!s.chars().allMatch(Character::isDigit)) {
            throw new Sip2FormatException("Message " + body.substring(0, 2) + " has '" + s
                    + "' where a number belongs.");
        }
        return Integer.parseInt(s);
    }

    /** The first value of a field, or null when absent. */
    public String field(FieldId id) throws Sip2FormatException {
        List<String> all = fields(id);
        return all.isEmpty() ? null : all.get(0);
    }

    /** A Y/N variable field; null when absent. */
    public Boolean yesNoField(FieldId id) throws Sip2FormatException {
        String v = field(id);
        return v == null || v.isEmpty() ? null : Character.toUpperCase(v.charAt(0)) == 'Y';
    }

    public LocalDateTime dateField(FieldId id) throws Sip2FormatException {
        return dates.parse(field(id));
    }

    public List<String> fields(FieldId id) throws Sip2FormatException {
        parseFields();
        consumed.add(id.code());
        List<String> values = new ArrayList<>();
        for (Sip2Field f : fields) {
            if (f.id().equals(id.code())) {
                values.add(f.value());
            }
        }
        return values;
    }

    public List<String> screenMessages() throws Sip2FormatException {
        return fields(FieldId.SCREEN_MESSAGE);
    }

    public List<String> printLines() throws Sip2FormatException {
        return fields(FieldId.PRINT_LINE);
    }

    /** The variable fields no record accessor asked for, in wire order. Call it last. */
    public List<Sip2Field> others() throws Sip2FormatException {
        parseFields();
        return fields.stream().filter(f -> !consumed.contains(f.id())).toList();
    }

    private void parseFields() throws Sip2FormatException {
        if (fields != null) {
            return;
        }
        fields = new ArrayList<>();
        // The last field may lack its '|': several servers omit it before AY or at the end.
        for (String token : body.substring(cursor).split("\\|", -1)) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.length() < 2) {
                throw new Sip2FormatException("Message " + body.substring(0, 2) + " has a variable field '" + token
                        + "' too short to carry a field id.");
            }
            fields.add(new Sip2Field(token.substring(0, 2), token.substring(2)));
        }
    }
}
