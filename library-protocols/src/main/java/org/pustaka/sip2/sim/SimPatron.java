package org.pustaka.sip2.sim;

import java.util.List;
import java.util.Objects;

/**
 * A patron of the simulated library. {@code blocks} name SIP2 patron status flags by meaning;
 * {@code fines} is in rupiah; {@code state} is a note for people reading the data file.
 */
public record SimPatron(String id, String name, String pin, String state, List<String> blocks, long fines,
                        boolean cardExpired) {
    public SimPatron {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        pin = pin == null ? "" : pin;
        state = state == null ? "" : state;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
