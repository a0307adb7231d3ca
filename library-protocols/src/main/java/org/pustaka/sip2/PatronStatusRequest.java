package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 23: the patron's status flags only. {@link #toString()} hides the passwords. */
public record PatronStatusRequest(String language, LocalDateTime transactionDate, String institutionId,
                                  String patronId, String terminalPassword, String patronPassword,
                                  List<Sip2Field> otherFields) implements Sip2Message {
    public PatronStatusRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.PATRON_STATUS;
    }

    static PatronStatusRequest read(FrameReader r) throws Sip2FormatException {
        return new PatronStatusRequest(r.text(3), r.date(), r.field(FieldId.INSTITUTION_ID),
                r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.TERMINAL_PASSWORD),
                r.field(FieldId.PATRON_PASSWORD), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.text(language, 3).date(transactionDate).field(FieldId.INSTITUTION_ID, institutionId)
                .field(FieldId.PATRON_IDENTIFIER, patronId).field(FieldId.TERMINAL_PASSWORD, terminalPassword)
                .field(FieldId.PATRON_PASSWORD, patronPassword).others(otherFields);
    }

    @Override
    public String toString() {
        return "PatronStatusRequest[passwords=****]";
    }
}
