package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * 64: the patron's status flags, counts, and the item list the request asked for. {@code validPatron}
 * (BL) and {@code validPassword} (CQ) are null when the server did not send them.
 */
public record PatronInformationResponse(Set<PatronStatusFlag> patronStatus, String language,
                                        LocalDateTime transactionDate, int holdItemsCount, int overdueItemsCount,
                                        int chargedItemsCount, int fineItemsCount, int recallItemsCount,
                                        int unavailableHoldsCount, String institutionId, String patronId,
                                        String personalName, String holdItemsLimit, String overdueItemsLimit,
                                        String chargedItemsLimit, Boolean validPatron, Boolean validPassword,
                                        String currency, String feeAmount, String feeLimit, ItemLists items,
                                        String homeAddress, String email, String phone, List<String> screenMessages,
                                        List<String> printLines, List<Sip2Field> otherFields)
        implements Sip2Message, ScreenText {
    public PatronInformationResponse {
        patronStatus = Set.copyOf(patronStatus);
        items = items == null ? ItemLists.NONE : items;
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.PATRON_INFORMATION_RESPONSE;
    }

    static PatronInformationResponse read(FrameReader r) throws Sip2FormatException {
        return new PatronInformationResponse(PatronStatusFlag.parse(r.text(PatronStatusFlag.WIDTH)), r.text(3),
                r.date(), r.count(4), r.count(4), r.count(4), r.count(4), r.count(4), r.count(4),
                r.field(FieldId.INSTITUTION_ID), r.field(FieldId.PATRON_IDENTIFIER), r.field(FieldId.PERSONAL_NAME),
                r.field(FieldId.HOLD_ITEMS_LIMIT), r.field(FieldId.OVERDUE_ITEMS_LIMIT),
                r.field(FieldId.CHARGED_ITEMS_LIMIT), r.yesNoField(FieldId.VALID_PATRON),
                r.yesNoField(FieldId.VALID_PATRON_PASSWORD), r.field(FieldId.CURRENCY_TYPE),
                r.field(FieldId.FEE_AMOUNT), r.field(FieldId.FEE_LIMIT), ItemLists.read(r),
                r.field(FieldId.HOME_ADDRESS), r.field(FieldId.EMAIL_ADDRESS), r.field(FieldId.HOME_PHONE_NUMBER),
                r.screenMessages(), r.printLines(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.text(PatronStatusFlag.format(patronStatus), PatronStatusFlag.WIDTH).text(language, 3)
                .date(transactionDate).count(holdItemsCount, 4).count(overdueItemsCount, 4)
                .count(chargedItemsCount, 4).count(fineItemsCount, 4).count(recallItemsCount, 4)
                .count(unavailableHoldsCount, 4).field(FieldId.INSTITUTION_ID, institutionId)
                .field(FieldId.PATRON_IDENTIFIER, patronId).field(FieldId.PERSONAL_NAME, personalName)
                .optional(FieldId.HOLD_ITEMS_LIMIT, holdItemsLimit)
                .optional(FieldId.OVERDUE_ITEMS_LIMIT, overdueItemsLimit)
                .optional(FieldId.CHARGED_ITEMS_LIMIT, chargedItemsLimit).optional(FieldId.VALID_PATRON, validPatron)
                .optional(FieldId.VALID_PATRON_PASSWORD, validPassword).optional(FieldId.CURRENCY_TYPE, currency)
                .optional(FieldId.FEE_AMOUNT, feeAmount).optional(FieldId.FEE_LIMIT, feeLimit);
        items.write(w);
        w.optional(FieldId.HOME_ADDRESS, homeAddress).optional(FieldId.EMAIL_ADDRESS, email)
                .optional(FieldId.HOME_PHONE_NUMBER, phone).screenText(screenMessages, printLines).others(otherFields);
    }
}
