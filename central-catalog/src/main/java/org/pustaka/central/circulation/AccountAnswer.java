package org.pustaka.central.circulation;

/** The answer to {@link CirculationDesk#account}: the account, or a refusal (unknown member). */
public record AccountAnswer(Account account, Refusal refusal) {

    public boolean ok() {
        return refusal == null;
    }
}
