package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 37: a fee was paid at the kiosk. {@link #toString()} hides the passwords. */
public record FeePaidRequest(LocalDateTime transactionDate, FeeType feeType, PaymentType paymentType,
                             String currency, String feeAmount, String institutionId, String patronId,
                             String terminalPassword, String patronPassword, String feeIdentifier,
                             String transactionId, List<Sip2Field> otherFields) implements Sip2Message {
    public FeePaidRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.FEE_PAID;
    }

    static FeePaidRequest read(FrameReader r) throws Sip2FormatException {
        return new FeePaidRequest(r.date(), FeeType.fromCode(r.text(2)), PaymentType.fromCode(r.text(2)), r.text(3),
                r.field(FieldId.FEE_AMOUNT), r.field(FieldId.INSTITUTION_ID), r.field(FieldId.PATRON_IDENTIFIER),
                r.field(FieldId.TERMINAL_PASSWORD), r.field(FieldId.PATRON_PASSWORD), r.field(FieldId.FEE_IDENTIFIER),
                r.field(FieldId.TRANSACTION_ID), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.date(transactionDate).text(feeType.code(), 2).text(paymentType.code(), 2).text(currency, 3)
                .field(FieldId.FEE_AMOUNT, feeAmount).field(FieldId.INSTITUTION_ID, institutionId)
                .field(FieldId.PATRON_IDENTIFIER, patronId).optional(FieldId.TERMINAL_PASSWORD, terminalPassword)
                .optional(FieldId.PATRON_PASSWORD, patronPassword).optional(FieldId.FEE_IDENTIFIER, feeIdentifier)
                .optional(FieldId.TRANSACTION_ID, transactionId).others(otherFields);
    }

    @Override
    public String toString() {
        return "FeePaidRequest[" + feeAmount + " " + currency + ", passwords=****]";
    }
}
