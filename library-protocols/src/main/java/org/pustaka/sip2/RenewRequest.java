package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 29: renew one loan. {@link #toString()} hides the passwords. */
public record RenewRequest(boolean thirdPartyAllowed, boolean noBlock, LocalDateTime transactionDate,
                           LocalDateTime nbDueDate, String institutionId, String patronId, String patronPassword,
                           String itemId, String title, String terminalPassword, String itemProperties,
                           Boolean feeAcknowledged, List<Sip2Field> otherFields) implements Sip2Message {
    public RenewRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.RENEW;
    }

    static RenewRequest read(FrameReader r) throws Sip2FormatException {
        return new RenewRequest(r.yesNo(), r.yesNo(), r.date(), r.date(), r.field(FieldId.INSTITUTION_ID),
                r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.PATRON_PASSWORD), r.field(FieldId.ITEM_IDENTIFIER),
                r.field(FieldId.TITLE_IDENTIFIER), r.field(FieldId.TERMINAL_PASSWORD), r.field(FieldId.ITEM_PROPERTIES),
                r.yesNoField(FieldId.FEE_ACKNOWLEDGED), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.yesNo(thirdPartyAllowed).yesNo(noBlock).date(transactionDate).date(nbDueDate)
                .field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.PATRON_IDENTIFIER, patronId)
                .optional(FieldId.PATRON_PASSWORD, patronPassword).optional(FieldId.ITEM_IDENTIFIER, itemId)
                .optional(FieldId.TITLE_IDENTIFIER, title).optional(FieldId.TERMINAL_PASSWORD, terminalPassword)
                .optional(FieldId.ITEM_PROPERTIES, itemProperties).optional(FieldId.FEE_ACKNOWLEDGED, feeAcknowledged)
                .others(otherFields);
    }

    @Override
    public String toString() {
        return "RenewRequest[item=" + itemId + ", noBlock=" + noBlock + ", date=" + transactionDate + "]";
    }
}
