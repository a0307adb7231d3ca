package org.pustaka.sip2;

import org.pustaka.privacy.PatronMask;

/**
 * Masks the values of secret fields (terminal, patron and login passwords) in a raw SIP2 line before
 * it reaches a log or a technician's screen. Field boundaries are found from the message's fixed
 * length, so a secret field is masked wherever the server put it.
 */
public final class Sip2LogMask {
    private static final String MASK = "****";

    private Sip2LogMask() {
    }

    /** For log files: secrets masked and the patron number (AA) shortened to its last four characters. */
    public static String forLog(String line) {
        return mask(line, true);
    }

    /** For a technician's screen: secrets masked, everything else as sent. */
    public static String mask(String line) {
        return mask(line, false);
    }

    private static String mask(String line, boolean patronToo) {
        if (line == null || line.length() < 2) {
            return line;
        }
        int start = MessageType.fromCode(line.substring(0, 2)).map(t -> 2 + t.fixedLength()).orElse(2);
        if (start > line.length()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length()).append(line, 0, start);
        int i = start;
        while (i < line.length()) {
            int end = line.indexOf('|', i);
            int stop = end < 0 ? line.length() : end;
            String token = line.substring(i, stop);
            String id = token.length() >= 2 ? token.substring(0, 2) : "";
            if (FieldId.isSecret(id)) {
                out.append(id).append(MASK);
            } else if (patronToo && id.equals(FieldId.PATRON_IDENTIFIER.code())) {
                out.append(id).append(PatronMask.mask(token.substring(2)));
            } else {
                out.append(token);
            }
            if (end >= 0) {
                out.append('|');
            }
            i = stop + 1;
        }
        return out.toString();
    }
}
