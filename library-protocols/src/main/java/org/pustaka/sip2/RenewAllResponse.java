package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 66: which loans were renewed (BM) and which were not (BN). */
public record RenewAllResponse(boolean ok, int renewedCount, int unrenewedCount, LocalDateTime transactionDate,
                               String institutionId, List<String> renewedItems, List<String> unrenewedItems,
                               List<String> screenMessages, List<String> printLines, List<Sip2Field> otherFields)
        implements Sip2Message, ScreenText {
    public RenewAllResponse {
        renewedItems = List.copyOf(renewedItems);
        unrenewedItems = List.copyOf(unrenewedItems);
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.RENEW_ALL_RESPONSE;
    }

    static RenewAllResponse read(FrameReader r) throws Sip2FormatException {
        return new RenewAllResponse(r.oneZero(), r.count(4), r.count(4), r.date(), r.field(FieldId.INSTITUTION_ID),
                r.fields(FieldId.RENEWED_ITEMS), r.fields(FieldId.UNRENEWED_ITEMS), r.screenMessages(),
                r.printLines(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.oneZero(ok).count(renewedCount, 4).count(unrenewedCount, 4).date(transactionDate)
                .field(FieldId.INSTITUTION_ID, institutionId).repeated(FieldId.RENEWED_ITEMS, renewedItems)
                .repeated(FieldId.UNRENEWED_ITEMS, unrenewedItems).screenText(screenMessages, printLines)
                .others(otherFields);
    }
}
