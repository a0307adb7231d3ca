package org.pustaka.central.staff;

import java.util.List;

/**
 * Statistik's CSV files as spreadsheet programs open them: UTF-8 with a byte-order mark (so Excel reads
 * Indonesian text right), comma separated, CRLF lines, every cell quoted. A cell that a spreadsheet would run as
 * a formula (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe, so a title a kiosk
 * sent can never become a formula (OWASP's advice for CSV injection).
 */
final class StatisticsCsv {
    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    StatisticsCsv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(cell(String.valueOf(cells.get(i))));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
