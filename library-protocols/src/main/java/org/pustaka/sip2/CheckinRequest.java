package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 09: return an item. {@code returnDate} is when the visitor returned it (the original time for a replay). */
public record CheckinRequest(boolean noBlock, LocalDateTime transactionDate, LocalDateTime returnDate,
                             String currentLocation, String institutionId, String itemId, String terminalPassword,
                             String itemProperties, Boolean cancel, List<Sip2Field> otherFields)
        implements Sip2Message {
    public CheckinRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.CHECKIN;
    }

    static CheckinRequest read(FrameReader r) throws Sip2FormatException {
        return new CheckinRequest(r.yesNo(), r.date(), r.date(), r.field(FieldId.CURRENT_LOCATION),
                r.field(FieldId.INSTITUTION_ID), r.field(FieldId.ITEM_IDENTIFIER), r.field(FieldId.TERMINAL_PASSWORD),
                r.field(FieldId.ITEM_PROPERTIES), r.yesNoField(FieldId.CANCEL), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.yesNo(noBlock).date(transactionDate).date(returnDate).field(FieldId.CURRENT_LOCATION, currentLocation)
                .field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.ITEM_IDENTIFIER, itemId)
                .field(FieldId.TERMINAL_PASSWORD, terminalPassword).optional(FieldId.ITEM_PROPERTIES, itemProperties)
                .optional(FieldId.CANCEL, cancel).others(otherFields);
    }

    @Override
    public String toString() {
        return "CheckinRequest[item=" + itemId + ", noBlock=" + noBlock + ", date=" + transactionDate + "]";
    }
}
