package org.pustaka.kiosk.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the parameters of a query whose WHERE clause the caller wrote. */
interface RowBinder {
    void bind(PreparedStatement ps) throws SQLException;
}
