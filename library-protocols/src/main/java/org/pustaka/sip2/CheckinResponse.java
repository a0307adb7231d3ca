package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 10: the answer to a return. {@code alert} asks for staff attention; {@code sortBin} (CL) says where
 * the item goes; {@code alertType} (CV, an extension most servers send) says why, e.g. {@code 01} hold.
 */
public record CheckinResponse(boolean ok, boolean resensitize, Tristate magneticMedia, boolean alert,
                              LocalDateTime transactionDate, String institutionId, String itemId,
                              String permanentLocation, String title, String sortBin, String patronId,
                              String mediaType, String itemProperties, String alertType, List<String> screenMessages,
                              List<String> printLines, List<Sip2Field> otherFields) implements Sip2Message, ScreenText {
    public CheckinResponse {
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.CHECKIN_RESPONSE;
    }

    static CheckinResponse read(FrameReader r) throws Sip2FormatException {
        return new CheckinResponse(r.oneZero(), r.yesNo(), r.tristate(), r.yesNo(), r.date(),
                r.field(FieldId.INSTITUTION_ID), r.field(FieldId.ITEM_IDENTIFIER), r.field(FieldId.PERMANENT_LOCATION),
                r.field(FieldId.TITLE_IDENTIFIER), r.field(FieldId.SORT_BIN), r.field(FieldId.PATRON_IDENTIFIER),
                r.field(FieldId.MEDIA_TYPE), r.field(FieldId.ITEM_PROPERTIES), r.field(FieldId.ALERT_TYPE),
                r.screenMessages(), r.printLines(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.oneZero(ok).yesNo(resensitize).tristate(magneticMedia).yesNo(alert).date(transactionDate)
                .field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.ITEM_IDENTIFIER, itemId)
                .field(FieldId.PERMANENT_LOCATION, permanentLocation).optional(FieldId.TITLE_IDENTIFIER, title)
                .optional(FieldId.SORT_BIN, sortBin).optional(FieldId.PATRON_IDENTIFIER, patronId)
                .optional(FieldId.MEDIA_TYPE, mediaType).optional(FieldId.ITEM_PROPERTIES, itemProperties)
                .optional(FieldId.ALERT_TYPE, alertType).screenText(screenMessages, printLines).others(otherFields);
    }
}
