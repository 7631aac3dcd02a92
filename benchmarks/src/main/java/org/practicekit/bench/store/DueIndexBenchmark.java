package org.practicekit.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.store.JdbcWorkflowStore;

/**
 * {@code due(now)} on the JDBC store when the practice keeps 100,000 intake cases of which 100 are due
 * (the rest closed, or due next month), against the same call on a table holding only the 100 due
 * cases: with the due index the two should cost about the same. {@code listWith100kStored} is what
 * every engine's due(now) paid before the index (every record of the kind), for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DueIndexBenchmark {
    private static final String KIND = "intake-case";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String PAYLOAD = "status=PACKET_SENT\n" + "answer.x=".repeat(1) + "y".repeat(600) + "\n";

    @Param({"h2", "postgresql"})
    public String database;

    private DataSource dataSource;
    private JdbcWorkflowStore onlyDue;
    private JdbcWorkflowStore manyClosed;

    @Setup
    public void seed() throws SQLException {
        dataSource = BenchDatabases.open(database);
        BenchDatabases.drop(dataSource, "bench_due_small");
        BenchDatabases.drop(dataSource, "bench_due_large");
        onlyDue = JdbcWorkflowStore.builder().dataSource(dataSource).table("bench_due_small").build();
        manyClosed = JdbcWorkflowStore.builder().dataSource(dataSource).table("bench_due_large").build();
        insert("bench_due_small", 100, 0);
        insert("bench_due_large", 100, 99_900);
        if (onlyDue.due(KIND, NOW).size() != 100 || manyClosed.due(KIND, NOW).size() != 100) {
            throw new IllegalStateException("seeding went wrong");
        }
        try (Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            if (database.equals("postgresql")) {
                s.execute("ANALYZE bench_due_small");
                s.execute("ANALYZE bench_due_large");
            }
        }
    }

    /** {@code due} rows due an hour ago; {@code notDue} rows half closed, half due in a month. */
    private void insert(String table, int due, int notDue) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                    + " (kind, id, version, payload, updated_at, due_at) VALUES (?, ?, 1, ?, ?, ?)")) {
                for (int i = 0; i < due + notDue; i++) {
                    ps.setString(1, KIND);
                    ps.setString(2, String.format("case-%06d", i * 7919 % 1_000_000));
                    ps.setString(3, PAYLOAD);
                    ps.setTimestamp(4, Timestamp.from(NOW));
                    if (i < due) {
                        ps.setTimestamp(5, Timestamp.from(NOW.minusSeconds(3600)));
                    } else if (i % 2 == 0) {
                        ps.setNull(5, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        ps.setTimestamp(5, Timestamp.from(NOW.plusSeconds(30L * 86_400)));
                    }
                    ps.addBatch();
                    if (i % 5_000 == 4_999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    @TearDown
    public void dropTables() {
        BenchDatabases.drop(dataSource, "bench_due_small");
        BenchDatabases.drop(dataSource, "bench_due_large");
    }

    @Benchmark
    public List<StoredRecord> dueWith100Stored() {
        return onlyDue.due(KIND, NOW);
    }

    @Benchmark
    public List<StoredRecord> dueWith100kStored() {
        return manyClosed.due(KIND, NOW);
    }

    @Benchmark
    @Measurement(iterations = 3, time = 2)
    public List<StoredRecord> listWith100kStored() {
        return manyClosed.list(KIND);
    }
}
