package org.pustaka.sip2;

import java.util.List;

/** 94: whether the ACS accepted the kiosk's login. */
public record LoginResponse(boolean ok, List<Sip2Field> otherFields) implements Sip2Message {
    public LoginResponse {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    @Override
    public MessageType type() {
        return MessageType.LOGIN_RESPONSE;
    }

    static LoginResponse read(FrameReader r) throws Sip2FormatException {
        return new LoginResponse(r.oneZero(), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.oneZero(ok).others(otherFields);
    }
}
