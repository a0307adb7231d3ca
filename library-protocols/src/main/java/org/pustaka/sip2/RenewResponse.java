package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 30: the answer to a renewal; the same fields as a checkout response. */
public record RenewResponse(boolean ok, boolean renewalOk, Tristate magneticMedia, Tristate desensitize,
                            LocalDateTime transactionDate, String institutionId, String patronId, String itemId,
                            String title, String dueDate, String feeType, Boolean securityInhibit, String currency,
                            String feeAmount, String mediaType, String itemProperties, String transactionId,
                            List<String> screenMessages, List<String> printLines, List<Sip2Field> otherFields)
        implements Sip2Message, LoanResponse {
    public RenewResponse {
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.RENEW_RESPONSE;
    }

    /** A renewal answer has the checkout answer's layout: one layout, in {@link CheckoutResponse}. */
    static RenewResponse read(FrameReader r) throws Sip2FormatException {
        CheckoutResponse c = CheckoutResponse.read(r);
        return new RenewResponse(c.ok(), c.renewalOk(), c.magneticMedia(), c.desensitize(), c.transactionDate(),
                c.institutionId(), c.patronId(), c.itemId(), c.title(), c.dueDate(), c.feeType(), c.securityInhibit(),
                c.currency(), c.feeAmount(), c.mediaType(), c.itemProperties(), c.transactionId(), c.screenMessages(),
                c.printLines(), c.otherFields());
    }

    @Override
    public void write(FrameWriter w) {
        new CheckoutResponse(ok, renewalOk, magneticMedia, desensitize, transactionDate, institutionId, patronId,
                itemId, title, dueDate, feeType, securityInhibit, currency, feeAmount, mediaType, itemProperties,
                transactionId, screenMessages, printLines, otherFields).write(w);
    }
}
