package org.pustaka.central.staff;

import java.util.List;

/**
 * CSV for spreadsheets (RFC 4180 quoting, CRLF lines, UTF-8 with a byte-order mark so Excel reads "Ø" and
 * "é" right). A cell that a spreadsheet would run as a formula ({@code = + - @}, tab or carriage return first)
 * gets a leading apostrophe, so a school name such as {@code =HYPERLINK(...)} typed at a kiosk stays text.
 */
final class VisitCsv {
    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    VisitCsv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.indexOf(';') >= 0 || !v.equals(v.strip())) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
