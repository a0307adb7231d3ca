package org.pustaka.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates a SLiMS 9 database on an {@link EmbeddedMariaDb}: the tables circulation uses, as SLiMS's installer
 * creates them, with the loan_history triggers ({@code slims/schema.sql}), and optionally the Malang demo
 * data ({@code slims/malang-demo.sql}) dated around a given day. For the demo and the tests.
 */
public final class SlimsDatabase {

    /** The SLiMS staff user the demo data holds for the service ({@code user.username}). */
    public static final String DEMO_STAFF_USER = "kiosk";

    private static final Pattern DAY = Pattern.compile("\\{d([+-]\\d+)\\}");

    private SlimsDatabase() {
    }

    /** Creates {@code database} (dropped first if it exists) with SLiMS's tables and triggers, no rows. */
    public static void createSchema(EmbeddedMariaDb db, String database) {
        recreate(db, database);
        run(db, database, script("slims/schema.sql", null));
    }

    /** Creates {@code database} with SLiMS's tables and the Malang demo data, dated around {@code today}. */
    public static void createDemo(EmbeddedMariaDb db, String database, LocalDate today) {
        createSchema(db, database);
        run(db, database, script("slims/malang-demo.sql", today));
    }

    /** Loads only the demo rows into an existing SLiMS schema (empty tables expected). */
    public static void loadDemoRows(EmbeddedMariaDb db, String database, LocalDate today) {
        run(db, database, script("slims/malang-demo.sql", today));
    }

    private static void recreate(EmbeddedMariaDb db, String database) {
        db.createDatabase(database);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(database), "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + database + ": " + e.getMessage(), e);
        }
    }

    private static void run(EmbeddedMariaDb db, String database, List<String> statements) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(database), "root", "");
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("A SLiMS script failed on " + database + ": " + e.getMessage(), e);
        }
    }

    /** The statements of a script: each ends with a semicolon at the end of a line; comment lines dropped. */
    static List<String> script(String resource, LocalDate today) {
        String text = read(resource);
        if (today != null) {
            Matcher m = DAY.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, today.plusDays(Long.parseLong(m.group(1))).toString());
            }
            m.appendTail(out);
            text = out.toString();
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    private static String read(String resource) {
        try (InputStream in = SlimsDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from catalog-embedded");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
