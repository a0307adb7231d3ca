package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 18: an item's circulation status, title, due date and locations. */
public record ItemInformationResponse(CirculationStatus circulationStatus, SecurityMarker securityMarker,
                                      FeeType feeType, LocalDateTime transactionDate, String holdQueueLength,
                                      String dueDate, LocalDateTime recallDate, LocalDateTime holdPickupDate,
                                      String itemId, String title, String owner, String currency, String feeAmount,
                                      String mediaType, String permanentLocation, String currentLocation,
                                      String itemProperties, List<String> screenMessages, List<String> printLines,
                                      List<Sip2Field> otherFields) implements Sip2Message, ScreenText {
    public ItemInformationResponse {
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.ITEM_INFORMATION_RESPONSE;
    }

    static ItemInformationResponse read(FrameReader r) throws Sip2FormatException {
        return new ItemInformationResponse(CirculationStatus.fromCode(r.text(2)), SecurityMarker.fromCode(r.text(2)),
                FeeType.fromCode(r.text(2)), r.date(), r.field(FieldId.HOLD_QUEUE_LENGTH), r.field(FieldId.DUE_DATE),
                r.dateField(FieldId.RECALL_DATE), r.dateField(FieldId.HOLD_PICKUP_DATE),
                r.field(FieldId.ITEM_IDENTIFIER), r.field(FieldId.TITLE_IDENTIFIER), r.field(FieldId.OWNER),
                r.field(FieldId.CURRENCY_TYPE), r.field(FieldId.FEE_AMOUNT), r.field(FieldId.MEDIA_TYPE),
                r.field(FieldId.PERMANENT_LOCATION), r.field(FieldId.CURRENT_LOCATION), r.field(FieldId.ITEM_PROPERTIES),
                r.screenMessages(), r.printLines(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.text(circulationStatus.code(), 2).text(securityMarker.code(), 2).text(feeType.code(), 2)
                .date(transactionDate).optional(FieldId.HOLD_QUEUE_LENGTH, holdQueueLength)
                .optional(FieldId.DUE_DATE, dueDate).optionalDate(FieldId.RECALL_DATE, recallDate)
                .optionalDate(FieldId.HOLD_PICKUP_DATE, holdPickupDate).field(FieldId.ITEM_IDENTIFIER, itemId)
                .field(FieldId.TITLE_IDENTIFIER, title).optional(FieldId.OWNER, owner)
                .optional(FieldId.CURRENCY_TYPE, currency).optional(FieldId.FEE_AMOUNT, feeAmount)
                .optional(FieldId.MEDIA_TYPE, mediaType).optional(FieldId.PERMANENT_LOCATION, permanentLocation)
                .optional(FieldId.CURRENT_LOCATION, currentLocation).optional(FieldId.ITEM_PROPERTIES, itemProperties)
                .screenText(screenMessages, printLines).others(otherFields);
    }
}
