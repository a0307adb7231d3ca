package org.pustaka.kiosk.library.http.api;

import java.util.List;
import java.util.Objects;
import org.pustaka.kiosk.library.Money;
import org.pustaka.kiosk.library.PatronMask;

/**
 * Who a card belongs to, as the circulation endpoints answer. {@code blocks} are {@code PatronBlock}
 * names; names the kiosk does not know are ignored.
 */
public record PatronAnswer(String patronId, String name, boolean valid, boolean pinAccepted, List<String> blocks,
                           Money fines, List<String> messages) {
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
