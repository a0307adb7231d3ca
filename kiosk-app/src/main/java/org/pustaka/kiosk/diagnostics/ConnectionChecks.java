package org.pustaka.kiosk.diagnostics;

import org.pustaka.kiosk.diagnostics.DeviceChecks.Verdict;
import org.pustaka.kiosk.library.LibraryStatus;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.store.StoreException;

/** The self-tests of the library system, the central catalog and the local store. */
final class ConnectionChecks {
    private ConnectionChecks() {
    }

    static Verdict library(LibrarySystem library) {
        LibraryStatus s = library.status();
        if (s.online()) {
            return Verdict.ok("check.library.online", s.roundTripMillis(), TechnicianText.aside(s.detail()));
        }
        return Verdict.failed("check.library.offline", TechnicianText.aside(s.detail()));
    }

    static Verdict catalog(CatalogProbe probe) {
        try {
            return new Verdict(true, probe.check());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.failed("check.catalog.stopped");
        } catch (Exception e) {
            return Verdict.failed("check.catalog.unreachable", TechnicianText.aside(e.getMessage()));
        }
    }

    static Verdict store(OutboxDepth outbox) {
        try {
            return Verdict.ok("check.store.fine", outbox.depth());
        } catch (StoreException e) {
            return Verdict.failed("check.store.unreadable", TechnicianText.aside(e.getMessage()));
        }
    }
}
