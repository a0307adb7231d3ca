package org.pustaka.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.pustaka.central.config.CentralConfig;

/**
 * The service's own database (kiosks, tokens, reports, events, visits, stored answers): one HikariCP pool
 * and its Flyway migrations in {@code db/central}. The pool keeps no state the database does not hold, so
 * replicas of the service share one database.
 */
public final class CentralDatabase implements AutoCloseable {
    private final HikariDataSource pool;

    private CentralDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool; does not migrate. Connections are made lazily, so a database that is down now may come up later. */
    public static CentralDatabase open(CentralConfig config) {
        return new CentralDatabase(pool("central", config.dbUrl(), config.dbUser(), config.dbPassword(),
                config.dbPoolSize(), config.dbConnectTimeout()));
    }

    /**
     * A pool that starts even when the database is down and gives each request at most {@code timeout} to
     * get a connection, so an outage is answered "try again" quickly and the pool recovers by itself.
     */
    public static HikariDataSource pool(String name, String url, String user, String password, int size,
                                        java.time.Duration timeout) {
        HikariConfig h = new HikariConfig();
        h.setPoolName(name);
        h.setJdbcUrl(url);
        h.setUsername(user);
        h.setPassword(password);
        h.setMaximumPoolSize(size);
        h.setMinimumIdle(Math.min(2, size));
        h.setConnectionTimeout(Math.max(250, timeout.toMillis()));
        h.setValidationTimeout(Math.max(250, Math.min(2000, timeout.toMillis())));
        h.setInitializationFailTimeout(-1);
        h.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        h.addDataSourceProperty("connectTimeout", String.valueOf(timeout.toMillis()));
        h.addDataSourceProperty("socketTimeout", "30000");
        return new HikariDataSource(h);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Applies the migrations not yet applied; answers how many ran and the schema version now. */
    public MigrateResult migrate() {
        return Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/central")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    @Override
    public void close() {
        pool.close();
    }
}
