package org.pustaka.central.refusal;

import java.util.List;

/**
 * A request the service understood and will not carry out, with a stable code (the API document's list)
 * and a sentence in Bahasa Indonesia and English that says what is wrong and what to do. Thrown by the
 * core before it writes anything; each door (HTTP, SIP2) renders it in its own way.
 */
public final class Refused extends RuntimeException {

    /** What kind of refusal, which a door maps onto its own status (HTTP 400, 404, 409, 422, 401, 403). */
    public enum Kind { INVALID, NOT_FOUND, CONFLICT, REFUSED, UNAUTHORIZED, FORBIDDEN }

    private final Kind kind;
    private final String code;
    private final String messageId;
    private final List<?> alternatives;

    public Refused(Kind kind, String code, String messageId, String messageEn) {
        this(kind, code, messageId, messageEn, List.of());
    }

    /** {@code alternatives} are offered instead, such as the next free visit slots. */
    public Refused(Kind kind, String code, String messageId, String messageEn, List<?> alternatives) {
        super(messageEn, null, false, false);
        this.kind = kind;
        this.code = code;
        this.messageId = messageId;
        this.alternatives = List.copyOf(alternatives);
    }

    public static Refused invalid(String messageId, String messageEn) {
        return new Refused(Kind.INVALID, "INVALID_REQUEST", messageId, messageEn);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageId() {
        return messageId;
    }

    public String messageEn() {
        return getMessage();
    }

    public List<?> alternatives() {
        return alternatives;
    }
}
