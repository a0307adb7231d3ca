package org.pustaka.kiosk.library.sip2;

import java.time.LocalDateTime;
import java.util.List;
import org.pustaka.kiosk.library.PatronCredentials;
import org.pustaka.kiosk.library.TransactionOptions;
import org.pustaka.sip2.CheckinRequest;
import org.pustaka.sip2.CheckoutRequest;
import org.pustaka.sip2.EndPatronSessionRequest;
import org.pustaka.sip2.ItemInformationRequest;
import org.pustaka.sip2.PatronInformationRequest;
import org.pustaka.sip2.RenewAllRequest;
import org.pustaka.sip2.RenewRequest;
import org.pustaka.sip2.SummaryList;

/**
 * Builds the kiosk's requests with the library's institution id and the kiosk's location. Language is
 * 000 (SIP2 has no code for Bahasa Indonesia). The SC renewal policy is sent as N so that no server
 * turns a repeated checkout into a renewal. The terminal password (AC) is the configured one, empty by
 * default as most servers expect; it goes on every request that has the field. A list is asked for from
 * item 1 to {@link ListedItems#CAP}.
 */
public final class Sip2Requests {
    static final String LANGUAGE_UNKNOWN = "000";
    private final String institution;
    private final String location;
    private final String terminalPassword;

    public Sip2Requests(String institution, String location, String terminalPassword) {
        this.institution = institution;
        this.location = location;
        this.terminalPassword = terminalPassword == null ? "" : terminalPassword;
    }

    /** The requests for a client's institution, location and terminal password. */
    public static Sip2Requests of(Sip2ClientOptions options) {
        return new Sip2Requests(options.institution(), options.location(), options.terminalPassword());
    }

    public PatronInformationRequest patronInformation(PatronCredentials p, SummaryList list, LocalDateTime now) {
        return new PatronInformationRequest(LANGUAGE_UNKNOWN, now, list, institution, p.patronId(), terminalPassword, p.pin(),
                list == null ? null : "1", list == null ? null : Integer.toString(ListedItems.CAP), List.of());
    }

    public CheckoutRequest checkout(PatronCredentials p, String itemId, TransactionOptions o, LocalDateTime when) {
        return new CheckoutRequest(false, o.noBlock(), when, null, institution, p.patronId(), itemId, terminalPassword, null,
                p.pin(), null, null, List.of());
    }

    public CheckinRequest checkin(String itemId, TransactionOptions o, LocalDateTime when) {
        return new CheckinRequest(o.noBlock(), when, when, location, institution, itemId, terminalPassword, null, null, List.of());
    }

    public RenewRequest renew(PatronCredentials p, String itemId, TransactionOptions o, LocalDateTime when) {
        return new RenewRequest(false, o.noBlock(), when, null, institution, p.patronId(), p.pin(), itemId, null, terminalPassword,
                null, null, List.of());
    }

    public RenewAllRequest renewAll(PatronCredentials p, LocalDateTime now) {
        return new RenewAllRequest(now, institution, p.patronId(), p.pin(), terminalPassword, null, List.of());
    }

    public ItemInformationRequest item(String itemId, LocalDateTime now) {
        return new ItemInformationRequest(now, institution, itemId, terminalPassword, List.of());
    }

    public EndPatronSessionRequest endSession(PatronCredentials p, LocalDateTime now) {
        return new EndPatronSessionRequest(now, institution, p.patronId(), terminalPassword, p.pin(), List.of());
    }
}
