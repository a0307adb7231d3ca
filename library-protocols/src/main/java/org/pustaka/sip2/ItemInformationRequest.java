package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 17: what the library knows of an item; also how the kiosk learns the outcome of a lost answer. */
public record ItemInformationRequest(LocalDateTime transactionDate, String institutionId, String itemId,
                                     String terminalPassword, List<Sip2Field> otherFields) implements Sip2Message {
    public ItemInformationRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.ITEM_INFORMATION;
    }

    static ItemInformationRequest read(FrameReader r) throws Sip2FormatException {
        return new ItemInformationRequest(r.date(), r.field(FieldId.INSTITUTION_ID), r.field(FieldId.ITEM_IDENTIFIER),
                r.field(FieldId.TERMINAL_PASSWORD), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.date(transactionDate).field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.ITEM_IDENTIFIER, itemId)
                .optional(FieldId.TERMINAL_PASSWORD, terminalPassword).others(otherFields);
    }

    @Override
    public String toString() {
        return "ItemInformationRequest[item=" + itemId + "]";
    }
}
