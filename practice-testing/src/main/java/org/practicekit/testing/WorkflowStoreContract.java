package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.VersionConflictException;
import org.practicekit.core.spi.NextDue;
import org.practicekit.core.spi.StoredRecord;
import org.practicekit.core.spi.WorkflowStore;

/**
 * The contract every {@link WorkflowStore} must pass. Extend it in your own test and return a fresh,
 * empty store from {@link #newStore()}:
 *
 * <pre>{@code
 * class MyStoreTest extends WorkflowStoreContract {
 *     protected WorkflowStore newStore() { return new MyStore(...); }
 * }
 * }</pre>
 *
 * Stores that several app instances share can also override {@link #secondInstance(WorkflowStore)}
 * to return a second store over the same database; the concurrency tests then race two instances.
 *
 * <p>The due index tests check that {@code due} reads only what is due and never a closed record, and
 * that {@code claimDue} leases so instances share the work. A store written before the index, relying on
 * the port's default methods, overrides {@link #indexesDue()} to return false and skips them.
 */
public abstract class WorkflowStoreContract {
    /** A new store with no records (e.g. over a freshly truncated schema). */
    protected abstract WorkflowStore newStore();

    /** A second handle on the same data, as another app instance would have. Default: the same object. */
    protected WorkflowStore secondInstance(WorkflowStore store) {
        return store;
    }

    /** Whether the store keeps a due index and leases ({@code due}, {@code claimDue}); default true. */
    protected boolean indexesDue() {
        return true;
    }

