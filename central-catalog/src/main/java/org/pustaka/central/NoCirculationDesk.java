package org.pustaka.central;

import java.util.Optional;
import org.pustaka.central.circulation.AccountAnswer;
import org.pustaka.central.circulation.CheckinRequest;
import org.pustaka.central.circulation.CheckoutRequest;
import org.pustaka.central.circulation.CirculationAnswer;
import org.pustaka.central.circulation.CirculationDesk;
import org.pustaka.central.circulation.CirculationUnavailableException;
import org.pustaka.central.circulation.ItemState;
import org.pustaka.central.circulation.PatronAnswer;
import org.pustaka.central.circulation.RenewAllAnswer;
import org.pustaka.central.circulation.RenewAllRequest;
import org.pustaka.central.circulation.RenewRequest;

/**
 * The desk of a service with no library system configured: events, visits and reports work, every
 * circulation call answers "not available now" (HTTP 503), so kiosks keep their loans queued.
 */
final class NoCirculationDesk implements CirculationDesk {
    private static CirculationUnavailableException none() {
        return new CirculationUnavailableException("No library system is configured (slims.* keys); circulation is off.");
    }

    @Override
    public PatronAnswer authenticate(String memberId, Optional<String> pin) {
        throw none();
    }

    @Override
    public AccountAnswer account(String memberId) {
        throw none();
    }

    @Override
    public CirculationAnswer checkout(CheckoutRequest request) {
        throw none();
    }

    @Override
    public CirculationAnswer checkin(CheckinRequest request) {
        throw none();
    }

    @Override
    public CirculationAnswer renew(RenewRequest request) {
        throw none();
    }

    @Override
    public RenewAllAnswer renewAll(RenewAllRequest request) {
        throw none();
    }

    @Override
    public ItemState item(String itemCode) {
        throw none();
    }
}
