package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.store.JdbcWorkflowStore;

/**
 * Three app instances over one PostgreSQL sharing due work through {@code claimDue}: every instance
 * claims batches, handles each record once (a reminder sent) and writes it back closed. Nothing may be
 * handled twice or left behind, and every instance must get a share. Skipped locally (failed under
 * {@code CI=true}) when PostgreSQL is not reachable.
 */
class PostgresDueWorkTest {
    private static final String TABLE = "pk_due_work_test";
    private static final String KIND = "intake-reminder";
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final int INSTANCES = 3;
    private static final int PER_INSTANCE = 2_000;

    @Test
    void threeInstancesShareSixThousandDueRemindersWithNoDuplicateAndNoneLost() throws Exception {
        DataSource pg = TestDatabases.emptyWorkflowStore("postgresql", TABLE);
        int total = INSTANCES * PER_INSTANCE;
        seed(pg, total);
        List<JdbcWorkflowStore> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(JdbcWorkflowStore.builder().dataSource(pg).table(TABLE).build());
        }
        Map<String, Integer> sent = new ConcurrentHashMap<>();
        Map<Integer, Integer> shareByInstance = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        long began = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                int instance = i;
                JdbcWorkflowStore store = instances.get(i);
                running.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        List<StoredRecord> batch = store.claimDue(KIND, NINE, 50, Duration.ofMinutes(5));
                        if (batch.isEmpty()) {
                            return null;
                        }
                        for (StoredRecord r : batch) {
                            sent.merge(r.id(), 1, Integer::sum);
                            shareByInstance.merge(instance, 1, Integer::sum);
                            store.update(KIND, r.id(), r.version(), "status=REMINDED", NextDue.closed());
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        assertThat(sent).as("no reminder lost").hasSize(total);
        assertThat(sent.values()).as("no reminder sent twice").containsOnly(1);
        assertThat(shareByInstance).as("every instance took a share: " + shareByInstance + " in " + took).hasSize(INSTANCES)
                .allSatisfy((instance, n) -> assertThat(n).isPositive());
        assertThat(instances.get(0).due(KIND, NINE.plus(Duration.ofDays(1)))).isEmpty();
    }

    /** The due reminders, written in one transaction: setting up is not what this test measures. */
    private static void seed(DataSource pg, int total) throws SQLException {
        try (Connection c = pg.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE
                    + " (kind, id, version, payload, updated_at, due_at) VALUES (?, ?, 1, ?, ?, ?)")) {
                for (int i = 0; i < total; i++) {
                    ps.setString(1, KIND);
                    ps.setString(2, String.format("case-%05d", i));
                    ps.setString(3, "status=PACKET_SENT");
                    ps.setTimestamp(4, Timestamp.from(NINE));
                    ps.setTimestamp(5, Timestamp.from(NINE.minusSeconds(i % 600)));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }
}
