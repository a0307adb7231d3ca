package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** 24: the patron's status flags, name, validity and fees. */
public record PatronStatusResponse(Set<PatronStatusFlag> patronStatus, String language,
                                   LocalDateTime transactionDate, String institutionId, String patronId,
                                   String personalName, Boolean validPatron, Boolean validPassword, String currency,
                                   String feeAmount, List<String> screenMessages, List<String> printLines,
                                   List<Sip2Field> otherFields) implements Sip2Message, ScreenText {
    public PatronStatusResponse {
        patronStatus = Set.copyOf(patronStatus);
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.PATRON_STATUS_RESPONSE;
    }

    static PatronStatusResponse read(FrameReader r) throws Sip2FormatException {
        return new PatronStatusResponse(PatronStatusFlag.parse(r.text(PatronStatusFlag.WIDTH)), r.text(3), r.date(),
                r.field(FieldId.INSTITUTION_ID), r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.PERSONAL_NAME),
                r.yesNoField(FieldId.VALID_PATRON), r.yesNoField(FieldId.VALID_PATRON_PASSWORD),
                r.field(FieldId.CURRENCY_TYPE), r.field(FieldId.FEE_AMOUNT), r.screenMessages(), r.printLines(),
                r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.text(PatronStatusFlag.format(patronStatus), PatronStatusFlag.WIDTH).text(language, 3)
                .date(transactionDate).field(FieldId.INSTITUTION_ID, institutionId)
                .field(FieldId.PATRON_IDENTIFIER, patronId).field(FieldId.PERSONAL_NAME, personalName)
                .optional(FieldId.VALID_PATRON, validPatron).optional(FieldId.VALID_PATRON_PASSWORD, validPassword)
                .optional(FieldId.CURRENCY_TYPE, currency).optional(FieldId.FEE_AMOUNT, feeAmount)
                .screenText(screenMessages, printLines).others(otherFields);
    }
}
