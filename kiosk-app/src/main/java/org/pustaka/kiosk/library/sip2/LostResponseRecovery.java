package org.pustaka.kiosk.library.sip2;

import java.time.LocalDateTime;
import java.util.List;
import org.pustaka.sip2.CirculationStatus;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.CheckoutResponse;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.RenewResponse;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.sip2.SummaryList;
import org.pustaka.sip2.Tristate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkout, checkin and renew that survive a lost answer without doubling anything. When the answer is
 * lost the item's state is asked first (17), and for a checkout the patron's charged items (63):
 * <ul>
 * <li>checkout: on loan to this patron means it took effect (answered from the item information);
 * otherwise it is sent once more and the library's own answer decides;</li>
 * <li>checkin: not on loan means it took effect; still on loan means it is sent once more;</li>
 * <li>renew: not on loan means nothing can have happened, so it is sent once more (the library will
 * say no); still on loan cannot tell a renewal from none, so the outcome stays unknown rather than
 * spend a second renewal.</li>
 * </ul>
 * When the state cannot be learned either, the original {@link Sip2ResponseLostException} is thrown.
 */
public final class LostResponseRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(LostResponseRecovery.class);
    private final Sip2Client client;

    public LostResponseRecovery(Sip2Client client) {
        this.client = client;
    }

    public Sip2Exchange<CheckoutResponse> checkout(CheckoutRequest request) throws Sip2Exception {
        try {
            return client.send(request, CheckoutResponse.class);
        } catch (Sip2ResponseLostException lost) {
            Sip2Exchange<ItemInformationResponse> item = itemState(request.institutionId(), request.itemId(), lost);
            ItemInformationResponse info = item.response();
            if (info.circulationStatus().onLoan() && chargedTo(request, lost)) {
                LOG.warn("Checkout answer lost; the library shows the item on loan to the patron, taken as done");
                return new Sip2Exchange<>(new CheckoutResponse(true, false, Tristate.UNKNOWN, Tristate.YES, now(),
                        request.institutionId(), request.patronId(), request.itemId(), info.title(), info.dueDate(),
                        null, null, null, null, info.mediaType(), null, null, List.of(), List.of(), List.of()),
                        item.raw(), item.sequence(), item.roundTripMillis());
            }
            LOG.warn("Checkout answer lost; the library shows no loan to the patron, sending it once more");
            return client.send(request, CheckoutResponse.class);
        }
    }

    public Sip2Exchange<CheckinResponse> checkin(CheckinRequest request) throws Sip2Exception {
        try {
            return client.send(request, CheckinResponse.class);
        } catch (Sip2ResponseLostException lost) {
            Sip2Exchange<ItemInformationResponse> item = itemState(request.institutionId(), request.itemId(), lost);
            ItemInformationResponse info = item.response();
            if (!info.circulationStatus().onLoan()) {
                LOG.warn("Checkin answer lost; the library shows the item returned ({}), taken as done",
                        info.circulationStatus());
                boolean alert = info.circulationStatus() != CirculationStatus.AVAILABLE;
                return new Sip2Exchange<>(new CheckinResponse(true, true, Tristate.UNKNOWN, alert, now(),
                        request.institutionId(), request.itemId(), info.permanentLocation(), info.title(), null, null,
                        info.mediaType(), null, null, List.of(), List.of(), List.of()), item.raw(), item.sequence(),
                        item.roundTripMillis());
            }
            LOG.warn("Checkin answer lost; the item is still on loan, sending it once more");
            return client.send(request, CheckinResponse.class);
        }
    }

    public Sip2Exchange<RenewResponse> renew(RenewRequest request) throws Sip2Exception {
        try {
            return client.send(request, RenewResponse.class);
        } catch (Sip2ResponseLostException lost) {
            ItemInformationResponse info = itemState(request.institutionId(), request.itemId(), lost).response();
            if (info.circulationStatus().onLoan()) {
                throw lost;
            }
            return client.send(request, RenewResponse.class);
        }
    }

    private Sip2Exchange<ItemInformationResponse> itemState(String institution, String itemId,
                                                            Sip2ResponseLostException lost)
            throws Sip2ResponseLostException {
        try {
            return client.send(new ItemInformationRequest(now(), institution, itemId,
                    client.options().terminalPassword(), List.of()), ItemInformationResponse.class);
        } catch (Sip2Exception e) {
            lost.addSuppressed(e);
            throw lost;
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(client.codec().dates().zone());
    }

    private boolean chargedTo(CheckoutRequest request, Sip2ResponseLostException lost)
            throws Sip2ResponseLostException {
        try {
            PatronInformationResponse patron = client.send(new PatronInformationRequest(
                    Sip2Requests.LANGUAGE_UNKNOWN, now(), SummaryList.CHARGED_ITEMS, request.institutionId(),
                    request.patronId(), request.terminalPassword(), request.patronPassword(), "1", "9999", List.of()),
                    PatronInformationResponse.class).response();
            return patron.items().chargedItems().stream()
                    .anyMatch(e -> e.equals(request.itemId()) || e.startsWith(request.itemId() + " "));
        } catch (Sip2Exception e) {
            lost.addSuppressed(e);
            throw lost;
        }
    }
}
