package org.pustaka.central.http;

import org.pustaka.embedded.EmbeddedMariaDb;

/** The JVM's shared embedded MariaDB, for tests outside this package. */
public final class TestServices {
    private TestServices() {
    }

    public static EmbeddedMariaDb mariaDb() {
        return TestService.mariaDb();
    }
}
