package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 12: the answer to a checkout. {@code dueDate} (AH) is free text as the server sent it. */
public record CheckoutResponse(boolean ok, boolean renewalOk, Tristate magneticMedia, Tristate desensitize,
                               LocalDateTime transactionDate, String institutionId, String patronId, String itemId,
                               String title, String dueDate, String feeType, Boolean securityInhibit,
                               String currency, String feeAmount, String mediaType, String itemProperties,
                               String transactionId, List<String> screenMessages, List<String> printLines,
                               List<Sip2Field> otherFields) implements Sip2Message, LoanResponse {
    public CheckoutResponse {
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.CHECKOUT_RESPONSE;
    }

    static CheckoutResponse read(FrameReader r) throws Sip2FormatException {
        return new CheckoutResponse(r.oneZero(), r.yesNo(), r.tristate(), r.tristate(), r.date(),
                r.field(FieldId.INSTITUTION_ID), r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.ITEM_IDENTIFIER),
                r.field(FieldId.TITLE_IDENTIFIER), r.field(FieldId.DUE_DATE), r.field(FieldId.FEE_TYPE),
                r.yesNoField(FieldId.SECURITY_INHIBIT), r.field(FieldId.CURRENCY_TYPE), r.field(FieldId.FEE_AMOUNT),
                r.field(FieldId.MEDIA_TYPE), r.field(FieldId.ITEM_PROPERTIES), r.field(FieldId.TRANSACTION_ID),
                r.screenMessages(), r.printLines(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.oneZero(ok).yesNo(renewalOk).tristate(magneticMedia).tristate(desensitize).date(transactionDate)
                .field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.PATRON_IDENTIFIER, patronId)
                .field(FieldId.ITEM_IDENTIFIER, itemId).field(FieldId.TITLE_IDENTIFIER, title)
                .field(FieldId.DUE_DATE, dueDate).optional(FieldId.FEE_TYPE, feeType)
                .optional(FieldId.SECURITY_INHIBIT, securityInhibit).optional(FieldId.CURRENCY_TYPE, currency)
                .optional(FieldId.FEE_AMOUNT, feeAmount).optional(FieldId.MEDIA_TYPE, mediaType)
                .optional(FieldId.ITEM_PROPERTIES, itemProperties).optional(FieldId.TRANSACTION_ID, transactionId)
                .screenText(screenMessages, printLines).others(otherFields);
    }
}
