package org.practicekit.testing.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.llm.FinishReason;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmEndpoint;
import org.practicekit.llm.LlmListener;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.RetryPolicy;

/**
 * The behaviour every {@link LlmClient} adapter must show, whatever the provider: answers parsed,
 * JSON schemas passed on, retriable failures (429 with Retry-After, overload, 5xx, dropped
 * connections, truncated bodies, timeouts) retried within the policy, non-retriable ones (auth,
 * quota) not, and errors that name the endpoint without the API key or the prompt. Every test ends
 * in a success or a clear exception within a bounded time.
 *
 * <p>Extend it in a test, point the adapter at a fake server (MockWebServer) and script that server
 * in the provider's wire format through the {@code enqueue…} methods. A fresh fake server per test.
 */
@Timeout(20)
public abstract class LlmClientContract {
    /** Prompt text planted to check that it never shows up in an exception message. */
    protected static final String PLANTED_PROMPT = "Keisha Brown DOB 03/14/1985 phone 312-555-0148";

    /** A client for the fake server with this retry policy and listener, and {@link #apiKey()} as its key. */
    protected abstract LlmClient newClient(RetryPolicy retryPolicy, LlmListener listener);

    /** The API key the client is built with (checked to be absent from errors). */
    protected abstract String apiKey();

    /** The server answers {@code text} with a normal stop. */
    protected abstract void enqueueAnswer(String text);

    /** The server answers {@code text} cut short by the token limit. */
    protected abstract void enqueueAnswerCutShort(String text);

    /** The server fails with {@code status} and the provider's error body; {@code retryAfterSeconds} &gt; 0 adds Retry-After. */
    protected abstract void enqueueError(int status, int retryAfterSeconds);

    /** The server says it is overloaded (529 for Anthropic, 503 elsewhere). */
    protected abstract void enqueueOverloaded();

    /** The server says the account's quota or spend limit is exhausted; false when the provider has no such answer. */
    protected abstract boolean enqueueQuotaExhausted();

    /** The server drops the connection. */
    protected abstract void enqueueDisconnect();

    /** The server starts a 200 answer and resets the connection in the middle of the body. */
    protected abstract void enqueueResetDuringAnswer();

    /** The server answers 200 with a JSON body cut in the middle. */
    protected abstract void enqueueTruncatedJson();

    /** The server answers 200 OK with the provider's error object in the body instead of an answer. */
    protected abstract void enqueueErrorObjectWithStatus200();

    /** The server accepts the request and never answers. */
    protected abstract void enqueueNoResponse();

    /** Requests the server received so far. */
    protected abstract int requestCount();

    /** Body of the last request the server received. */
    protected abstract String lastRequestBody();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private RetryPolicy retries(int max) {
        return RetryPolicy.builder().maxRetries(max).sleeper(sleeper).jitter(() -> 1.0).build();
    }

    private LlmClient client(int maxRetries) {
        return newClient(retries(maxRetries), new LlmListener() {
        });
    }

    private static LlmRequest prompt() {
        return LlmRequest.builder().system("You write short answers.").user("Say hello.").timeout(Duration.ofSeconds(5))
                .build();
    }

