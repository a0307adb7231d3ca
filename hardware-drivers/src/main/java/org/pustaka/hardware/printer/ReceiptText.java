package org.pustaka.hardware.printer;

import java.util.ArrayList;
import java.util.List;
import org.pustaka.hardware.api.Receipt;
import org.pustaka.hardware.api.ReceiptLine;

/**
 * Lays a receipt out as plain text lines for a paper width in columns (32 for 58 mm, 48 for 80 mm).
 * Printer drivers use the same layout so that the golden text of a receipt is what the paper shows.
 * Large text counts double width. A QR code shows as a placeholder line with its payload.
 */
public final class ReceiptText {

    private ReceiptText() {
    }

    public static String render(Receipt receipt, int columns) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(receipt, columns)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    public static List<String> lines(Receipt receipt, int columns) {
        List<String> out = new ArrayList<>();
        for (ReceiptLine line : receipt.lines()) {
            out.addAll(layout(line, columns));
        }
        return out;
    }

    /** The text lines of one receipt line, each at most {@code columns} wide. */
    public static List<String> layout(ReceiptLine line, int columns) {
        if (line instanceof ReceiptLine.Text t) {
            int width = t.large() ? columns / 2 : columns;
            List<String> aligned = new ArrayList<>();
            for (String w : wrap(t.text(), width)) {
                aligned.add(align(w, width, t.align()));
            }
            return aligned;
        }
        if (line instanceof ReceiptLine.Columns c) {
            return columns(c.left(), c.right(), columns);
        }
        if (line instanceof ReceiptLine.Rule) {
            return List.of("-".repeat(columns));
        }
        if (line instanceof ReceiptLine.Qr q) {
            return List.of(align("[QR " + q.payload() + "]", columns, ReceiptLine.Align.CENTER));
        }
        return List.of("");
    }

    static List<String> columns(String left, String right, int width) {
        if (left.length() + 1 + right.length() <= width) {
            return List.of(left + " ".repeat(width - left.length() - right.length()) + right);
        }
        List<String> out = new ArrayList<>(wrap(left, width));
        out.add(align(right, width, ReceiptLine.Align.RIGHT));
        return out;
    }

    /**
     * Word wrap; a word longer than the width is cut. Keeps explicit line breaks. A paragraph that starts
     * with spaces keeps them on every line it wraps to (a hanging indent, as for a refusal reason under
     * its title), up to half the width.
     */
    public static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            int spaces = 0;
            while (spaces < paragraph.length() && paragraph.charAt(spaces) == ' ') {
                spaces++;
            }
            String indent = spaces == paragraph.length() ? "" : " ".repeat(Math.min(spaces, width / 2));
            for (String line : wrapParagraph(paragraph.trim(), width - indent.length())) {
                out.add(line.isEmpty() ? line : indent + line);
            }
        }
        return out;
    }

    private static List<String> wrapParagraph(String paragraph, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            while (word.length() > width) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        out.add(current.toString());
        return out;
    }

    static String align(String text, int width, ReceiptLine.Align align) {
        int pad = Math.max(0, width - text.length());
        return switch (align) {
            case LEFT -> text;
            case RIGHT -> " ".repeat(pad) + text;
            case CENTER -> " ".repeat(pad / 2) + text;
        };
    }
}
