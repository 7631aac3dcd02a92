package org.practicekit.testing.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.practicekit.llm.RetryPolicy;

/** A {@link RetryPolicy.Sleeper} that records each wait and returns at once, so retry tests never wait. Thread-safe. */
public final class RecordingSleeper implements RetryPolicy.Sleeper {
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    /** Every wait asked for, in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** Sum of all waits. */
    public synchronized Duration total() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
