package org.pustaka.kiosk.config;

import java.time.Duration;

/** The visitor session: inactivity timeout, how long the warning shows before it, and whether a PIN is asked. */
public record SessionSettings(Duration inactivityTimeout, Duration warningBefore, boolean pinRequired) {

    static SessionSettings read(ConfigReader r) {
        int timeout = r.integer("session.timeoutSeconds", 60, 10, 3600);
        int warning = r.integer("session.warningSeconds", 15, 3, 600);
        if (warning >= timeout) {
            r.problem("session.warningSeconds", Integer.toString(warning),
                    "fewer seconds than session.timeoutSeconds (" + timeout + ")");
            warning = Math.max(1, timeout / 4);
        }
        return new SessionSettings(Duration.ofSeconds(timeout), Duration.ofSeconds(warning),
                r.bool("session.pinRequired", true));
    }
}
