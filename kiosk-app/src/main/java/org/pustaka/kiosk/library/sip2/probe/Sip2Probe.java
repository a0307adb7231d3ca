package org.pustaka.kiosk.library.sip2.probe;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.kiosk.library.sip2.LostResponseRecovery;
import org.pustaka.kiosk.library.sip2.Sip2Client;
import org.pustaka.kiosk.library.sip2.Sip2Exchange;
import org.pustaka.kiosk.library.sip2.Sip2Requests;
import org.pustaka.sip2.EndSessionResponse;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.LoginRequest;
import org.pustaka.sip2.LoginResponse;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.RenewAllResponse;
import org.pustaka.sip2.Sip2Exception;
import org.pustaka.sip2.SummaryList;

/**
 * The technician's SIP2 probe: runs {@link ProbeRequest}s on one client connection and returns each
 * response as a JSON-ready map. Checkout, checkin and renew go through {@link LostResponseRecovery},
 * like the kiosk itself, so probing a live library never doubles a loan.
 */
public final class Sip2Probe {
    private final Sip2Client client;
    private final Sip2Requests requests;
    private final LostResponseRecovery recovery;
    private final ProbeJson json;
    private final Clock clock;

    public Sip2Probe(Sip2Client client, Clock clock) {
        this.client = client;
        this.clock = clock;
        this.requests = Sip2Requests.of(client.options());
        this.recovery = new LostResponseRecovery(client);
        this.json = new ProbeJson(client.codec().dates());
    }

    /** Runs one command; a "no" from the library is a normal result. */
    public Map<String, Object> run(ProbeRequest r) throws Sip2Exception {
        return switch (r.verb()) {
            case STATUS -> json.status(client.status());
            case LOGIN -> login();
            case PATRON -> patron(credentials(r, 0));
            case CHECKOUT -> json.loan("checkout", recovery.checkout(requests.checkout(credentials(r, 0),
                    r.argument(1), options(), now())));
            case CHECKIN -> json.checkin(recovery.checkin(requests.checkin(r.argument(0), options(), now())));
            case RENEW -> json.loan("renew", recovery.renew(requests.renew(credentials(r, 0), r.argument(1), options(),
                    now())));
            case RENEW_ALL -> json.renewAll(client.send(requests.renewAll(credentials(r, 0), now()),
                    RenewAllResponse.class));
            case ITEM -> json.item(client.send(requests.item(r.argument(0), now()), ItemInformationResponse.class));
            case END -> json.end(client.send(requests.endSession(credentials(r, 0), now()), EndSessionResponse.class));
        };
    }

    private Map<String, Object> login() throws Sip2Exception {
        Sip2Exchange<LoginResponse> x = client.send(LoginRequest.plain(client.options().user(),
                client.options().password(), client.options().location()), LoginResponse.class);
        Map<String, Object> m = json.base("login", x);
        m.put("ok", x.response().ok());
        return m;
    }

    private Map<String, Object> patron(PatronCredentials p) throws Sip2Exception {
        Sip2Exchange<PatronInformationResponse> charged = client.send(
                requests.patronInformation(p, SummaryList.CHARGED_ITEMS, now()), PatronInformationResponse.class);
        List<String> holds = client.send(requests.patronInformation(p, SummaryList.HOLD_ITEMS, now()),
                PatronInformationResponse.class).response().items().holdItems();
        return json.patron(charged, holds);
    }

    private static PatronCredentials credentials(ProbeRequest r, int index) {
        return new PatronCredentials(r.argument(index), r.pin());
    }

    private TransactionOptions options() {
        return TransactionOptions.now(Instant.now(clock));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(client.codec().dates().zone()));
    }
}
