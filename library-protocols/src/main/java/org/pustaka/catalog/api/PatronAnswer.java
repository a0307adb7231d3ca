package org.pustaka.catalog.api;

import java.util.List;
import java.util.Objects;
import org.pustaka.privacy.PatronMask;

/**
 * Who a card belongs to, as the circulation endpoints answer. {@code blocks} are SIP2
 * patron status names ({@code CARD_REPORTED_LOST}, ...); a reader ignores names it does not know.
 */
public record PatronAnswer(String patronId, String name, boolean valid, boolean pinAccepted, List<String> blocks,
                           Amount fines, List<String> messages) {
    public PatronAnswer {
        Objects.requireNonNull(patronId, "patronId");
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    @Override
    public String toString() {
        return "PatronAnswer[" + PatronMask.mask(patronId) + ", valid=" + valid + "]";
    }
}
