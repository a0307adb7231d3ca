package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 36: whether the patron session ended. */
public record EndSessionResponse(boolean endSession, LocalDateTime transactionDate, String institutionId,
                                 String patronId, List<String> screenMessages, List<String> printLines,
                                 List<Sip2Field> otherFields) implements Sip2Message, ScreenText {
    public EndSessionResponse {
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.END_SESSION_RESPONSE;
    }

    static EndSessionResponse read(FrameReader r) throws Sip2FormatException {
        return new EndSessionResponse(r.yesNo(), r.date(), r.field(FieldId.INSTITUTION_ID),
                r.field(FieldId.PATRON_IDENTIFIER), r.screenMessages(), r.printLines(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.yesNo(endSession).date(transactionDate).field(FieldId.INSTITUTION_ID, institutionId)
                .field(FieldId.PATRON_IDENTIFIER, patronId).screenText(screenMessages, printLines).others(otherFields);
    }
}
