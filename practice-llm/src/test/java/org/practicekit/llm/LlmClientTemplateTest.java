package org.practicekit.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;

/** The SDK-owned half of {@link LlmClient}: validation, retries, backoff, listeners. */
class LlmClientTemplateTest {
    private final List<Duration> waits = new ArrayList<>();

    /** Plays a script of outcomes, one per attempt. */
    private final class Scripted extends LlmClient {
        final Deque<Supplier<LlmResponse>> steps = new ArrayDeque<>();
        int attempts;

        Scripted(RetryPolicy policy, List<LlmListener> listeners) {
            super(policy, listeners);
        }

        @Override
        public LlmEndpoint endpoint() {
            return new LlmEndpoint("scripted", "http://localhost/x", true);
        }

        @Override
        protected LlmResponse doComplete(LlmRequest request) {
            attempts++;
            return steps.remove().get();
        }
    }

    private static Supplier<LlmResponse> ok() {
        return () -> LlmResponse.builder().text("fine").model("m").build();
    }

    private static Supplier<LlmResponse> fail(PracticeKitException e) {
        return () -> {
            throw e;
        };
    }

    private RetryPolicy.Builder policy() {
        return RetryPolicy.builder().sleeper(waits::add).jitter(() -> 0.0);
    }

    private static LlmRequest request() {
        return LlmRequest.builder().user("Say hello.").build();
    }

    @Test
    void backsOffExponentiallyWithJitterAndCapsEachWait() {
        Scripted c = new Scripted(policy().maxRetries(5).maxDelay(Duration.ofSeconds(2)).build(), List.of());
        for (int i = 0; i < 5; i++) {
            c.steps.add(fail(new RetriableException("HTTP 503")));
        }
        c.steps.add(ok());
        assertThat(c.complete(request()).attempts()).isEqualTo(6);
        // jitter 0 -> factor 0.75 of 0.5 s, 1 s, 2 s, then capped at 2 s
        assertThat(waits).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(1500),
                Duration.ofMillis(1500), Duration.ofMillis(1500));
    }

    @Test
    void honoursTheServersRetryAfterOverBackoff() {
        Scripted c = new Scripted(policy().build(), List.of());
        c.steps.add(fail(new RetriableException("HTTP 429", "x", "y", null, Duration.ofSeconds(7))));
        c.steps.add(ok());
        c.complete(request());
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void stopsWhenTheTotalWaitBudgetIsSpent() {
        Scripted c = new Scripted(policy().maxRetries(5).maxTotalWait(Duration.ofSeconds(10)).build(), List.of());
        for (int i = 0; i < 6; i++) {
            c.steps.add(fail(new RetriableException("HTTP 429", "x", "y", null, Duration.ofSeconds(4))));
        }
        assertThatThrownBy(() -> c.complete(request())).isInstanceOf(RetriableException.class);
        assertThat(waits).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4));
        assertThat(c.attempts).isEqualTo(3);
    }

    @Test
    void neverRetriesNonRetriableFailures() {
        Scripted c = new Scripted(policy().build(), List.of());
        c.steps.add(fail(new NonRetriableException("HTTP 401")));
        assertThatThrownBy(() -> c.complete(request())).isInstanceOf(NonRetriableException.class);
        assertThat(c.attempts).isEqualTo(1);
    }

    @Test
    void anAdapterBugBecomesANonRetriableFailureWithoutItsMessage() {
        Scripted c = new Scripted(policy().build(), List.of());
        c.steps.add(() -> {
            throw new IllegalStateException("body was: Keisha Brown 312-555-0148");
        });
        assertThatThrownBy(() -> c.complete(request())).isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("IllegalStateException").hasMessageNotContaining("Keisha").hasNoCause();
    }

    @Test
    void listenersThatThrowDoNotBreakTheCall() {
        LlmListener broken = new LlmListener() {
            @Override
            public void onRequest(LlmEndpoint endpoint, LlmRequest request, int attempt) {
                throw new IllegalStateException("listener bug");
            }
        };
        Scripted c = new Scripted(policy().build(), List.of(broken));
        c.steps.add(ok());
        assertThat(c.complete(request()).text()).isEqualTo("fine");
    }

    @Test
    void validatesEverythingAtOnceAndSendsNothing() {
        Scripted c = new Scripted(policy().build(), List.of());
        LlmRequest bad = LlmRequest.builder().system("only a system prompt").maxTokens(0).temperature(3)
                .jsonSchema("not json").timeout(Duration.ZERO).build();
        assertThatThrownBy(() -> c.complete(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).hasSize(5));
        assertThat(c.attempts).isZero();
    }
}
