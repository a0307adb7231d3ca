package org.pustaka.hardware.card.serial;

import java.io.ByteArrayOutputStream;

/**
 * Prefix and suffix bytes as a person writes them in a config file: plain characters and the escapes
 * {@code \r}, {@code \n}, {@code \t}, {@code \\} and {@code \xNN} (STX is {@code \x02}).
 */
public final class ControlText {
    private ControlText() {
    }

    /** The bytes {@code text} stands for; throws with a sentence for a bad escape. */
    public static byte[] parse(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                if (c > 0x7F) {
                    throw new IllegalArgumentException("Use plain ASCII or \\xNN escapes, not '" + c + "'.");
                }
                out.write(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new IllegalArgumentException("A backslash at the end: write \\\\ for a backslash itself.");
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '\\' -> out.write('\\');
                case 'x' -> {
                    if (i + 2 >= text.length()) {
                        throw new IllegalArgumentException("\\x needs two hex digits, such as \\x02.");
                    }
                    String hex = text.substring(i + 1, i + 3);
                    try {
                        out.write(Integer.parseInt(hex, 16));
                    } catch (NumberFormatException ex) {
                        throw new IllegalArgumentException("\\x needs two hex digits, such as \\x02, not '" + hex + "'.");
                    }
                    i += 2;
                }
                default -> throw new IllegalArgumentException("Unknown escape \\" + e + ": use \\r, \\n, \\t, \\\\ or \\xNN.");
            }
        }
        return out.toByteArray();
    }
}
