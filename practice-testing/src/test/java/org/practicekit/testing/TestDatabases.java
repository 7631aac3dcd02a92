package org.practicekit.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the JDBC store tests run on: a fresh embedded H2 per call, and the PostgreSQL that
 * {@code .ci/postgres} starts (127.0.0.1:5432, database, user and password {@code practicekit}).
 * When PostgreSQL is not reachable the tests are skipped with a message saying so, except under
 * {@code CI=true}, where they fail: CI must really run them.
 */
public final class TestDatabases {
    public static final String PG_URL = System.getProperty("practicekit.pg.url",
            "jdbc:postgresql://127.0.0.1:5432/practicekit");

    private static DataSource postgres;

    private TestDatabases() {
    }

    /** A new, empty in-memory H2 database that lives until the JVM exits. */
    public static DataSource freshH2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:pk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The CI PostgreSQL (connections reused, as a host's pool would), or a skipped (locally) or failed (CI) test when it is not reachable. */
    public static synchronized DataSource postgresOrSkip() {
        if (postgres != null) {
            return postgres;
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(PG_URL);
        ds.setUser(System.getProperty("practicekit.pg.user", "practicekit"));
        ds.setPassword(System.getProperty("practicekit.pg.password", "practicekit"));
        ds.setConnectTimeout(3);
        try (Connection c = ds.getConnection()) {
            c.isValid(3);
        } catch (SQLException e) {
            String why = "PostgreSQL not reachable at " + PG_URL + " (SQL state " + e.getSQLState()
                    + "); run .ci/postgres to start it";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + why);
            }
            Assumptions.abort("Skipping PostgreSQL tests: " + why);
        }
        postgres = new ReusingDataSource(ds);
        return postgres;
    }

    /**
     * A database for a test that runs on both: "h2" gives a fresh embedded H2, "postgresql" the CI
     * PostgreSQL with {@code table} created by the workflow store and emptied.
     */
    public static DataSource emptyWorkflowStore(String which, String table) {
        if (which.equals("h2")) {
            return freshH2();
        }
        DataSource pg = postgresOrSkip();
        org.practicekit.core.store.JdbcWorkflowStore.builder().dataSource(pg).table(table).build();
        truncate(pg, table);
        return pg;
    }

    /** Empties a table, if it exists. */
    public static void truncate(DataSource ds, String table) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + table);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + table + " (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
