package org.pustaka.kiosk.demo;

import java.io.PrintWriter;
import org.pustaka.kiosk.compose.CatalogReporting;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.hub.DeliveryListener;
import org.pustaka.kiosk.hub.SendReport;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;

/**
 * The end of the headless demo when a central catalog is configured: the reports the visit left in the
 * outbox (transactions, sign-ups, bookings) are delivered, in rounds, as the running kiosk's sender
 * would, and the demo says how many went and how many still wait. Without a catalog it says that the
 * reports wait in the outbox.
 */
public final class DemoDelivery {
    /** Rounds of delivery before the demo gives up and leaves the rest in the outbox. */
    static final int ROUNDS = 20;

    private DemoDelivery() {
    }

    /**
     * Returns the number of reports still waiting afterwards; {@code answers} hears the catalog's answers
     * to sign-ups, cancellations and bookings, so the kiosk's own records of them stop being pending.
     */
    public static int run(KioskConfig config, Database db, DeliveryListener answers, PrintWriter err) {
        JdbcOutboxStore outbox = new JdbcOutboxStore(db);
        CentralCatalogClient client = CatalogReporting.clientFor(config);
        if (client == null) {
            err.println("[demo] no central catalog configured: " + outbox.depth() + " reports wait in the outbox");
            err.flush();
            return outbox.depth();
        }
        try (CatalogReporting reporting = CatalogReporting.start(config, client, outbox, java.util.List::of, answers)) {
            int accepted = 0;
            int rejected = 0;
            for (int round = 0; round < ROUNDS && outbox.depth() > 0; round++) {
                SendReport r = reporting.sender().sendNow();
                accepted += r.accepted();
                rejected += r.rejected();
            }
            err.println("[demo] reports delivered to the central catalog: " + accepted + " accepted, " + rejected
                    + " refused (kept for staff), " + outbox.depth() + " still waiting");
            err.flush();
            return outbox.depth();
        }
    }
}
