package org.practicekit.bench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.practicekit.testing.ReusingDataSource;

/**
 * The databases the store benchmarks run on, behind a reusing pool as a host's would be (so a
 * PostgreSQL login is not what is measured). PostgreSQL is the one
 * {@code .ci/postgres} starts; override with {@code -Dpracticekit.pg.url}, {@code .user}, {@code .password}.
 */
final class BenchDatabases {
    private BenchDatabases() {
    }

    static DataSource open(String which) {
        if (which.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return new ReusingDataSource(h2);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(System.getProperty("practicekit.pg.url", "jdbc:postgresql://127.0.0.1:5432/practicekit"));
        pg.setUser(System.getProperty("practicekit.pg.user", "practicekit"));
        pg.setPassword(System.getProperty("practicekit.pg.password", "practicekit"));
        return new ReusingDataSource(pg);
    }

    static void drop(DataSource ds, String table) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop " + table + " (SQL state " + e.getSQLState() + ")", e);
        }
    }
}
