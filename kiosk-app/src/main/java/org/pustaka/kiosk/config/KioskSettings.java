package org.pustaka.kiosk.config;

import java.nio.file.Path;
import java.time.ZoneId;

/**
 * The kiosk itself: its id at the central catalog, where it keeps data and for how many days it keeps
 * finished transactions, its language and time zone.
 */
public record KioskSettings(String id, Path dataDir, String defaultLanguage, ZoneId zone, String libraryName,
                            String libraryAddress, int keepDays) {

    static KioskSettings read(ConfigReader r) {
        String id = r.required("kiosk.id", "the kiosk's id at the central catalog, such as MLG-01");
        if (!id.isEmpty() && !id.matches("[A-Za-z0-9._-]{1,40}")) {
            r.problem("kiosk.id", id, "letters, digits, '.', '_' or '-', at most 40 characters");
        }
        return new KioskSettings(id,
                r.path("kiosk.dataDir", "/var/lib/pustaka-kiosk"),
                r.choice("kiosk.language", "id", "id", "en"),
                r.zone("kiosk.zone", "Asia/Jakarta"),
                r.string("kiosk.libraryName", "Perpustakaan Kota Malang"),
                r.string("kiosk.libraryAddress", "Jl. Besar Ijen No. 30A, Malang"),
                r.integer("kiosk.keepDays", 90, 7, 3650));
    }
}
