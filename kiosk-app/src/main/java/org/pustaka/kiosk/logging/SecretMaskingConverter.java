package org.pustaka.kiosk.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line of defence for secrets in logs: whatever a developer passed to a logger, PINs,
 * passwords and tokens are replaced by {@code ****} and SIP2 patron numbers are masked before the line
 * is written. Code must still never log them; this catches the mistake that slips through.
 */
public final class SecretMaskingConverter extends MessageConverter {

    // key=value or key: value for names that hold secrets
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(pin|password|passwd|token|secret|pinHash|truststorePassword|terminalPassword)(\\s*[=:]\\s*\"?)([^\\s,;\"|&]+)");
    private static final Pattern BEARER = Pattern.compile("(?i)(Bearer\\s+)[A-Za-z0-9._~+/=-]+");
    // SIP2 fields: AD patron password, AC terminal password, CO login password; AA patron identifier
    private static final Pattern SIP2_SECRET = Pattern.compile("\\|(AD|AC|CO)[^|]*");
    private static final Pattern SIP2_START_SECRET = Pattern.compile("^(93.{4}CN[^|]*\\|)CO[^|]*");
    private static final Pattern SIP2_PATRON = Pattern.compile("\\|AA([^|]*)");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    public static String mask(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String out = NAMED.matcher(message).replaceAll("$1$2****");
        out = BEARER.matcher(out).replaceAll("$1****");
        out = SIP2_START_SECRET.matcher(out).replaceAll("$1CO****");
        out = SIP2_SECRET.matcher(out).replaceAll("|$1****");
        Matcher m = SIP2_PATRON.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement("|AA" + maskNumber(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String maskNumber(String id) {
        if (id.length() <= 4) {
            return "*".repeat(id.length());
        }
        return "*".repeat(id.length() - 4) + id.substring(id.length() - 4);
    }
}
