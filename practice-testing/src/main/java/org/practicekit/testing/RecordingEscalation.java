package org.practicekit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;

/**
 * A {@link HumanEscalation} that records every escalation, with the thread it arrived on so a test
 * can prove it happened inside the caller's call. Thread-safe.
 */
public final class RecordingEscalation implements HumanEscalation {
    /** One recorded escalation and the name of the thread that delivered it. */
    public record Received(Escalation escalation, String thread) {
    }

    private final List<Received> received = new ArrayList<>();
    private RuntimeException failure;

    @Override
    public synchronized void escalate(Escalation escalation) {
        Objects.requireNonNull(escalation, "escalation == null");
        if (failure != null) {
            throw failure;
        }
        received.add(new Received(escalation, Thread.currentThread().getName()));
    }

    /** Makes every following call throw, to test that callers never swallow a failed escalation. */
    public synchronized void failWith(RuntimeException failure) {
        this.failure = Objects.requireNonNull(failure, "failure == null");
    }

    /** Distinct escalations by idempotency key, in arrival order. */
    public synchronized List<Escalation> escalations() {
        List<Escalation> out = new ArrayList<>();
        for (Received r : received) {
            if (out.stream().noneMatch(e -> e.idempotencyKey().equals(r.escalation().idempotencyKey()))) {
                out.add(r.escalation());
            }
        }
        return out;
    }

    /** Escalations with this category code. */
    public synchronized List<Escalation> escalations(String category) {
        return escalations().stream().filter(e -> e.category().equals(category)).toList();
    }

    /** Every call, including repeats of one key. */
    public synchronized List<Received> calls() {
        return List.copyOf(received);
    }

    public synchronized void clear() {
        received.clear();
    }
}
