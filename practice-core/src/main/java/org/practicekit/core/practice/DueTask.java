package org.practicekit.core.practice;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One engine's due work, as a task the host can run on its own scheduler (each on its own timer or
 * thread, if it likes): {@link #run(Instant)} carries it out and returns what was done. Running a task
 * again, or on another app instance, repeats nothing that was done. {@link Practice#due(Instant)} runs
 * all of them in order.
 */
public final class DueTask {
    private final String engine;
    private final Function<Instant, List<DueWork>> work;

    DueTask(String engine, Function<Instant, List<DueWork>> work) {
        this.engine = Objects.requireNonNull(engine, "engine == null");
        this.work = Objects.requireNonNull(work, "work == null");
    }

    /** The engine the task belongs to ("intake", "scheduling", ...). */
    public String engine() {
        return engine;
    }

    /** Carries out what is due at {@code now}. A failure (a pager that is down) is thrown, never swallowed. */
    public List<DueWork> run(Instant now) {
        return List.copyOf(work.apply(Objects.requireNonNull(now, "now == null")));
    }

    @Override
    public String toString() {
        return "DueTask[" + engine + "]";
    }
}
