package org.pustaka.sip2;

import java.util.Objects;

/**
 * One variable field as it stood on the wire: its two-character id and its value. Used for fields a
 * message record does not model (server extensions), which are kept and written back unchanged.
 */
public record Sip2Field(String id, String value) {
    public Sip2Field {
        Objects.requireNonNull(id, "id");
        if (id.length() != 2) {
            throw new IllegalArgumentException("a SIP2 field id has two characters: '" + id + "'");
        }
        value = value == null ? "" : value;
    }

    @Override
    public String toString() {
        return id + (FieldId.isSecret(id) ? "****" : value);
    }
}
