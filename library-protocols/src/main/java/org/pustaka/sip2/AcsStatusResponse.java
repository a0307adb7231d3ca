package org.pustaka.sip2;

import java.time.LocalDateTime;
import java.util.List;

/**
 * 98: what the ACS says it allows. Several servers report these flags wrongly (checkin or checkout "not
 * allowed" while both work), so the kiosk treats them as advice and lets each real answer decide.
 * {@code supportedMessages} is the BX map, one Y/N per message in the specification's order.
 */
public record AcsStatusResponse(boolean online, boolean checkinOk, boolean checkoutOk, boolean renewalPolicy,
                                boolean statusUpdateOk, boolean offlineOk, int timeoutPeriod, int retriesAllowed,
                                LocalDateTime dateTimeSync, String protocolVersion, String institutionId,
                                String libraryName, String supportedMessages, String terminalLocation,
                                List<String> screenMessages, List<String> printLines, List<Sip2Field> otherFields)
        implements Sip2Message, ScreenText {
    public AcsStatusResponse {
        screenMessages = screenMessages == null ? List.of() : List.copyOf(screenMessages);
        printLines = printLines == null ? List.of() : List.copyOf(printLines);
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.ACS_STATUS;
    }

    static AcsStatusResponse read(FrameReader r) throws Sip2FormatException {
        return new AcsStatusResponse(r.yesNo(), r.yesNo(), r.yesNo(), r.yesNo(), r.yesNo(), r.yesNo(), r.count(3),
                r.count(3), r.date(), r.text(4), r.field(FieldId.INSTITUTION_ID), r.field(FieldId.LIBRARY_NAME),
                r.field(FieldId.SUPPORTED_MESSAGES), r.field(FieldId.TERMINAL_LOCATION), r.screenMessages(),
                r.printLines(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.yesNo(online).yesNo(checkinOk).yesNo(checkoutOk).yesNo(renewalPolicy).yesNo(statusUpdateOk)
                .yesNo(offlineOk).count(timeoutPeriod, 3).count(retriesAllowed, 3).date(dateTimeSync)
                .text(protocolVersion, 4).field(FieldId.INSTITUTION_ID, institutionId)
                .optional(FieldId.LIBRARY_NAME, libraryName).field(FieldId.SUPPORTED_MESSAGES, supportedMessages)
                .optional(FieldId.TERMINAL_LOCATION, terminalLocation).screenText(screenMessages, printLines)
                .others(otherFields);
    }
}
