package org.pustaka.central.config;

import java.time.Duration;

/**
 * Where the library's SLiMS database is and how the kiosks borrow from it: the JDBC account (the grants are
 * in docs/central-catalog-service.md), the SLiMS staff user whose id goes into loan rows, whether a card
 * needs its PIN, and how long a request waits for an item another request is working on.
 */
public record SlimsSettings(String url, String user, String password, int poolSize, String staffUser,
                            boolean pinRequired, Duration lockWait) {
    @Override
    public String toString() {
        return "SlimsSettings[" + url + ", user=" + user + ", password=****, staff=" + staffUser + "]";
    }
}
