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
        HikariConfig h = new HikariConfig();
        h.setPoolName("central");
        h.setJdbcUrl(config.dbUrl());
        h.setUsername(config.dbUser());
        h.setPassword(config.dbPassword());
        h.setMaximumPoolSize(config.dbPoolSize());
        h.setMinimumIdle(Math.min(2, config.dbPoolSize()));
        h.setConnectionTimeout(config.dbConnectTimeout().toMillis());
        h.setValidationTimeout(Math.min(2000, config.dbConnectTimeout().toMillis()));
        h.setInitializationFailTimeout(-1);
        h.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        h.addDataSourceProperty("connectTimeout", String.valueOf(config.dbConnectTimeout().toMillis()));
        h.addDataSourceProperty("socketTimeout", "30000");
        return new CentralDatabase(new HikariDataSource(h));
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
