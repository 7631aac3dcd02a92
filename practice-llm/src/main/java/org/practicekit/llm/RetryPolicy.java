package org.practicekit.llm;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How {@link LlmClient#complete(LlmRequest)} retries a {@link org.practicekit.core.RetriableException}
 * (408, 409, 429, 5xx, 529 overloaded, timeouts, dropped connections): at most {@code maxRetries}
 * more attempts, waiting what the server asked for ({@code Retry-After-Ms}, {@code Retry-After})
 * or else {@code min(initialDelay * 2^(n-1), maxDelay)} times a jitter in [0.75, 1]. A retry whose
 * wait would push the total past {@code maxTotalWait} is not made; the last failure is thrown
 * instead (its {@code retryAfter} tells the caller when to come back).
 *
 * <p>Waiting happens on the calling thread through the {@link Sleeper}; tests inject one that does
 * not wait. Immutable.
 */
public final class RetryPolicy {
    /** Waits on the calling thread. Replace it in tests so they never sleep. */
    @FunctionalInterface
    public interface Sleeper {
        /** Blocks for {@code duration}. */
        void sleep(Duration duration) throws InterruptedException;

        /** {@link Thread#sleep(long)}. */
        static Sleeper system() {
            return d -> Thread.sleep(d.toMillis());
        }
    }

    private static final RetryPolicy DEFAULTS = builder().build();

    private final int maxRetries;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final Duration maxTotalWait;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;

    private RetryPolicy(Builder b) {
        this.maxRetries = b.maxRetries;
        this.initialDelay = b.initialDelay;
        this.maxDelay = b.maxDelay;
        this.maxTotalWait = b.maxTotalWait;
        this.sleeper = b.sleeper;
        this.jitter = b.jitter;
    }

    /** 2 retries (3 attempts), 0.5 s first delay, 8 s largest delay, 60 s total wait, real sleeping. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** No retries at all. */
    public static RetryPolicy none() {
        return builder().maxRetries(0).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().maxRetries(maxRetries).initialDelay(initialDelay).maxDelay(maxDelay)
                .maxTotalWait(maxTotalWait).sleeper(sleeper).jitter(jitter);
    }

    public int maxRetries() {
        return maxRetries;
    }

    public Duration maxTotalWait() {
        return maxTotalWait;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * The wait before retry number {@code retry} (1-based): the server's {@code retryAfter} when it
     * gave one, else exponential backoff with jitter.
     */
    public Duration delayBefore(int retry, Duration retryAfter) {
        if (retryAfter != null && !retryAfter.isNegative()) {
            return retryAfter;
        }
        double base = Math.min(initialDelay.toMillis() * Math.pow(2, retry - 1), maxDelay.toMillis());
        double factor = 0.75 + 0.25 * Math.max(0, Math.min(1, jitter.getAsDouble()));
        return Duration.ofMillis(Math.round(base * factor));
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxRetries=" + maxRetries + ", maxTotalWait=" + maxTotalWait + "]";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxRetries = 2;
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(8);
        private Duration maxTotalWait = Duration.ofSeconds(60);
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /** Retries after the first attempt; 0 disables retrying. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0 || maxRetries > 10) {
                throw new IllegalArgumentException("maxRetries must be 0-10, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = positive(initialDelay, "initialDelay");
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = positive(maxDelay, "maxDelay");
            return this;
        }

        /** Upper bound on the sum of all waits of one call. */
        public Builder maxTotalWait(Duration maxTotalWait) {
            this.maxTotalWait = Objects.requireNonNull(maxTotalWait, "maxTotalWait == null");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** Source of jitter in [0, 1]; the default is random. */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter == null");
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
