package org.pustaka.kiosk.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.pustaka.kiosk.store.StoreException;

/** Runs a unit of work in one database transaction: commit on success, roll back on any failure. */
final class Jdbc {

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Jdbc() {
    }

    static <T> T inTransaction(Database db, Work<T> work) {
        try (Database.Lease lease = db.lease(); Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Local database error: " + e.getMessage(), e);
        }
    }
}
