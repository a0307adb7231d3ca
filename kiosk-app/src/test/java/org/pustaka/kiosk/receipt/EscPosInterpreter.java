package org.pustaka.kiosk.receipt;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A small ESC/POS interpreter for tests: turns printer bytes back into the text lines a thermal
 * printer would put on paper, so a test can read a receipt the way a visitor does. Knows ESC @, ESC a,
 * ESC E, ESC t, GS !, GS ( k (QR store and print), GS V, LF, and the style commands escpos-coffee sends
 * along (ESC M, ESC -, ESC 2, ESC 3, ESC d, GS B). Anything else fails the test: a printer would print
 * it as garbage or misread it.
 */
public final class EscPosInterpreter {

    public record Decoded(List<String> lines, List<String> boldLines, List<String> largeLines, List<String> qrPayloads,
                   List<Integer> codePages, int cuts, boolean initialised) {
    }

    private final int columns;
    private final List<String> lines = new ArrayList<>();
    private final List<String> bold = new ArrayList<>();
    private final List<String> large = new ArrayList<>();
    private final List<String> qr = new ArrayList<>();
    private final List<Integer> codePages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private Charset charset = Charset.forName("IBM437");
    private int align;
    // ESC/POS applies the justification in force when a line's first content arrives
    private int lineAlign = -1;
    private boolean emphasized;
    private boolean doubleSize;
    private boolean lineBold;
    private boolean lineLarge;
    private String storedQr;
    private int cuts;
    private boolean initialised;

    private EscPosInterpreter(int columns) {
        this.columns = columns;
    }

    public static Decoded decode(byte[] bytes, int columns) {
        EscPosInterpreter p = new EscPosInterpreter(columns);
        p.run(bytes);
        return new Decoded(List.copyOf(p.lines), List.copyOf(p.bold), List.copyOf(p.large), List.copyOf(p.qr),
                List.copyOf(p.codePages), p.cuts, p.initialised);
    }

    private void run(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c == 0x0A) {
                endLine();
                i++;
            } else if (c == 0x1B) {
                i = esc(b, i);
            } else if (c == 0x1D) {
                i = gs(b, i);
            } else if (c < 0x20) {
                throw new IllegalStateException(String.format("unexpected control byte 0x%02X at %d", c, i));
            } else {
                int start = i;
                while (i < b.length && (b[i] & 0xFF) >= 0x20) {
                    i++;
                }
                startContent();
                current.append(new String(b, start, i - start, charset));
                lineBold |= emphasized;
                lineLarge |= doubleSize;
            }
        }
    }

    private int esc(byte[] b, int i) {
        char cmd = (char) (b[i + 1] & 0xFF);
        switch (cmd) {
            case '@' -> {
                initialised = true;
                align = 0;
                emphasized = false;
                doubleSize = false;
                charset = Charset.forName("IBM437");
                return i + 2;
            }
            case '2' -> {
                return i + 2;
            }
            case 'a' -> align = (b[i + 2] & 0xFF) % 48;
            case 'E' -> emphasized = (b[i + 2] & 1) == 1;
            case 't' -> {
                int n = b[i + 2] & 0xFF;
                codePages.add(n);
                charset = switch (n) {
                    case 0 -> Charset.forName("IBM437");
                    case 2 -> Charset.forName("IBM850");
                    case 16 -> Charset.forName("windows-1252");
                    case 19 -> Charset.forName("IBM00858");
                    default -> throw new IllegalStateException("code page " + n + " not known to the test");
                };
            }
            case 'd' -> {
                for (int k = 0; k < (b[i + 2] & 0xFF); k++) {
                    endLine();
                }
            }
            case 'M', '-', '3' -> {
                // font, underline, line spacing: no effect on the text
            }
            default -> throw new IllegalStateException("unknown command ESC " + cmd + " at " + i);
        }
        return i + 3;
    }

    private int gs(byte[] b, int i) {
        char cmd = (char) (b[i + 1] & 0xFF);
        switch (cmd) {
            case '!' -> {
                doubleSize = (b[i + 2] & 0xFF) != 0;
                return i + 3;
            }
            case 'B' -> {
                return i + 3;
            }
            case 'V' -> {
                cuts++;
                int m = b[i + 2] & 0xFF;
                return m == 65 || m == 66 ? i + 4 : i + 3;
            }
            case '(' -> {
                if (b[i + 2] != 'k') {
                    throw new IllegalStateException("unknown command GS ( " + (char) b[i + 2]);
                }
                int len = (b[i + 3] & 0xFF) | ((b[i + 4] & 0xFF) << 8);
                int cn = b[i + 5] & 0xFF;
                int fn = b[i + 6] & 0xFF;
                if (cn == 49 && fn == 80) {
                    storedQr = new String(b, i + 8, len - 3, charset);
                } else if (cn == 49 && fn == 81) {
                    qr.add(storedQr);
                    startContent();
                    current.append("[QR ").append(storedQr).append(']');
                }
                return i + 5 + len;
            }
            default -> throw new IllegalStateException("unknown command GS " + cmd + " at " + i);
        }
    }

    private void startContent() {
        if (lineAlign < 0) {
            lineAlign = align;
        }
    }

    private void endLine() {
        String text = current.toString();
        int pad = Math.max(0, columns - text.length());
        String line = switch (lineAlign >= 0 ? lineAlign : align) {
            case 1 -> " ".repeat(pad / 2) + text;
            case 2 -> " ".repeat(pad) + text;
            default -> text;
        };
        lines.add(line);
        if (lineBold) {
            bold.add(line.trim());
        }
        if (lineLarge) {
            large.add(line.trim());
        }
        current.setLength(0);
        lineAlign = -1;
        lineBold = false;
        lineLarge = false;
    }
}
