package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 65: renew every loan of a patron. {@link #toString()} hides the passwords. */
public record RenewAllRequest(LocalDateTime transactionDate, String institutionId, String patronId,
                              String patronPassword, String terminalPassword, Boolean feeAcknowledged,
                              List<Sip2Field> otherFields) implements Sip2Message {
    public RenewAllRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.RENEW_ALL;
    }

    static RenewAllRequest read(FrameReader r) throws Sip2FormatException {
        return new RenewAllRequest(r.date(), r.field(FieldId.INSTITUTION_ID), r.field(FieldId.PATRON_IDENTIFIER),
                r.field(FieldId.PATRON_PASSWORD), r.field(FieldId.TERMINAL_PASSWORD),
                r.yesNoField(FieldId.FEE_ACKNOWLEDGED), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.date(transactionDate).field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.PATRON_IDENTIFIER, patronId)
                .optional(FieldId.PATRON_PASSWORD, patronPassword).optional(FieldId.TERMINAL_PASSWORD, terminalPassword)
                .optional(FieldId.FEE_ACKNOWLEDGED, feeAcknowledged).others(otherFields);
    }

    @Override
    public String toString() {
        return "RenewAllRequest[date=" + transactionDate + ", passwords=****]";
    }
}
