package org.practicekit.bench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.store.JdbcWorkflowStore;

/**
 * Due work shared by 1, 2 and 3 app instances over one PostgreSQL: 3,000 due reminders, each instance
 * (a thread with its own store and connection) claims batches of 50 with {@code claimDue} and writes
 * every reminder back closed, as an engine does after sending it. One operation drains all 3,000, so
 * reminders per second = 3,000 / the time per operation. The 1-instance run is the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 6)
@Fork(1)
public class DueWorkInstancesBenchmark {
    static final int REMINDERS = 3_000;
    private static final String TABLE = "bench_due_work";
    private static final String KIND = "intake-reminder";
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Param({"1", "2", "3"})
    public int instances;

    private DataSource dataSource;
    private List<JdbcWorkflowStore> stores;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void open() {
        dataSource = BenchDatabases.open("postgresql");
        BenchDatabases.drop(dataSource, TABLE);
        stores = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            stores.add(JdbcWorkflowStore.builder().dataSource(dataSource).table(TABLE).build());
        }
        pool = Executors.newFixedThreadPool(instances);
    }

    @Setup(Level.Invocation)
    public void seed() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (java.sql.Statement s = c.createStatement()) {
                // TRUNCATE, not DELETE: every run starts without the previous runs' dead rows
                s.execute("TRUNCATE " + TABLE);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                    + " (kind, id, version, payload, updated_at, due_at) VALUES (?, ?, 1, ?, ?, ?)")) {
                for (int i = 0; i < REMINDERS; i++) {
                    ps.setString(1, KIND);
                    ps.setString(2, String.format("case-%05d", i));
                    ps.setString(3, "status=PACKET_SENT");
                    ps.setTimestamp(4, Timestamp.from(NOW));
                    ps.setTimestamp(5, Timestamp.from(NOW.minusSeconds(i % 600)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.shutdownNow();
        BenchDatabases.drop(dataSource, TABLE);
    }

    @Benchmark
    public int drainReminders() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (JdbcWorkflowStore store : stores) {
            running.add(pool.submit(() -> {
                while (true) {
                    List<StoredRecord> batch = store.claimDue(KIND, NOW, 50, Duration.ofMinutes(5));
                    if (batch.isEmpty()) {
                        return null;
                    }
                    for (StoredRecord r : batch) {
                        store.update(KIND, r.id(), r.version(), "status=REMINDED", NextDue.closed());
                        sent.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        if (sent.get() != REMINDERS) {
            throw new IllegalStateException("sent " + sent.get() + " of " + REMINDERS);
        }
        return sent.get();
    }
}
