package org.pustaka.central.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pustaka.embedded.EmbeddedMariaDb;

/** {@code sip2-terminal}: the password is read from stdin, never an argument, and stored as a bcrypt hash. */
class Sip2TerminalCommandTest {

    @Test
    void createsATerminalWithAHashedPasswordReadFromStdin(@TempDir Path dir) throws Exception {
        EmbeddedMariaDb db = org.pustaka.central.http.TestServices.mariaDb();
        db.createDatabase("central_sip2cli");
        Path config = dir.resolve("central.properties");
        Files.writeString(config, "db.url=" + db.jdbcUrl("central_sip2cli") + "\ndb.user=root\ndb.password=\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("sandi-rahasia-01\n".getBytes(StandardCharsets.UTF_8)));
            int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "sip2-terminal", "--config",
                    config.toString(), "--login", "SC-MLG-01", "--location", "LANTAI-1", "--password");
            assertThat(exit).as(err.toString()).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(out.toString()).contains("SC-MLG-01").doesNotContain("sandi-rahasia-01");
        try (Connection c = java.sql.DriverManager.getConnection(db.jdbcUrl("central_sip2cli"), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT password_hash, location_code FROM sip2_terminal")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("$2").doesNotContain("sandi-rahasia-01");
            assertThat(rs.getString(2)).isEqualTo("LANTAI-1");
        }
    }

    @Test
    void aShortPasswordIsExit2WithASentence(@TempDir Path dir) throws Exception {
        EmbeddedMariaDb db = org.pustaka.central.http.TestServices.mariaDb();
        db.createDatabase("central_sip2cli2");
        Path config = dir.resolve("central.properties");
        Files.writeString(config, "db.url=" + db.jdbcUrl("central_sip2cli2") + "\ndb.user=root\ndb.password=\n");
        StringWriter err = new StringWriter();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("kort\n".getBytes(StandardCharsets.UTF_8)));
            int exit = Cli.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "sip2-terminal",
                    "--config", config.toString(), "--login", "SC-MLG-02", "--password");
            assertThat(exit).isEqualTo(2);
        } finally {
            System.setIn(stdin);
        }
        assertThat(err.toString()).contains("8 to 64 characters");
    }
}
