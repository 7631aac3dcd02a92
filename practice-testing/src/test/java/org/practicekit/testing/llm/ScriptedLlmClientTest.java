package org.practicekit.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.llm.FinishReason;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.RetryPolicy;

class ScriptedLlmClientTest {
    private static LlmRequest request() {
        return LlmRequest.builder().user("Summarise the session.").build();
    }

    @Test
    void playsItsScriptInOrderThroughTheSdkRetries() {
        RecordingSleeper retryWaits = new RecordingSleeper();
        ScriptedLlmClient llm = ScriptedLlmClient.builder()
                .retryPolicy(RetryPolicy.builder().sleeper(retryWaits).build())
                .thenFail(new RetriableException("rate limited", "scripted", "complete", null, Duration.ofSeconds(2)))
                .thenAnswer("A calm session.")
                .thenTruncated("{\"summary\": \"cut")
                .build();
        LlmResponse first = llm.complete(request());
        assertThat(first.text()).isEqualTo("A calm session.");
        assertThat(first.attempts()).isEqualTo(2);
        assertThat(retryWaits.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(llm.complete(request()).finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(llm.requests()).hasSize(3);
        assertThat(llm.remainingSteps()).isZero();
    }

    @Test
    void failsLoudlyWhenCalledMoreThanScriptedUnlessAFallbackIsSet() {
        ScriptedLlmClient strict = ScriptedLlmClient.builder().thenAnswer("one").build();
        strict.complete(request());
        assertThatThrownBy(() -> strict.complete(request())).isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("IllegalStateException");

        ScriptedLlmClient echo = ScriptedLlmClient.builder().otherwise(r -> "echo: " + r.messages().get(0).text())
                .build();
        assertThat(echo.complete(request()).text()).isEqualTo("echo: Summarise the session.");
    }

    @Test
    void simulatesLatencyWithVarianceThroughTheSleeper() {
        RecordingSleeper latency = new RecordingSleeper();
        ScriptedLlmClient slow = ScriptedLlmClient.builder().latency(Duration.ofSeconds(2), 0.4).latencySleeper(latency)
                .otherwise(r -> "ok").seed(7).build();
        for (int i = 0; i < 20; i++) {
            slow.complete(request());
        }
        assertThat(latency.waits()).hasSize(20).allSatisfy(d -> assertThat(d.toMillis()).isBetween(1200L, 2800L));
        assertThat(latency.waits().stream().distinct().count()).isGreaterThan(10);
    }

    @Test
    void failsARepeatableShareOfAttempts() {
        ScriptedLlmClient flaky = ScriptedLlmClient.builder().failureRate(0.3).seed(11).otherwise(r -> "ok").build();
        int failed = 0;
        for (int i = 0; i < 200; i++) {
            try {
                flaky.complete(request());
            } catch (RetriableException e) {
                failed++;
            }
        }
        assertThat(failed).isBetween(40, 80);
    }

    @Test
    void validatesRequestsLikeEveryAdapter() {
        ScriptedLlmClient llm = ScriptedLlmClient.builder().otherwise(r -> "ok").build();
        assertThatThrownBy(() -> llm.complete(LlmRequest.builder().system("no user turn").build()))
                .isInstanceOf(ValidationException.class);
        assertThat(llm.requests()).isEmpty();
    }
}
