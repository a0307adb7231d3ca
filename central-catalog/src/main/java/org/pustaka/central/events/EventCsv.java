package org.pustaka.central.events;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets open it (RFC 4180): UTF-8 with a byte-order mark so Excel reads Indonesian names right,
 * every cell quoted, CRLF line ends. A cell a spreadsheet would take as a formula (starting with {@code = + - @},
 * a tab or a carriage return) gets a leading apostrophe, so a guest name cannot run a formula on the desk PC.
 */
public final class EventCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EventCsv() {
    }

    public static void write(OutputStream out, List<String> header, List<List<String>> rows) throws IOException {
        out.write(BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(w, header);
        for (List<String> row : rows) {
            line(w, row);
        }
        w.flush();
    }

    /** One cell, quoted, with quotes doubled and a would-be formula defused. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }
}
