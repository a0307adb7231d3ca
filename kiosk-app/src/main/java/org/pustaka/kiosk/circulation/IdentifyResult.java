package org.pustaka.kiosk.circulation;

import java.util.Optional;
import org.pustaka.kiosk.library.PatronIdentity;
import org.pustaka.kiosk.library.Refusal;

/**
 * The answer to "who is this?": a patron who may go on, or a refusal to show. {@code offline} is true
 * when the library system was unreachable and the kiosk let the visitor in under its offline rules.
 */
public record IdentifyResult(PatronIdentity patron, Refusal refusal, boolean offline) {

    public Optional<PatronIdentity> patronIfAccepted() {
        return refusal == null ? Optional.ofNullable(patron) : Optional.empty();
    }
}
