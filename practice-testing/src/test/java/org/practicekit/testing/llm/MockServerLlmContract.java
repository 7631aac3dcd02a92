package org.practicekit.testing.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs {@link LlmClientContract} against MockWebServer, replaying recorded response shapes of one
 * provider from {@code src/test/resources/llm/<provider>/}.
 */
abstract class MockServerLlmContract extends LlmClientContract {
    static final String KEY = "sk-test-PLANTED-KEY-4242-SECRET";
    private static final ObjectMapper JSON = new ObjectMapper();

    protected MockWebServer server;
    private String lastBody = "";

    /** Resource folder under llm/. */
    abstract String provider();

    /** The provider's finish reason for a normal stop and for the token limit. */
    abstract String finish(boolean cutShort);

    /** Status the provider uses when overloaded. */
    abstract int overloadedStatus();

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stopServer() throws IOException {
        server.shutdown();
    }

    String baseUrl() {
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    String resource(String name) {
        try (InputStream in = getClass().getResourceAsStream("/llm/" + provider() + "/" + name)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escaped(String text) {
        try {
            String quoted = JSON.writeValueAsString(text);
            return quoted.substring(1, quoted.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                .setHeader("request-id", "req_recorded").setBody(body);
    }

    private String answer(String text, boolean cutShort) {
        return resource("answer.json").replace("%TEXT%", escaped(text)).replace("%FINISH%", finish(cutShort));
    }

    @Override
    protected String apiKey() {
        return KEY;
    }

    @Override
    protected void enqueueAnswer(String text) {
        server.enqueue(json(200, answer(text, false)));
    }

    @Override
    protected void enqueueAnswerCutShort(String text) {
        server.enqueue(json(200, answer(text, true)));
    }

    @Override
    protected void enqueueError(int status, int retryAfterSeconds) {
        String body = resource("error-" + status + ".json");
        if (body == null) {
            body = resource(status >= 500 ? "error-500.json" : "error-400.json");
        }
        MockResponse response = json(status, body);
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
        server.enqueue(response);
    }

    @Override
    protected void enqueueErrorObjectWithStatus200() {
        server.enqueue(json(200, resource("error-400.json")));
    }

    @Override
    protected void enqueueOverloaded() {
        server.enqueue(json(overloadedStatus(), resource("overloaded.json")));
    }

    @Override
    protected boolean enqueueQuotaExhausted() {
        String body = resource("quota.json");
        if (body == null) {
            return false;
        }
        server.enqueue(json(429, body));
        return true;
    }

    @Override
    protected void enqueueDisconnect() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    }

    @Override
    protected void enqueueResetDuringAnswer() {
        server.enqueue(json(200, answer("An answer long enough to be cut off halfway through the body.", false))
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    }

    @Override
    protected void enqueueTruncatedJson() {
        String full = answer("A complete answer that the proxy cut off.", false);
        server.enqueue(json(200, full.substring(0, full.length() / 2)));
    }

    @Override
    protected void enqueueNoResponse() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }

    @Override
    protected int requestCount() {
        return server.getRequestCount();
    }

    @Override
    protected String lastRequestBody() {
        try {
            RecordedRequest r;
            while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
                lastBody = r.getBody().readUtf8();
            }
            return lastBody;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    RecordedRequest takeRequest() throws InterruptedException {
        return server.takeRequest(1, TimeUnit.SECONDS);
    }
}
