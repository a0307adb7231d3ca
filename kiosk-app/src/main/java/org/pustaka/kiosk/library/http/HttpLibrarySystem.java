package org.pustaka.kiosk.library.http;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.CirculationStatus;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryStatus;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.RefusalReason;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.catalog.api.AccountAnswer;
import org.pustaka.catalog.api.CirculationAnswer;
import org.pustaka.catalog.api.CirculationRequest;
import org.pustaka.catalog.api.ItemAnswer;
import org.pustaka.catalog.api.PatronAnswer;
import org.pustaka.catalog.api.PatronRequest;
import org.pustaka.catalog.api.RenewAllAnswer;
import org.pustaka.catalog.api.ServerStatus;

/**
 * The library system over the central catalog's {@code circulation/} endpoints, for SLiMS, INLISLite and
 * other systems without SIP2. Checkout, checkin, renew and renew-all carry the journal id as
 * {@code Idempotency-Key} and are repeated after a lost answer (the server answers a repeat with the
 * first answer); when every attempt failed after the request may have arrived, the exception says
 * {@code outcomeUnknown} and recovery asks {@link #item} later. The PIN checks (authenticate, account) are
 * never repeated once sent, so one wrong PIN is not counted twice. A refusal is an HTTP 422 (or 404) with
 * an error code named after {@link RefusalReason}. HTTP keeps no patron session, so {@link #endSession}
 * has nothing to end. Thread-safe.
 */
public final class HttpLibrarySystem implements LibrarySystem {
    private final CatalogTransport transport;
    private final boolean ownsTransport;
    private final Clock clock;

    /** Its own connection pool to {@code settings.url()}; fails when no URL is configured. */
    public HttpLibrarySystem(CatalogSettings settings) throws CatalogException {
        this.transport = new CatalogTransport(settings, Clock.systemUTC());
        this.ownsTransport = true;
        this.clock = Clock.systemUTC();
    }

    /** Shares {@code client}'s connection pool and token; {@link #close} leaves the client open. */
    public HttpLibrarySystem(CentralCatalogClient client) {
        this.transport = client.transport();
        this.ownsTransport = false;
        this.clock = Clock.systemUTC();
    }

    @Override
    public PatronIdentity identify(PatronCredentials patron) throws LibraryException {
        CatalogAnswer a = send(CatalogCall.oncePost("circulation/patrons/authenticate", request(patron), true));
        if (!a.success() && isRefusal(a)) {
            return refusedIdentity(patron, a);
        }
        return CirculationMapping.identity(read(a, PatronAnswer.class));
    }

    @Override
    public PatronAccount account(PatronCredentials patron) throws LibraryException {
        CatalogAnswer a = send(CatalogCall.oncePost("circulation/patrons/account", request(patron), true));
        if (!a.success() && isRefusal(a)) {
            return new PatronAccount(refusedIdentity(patron, a), List.of(), List.of(), Money.ZERO);
        }
        return CirculationMapping.account(read(a, AccountAnswer.class));
    }

    @Override
    public CheckoutResult checkout(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        return loanCall("circulation/checkout", patron, itemId, options);
    }

    @Override
    public CheckinResult checkin(String itemId, TransactionOptions options) throws LibraryException {
        CirculationRequest body = new CirculationRequest(options.transactionId(), null, null, itemId,
                options.transactionTime(), options.noBlock());
        CatalogAnswer a = send(CatalogCall.idempotentPost("circulation/checkin", body, options.transactionId()));
        if (!a.success() && isRefusal(a)) {
            return CirculationMapping.checkin(itemId, refusedAnswer(itemId, a));
        }
        return CirculationMapping.checkin(itemId, read(a, CirculationAnswer.class));
    }

    @Override
    public CheckoutResult renew(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        return loanCall("circulation/renew", patron, itemId, options);
    }