    @Test
    void answersAPrompt() {
        enqueueAnswer("Hello there.");
        LlmResponse response = client(2).complete(prompt());
        assertThat(response.text()).isEqualTo("Hello there.");
        assertThat(response.model()).isNotBlank();
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.attempts()).isEqualTo(1);
        assertThat(lastRequestBody()).contains("Say hello.").doesNotContain(apiKey());
    }

    @Test
    void reportsAnAnswerCutShortByTheTokenLimit() {
        enqueueAnswerCutShort("{\"summary\": \"cut");
        assertThat(client(2).complete(prompt()).finishReason()).isEqualTo(FinishReason.LENGTH);
    }

    @Test
    void passesAJsonSchemaOnAndReturnsJsonText() {
        enqueueAnswer("{\"mood\":\"calm\"}");
        String schema = "{\"type\":\"object\",\"properties\":{\"mood\":{\"type\":\"string\"}},"
                + "\"required\":[\"mood\"],\"additionalProperties\":false}";
        LlmResponse response = client(0).complete(prompt().toBuilder().jsonSchema(schema).build());
        assertThat(response.text()).isEqualTo("{\"mood\":\"calm\"}");
        assertThat(lastRequestBody()).contains("\"mood\"").contains("additionalProperties");
    }

    @Test
    void retriesARateLimitHonouringRetryAfter() {
        enqueueError(429, 3);
        enqueueAnswer("ok");
        LlmResponse response = client(2).complete(prompt());
        assertThat(response.text()).isEqualTo("ok");
        assertThat(response.attempts()).isEqualTo(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retriesAnOverloadedServer() {
        enqueueOverloaded();
        enqueueAnswer("ok");
        assertThat(client(2).complete(prompt()).text()).isEqualTo("ok");
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    void retriesAServerErrorThenSucceedsWithJitteredBackoff() {
        enqueueError(500, 0);
        enqueueError(502, 0);
        enqueueAnswer("ok");
        LlmResponse response = client(2).complete(prompt());
        assertThat(response.attempts()).isEqualTo(3);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void givesUpAfterTheRetriesWithARetriableException() {
        for (int i = 0; i < 3; i++) {
            enqueueError(500, 0);
        }
        RetriableException e = catchThrowableOfType(() -> client(2).complete(prompt()), RetriableException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("500");
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    void doesNotRetryAuthenticationFailures() {
        enqueueError(401, 0);
        assertThatThrownBy(() -> client(2).complete(prompt())).isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("401");
        assertThat(requestCount()).isEqualTo(1);
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void anErrorObjectInASuccessfulResponseFailsInsteadOfAnsweringEmpty() {
        enqueueErrorObjectWithStatus200();
        assertThatThrownBy(() -> client(2).complete(prompt())).isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("error object");
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotRetryAnInvalidRequest() {
        enqueueError(400, 0);
        assertThatThrownBy(() -> client(2).complete(prompt())).isInstanceOf(NonRetriableException.class);
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void doesNotRetryAnExhaustedQuota() {
        assumeTrue(enqueueQuotaExhausted(), "provider has no quota answer");
        assertThatThrownBy(() -> client(2).complete(prompt())).isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("429");
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void retriesADroppedConnection() {
        enqueueDisconnect();
        enqueueAnswer("ok");
        assertThat(client(2).complete(prompt()).text()).isEqualTo("ok");
    }

    @Test
    void retriesAConnectionResetInTheMiddleOfTheAnswer() {
        enqueueResetDuringAnswer();
        enqueueAnswer("ok");
        LlmResponse response = client(2).complete(prompt());
        assertThat(response.text()).isEqualTo("ok");
        assertThat(response.attempts()).isEqualTo(2);
    }

    @Test
    void treatsTruncatedJsonAsARetriableFailure() {
        enqueueTruncatedJson();
        assertThatThrownBy(() -> client(0).complete(prompt())).isInstanceOf(RetriableException.class)
                .hasMessageContaining("JSON");
    }

    @Test
    void timesOutWithinTheRequestTimeout() {
        enqueueNoResponse();
        LlmRequest quick = prompt().toBuilder().timeout(Duration.ofMillis(400)).build();
        long started = System.nanoTime();
        assertThatThrownBy(() -> client(0).complete(quick)).isInstanceOf(RetriableException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void rejectsAnInvalidRequestWithoutSendingIt() {
        LlmRequest blank = LlmRequest.builder().user(" ").maxTokens(0).build();
        ValidationException e = catchThrowableOfType(() -> client(2).complete(blank), ValidationException.class);
        assertThat(e.problems()).hasSize(2);
        assertThat(requestCount()).isZero();
    }

    @Test
    void errorsNameTheEndpointButNeitherKeyNorPrompt() {
        enqueueError(400, 0);
        LlmClient client = client(0);
        LlmRequest planted = LlmRequest.builder().user(PLANTED_PROMPT).build();
        PracticeKitException e = catchThrowableOfType(() -> client.complete(planted), PracticeKitException.class);
        LlmEndpoint endpoint = client.endpoint();
        assertThat(e.getMessage()).contains(endpoint.name()).doesNotContain(apiKey())
                .doesNotContain("Keisha", "1985", "0148");
        assertThat(client.toString()).doesNotContain(apiKey());
    }

    @Test
    void notifiesListenersOfEveryAttempt() {
        enqueueError(503, 0);
        enqueueAnswer("ok");
        List<String> events = new ArrayList<>();
        LlmClient client = newClient(retries(2), new LlmListener() {
            @Override
            public void onRequest(LlmEndpoint endpoint, LlmRequest request, int attempt) {
                events.add("request " + attempt);
            }

            @Override
            public void onResponse(LlmEndpoint endpoint, LlmRequest request, LlmResponse response) {
                events.add("response");
            }

            @Override
            public void onError(LlmEndpoint endpoint, LlmRequest request, PracticeKitException error, int attempt,
                    boolean willRetry) {
                events.add("error " + attempt + (willRetry ? " retry" : ""));
            }
        });
        client.complete(prompt());
        assertThat(events).containsExactly("request 1", "error 1 retry", "request 2", "response");
    }
}
