package org.pustaka.sip2;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * SIP2 dates, {@code YYYYMMDDZZZZHHMMSS}. Four spaces for ZZZZ mean the library's local time (the zone
 * from the configuration, Asia/Jakarta by default); a zone code such as {@code UTC} or {@code    Z} is
 * converted to local time. Dates are written in local time with four spaces, which every ACS accepts.
 */
public final class Sip2Dates {
    public static final int WIDTH = 18;
    private static final String LOCAL_ZONE = "    ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss", Locale.ROOT);

    private final ZoneId zone;

    public Sip2Dates(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** 18 characters; a null date is written as 18 spaces (servers treat it as "not given"). */
    public String format(LocalDateTime date) {
        if (date == null) {
            return " ".repeat(WIDTH);
        }
        return DAY.format(date) + LOCAL_ZONE + TIME.format(date);
    }

    /** The fixed-field form; null when the text is blank or not a date (servers do send both). */
    public LocalDateTime parse(String text) {
        if (text == null || text.length() != WIDTH || text.isBlank()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(LocalDate.parse(text.substring(0, 8), DAY),
                    java.time.LocalTime.parse(text.substring(12), TIME));
            String code = text.substring(8, 12).trim();
            if (code.isEmpty()) {
                return local;
            }
            ZoneId source = code.equals("Z") ? ZoneOffset.UTC : ZoneId.of(code, ZoneId.SHORT_IDS);
            return local.atZone(source).withZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A due date as servers send it in the free-text AH field: the SIP2 form, {@code YYYYMMDD},
     * ISO {@code YYYY-MM-DD} (with or without a time), or {@code DD/MM/YYYY}; empty when none of these.
     */
    public Optional<LocalDateTime> parseLenient(String text) {
        if (text == null) {
            return Optional.empty();
        }
        LocalDateTime sip = parse(text);
        if (sip != null) {
            return Optional.of(sip);
        }
        String t = text.trim();
        try {
            if (t.matches("\\d{8}")) {
                return Optional.of(LocalDate.parse(t, DAY).atStartOfDay());
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t).atStartOfDay());
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?")) {
                return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')));
            }
            if (t.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return Optional.of(LocalDate.parse(t, DateTimeFormatter.ofPattern("dd/MM/uuuu")).atStartOfDay());
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
