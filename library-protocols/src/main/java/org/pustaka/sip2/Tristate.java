package org.pustaka.sip2;

/** A fixed flag that may say yes, no or unknown ({@code Y}, {@code N}, {@code U}); anything else reads as unknown. */
public enum Tristate {
    YES('Y'),
    NO('N'),
    UNKNOWN('U');

    private final char code;

    Tristate(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static Tristate fromCode(char c) {
        return switch (Character.toUpperCase(c)) {
            case 'Y' -> YES;
            case 'N' -> NO;
            default -> UNKNOWN;
        };
    }
}
