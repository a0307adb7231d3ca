package org.pustaka.central.backend.slims;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pustaka.central.backend.BackendException;
import org.pustaka.central.backend.LibrarySettings;

/**
 * SLiMS's {@code setting} table, whose values are PHP-serialised ({@code s:12:"Asia/Jakarta";}, {@code b:1;}).
 * Read once when the service connects: a changed setting takes effect at the next start, as it does for a
 * SLiMS staff member at their next login.
 */
final class SlimsSettingRepository {

    static final String DEFAULT_ZONE = "Asia/Jakarta";
    private static final String VALUE = "SELECT setting_value FROM setting WHERE setting_name = ?";
    private static final Pattern STRING = Pattern.compile("^s:\\d+:\"(.*)\";$", Pattern.DOTALL);
    private static final Pattern BOOL_OR_INT = Pattern.compile("^[bi]:(-?\\d+);$");

    private final Jdbc jdbc;

    SlimsSettingRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    LibrarySettings load() {
        String zoneName = string("timezone").filter(s -> !s.isBlank()).orElse(DEFAULT_ZONE);
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneName);
        } catch (DateTimeException e) {
            throw new BackendException("SLiMS's setting 'timezone' is '" + zoneName
                    + "', which is not a time zone; set a name such as Asia/Jakarta in SLiMS's System settings.", e);
        }
        return new LibrarySettings(zone, flag("ignore_holidays_fine_calc"));
    }

    /** Whether the library's default language is Indonesian ({@code default_lang} starting with {@code id}). */
    boolean indonesian() {
        return string("default_lang").map(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("id")).orElse(false);
    }

    Optional<String> string(String name) {
        return raw(name).map(v -> {
            Matcher m = STRING.matcher(v.strip());
            return m.matches() ? m.group(1) : null;
        });
    }

    boolean flag(String name) {
        return raw(name).map(v -> {
            Matcher m = BOOL_OR_INT.matcher(v.strip());
            return m.matches() && Long.parseLong(m.group(1)) != 0;
        }).orElse(false);
    }

    private Optional<String> raw(String name) {
        return jdbc.one(VALUE, rs -> rs.getString(1), name).filter(v -> v != null);
    }
}
