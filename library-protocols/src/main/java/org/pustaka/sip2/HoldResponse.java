package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 16: the answer to a hold request, with the queue position when placed. */
public record HoldResponse(boolean ok, boolean available, LocalDateTime transactionDate,
                           LocalDateTime expirationDate, String queuePosition, String pickupLocation,
                           String institutionId, String patronId, String itemId, String title,
                           List<String> screenMessages, List<String> printLines, List<Sip2Field> otherFields)
        implements Sip2Message, ScreenText {
    public HoldResponse {
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.HOLD_RESPONSE;
    }

    static HoldResponse read(FrameReader r) throws Sip2FormatException {
        return new HoldResponse(r.oneZero(), r.yesNo(), r.date(), r.dateField(FieldId.EXPIRATION_DATE),
                r.field(FieldId.QUEUE_POSITION), r.field(FieldId.PICKUP_LOCATION), r.field(FieldId.INSTITUTION_ID),
                r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.ITEM_IDENTIFIER), r.field(FieldId.TITLE_IDENTIFIER),
                r.screenMessages(), r.printLines(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.oneZero(ok).yesNo(available).date(transactionDate).optionalDate(FieldId.EXPIRATION_DATE, expirationDate)
                .optional(FieldId.QUEUE_POSITION, queuePosition).optional(FieldId.PICKUP_LOCATION, pickupLocation)
                .field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.PATRON_IDENTIFIER, patronId)
                .optional(FieldId.ITEM_IDENTIFIER, itemId).optional(FieldId.TITLE_IDENTIFIER, title)
                .screenText(screenMessages, printLines).others(otherFields);
    }
}