    @Override
    public List<CheckoutResult> renewAll(PatronCredentials patron) throws LibraryException {
        UUID id = UUID.randomUUID();
        CirculationRequest body = new CirculationRequest(id, patron.patronId(), patron.pinIfGiven().orElse(null), null,
                clock.instant(), false);
        CatalogAnswer a = send(CatalogCall.idempotentPost("circulation/renew-all", body, id));
        if (!a.success() && isRefusal(a)) {
            return List.of();
        }
        List<CheckoutResult> out = new ArrayList<>();
        for (CirculationAnswer r : read(a, RenewAllAnswer.class).results()) {
            out.add(CirculationMapping.loan(r.itemId(), r));
        }
        return out;
    }

    @Override
    public ItemInfo item(String itemId) throws LibraryException {
        CatalogAnswer a = send(CatalogCall.get("circulation/items/" + Paths.segment(itemId)));
        if (a.status() == 404) {
            return new ItemInfo(itemId, false, CirculationStatus.UNKNOWN, "", null, null);
        }
        return CirculationMapping.item(read(a, ItemAnswer.class));
    }

    @Override
    public void endSession(PatronCredentials patron) {
        // Each call authenticates on its own; there is no session to end over HTTP.
    }

    @Override
    public LibraryStatus status() {
        long start = System.nanoTime();
        try {
            ServerStatus s = CentralCatalogClient.expect(transport.send(CatalogCall.get("status")), ServerStatus.class);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String system = s.system() == null ? "central catalog" : s.system();
            return new LibraryStatus(true, ms, system + " answers over HTTP at " + transport.base());
        } catch (CatalogException e) {
            return new LibraryStatus(false, -1, e.getMessage());
        }
    }

    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }

    private CheckoutResult loanCall(String path, PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        CirculationRequest body = new CirculationRequest(options.transactionId(), patron.patronId(),
                patron.pinIfGiven().orElse(null), itemId, options.transactionTime(), options.noBlock());
        CatalogAnswer a = send(CatalogCall.idempotentPost(path, body, options.transactionId()));
        if (!a.success() && isRefusal(a)) {
            return CirculationMapping.loan(itemId, refusedAnswer(itemId, a));
        }
        return CirculationMapping.loan(itemId, read(a, CirculationAnswer.class));
    }

    private static PatronRequest request(PatronCredentials patron) {
        return new PatronRequest(patron.patronId(), patron.pinIfGiven().orElse(null));
    }

    private static PatronIdentity refusedIdentity(PatronCredentials patron, CatalogAnswer a) {
        RefusalReason reason = RefusalCodes.reasonFor(ApiJson.errorOrNull(a.body()).code());
        boolean known = reason != RefusalReason.UNKNOWN_PATRON;
        boolean pinOk = reason != RefusalReason.WRONG_PIN;
        return new PatronIdentity(patron.patronId(), "", known, pinOk, Set.of(), Money.ZERO, List.of());
    }

    private static CirculationAnswer refusedAnswer(String itemId, CatalogAnswer a) {
        return new CirculationAnswer(itemId, false, "", null, false, "", false, false, ApiJson.errorOrNull(a.body()),
                List.of());
    }

    private static boolean isRefusal(CatalogAnswer a) {
        return a.status() >= 400 && a.status() < 500 && RefusalCodes.isRefusal(ApiJson.errorOrNull(a.body()));
    }

    private CatalogAnswer send(CatalogCall call) throws LibraryException {
        try {
            return transport.send(call);
        } catch (CatalogException e) {
            if (e.failure() == CatalogException.Failure.MALFORMED) {
                throw new LibraryException(e.getMessage(), e);
            }
            // A 5xx or 429 (or a call held back by one) means the server is there; its Retry-After goes on.
            throw new LibraryUnavailableException(e.getMessage(), e, e.outcomeUnknown(),
                    e.failure() == CatalogException.Failure.SERVER_ERROR, e.notBefore().orElse(null));
        }
    }

    private static <T> T read(CatalogAnswer a, Class<T> type) throws LibraryException {
        try {
            return CentralCatalogClient.expect(a, type);
        } catch (CatalogException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }
}
