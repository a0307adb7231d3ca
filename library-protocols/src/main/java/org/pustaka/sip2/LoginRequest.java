package org.pustaka.sip2;

import java.util.List;

/** 93: the kiosk logs in to the ACS. {@link #toString()} hides the password. */
public record LoginRequest(char userIdAlgorithm, char passwordAlgorithm, String userId, String password,
                           String locationCode, List<Sip2Field> otherFields) implements Sip2Message {
    public LoginRequest {
        otherFields = otherFields == null ? List.of() : List.copyOf(otherFields);
    }

    public static LoginRequest plain(String userId, String password, String locationCode) {
        return new LoginRequest('0', '0', userId, password, locationCode == null || locationCode.isEmpty()
                ? null : locationCode, List.of());
    }

    @Override
    public MessageType type() {
        return MessageType.LOGIN;
    }

    static LoginRequest read(FrameReader r) throws Sip2FormatException {
        return new LoginRequest(r.character(), r.character(), r.field(FieldId.LOGIN_USER_ID),
                r.field(FieldId.LOGIN_PASSWORD), r.field(FieldId.LOCATION_CODE), r.others());
    }

    @Override
    public void write(FrameWriter w) {
        w.character(userIdAlgorithm).character(passwordAlgorithm).field(FieldId.LOGIN_USER_ID, userId)
                .field(FieldId.LOGIN_PASSWORD, password).optional(FieldId.LOCATION_CODE, locationCode)
                .others(otherFields);
    }

    @Override
    public String toString() {
        return "LoginRequest[userId=" + userId + ", password=****, locationCode=" + locationCode + "]";
    }
}
