package org.pustaka.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void startsARealServerThatKeepsRowsAcrossARestart() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "mariadb")), "restart");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir)) {
            db.createDatabase("demo");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("demo"), "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY) ENGINE=MyISAM");
                s.execute("INSERT INTO t VALUES (7)");
            }
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir);
             Connection c = DriverManager.getConnection(db.jdbcUrl("demo"), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, VERSION() FROM t")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
            assertThat(rs.getString(2)).startsWith("11.4");
        }
    }
}
