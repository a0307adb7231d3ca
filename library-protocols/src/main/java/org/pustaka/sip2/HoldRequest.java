package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 15: place, cancel or change a hold. {@link #toString()} hides the passwords. */
public record HoldRequest(HoldMode mode, LocalDateTime transactionDate, LocalDateTime expirationDate,
                          String pickupLocation, String holdType, String institutionId, String patronId,
                          String patronPassword, String itemId, String title, String terminalPassword,
                          Boolean feeAcknowledged, List<Sip2Field> otherFields) implements Sip2Message {
    public HoldRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.HOLD;
    }

    static HoldRequest read(FrameReader r) throws Sip2FormatException {
        return new HoldRequest(HoldMode.fromCode(r.character()), r.date(), r.dateField(FieldId.EXPIRATION_DATE),
                r.field(FieldId.PICKUP_LOCATION), r.field(FieldId.HOLD_TYPE), r.field(FieldId.INSTITUTION_ID),
                r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.PATRON_PASSWORD), r.field(FieldId.ITEM_IDENTIFIER),
                r.field(FieldId.TITLE_IDENTIFIER), r.field(FieldId.TERMINAL_PASSWORD),
                r.yesNoField(FieldId.FEE_ACKNOWLEDGED), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.character(mode.code()).date(transactionDate).optionalDate(FieldId.EXPIRATION_DATE, expirationDate)
                .optional(FieldId.PICKUP_LOCATION, pickupLocation).optional(FieldId.HOLD_TYPE, holdType)
                .field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.PATRON_IDENTIFIER, patronId)
                .optional(FieldId.PATRON_PASSWORD, patronPassword).optional(FieldId.ITEM_IDENTIFIER, itemId)
                .optional(FieldId.TITLE_IDENTIFIER, title).optional(FieldId.TERMINAL_PASSWORD, terminalPassword)
                .optional(FieldId.FEE_ACKNOWLEDGED, feeAcknowledged).others(otherFields);
    }

    @Override
    public String toString() {
        return "HoldRequest[" + mode + ", item=" + itemId + ", passwords=****]";
    }
}
