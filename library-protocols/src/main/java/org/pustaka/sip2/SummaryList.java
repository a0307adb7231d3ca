package org.pustaka.sip2;

/**
 * Which item list a patron information request (63) asks for: the ten-character summary field has a
 * {@code Y} at the list's position (at most one), and the response carries that list's field.
 */
public enum SummaryList {
    HOLD_ITEMS(FieldId.HOLD_ITEMS),
    OVERDUE_ITEMS(FieldId.OVERDUE_ITEMS),
    CHARGED_ITEMS(FieldId.CHARGED_ITEMS),
    FINE_ITEMS(FieldId.FINE_ITEMS),
    RECALL_ITEMS(FieldId.RECALL_ITEMS),
    UNAVAILABLE_HOLDS(FieldId.UNAVAILABLE_HOLD_ITEMS);

    public static final int WIDTH = 10;

    private final FieldId field;

    SummaryList(FieldId field) {
        this.field = field;
    }

    public FieldId field() {
        return field;
    }

    /** The list marked in a summary field, or null when none is. */
    public static SummaryList parse(String summary) {
        for (SummaryList s : values()) {
            if (s.ordinal() < summary.length() && Character.toUpperCase(summary.charAt(s.ordinal())) == 'Y') {
                return s;
            }
        }
        return null;
    }

    public static String format(SummaryList list) {
        StringBuilder sb = new StringBuilder(" ".repeat(WIDTH));
        if (list != null) {
            sb.setCharAt(list.ordinal(), 'Y');
        }
        return sb.toString();
    }
}
