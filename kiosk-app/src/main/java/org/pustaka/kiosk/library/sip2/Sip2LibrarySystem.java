package org.pustaka.kiosk.library.sip2;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.pustaka.kiosk.config.Sip2Settings;
import org.pustaka.kiosk.library.CheckinResult;
import org.pustaka.kiosk.library.CheckoutResult;
import org.pustaka.kiosk.library.HoldReady;
import org.pustaka.kiosk.library.ItemInfo;
import org.pustaka.kiosk.library.LibraryException;
import org.pustaka.kiosk.library.LibraryStatus;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.library.LibraryUnavailableException;
import org.pustaka.kiosk.library.Loan;
import org.pustaka.kiosk.library.PatronAccount;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.privacy.PatronMask;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.library.sip2.RefusalClassifier.Operation;
import org.pustaka.sip2.AcsStatusResponse;
import org.pustaka.sip2.EndSessionResponse;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.RenewAllResponse;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.sip2.SummaryList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's {@link LibrarySystem} over SIP2. Patron lists come from patron information (63, one list
 * per request as the specification allows), with item information (17) for each item's title and due
 * date. Checkout, checkin and renew go through {@link LostResponseRecovery}, so a lost answer never
 * doubles a loan. Calls block and are serialized here, so the several exchanges of one call (an account,
 * a recovery) are never interleaved with another call's; never call from the Swing thread.
 */
public final class Sip2LibrarySystem implements LibrarySystem {
    private static final Logger LOG = LoggerFactory.getLogger(Sip2LibrarySystem.class);
    private final Sip2Client client;
    private final Sip2Requests requests;
    private final LostResponseRecovery recovery;
    private final Clock clock;

    /** The adapter for the configured SIP2 server; connects on first use. */
    public Sip2LibrarySystem(Sip2Settings settings, ZoneId zone, Clock clock) {
        this(Sip2Client.fromSettings(settings, zone), clock);
    }

    public Sip2LibrarySystem(Sip2Client client, Clock clock) {
        this.client = client;
        this.clock = clock;
        this.requests = Sip2Requests.of(client.options());
        this.recovery = new LostResponseRecovery(client);
    }

    @Override
    public synchronized PatronIdentity identify(PatronCredentials patron) throws LibraryException {
        return PatronMapping.identity(patron.patronId(), patron.pin(), patronInfo(patron, null));
    }

    @Override
    public synchronized PatronAccount account(PatronCredentials patron) throws LibraryException {
        PatronInformationResponse charged = patronInfo(patron, SummaryList.CHARGED_ITEMS);
        PatronInformationResponse holds = patronInfo(patron, SummaryList.HOLD_ITEMS);
        LocalDate today = LocalDate.now(clock.withZone(zone()));
        List<Loan> loans = new ArrayList<>();
        for (String id : ListedItems.ids(charged.items().chargedItems())) {
            ItemInfo info = item(id);
            loans.add(new Loan(info.itemId(), info.title(), info.dueDate(),
                    info.dueDate() != null && info.dueDate().isBefore(today)));
        }
        List<HoldReady> ready = new ArrayList<>();
        for (String id : ListedItems.ids(holds.items().holdItems())) {
            ItemInfo info = item(id);
            ready.add(new HoldReady(info.itemId(), info.title(), null));
        }
        return new PatronAccount(PatronMapping.identity(patron.patronId(), patron.pin(), charged), loans, ready,
                PatronMapping.money(charged.feeAmount(), charged.currency()));
    }

    @Override
    public synchronized CheckoutResult checkout(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        try {
            return Sip2Results.loan(itemId, recovery.checkout(requests.checkout(patron, itemId, options,
                    local(options))).response(), Operation.CHECKOUT, client.codec().dates());
        } catch (Sip2Exception e) {
            throw translate(e);
        }
    }

