package org.pustaka.central.sip2;

import java.util.Optional;

/**
 * What one SIP2 connection knows: the terminal that logged in (none before a good 93) and how many logins it
 * refused. Owned by the connection's thread only, so it needs no locking.
 */
final class Sip2Session {
    private Terminals.Terminal terminal;
    private int refusedLogins;

    Optional<Terminals.Terminal> terminal() {
        return Optional.ofNullable(terminal);
    }

    void loggedIn(Terminals.Terminal t) {
        terminal = t;
    }

    /** Forgets the terminal after a refused login and answers how many logins were refused so far. */
    int refused() {
        terminal = null;
        return ++refusedLogins;
    }

    int refusedLogins() {
        return refusedLogins;
    }

    /** The ledger id of the logged-in terminal; handlers run only after a login, so it is there. */
    String ledgerId() {
        return terminal.ledgerId();
    }
}
