package org.pustaka.central.store;

import java.sql.SQLException;

/**
 * The database connection failed while committing: the transaction may or may not be stored. Unlike a
 * failure before the commit, this must not be answered "not processed"; the client repeats the request with
 * the same id and the stored-once rules sort it out.
 */
public final class CommitUnknownException extends RuntimeException {
    public CommitUnknownException(SQLException cause) {
        super("The commit's outcome is unknown: " + cause.getMessage(), cause);
    }
}
