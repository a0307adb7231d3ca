package org.pustaka.central.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs work in one database transaction: committed when it returns, rolled back when it throws. A failed
 * commit is a {@link CommitUnknownException}: the work may be stored.
 */
public final class Tx {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Tx.class);
    private final DataSource dataSource;

    public Tx(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work on one connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T run(Work<T> work) throws SQLException {
        Connection c = dataSource.getConnection();
        T result;
        try {
            c.setAutoCommit(false);
            try {
                result = work.run(c);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                throw new CommitUnknownException(e);
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
        // Committed: a connection that breaks while it is handed back (the database restarting) changes
        // nothing about the work, so it must not turn into an error answer that says nothing was stored.
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("A connection failed as it was closed after a commit: {}", e.getMessage());
        }
        return result;
    }

    /** Work on one connection in auto-commit mode (single statements and reads). */
    public <T> T read(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        }
    }

    private static void closeQuietly(Connection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
