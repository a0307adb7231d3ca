package org.pustaka.catalog.api;

import java.util.Objects;
import org.pustaka.privacy.PatronMask;

/** A card number and the PIN when one was typed; sent in a POST body so neither appears in a URL or access log. */
public record PatronRequest(String patronId, String pin) {
    public PatronRequest {
        Objects.requireNonNull(patronId, "patronId");
    }

    @Override
    public String toString() {
        return "PatronRequest[" + PatronMask.mask(patronId) + (pin == null ? "" : ", pin=****") + "]";
    }
}
