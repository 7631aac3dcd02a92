package org.practicekit.testing.llm;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.llm.FinishReason;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmEndpoint;
import org.practicekit.llm.LlmListener;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.RetryPolicy;

/**
 * A fake model for vendors' and PracticeKit's own tests. Each attempt takes the next scripted step
 * (an answer or a failure); when the script is spent, the fallback answers (by default the call
 * fails, so a test notices an unexpected extra call). On top of the script it can simulate a
 * network: latency with variance, and a failure rate, both from a seeded random source so runs
 * repeat. It goes through the SDK's template method, so validation, listeners and retries behave
 * as with a real adapter. Latency is spent through a {@link RetryPolicy.Sleeper} (real sleeping by
 * default; inject one in tests). Records every attempt's request. Thread-safe.
 */
public final class ScriptedLlmClient extends LlmClient {
    private final LlmEndpoint endpoint;
    private final String model;
    private final Deque<Function<LlmRequest, LlmResponse>> script;
    private final Function<LlmRequest, LlmResponse> fallback;
    private final Duration latency;
    private final double latencyVariance;
    private final double failureRate;
    private final Random random;
    private final RetryPolicy.Sleeper latencySleeper;
    private final List<LlmRequest> requests = new ArrayList<>();

    private ScriptedLlmClient(Builder b) {
        super(b.retryPolicy, b.listeners);
        this.endpoint = new LlmEndpoint(b.name, "scripted://" + b.name, b.baaCovered);
        this.model = b.model;
        this.script = new ArrayDeque<>(b.script);
        this.fallback = b.fallback;
        this.latency = b.latency;
        this.latencyVariance = b.latencyVariance;
        this.failureRate = b.failureRate;
        this.random = new Random(b.seed);
        this.latencySleeper = b.latencySleeper;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public LlmEndpoint endpoint() {
        return endpoint;
    }

    @Override
    protected LlmResponse doComplete(LlmRequest request) {
        Function<LlmRequest, LlmResponse> step;
        Duration wait;
        boolean fail;
        synchronized (this) {
            requests.add(request);
            step = script.isEmpty() ? fallback : script.poll();
            double spread = latencyVariance == 0 ? 0 : (random.nextDouble() * 2 - 1) * latencyVariance;
            wait = Duration.ofNanos(Math.max(0, Math.round(latency.toNanos() * (1 + spread))));
            fail = failureRate > 0 && random.nextDouble() < failureRate;
        }
        if (!wait.isZero()) {
            try {
                latencySleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetriableException("interrupted while simulating latency", endpoint.describe(), "complete",
                        null);
            }
        }
        if (fail) {
            throw new RetriableException("simulated network failure", endpoint.describe(), "complete", null);
        }
        return step.apply(request);
    }

    /** Every request an attempt received, in order (retries appear once per attempt). */
    public synchronized List<LlmRequest> requests() {
        return List.copyOf(requests);
    }

    /** Steps not yet used. */
    public synchronized int remainingSteps() {
        return script.size();
    }

    /** Builds a {@link ScriptedLlmClient}. Defaults: endpoint "scripted" covered by a BAA, no latency, no failures, no retries. */
    public static final class Builder {
        private String name = "scripted";
        private boolean baaCovered = true;
        private String model = "scripted-model";
        private final List<Function<LlmRequest, LlmResponse>> script = new ArrayList<>();
        private Function<LlmRequest, LlmResponse> fallback = r -> {
            throw new IllegalStateException("ScriptedLlmClient: script spent, no fallback set");
        };
        private Duration latency = Duration.ZERO;
        private double latencyVariance;
        private double failureRate;
        private long seed = 42;
        private RetryPolicy.Sleeper latencySleeper = RetryPolicy.Sleeper.system();
        private RetryPolicy retryPolicy = RetryPolicy.none();
        private final List<LlmListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** Endpoint name and whether a BAA covers it (the PHI guard's policy depends on it). */
        public Builder endpoint(String name, boolean baaCovered) {
            this.name = Objects.requireNonNull(name, "name == null");
            this.baaCovered = baaCovered;
            return this;
        }

        public Builder model(String model) {
            this.model = Objects.requireNonNull(model, "model == null");
            return this;
        }

        /** Next step: answer with {@code text}. */
        public Builder thenAnswer(String text) {
            Objects.requireNonNull(text, "text == null");
            return thenAnswer(r -> text);
        }

        /** Next step: answer with what {@code answer} computes from the request. */
        public Builder thenAnswer(Function<LlmRequest, String> answer) {
            Objects.requireNonNull(answer, "answer == null");
            script.add(r -> response(answer.apply(r), FinishReason.STOP));
            return this;
        }

        /** Next step: an answer cut short by the token limit. */
        public Builder thenTruncated(String partialText) {
            Objects.requireNonNull(partialText, "partialText == null");
            script.add(r -> response(partialText, FinishReason.LENGTH));
            return this;
        }

        /** Next step: fail with {@code failure}. */
        public Builder thenFail(PracticeKitException failure) {
            Objects.requireNonNull(failure, "failure == null");
            script.add(r -> {
                throw failure;
            });
            return this;
        }

        /** What every attempt after the script answers. */
        public Builder otherwise(Function<LlmRequest, String> answer) {
            Objects.requireNonNull(answer, "answer == null");
            this.fallback = r -> response(answer.apply(r), FinishReason.STOP);
            return this;
        }

        /** Simulated latency per attempt, varied by up to +/- {@code variance} (0.4 = 40%). */
        public Builder latency(Duration latency, double variance) {
            this.latency = Objects.requireNonNull(latency, "latency == null");
            if (variance < 0 || variance > 1) {
                throw new IllegalArgumentException("variance must be 0-1");
            }
            this.latencyVariance = variance;
            return this;
        }

        /** Share of attempts (0-1) that fail with a retriable network failure before their step runs. */
        public Builder failureRate(double failureRate) {
            if (failureRate < 0 || failureRate > 1) {
                throw new IllegalArgumentException("failureRate must be 0-1");
            }
            this.failureRate = failureRate;
            return this;
        }

        /** Seed of the random source behind variance and failures. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** How simulated latency is spent (real sleeping by default). */
        public Builder latencySleeper(RetryPolicy.Sleeper sleeper) {
            this.latencySleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
            return this;
        }

        public Builder addListener(LlmListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener == null"));
            return this;
        }

        private LlmResponse response(String text, FinishReason finish) {
            return LlmResponse.builder().text(text).model(model).finishReason(finish)
                    .inputTokens(1).outputTokens(Math.max(1, text.length() / 4)).build();
        }

        public ScriptedLlmClient build() {
            return new ScriptedLlmClient(this);
        }
    }
}