    @Override
    public synchronized CheckinResult checkin(String itemId, TransactionOptions options) throws LibraryException {
        try {
            return Sip2Results.checkin(itemId, recovery.checkin(requests.checkin(itemId, options, local(options)))
                    .response());
        } catch (Sip2Exception e) {
            throw translate(e);
        }
    }

    @Override
    public synchronized CheckoutResult renew(PatronCredentials patron, String itemId, TransactionOptions options)
            throws LibraryException {
        try {
            return Sip2Results.loan(itemId, recovery.renew(requests.renew(patron, itemId, options, local(options)))
                    .response(), Operation.RENEW, client.codec().dates());
        } catch (Sip2Exception e) {
            throw translate(e);
        }
    }

    @Override
    public synchronized List<CheckoutResult> renewAll(PatronCredentials patron) throws LibraryException {
        RenewAllResponse r;
        try {
            r = client.send(requests.renewAll(patron, now()), RenewAllResponse.class).response();
        } catch (Sip2Exception e) {
            throw translate(e);
        }
        List<CheckoutResult> results = new ArrayList<>();
        for (String id : ListedItems.ids(r.renewedItems())) {
            ItemInfo info = item(id);
            results.add(new CheckoutResult(info.itemId(), true, info.title(), info.dueDate(), null, false,
                    r.screenMessages()));
        }
        for (String id : ListedItems.ids(r.unrenewedItems())) {
            results.add(Sip2Results.unrenewed(id, r.screenMessages()));
        }
        return results;
    }

    @Override
    public synchronized ItemInfo item(String itemId) throws LibraryException {
        try {
            ItemInformationResponse r = client.send(requests.item(itemId, now()), ItemInformationResponse.class)
                    .response();
            return Sip2Results.item(itemId, r, client.codec().dates());
        } catch (Sip2Exception e) {
            throw translate(e);
        }
    }

    @Override
    public synchronized void endSession(PatronCredentials patron) {
        try {
            EndSessionResponse r = client.send(requests.endSession(patron, now()), EndSessionResponse.class)
                    .response();
            if (!r.endSession()) {
                LOG.info("The library did not confirm the end of the session of {}", PatronMask.mask(patron.patronId()));
            }
        } catch (Sip2Exception e) {
            LOG.warn("Could not end the SIP2 session of {}: {}", PatronMask.mask(patron.patronId()), e.getMessage());
        }
    }

    @Override
    public synchronized LibraryStatus status() {
        try {
            Sip2Exchange<AcsStatusResponse> x = client.status();
            AcsStatusResponse r = x.response();
            return new LibraryStatus(r.online(), x.roundTripMillis(), "SIP2 " + r.protocolVersion().trim()
                    + (r.online() ? " online" : " offline") + "; checkout " + (r.checkoutOk() ? "allowed" : "not allowed")
                    + ", checkin " + (r.checkinOk() ? "allowed" : "not allowed") + " (as the server reports it)");
        } catch (Sip2Exception e) {
            return new LibraryStatus(false, -1, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("SIP2 status check failed", e);
            return new LibraryStatus(false, -1, "The SIP2 status check failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private PatronInformationResponse patronInfo(PatronCredentials patron, SummaryList list) throws LibraryException {
        try {
            return client.send(requests.patronInformation(patron, list, now()), PatronInformationResponse.class)
                    .response();
        } catch (Sip2Exception e) {
            throw translate(e);
        }
    }

    private ZoneId zone() {
        return client.codec().dates().zone();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone()));
    }

    private LocalDateTime local(TransactionOptions options) {
        return LocalDateTime.ofInstant(options.transactionTime(), zone());
    }

    private static LibraryException translate(Sip2Exception e) {
        if (e instanceof Sip2ResponseLostException) {
            return new LibraryUnavailableException(e.getMessage(), e, true);
        }
        if (e instanceof Sip2ConnectionException) {
            return new LibraryUnavailableException(e.getMessage(), e);
        }
        return new LibraryException(e.getMessage(), e);
    }
}
