package org.pustaka.kiosk.library.sip2.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pustaka.kiosk.library.sip2.Sip2Exchange;
import org.pustaka.sip2.AcsStatusResponse;
import org.pustaka.sip2.CheckinResponse;
import org.pustaka.sip2.EndSessionResponse;
import org.pustaka.sip2.ItemInformationResponse;
import org.pustaka.sip2.LoanResponse;
import org.pustaka.sip2.PatronInformationResponse;
import org.pustaka.sip2.PatronStatusFlag;
import org.pustaka.sip2.RenewAllResponse;
import org.pustaka.sip2.ScreenText;
import org.pustaka.sip2.Sip2Dates;
import org.pustaka.sip2.Sip2LogMask;
import org.pustaka.sip2.Tristate;

/** The probe's JSON objects (camelCase keys, in a fixed order) for each kind of response. */
final class ProbeJson {
    private final Sip2Dates dates;

    ProbeJson(Sip2Dates dates) {
        this.dates = dates;
    }

    Map<String, Object> base(String command, Sip2Exchange<?> x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", command);
        m.put("raw", Sip2LogMask.mask(x.raw()));
        m.put("sequence", x.sequence());
        m.put("roundTripMillis", x.roundTripMillis());
        return m;
    }

    Map<String, Object> status(Sip2Exchange<AcsStatusResponse> x) {
        AcsStatusResponse r = x.response();
        Map<String, Object> m = base("status", x);
        m.put("online", r.online());
        m.put("checkinOk", r.checkinOk());
        m.put("checkoutOk", r.checkoutOk());
        m.put("renewalPolicy", r.renewalPolicy());
        m.put("timeoutPeriod", r.timeoutPeriod());
        m.put("retriesAllowed", r.retriesAllowed());
        m.put("protocolVersion", r.protocolVersion().trim());
        m.put("supportedMessages", r.supportedMessages());
        m.put("institution", r.institutionId());
        m.put("libraryName", r.libraryName());
        return screen(m, r);
    }

    Map<String, Object> patron(Sip2Exchange<PatronInformationResponse> x, List<String> holdItems) {
        PatronInformationResponse r = x.response();
        Map<String, Object> m = base("patron", x);
        m.put("validPatron", r.validPatron());
        m.put("validPassword", r.validPassword());
        m.put("name", r.personalName());
        m.put("chargedItems", r.items().chargedItems());
        m.put("holdItems", holdItems);
        m.put("chargedItemsCount", r.chargedItemsCount());
        m.put("overdueItemsCount", r.overdueItemsCount());
        m.put("holdItemsCount", r.holdItemsCount());
        m.put("fineAmount", r.feeAmount());
        m.put("currency", r.currency());
        List<String> flags = new ArrayList<>();
        for (PatronStatusFlag f : PatronStatusFlag.values()) {
            if (r.patronStatus().contains(f)) {
                flags.add(f.name());
            }
        }
        m.put("patronStatus", flags);
        return screen(m, r);
    }

    /** A checkout or renewal answer, under the command that asked for it. */
    Map<String, Object> loan(String command, Sip2Exchange<? extends LoanResponse> x) {
        LoanResponse r = x.response();
        Map<String, Object> m = base(command, x);
        m.put("ok", r.ok());
        m.put("renewalOk", r.renewalOk());
        m.put("desensitize", r.desensitize() == Tristate.UNKNOWN ? null : r.desensitize() == Tristate.YES);
        m.put("title", r.title());
        m.put("dueDate", r.dueDate());
        m.put("dueDateIso", iso(r.dueDate()));
        return screen(m, r);
    }

    Map<String, Object> checkin(Sip2Exchange<CheckinResponse> x) {
        CheckinResponse r = x.response();
        Map<String, Object> m = base("checkin", x);
        m.put("ok", r.ok());
        m.put("resensitize", r.resensitize());
        m.put("alert", r.alert());
        m.put("alertType", r.alertType());
        m.put("sortBin", r.sortBin());
        m.put("title", r.title());
        return screen(m, r);
    }

    Map<String, Object> renewAll(Sip2Exchange<RenewAllResponse> x) {
        RenewAllResponse r = x.response();
        Map<String, Object> m = base("renew-all", x);
        m.put("ok", r.ok());
        m.put("renewedCount", r.renewedCount());
        m.put("unrenewedCount", r.unrenewedCount());
        m.put("renewedItems", r.renewedItems());
        m.put("unrenewedItems", r.unrenewedItems());
        return screen(m, r);
    }

    Map<String, Object> item(Sip2Exchange<ItemInformationResponse> x) {
        ItemInformationResponse r = x.response();
        Map<String, Object> m = base("item", x);
        m.put("circulationStatus", r.circulationStatus().code());
        m.put("circulationStatusName", r.circulationStatus().name());
        m.put("title", r.title());
        m.put("dueDate", r.dueDate());
        m.put("dueDateIso", iso(r.dueDate()));
        return screen(m, r);
    }

    Map<String, Object> end(Sip2Exchange<EndSessionResponse> x) {
        Map<String, Object> m = base("end", x);
        m.put("endSession", x.response().endSession());
        return screen(m, x.response());
    }

    private String iso(String dueDate) {
        return dates.parseLenient(dueDate).map(Object::toString).orElse(null);
    }

    static Map<String, Object> screen(Map<String, Object> m, ScreenText text) {
        m.put("screenMessage", text.screenMessages());
        m.put("printLine", text.printLines());
        return m;
    }
}
