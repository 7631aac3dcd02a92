package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;

/**
 * The contract every {@link AuditLog} must pass: nothing lost, nothing changed, order kept, ranges
 * exact, concurrent appends all kept. Extend it and return a fresh, empty log from {@link #newLog()};
 * a durable log also overrides {@link #reopen(AuditLog)} to return a new instance over the same
 * storage, as after a restart.
 */
public abstract class AuditLogContract {
    private static final Instant T0 = Instant.parse("2026-11-30T15:00:00.123456789Z");

    /** A new log with no events. */
    protected abstract AuditLog newLog();

    /** A new instance over the same storage, as after a restart. Default: the same object (memory only). */
    protected AuditLog reopen(AuditLog log) {
        return log;
    }

    private AuditLog log;

    @BeforeEach
    void fresh() {
        log = newLog();
    }

    private static AuditEvent event(int i) {
        return new AuditEvent(T0.plusSeconds(i), "dr-whitfield", "llm.disclosure", "c-" + i, "https://llm.example/v1",
                Set.of("PERSON", "DATE"), Map.of("placeholders", String.valueOf(i), "sha256", "ab" + i, "note", "a=b\nc\\d"));
    }

    @Test
    void everyEventComesBackExactlyInRecordingOrder() {
        for (int i = 0; i < 5; i++) {
            log.record(event(i));
        }
        List<AuditEvent> found = log.find(T0, T0.plusSeconds(60));
        assertThat(found).containsExactly(event(0), event(1), event(2), event(3), event(4));
    }

    @Test
    void aRangeIncludesItsStartAndExcludesItsEndToTheNanosecond() {
        log.record(event(0));
        log.record(event(1));
        assertThat(log.find(T0, T0.plusSeconds(1))).containsExactly(event(0));
        assertThat(log.find(T0.plusNanos(1), T0.plusSeconds(1).plusNanos(1))).containsExactly(event(1));
        assertThat(log.find(T0.minusSeconds(10), T0)).isEmpty();
    }

    @Test
    void eventsSurviveARestart() {
        log.record(event(0));
        AuditLog after = reopen(log);
        after.record(event(1));
        assertThat(after.find(T0, T0.plusSeconds(60))).containsExactly(event(0), event(1));
    }

    @Test
    void concurrentAppendsAreAllKept() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int base = t * 25;
                AuditLog handle = t % 2 == 0 ? log : reopen(log);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        handle.record(event(base + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(log.find(T0, T0.plusSeconds(1_000))).hasSize(100).doesNotHaveDuplicates();
    }
}
