package org.pustaka.kiosk.events.assembly;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.config.KioskConfig;
import org.pustaka.kiosk.events.EventDesk;
import org.pustaka.kiosk.events.LocalEventDesk;
import org.pustaka.kiosk.events.central.BookingCatalog;
import org.pustaka.kiosk.events.central.CatalogJson;
import org.pustaka.kiosk.events.central.CentralEventDesk;
import org.pustaka.kiosk.events.central.CentralVisitDesk;
import org.pustaka.kiosk.events.central.JdkHttpBookingCatalog;
import org.pustaka.kiosk.events.central.PendingSync;
import org.pustaka.kiosk.store.EventStore;
import org.pustaka.kiosk.store.OutboxStore;
import org.pustaka.kiosk.store.VisitStore;
import org.pustaka.kiosk.store.jdbc.Database;
import org.pustaka.kiosk.store.jdbc.JdbcEventStore;
import org.pustaka.kiosk.store.jdbc.JdbcOutboxStore;
import org.pustaka.kiosk.store.jdbc.JdbcVisitStore;
import org.pustaka.kiosk.visits.ConfirmationCode;
import org.pustaka.kiosk.visits.LocalVisitDesk;
import org.pustaka.kiosk.visits.VisitDesk;

/**
 * The event and visit desks as the composition root builds them from the configuration: with
 * {@code catalog.url} set, the central catalog is the source of truth and {@link #sync} sends what was
 * taken offline; without it (the demo default) the local store is, seeded with the demo programme.
 * Closing stops the sync.
 */
public record BookingDesks(EventDesk events, VisitDesk visits, Optional<PendingSync> sync) implements AutoCloseable {
    /** How often pending sign-ups and bookings are offered to the central catalog. */
    public static final Duration SYNC_INTERVAL = Duration.ofSeconds(30);

    /** The desks over the kiosk's database; the caller still owns (and closes) {@code db}. */
    public static BookingDesks create(KioskConfig config, Database db, Clock clock) {
        ZoneId zone = config.kiosk().zone();
        return create(config, new JdbcEventStore(db, zone), new JdbcVisitStore(db, zone), new JdbcOutboxStore(db), clock);
    }

    public static BookingDesks create(KioskConfig config, EventStore events, VisitStore visits, OutboxStore outbox,
                                      Clock clock) {
        ZoneId zone = config.kiosk().zone();
        CatalogSettings catalog = config.catalog();
        if (catalog.urlIfConfigured().isEmpty()) {
            DemoSeed.seed(events, visits, clock, zone);
            return new BookingDesks(new LocalEventDesk(events, clock),
                    new LocalVisitDesk(visits, clock, zone, new ConfirmationCode()), Optional.empty());
        }
        CatalogJson json = new CatalogJson(zone, config.kiosk().id());
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(catalog.connectTimeoutMillis()))
                .sslContext(CatalogTls.context(catalog))
                .build();
        BookingCatalog api = new JdkHttpBookingCatalog(http, catalog.url(), catalog.token(),
                Duration.ofMillis(catalog.responseTimeoutMillis()), json);
        return central(api, json, events, visits, outbox, clock, zone);
    }

    /** Central-catalog desks over any {@link BookingCatalog}. */
    public static BookingDesks central(BookingCatalog api, CatalogJson json, EventStore events, VisitStore visits,
                                       OutboxStore outbox, Clock clock, ZoneId zone) {
        return new BookingDesks(new CentralEventDesk(api, events, outbox, json, clock),
                new CentralVisitDesk(api, visits, json, clock, zone, new ConfirmationCode()),
                Optional.of(new PendingSync(api, outbox, events, visits, json)));
    }

    /** Starts sending pending sign-ups and bookings in the background (central catalog mode only). */
    public void startSync() {
        sync.ifPresent(s -> s.start(SYNC_INTERVAL));
    }

    @Override
    public void close() {
        sync.ifPresent(PendingSync::close);
    }
}
