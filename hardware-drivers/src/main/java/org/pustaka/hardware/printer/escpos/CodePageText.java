package org.pustaka.hardware.printer.escpos;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * Makes text printable in a printer code page without changing its length, so that the layout made
 * by {@code ReceiptText} stays exactly what the paper shows. Indonesian needs only plain Latin letters,
 * but titles and names carry accents (Saint-Exupéry, Pramoedya's translators, café); CP858 holds the
 * Western European accented letters and the euro sign. A character the code page lacks becomes its
 * base letter when it has one ({@code ő} to {@code o}), typographic quotes and dashes their ASCII
 * look-alikes, and anything else {@code ?}. One character in, one character out.
 */
public final class CodePageText {
    private final Charset charset;

    public CodePageText(Charset charset) {
        this.charset = charset;
    }

    public String fit(String text) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fitChar(text.charAt(i), encoder));
        }
        return out.toString();
    }

    private static char fitChar(char c, CharsetEncoder encoder) {
        if (c < 0x20 || c == 0x7F) {
            // control characters would be printer commands
            return c == '\t' ? ' ' : '?';
        }
        if (c < 0x7F) {
            return c;
        }
        if (!Character.isSurrogate(c) && encoder.canEncode(c)) {
            return c;
        }
        char lookAlike = lookAlike(c);
        if (lookAlike != 0) {
            return lookAlike;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? '?' : decomposed.charAt(0);
        if (base != c && !Character.isSurrogate(base) && base >= 0x20 && encoder.canEncode(base)) {
            return base;
        }
        return '?';
    }

    private static char lookAlike(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F', '\u2009' -> ' ';
            case '\u2026' -> '.';
            case '\u2022' -> '*';
            case '\u0141' -> 'L';
            case '\u0142' -> 'l';
            case '\u0110' -> 'D';
            case '\u0111' -> 'd';
            default -> 0;
        };
    }
}
