package org.practicekit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 */
public abstract class WorkflowStoreContract {
    /** A new store with no records (e.g. over a freshly truncated schema). */
    protected abstract WorkflowStore newStore();

    /** A second handle on the same data, as another app instance would have. Default: the same object. */
    protected WorkflowStore secondInstance(WorkflowStore store) {
        return store;
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
}
