package org.practicekit.llm.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.practicekit.core.RetriableException;
import org.practicekit.llm.FinishReason;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmClientBuilder;
import org.practicekit.llm.LlmClientBuilder.Settings;
import org.practicekit.llm.LlmEndpoint;
import org.practicekit.llm.LlmMessage;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.internal.JsonHttp;

/**
 * Ollama's native {@code POST {baseUrl}/api/chat} (default base URL {@code http://localhost:11434})
 * with {@code stream: false}. A JSON schema is sent as {@code format}; temperature and the token
 * limit go in {@code options}. No API key is needed locally (a key, when set, is sent as a bearer
 * token for proxies). A 503 (queue full) is retried. Thread-safe.
 */
public final class OllamaClient extends LlmClient {
    private static final String OPERATION = "chat";

    private final LlmEndpoint endpoint;
    private final JsonHttp http;
    private final HttpUrl url;
    private final Headers headers;
    private final String defaultModel;
    private final String keepAlive;

    private OllamaClient(Builder b, Settings s) {
        super(s.retryPolicy(), s.listeners());
        this.endpoint = s.endpoint();
        this.http = new JsonHttp(JsonHttp.client(s.httpClient().orElse(null), s.connectTimeout(), s.readTimeout(),
                s.readTimeout()), "ollama:" + endpoint.describe());
        HttpUrl parsed = HttpUrl.parse(endpoint.baseUrl() + "/api/chat");
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl is not an http(s) URL");
        }
        this.url = parsed;
        Map<String, String> h = new LinkedHashMap<>();
        s.apiKey().ifPresent(key -> h.put("Authorization", "Bearer " + key));
        this.headers = JsonHttp.headers(h);
        this.defaultModel = s.model().orElseThrow(() -> new IllegalArgumentException("model is required"));
        this.keepAlive = b.keepAlive;
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
        ObjectNode body = JsonHttp.MAPPER.createObjectNode();
        body.put("model", request.model().orElse(defaultModel));
        ArrayNode messages = body.putArray("messages");
        for (LlmMessage m : request.messages()) {
            messages.addObject().put("role", JsonHttp.lower(m.role().name())).put("content", m.text());
        }
        body.put("stream", false);
        request.jsonSchema().ifPresent(schema -> body.set("format", http.schema(schema, OPERATION)));
        ObjectNode options = body.putObject("options");
        request.temperature().ifPresent(t -> options.put("temperature", t));
        options.put("num_predict", request.maxTokens());
        if (keepAlive != null) {
            body.put("keep_alive", keepAlive);
        }
        JsonNode json = http.post(url, headers, body, request.timeout(), OPERATION, OllamaClient::readError);
        if (!json.path("done").asBoolean(true)) {
            throw new RetriableException("answer was not complete (done=false)", http.system(), OPERATION, null);
        }
        String model = JsonHttp.text(json, "model");
        return LlmResponse.builder()
                .text(JsonHttp.text(json, "message", "content"))
                .model(model.isEmpty() ? request.model().orElse(defaultModel) : model)
                .inputTokens(json.path("prompt_eval_count").asInt(0))
                .outputTokens(json.path("eval_count").asInt(0))
                .finishReason(finish(JsonHttp.text(json, "done_reason")))
                .latency(Duration.ZERO)
                .build();
    }

    private static FinishReason finish(String reason) {
        switch (reason) {
            case "":
            case "stop":
                return FinishReason.STOP;
            case "length":
                return FinishReason.LENGTH;
            default:
                return FinishReason.OTHER;
        }
    }

    /** Ollama's errors are free text; only a recognised kind is kept, never the text itself. */
    static JsonHttp.ErrorReading readError(int status, JsonNode json) {
        if (json == null) {
            return new JsonHttp.ErrorReading("", false);
        }
        String error = JsonHttp.lower(JsonHttp.text(json, "error"));
        String kind;
        if (error.contains("not found")) {
            kind = "model not found";
        } else if (error.contains("queue") || error.contains("busy") || error.contains("overloaded")) {
            kind = "server busy";
        } else if (error.contains("context") && error.contains("length")) {
            kind = "context length exceeded";
        } else {
            kind = error.isEmpty() ? "" : "error";
        }
        return new JsonHttp.ErrorReading(kind, false);
    }

    @Override
    public String toString() {
        return "OllamaClient[" + endpoint.describe() + ", model=" + defaultModel + "]";
    }

    /** Builds an {@link OllamaClient}. Required: model. A local Ollama is usually BAA-free: it never leaves the machine. */
    public static final class Builder extends LlmClientBuilder<Builder> {
        private String keepAlive;

        private Builder() {
            super("ollama", "http://localhost:11434");
        }

        /** How long the server keeps the model loaded ("5m", "0"); server default when unset. */
        public Builder keepAlive(String keepAlive) {
            this.keepAlive = Objects.requireNonNull(keepAlive, "keepAlive == null");
            return this;
        }

        public OllamaClient build() {
            return new OllamaClient(this, settings());
        }
    }
}
