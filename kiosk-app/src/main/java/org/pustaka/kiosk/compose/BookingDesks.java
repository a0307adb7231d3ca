package org.pustaka.kiosk.compose;

import java.time.Clock;
import java.time.ZoneId;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.events.LocalEventDesk;
import org.pustaka.kiosk.booking.central.BookingCatalog;
import org.pustaka.kiosk.booking.central.CatalogAnswers;
import org.pustaka.kiosk.booking.central.CatalogMapping;
import org.pustaka.kiosk.booking.central.CentralCatalogBookings;
import org.pustaka.kiosk.events.central.CentralEventDesk;
import org.pustaka.kiosk.visits.central.CentralVisitDesk;
import org.pustaka.kiosk.hub.DeliveryListener;
import org.pustaka.kiosk.library.http.CentralCatalogClient;
import org.pustaka.kiosk.events.EventStore;
import org.pustaka.kiosk.store.OutboxStore;
import org.pustaka.kiosk.visits.VisitStore;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcEventStore;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;
import org.pustaka.kiosk.store.jdbc.JdbcVisitStore;
import org.pustaka.kiosk.visits.ConfirmationCode;
import org.pustaka.kiosk.visits.LocalVisitDesk;
import org.pustaka.kiosk.visits.VisitDesk;
import org.pustaka.kiosk.demo.DemoSeed;

/**
 * The event and visit desks as the composition root builds them. With a central catalog client (the
 * configuration has {@code catalog.url}) the catalog is the source of truth: sign-ups and bookings it
 * cannot take now wait in the outbox, and the root passes {@link #answers} to the hub's
 * {@code OutboxSender} so the catalog's answers come back into the local store. Without one the local
 * store is the truth and {@link #answers} does nothing: the demo seeds it with its programme, a
 * production kiosk leaves it as it is (empty on a new kiosk).
 */
public record BookingDesks(EventDesk events, VisitDesk visits, DeliveryListener answers) {

    /**
     * The demo's desks over the kiosk's database; {@code client} is the central catalog client the root
     * also gives the outbox sender, or null when no {@code catalog.url} is configured, and then the local
     * store is seeded with the demo programme.
     */
    public static BookingDesks forDemo(KioskConfig config, Database db, Clock clock, CentralCatalogClient client) {
        return create(config, db, clock, client, true);
    }

    /**
     * A production kiosk's desks: without a central catalog client the local store holds only what staff
     * or an earlier catalog put there, never invented events or slots, so visitors find nothing to sign
     * up for rather than a programme the library does not run.
     */
    public static BookingDesks forKiosk(KioskConfig config, Database db, Clock clock, CentralCatalogClient client) {
        return create(config, db, clock, client, false);
    }

    private static BookingDesks create(KioskConfig config, Database db, Clock clock, CentralCatalogClient client,
                                       boolean demoProgramme) {
        ZoneId zone = config.kiosk().zone();
        EventStore events = new JdbcEventStore(db, zone);
        VisitStore visits = new JdbcVisitStore(db, zone);
        if (client == null) {
            return local(events, visits, clock, zone, demoProgramme);
        }
        return central(new CentralCatalogBookings(client, zone), events, visits, new JdbcOutboxStore(db), clock, zone);
    }

    /** Local store as the truth, seeded with the demo programme if asked and it lacks it. */
    public static BookingDesks local(EventStore events, VisitStore visits, Clock clock, ZoneId zone,
                                     boolean demoProgramme) {
        if (demoProgramme) {
            DemoSeed.seed(events, visits, clock, zone);
        }
        return new BookingDesks(new LocalEventDesk(events, clock),
                new LocalVisitDesk(visits, clock, zone, new ConfirmationCode()), new DeliveryListener() { });
    }

    /**
     * What writes the central catalog's answers to delivered sign-ups, cancellations and bookings into
     * the kiosk's database, for an outbox sender that runs without the desks (the headless demo's last
     * step).
     */
    public static DeliveryListener answers(KioskConfig config, Database db) {
        ZoneId zone = config.kiosk().zone();
        return new CatalogAnswers(new JdbcEventStore(db, zone), new JdbcVisitStore(db, zone), new CatalogMapping(zone));
    }

    /** The central catalog (through {@code api}) as the truth. */
    public static BookingDesks central(BookingCatalog api, EventStore events, VisitStore visits, OutboxStore outbox,
                                       Clock clock, ZoneId zone) {
        return new BookingDesks(new CentralEventDesk(api, events, outbox, clock),
                new CentralVisitDesk(api, visits, clock, zone, new ConfirmationCode()),
                new CatalogAnswers(events, visits, new CatalogMapping(zone)));
    }
}
