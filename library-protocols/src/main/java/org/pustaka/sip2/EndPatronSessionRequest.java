package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/** 35: the visitor is done; servers that keep per-patron state release it. */
public record EndPatronSessionRequest(LocalDateTime transactionDate, String institutionId, String patronId,
                                      String terminalPassword, String patronPassword, List<Sip2Field> otherFields)
        implements Sip2Message {
    public EndPatronSessionRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.END_PATRON_SESSION;
    }

    static EndPatronSessionRequest read(FrameReader r) throws Sip2FormatException {
        return new EndPatronSessionRequest(r.date(), r.field(FieldId.INSTITUTION_ID), r.field(FieldId.PATRON_IDENTIFIER),
                r.field(FieldId.TERMINAL_PASSWORD), r.field(FieldId.PATRON_PASSWORD), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.date(transactionDate).field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.PATRON_IDENTIFIER, patronId)
                .optional(FieldId.TERMINAL_PASSWORD, terminalPassword).optional(FieldId.PATRON_PASSWORD, patronPassword)
                .others(otherFields);
    }

    @Override
    public String toString() {
        return "EndPatronSessionRequest[date=" + transactionDate + "]";
    }
}