    private WorkflowStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void insertCreatesVersionOneAndReadReturnsIt() {
        StoredRecord r = store.insert("case", "c-1", "status=NEW\n");
        assertThat(r.version()).isEqualTo(1);
        assertThat(store.read("case", "c-1")).hasValueSatisfying(read -> {
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.payload()).isEqualTo("status=NEW\n");
        });
    }

    @Test
    void readOfAbsentRecordIsEmpty() {
        assertThat(store.read("case", "nobody")).isEmpty();
    }

    @Test
    void insertOfExistingRecordConflictsAndKeepsTheOriginal() {
        store.insert("case", "c-1", "first");
        assertThatThrownBy(() -> store.insert("case", "c-1", "second")).isInstanceOf(VersionConflictException.class);
        assertThat(store.read("case", "c-1").orElseThrow().payload()).isEqualTo("first");
    }

    @Test
    void updateWithCurrentVersionBumpsTheVersion() {
        store.insert("case", "c-1", "a");
        StoredRecord r = store.update("case", "c-1", 1, "b");
        assertThat(r.version()).isEqualTo(2);
        assertThat(store.read("case", "c-1").orElseThrow().payload()).isEqualTo("b");
    }

    @Test
    void updateWithStaleVersionConflictsAndChangesNothing() {
        store.insert("case", "c-1", "a");
        store.update("case", "c-1", 1, "b");
        assertThatThrownBy(() -> store.update("case", "c-1", 1, "stale")).isInstanceOf(VersionConflictException.class);
        StoredRecord r = store.read("case", "c-1").orElseThrow();
        assertThat(r.payload()).isEqualTo("b");
        assertThat(r.version()).isEqualTo(2);
    }

    @Test
    void updateOfAbsentRecordConflicts() {
        assertThatThrownBy(() -> store.update("case", "ghost", 1, "x")).isInstanceOf(VersionConflictException.class);
        assertThat(store.read("case", "ghost")).isEmpty();
    }

    @Test
    void kindsAreSeparateNamespaces() {
        store.insert("case", "same-id", "a case");
        store.insert("appointment", "same-id", "an appointment");
        assertThat(store.read("case", "same-id").orElseThrow().payload()).isEqualTo("a case");
        assertThat(store.read("appointment", "same-id").orElseThrow().payload()).isEqualTo("an appointment");
    }

    @Test
    void listReturnsEveryRecordOfAKindOrderedById() {
        store.insert("case", "b", "2");
        store.insert("case", "a", "1");
        store.insert("case", "c", "3");
        store.insert("other", "a", "x");
        assertThat(store.list("case")).extracting(StoredRecord::id).containsExactly("a", "b", "c");
        assertThat(store.list("nothing-here")).isEmpty();
    }

    @Test
    void deleteNeedsTheCurrentVersion() {
        store.insert("case", "c-1", "a");
        assertThatThrownBy(() -> store.delete("case", "c-1", 7)).isInstanceOf(VersionConflictException.class);
        assertThat(store.delete("case", "c-1", 1)).isTrue();
        assertThat(store.read("case", "c-1")).isEmpty();
        assertThat(store.delete("case", "c-1", 1)).isFalse();
    }

    @Test
    void payloadsRoundTripExactly() {
        String payload = "line one\nline two with = and \\ and unicode: café ✓ 😀\n\ttab\r\n" + "x".repeat(20_000);
        store.insert("case", "big", payload);
        assertThat(store.read("case", "big").orElseThrow().payload()).isEqualTo(payload);
    }

    @Test
    void twoConcurrentWritersOneWinsTheOtherConflictsAndNothingIsLost() throws Exception {
        store.insert("case", "c-1", "0");
        WorkflowStore other = secondInstance(store);
        CyclicBarrier bothRead = new CyclicBarrier(2);
        Callable<String> writer1 = () -> raceUpdate(store, bothRead, "writer-1");
        Callable<String> writer2 = () -> raceUpdate(other, bothRead, "writer-2");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> f1 = pool.submit(writer1);
            Future<String> f2 = pool.submit(writer2);
            List<String> outcomes = List.of(f1.get(30, TimeUnit.SECONDS), f2.get(30, TimeUnit.SECONDS));
            assertThat(outcomes).containsExactlyInAnyOrder("won", "conflict");
        } finally {
            pool.shutdownNow();
        }
        StoredRecord r = store.read("case", "c-1").orElseThrow();
        assertThat(r.version()).isEqualTo(2);
        assertThat(r.payload()).isIn("writer-1", "writer-2");
    }

    private static String raceUpdate(WorkflowStore s, CyclicBarrier bothRead, String payload) throws Exception {
        StoredRecord read = s.read("case", "c-1").orElseThrow();
        bothRead.await(30, TimeUnit.SECONDS);
        try {
            s.update("case", "c-1", read.version(), payload);
            return "won";
        } catch (VersionConflictException e) {
            return "conflict";
        }
    }

    @Test
    void manyWritersRetryingOnConflictLoseNoIncrement() throws Exception {
        store.insert("counter", "n", "0");
        WorkflowStore other = secondInstance(store);
        int threads = 4;
        int incrementsEach = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                WorkflowStore s = t % 2 == 0 ? store : other;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < incrementsEach; i++) {
                        while (true) {
                            StoredRecord r = s.read("counter", "n").orElseThrow();
                            try {
                                s.update("counter", "n", r.version(), Integer.toString(Integer.parseInt(r.payload()) + 1));
                                break;
                            } catch (VersionConflictException retry) {
                                // another writer got there first: re-read and apply again
                            }
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        StoredRecord r = store.read("counter", "n").orElseThrow();
        assertThat(r.payload()).isEqualTo(Integer.toString(threads * incrementsEach));
        assertThat(r.version()).isEqualTo(1 + threads * incrementsEach);
    }

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void dueReadsWhatIsDueEarliestFirstAndNeverAClosedRecord() {
        assumeTrue(indexesDue(), "store has no due index");
        store.insert("case", "later", "reminder at ten", NextDue.at(NINE.plusSeconds(3600)));
        store.insert("case", "b-nine", "reminder at nine", NextDue.at(NINE));
        store.insert("case", "a-nine", "reminder at nine too", NextDue.at(NINE));
        store.insert("case", "closed", "discharged", NextDue.closed());
        store.insert("case", "untold", "written by an engine that says nothing");
        store.insert("other", "x", "another kind", NextDue.at(NINE));

        assertThat(store.due("case", NINE)).extracting(StoredRecord::id).containsExactly("untold", "a-nine", "b-nine");
        assertThat(store.due("case", NINE.minusSeconds(1))).extracting(StoredRecord::id).containsExactly("untold");
        assertThat(store.due("case", NINE.plus(Duration.ofDays(3650)))).extracting(StoredRecord::id)
                .doesNotContain("closed").contains("later");
    }

    @Test
    void anUpdateMovesTheDueTimeAndClosingTakesTheRecordOutOfDue() {
        assumeTrue(indexesDue(), "store has no due index");
        StoredRecord open = store.insert("case", "c-1", "open", NextDue.at(NINE));
        StoredRecord closed = store.update("case", "c-1", open.version(), "closed", NextDue.closed());
        assertThat(store.due("case", NINE.plus(Duration.ofDays(365)))).isEmpty();
        assertThat(store.read("case", "c-1").orElseThrow().payload()).as("closed records stay readable").isEqualTo("closed");
        store.update("case", "c-1", closed.version(), "reopened", NextDue.at(NINE.plusSeconds(60)));
        assertThat(store.due("case", NINE)).isEmpty();
        assertThat(store.due("case", NINE.plusSeconds(60))).extracting(StoredRecord::payload).containsExactly("reopened");
        store.delete("case", "c-1", 3);
        assertThat(store.due("case", NINE.plusSeconds(60))).isEmpty();
    }

    @Test
    void claimedRecordsAreHiddenFromOtherInstancesUntilTheLeaseRunsOut() {
        assumeTrue(indexesDue(), "store has no due index");
        for (int i = 0; i < 10; i++) {
            store.insert("reminder", "r-" + i, "due", NextDue.at(NINE));
        }
        WorkflowStore other = secondInstance(store);
        List<StoredRecord> mine = store.claimDue("reminder", NINE, 4, Duration.ofMinutes(5));
        List<StoredRecord> theirs = other.claimDue("reminder", NINE, 100, Duration.ofMinutes(5));
        assertThat(mine).hasSize(4).extracting(StoredRecord::version).containsOnly(1L);
        assertThat(theirs).hasSize(6);
        assertThat(mine).extracting(StoredRecord::id).doesNotContainAnyElementsOf(theirs.stream().map(StoredRecord::id).toList());
        assertThat(store.due("reminder", NINE.plusSeconds(60))).isEmpty();

        // handled: written back with its next due time, which ends the lease
        StoredRecord handled = mine.get(0);
        store.update("reminder", handled.id(), handled.version(), "sent", NextDue.closed());
        // an instance that claimed and died: its records are due again once the lease is over
        assertThat(other.claimDue("reminder", NINE.plus(Duration.ofMinutes(6)), 100, Duration.ofMinutes(5)))
                .hasSize(9).extracting(StoredRecord::id).doesNotContain(handled.id());
    }

    @Test
    void instancesClaimingTogetherShareTheWorkWithNoRecordTwiceAndNoneLost() throws Exception {
        assumeTrue(indexesDue(), "store has no due index");
        int records = 300;
        for (int i = 0; i < records; i++) {
            store.insert("reminder", String.format("r-%04d", i), "due", NextDue.at(NINE));
        }
        WorkflowStore other = secondInstance(store);
        java.util.concurrent.ConcurrentHashMap<String, Integer> handled = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                WorkflowStore s = t % 2 == 0 ? store : other;
                futures.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        List<StoredRecord> batch = s.claimDue("reminder", NINE, 7, Duration.ofMinutes(5));
                        if (batch.isEmpty()) {
                            return null;
                        }
                        for (StoredRecord r : batch) {
                            handled.merge(r.id(), 1, Integer::sum);
                            s.update("reminder", r.id(), r.version(), "sent", NextDue.closed());
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(handled).hasSize(records);
        assertThat(handled.values()).as("no record handled twice").containsOnly(1);
        assertThat(store.due("reminder", NINE.plus(Duration.ofDays(1)))).isEmpty();
    }
}
