package org.pustaka.central.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows for one table sent as multi-row INSERTs of up to {@link #ROWS} rows each, every value bound as a
 * parameter: a year of rows goes in within minutes instead of one round trip per row. Not thread-safe.
 */
final class SeedBatch implements AutoCloseable {
    static final int ROWS = 500;

    private final Connection connection;
    private final String prefix;
    private final int columns;
    private final List<Object> values = new ArrayList<>();
    private long written;

    /** {@code insert} is the statement up to {@code VALUES}, e.g. {@code INSERT INTO t (a, b)}. */
    SeedBatch(Connection connection, String insert, int columns) {
        this.connection = connection;
        this.prefix = insert + " VALUES ";
        this.columns = columns;
    }

    void add(Object... row) throws SQLException {
        if (row.length != columns) {
            throw new IllegalArgumentException(prefix + " takes " + columns + " values, not " + row.length);
        }
        values.addAll(java.util.Arrays.asList(row));
        if (values.size() >= ROWS * columns) {
            flush();
        }
    }

    void flush() throws SQLException {
        int rows = values.size() / columns;
        if (rows == 0) {
            return;
        }
        String one = "(" + "?,".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(prefix);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append(one);
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            ps.executeUpdate();
        }
        written += rows;
        values.clear();
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        flush();
    }
}
