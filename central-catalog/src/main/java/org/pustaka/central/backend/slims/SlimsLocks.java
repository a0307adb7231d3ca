package org.pustaka.central.backend.slims;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MariaDB named locks ({@code GET_LOCK}): server-wide, so they hold across service replicas, and owned by the
 * connection, so a killed service frees them at once. Names carry a short tag of the SLiMS database so two
 * libraries on one server do not wait for each other, and the code in lower case because SLiMS's columns
 * compare without case. Released explicitly on close, since a pooled connection outlives the request.
 */
final class SlimsLocks {

    private static final String GET = "SELECT GET_LOCK(?, ?)";
    private static final String RELEASE = "SELECT RELEASE_LOCK(?)";

    private final Jdbc jdbc;
    private final String prefix;
    private final List<String> held = new ArrayList<>();

    SlimsLocks(Jdbc jdbc, String databaseTag) {
        this.jdbc = jdbc;
        this.prefix = "pustaka:" + databaseTag + ":";
    }

    boolean lock(String kind, String key, Duration wait) {
        String name = prefix + kind + ":" + key.strip().toLowerCase(Locale.ROOT);
        long seconds = Math.max(0, wait.toSeconds());
        boolean granted = jdbc.one(GET, rs -> rs.getInt(1) == 1, name, seconds).orElse(false);
        if (granted) {
            held.add(name);
        }
        return granted;
    }

    void releaseAll() {
        for (int i = held.size() - 1; i >= 0; i--) {
            jdbc.one(RELEASE, rs -> rs.getObject(1), held.get(i));
        }
        held.clear();
    }
}
