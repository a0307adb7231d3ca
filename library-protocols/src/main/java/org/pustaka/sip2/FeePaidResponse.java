package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 38: whether the library accepted the payment. */
public record FeePaidResponse(boolean paymentAccepted, LocalDateTime transactionDate, String institutionId,
                              String patronId, String transactionId, List<String> screenMessages,
                              List<String> printLines, List<Sip2Field> otherFields) implements Sip2Message, ScreenText {
    public FeePaidResponse {
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.FEE_PAID_RESPONSE;
    }

    static FeePaidResponse read(FrameReader r) throws Sip2FormatException {
        return new FeePaidResponse(r.yesNo(), r.date(), r.field(FieldId.INSTITUTION_ID),
                r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.TRANSACTION_ID), r.screenMessages(), r.printLines(),
                r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.yesNo(paymentAccepted).date(transactionDate).field(FieldId.INSTITUTION_ID, institutionId)
                .field(FieldId.PATRON_IDENTIFIER, patronId).optional(FieldId.TRANSACTION_ID, transactionId)
                .screenText(screenMessages, printLines).others(otherFields);
    }
}
