package org.pustaka.kiosk.config;

import java.time.Duration;

/**
 * The visitor session: inactivity timeout, how long the warning shows before it, whether a PIN is asked,
 * and the fines (in the library's currency, whole units) above which a visitor may not borrow.
 */
public record SessionSettings(Duration inactivityTimeout, Duration warningBefore, boolean pinRequired,
                              long fineLimit) {

    static SessionSettings read(ConfigReader r) {
        int timeout = r.integer("session.timeoutSeconds", 60, 10, 3600);
        int warning = r.integer("session.warningSeconds", 15, 3, 600);
        if (warning >= timeout && !r.hasProblem("session.warningSeconds") && !r.hasProblem("session.timeoutSeconds")) {
            r.problem("session.warningSeconds", Integer.toString(warning),
                    "fewer seconds than session.timeoutSeconds (" + timeout + ")");
            warning = Math.max(1, timeout / 4);
        }
        return new SessionSettings(Duration.ofSeconds(timeout), Duration.ofSeconds(warning),
                r.bool("session.pinRequired", true),
                r.integer("session.fineLimit", 20_000, 0, Integer.MAX_VALUE));
    }
}
