package org.practicekit.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until a test moves it. Thread-safe, so engines on several
 * threads see one time.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at("2026-03-06T14:00:00Z");
 * clock.advance(Duration.ofHours(24));
 * }</pre>
 */
public final class TestClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static TestClock at(Instant start) {
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(start, "start == null")), ZoneOffset.UTC);
    }

    /** @param isoInstant e.g. "2026-03-06T14:00:00Z" */
    public static TestClock at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    /** Moves time forward (or back, with a negative duration) and returns the new time. */
    public Instant advance(Duration by) {
        return now.updateAndGet(t -> t.plus(by));
    }

    /** Jumps to an instant. */
    public void set(Instant to) {
        now.set(Objects.requireNonNull(to, "to == null"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Shares the same moving time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
