package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 11: lend an item to a patron. With {@code noBlock} the ACS must accept it whatever its blocks (an
 * offline loan already promised to the visitor); {@code transactionDate} is then the original time.
 * {@link #toString()} hides the passwords.
 */
public record CheckoutRequest(boolean scRenewalPolicy, boolean noBlock, LocalDateTime transactionDate,
                              LocalDateTime nbDueDate, String institutionId, String patronId, String itemId,
                              String terminalPassword, String itemProperties, String patronPassword,
                              Boolean feeAcknowledged, Boolean cancel, List<Sip2Field> otherFields)
        implements Sip2Message {
    public CheckoutRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.CHECKOUT;
    }

    static CheckoutRequest read(FrameReader r) throws Sip2FormatException {
        return new CheckoutRequest(r.yesNo(), r.yesNo(), r.date(), r.date(), r.field(FieldId.INSTITUTION_ID),
                r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.ITEM_IDENTIFIER),
                r.field(FieldId.TERMINAL_PASSWORD), r.field(FieldId.ITEM_PROPERTIES), r.field(FieldId.PATRON_PASSWORD),
                r.yesNoField(FieldId.FEE_ACKNOWLEDGED), r.yesNoField(FieldId.CANCEL), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.yesNo(scRenewalPolicy).yesNo(noBlock).date(transactionDate).date(nbDueDate)
                .field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.PATRON_IDENTIFIER, patronId)
                .field(FieldId.ITEM_IDENTIFIER, itemId).field(FieldId.TERMINAL_PASSWORD, terminalPassword)
                .optional(FieldId.ITEM_PROPERTIES, itemProperties).optional(FieldId.PATRON_PASSWORD, patronPassword)
                .optional(FieldId.FEE_ACKNOWLEDGED, feeAcknowledged).optional(FieldId.CANCEL, cancel)
                .others(otherFields);
    }

    @Override
    public String toString() {
        return "CheckoutRequest[item=" + itemId + ", noBlock=" + noBlock + ", date=" + transactionDate + "]";
    }
}
