package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 63: the patron's account, with at most one item list ({@code summary}, null for none) and an
 * optional range of that list (start and end item, 1-based). {@link #toString()} hides the passwords.
 */
public record PatronInformationRequest(String language, LocalDateTime transactionDate, SummaryList summary,
                                       String institutionId, String patronId, String terminalPassword,
                                       String patronPassword, String startItem, String endItem,
                                       List<Sip2Field> otherFields) implements Sip2Message {
    public PatronInformationRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.PATRON_INFORMATION;
    }

    static PatronInformationRequest read(FrameReader r) throws Sip2FormatException {
        return new PatronInformationRequest(r.text(3), r.date(), SummaryList.parse(r.text(SummaryList.WIDTH)),
                r.field(FieldId.INSTITUTION_ID), r.field(FieldId.PATRON_IDENTIFIER),
                r.field(FieldId.TERMINAL_PASSWORD), r.field(FieldId.PATRON_PASSWORD), r.field(FieldId.START_ITEM),
                r.field(FieldId.END_ITEM), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.text(language, 3).date(transactionDate).text(SummaryList.format(summary), SummaryList.WIDTH)
                .field(FieldId.INSTITUTION_ID, institutionId).field(FieldId.PATRON_IDENTIFIER, patronId)
                .optional(FieldId.TERMINAL_PASSWORD, terminalPassword)
                .optional(FieldId.PATRON_PASSWORD, patronPassword).optional(FieldId.START_ITEM, startItem)
                .optional(FieldId.END_ITEM, endItem).others(otherFields);
    }

    @Override
    public String toString() {
        return "PatronInformationRequest[summary=" + summary + ", patronPassword="
                + (patronPassword == null ? "none" : "****") + "]";
    }
}
