package org.pustaka.kiosk.config;

/** One thing wrong in the configuration: the key, the value found (null when missing) and what is expected. */
public record ConfigProblem(String key, String value, String expected) {

    /** One line for the operator: {@code sip2.port: "abc" is not valid; expected a whole number from 1 to 65535}. */
    public String describe() {
        if (value == null) {
            return key + ": missing; expected " + expected;
        }
        return key + ": \"" + value + "\" is not valid; expected " + expected;
    }
}
