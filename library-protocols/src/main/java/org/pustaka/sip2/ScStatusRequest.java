package org.pustaka.sip2;

import java.util.List;

/** 99: the kiosk's state, its print width and protocol version; the ACS answers 98. */
public record ScStatusRequest(ScStatusCode status, int maxPrintWidth, String protocolVersion,
                              List<Sip2Field> otherFields) implements Sip2Message {
    public ScStatusRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    public static ScStatusRequest of(ScStatusCode status, int maxPrintWidth) {
        return new ScStatusRequest(status, maxPrintWidth, "2.00", List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.SC_STATUS;
    }

    static ScStatusRequest read(FrameReader r) throws Sip2FormatException {
        return new ScStatusRequest(ScStatusCode.fromCode(r.character()), r.count(3), r.text(4), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.character(status.code()).count(maxPrintWidth, 3).text(protocolVersion, 4).others(otherFields);
    }
}
