package org.practicekit.llm.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
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
 * {@code POST {baseUrl}/v1/messages} (default base URL {@code https://api.anthropic.com}). The
 * {@code anthropic-version} header is pinned in configuration (default {@value #DEFAULT_VERSION}),
 * so a provider's new default never changes behaviour underneath a practice. System messages go in
 * the top-level {@code system} field; {@code temperature} is sent only when the request has one and
 * the builder allows it (newer API versions and models reject it); a JSON schema is sent as
 * {@code output_config.format}. A 529 overloaded answer is retried; a spend-limit 429 and billing
 * errors are not. Thread-safe.
 */
public final class AnthropicClient extends LlmClient {
    /** The API version sent unless the builder pins another. */
    public static final String DEFAULT_VERSION = "2023-06-01";

    private static final String OPERATION = "messages";

    private final LlmEndpoint endpoint;
    private final JsonHttp http;
    private final HttpUrl url;
    private final Headers headers;
    private final String defaultModel;
    private final boolean sendTemperature;

    private AnthropicClient(Builder b, Settings s) {
        super(s.retryPolicy(), s.listeners());
        this.endpoint = s.endpoint();
        this.http = new JsonHttp(JsonHttp.client(s.httpClient().orElse(null), s.connectTimeout(), s.readTimeout(),
                s.readTimeout()), "anthropic:" + endpoint.describe());
        HttpUrl parsed = HttpUrl.parse(endpoint.baseUrl() + "/v1/messages");
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl is not an http(s) URL");
        }
        this.url = parsed;
        Map<String, String> h = new LinkedHashMap<>();
        s.apiKey().ifPresent(key -> h.put("x-api-key", key));
        h.put("anthropic-version", b.version);
        if (b.beta != null) {
            h.put("anthropic-beta", b.beta);
        }
        this.headers = JsonHttp.headers(h);
        this.defaultModel = s.model().orElseThrow(() -> new IllegalArgumentException("model is required"));
        this.sendTemperature = b.sendTemperature == null ? DEFAULT_VERSION.equals(b.version) : b.sendTemperature;
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
        body.put("max_tokens", request.maxTokens());
        StringBuilder system = new StringBuilder();
        ArrayNode messages = JsonHttp.MAPPER.createArrayNode();
        for (LlmMessage m : request.messages()) {
            if (m.role() == LlmMessage.Role.SYSTEM) {
                if (system.length() > 0) {
                    system.append("\n\n");
                }
                system.append(m.text());
            } else {
                messages.addObject().put("role", JsonHttp.lower(m.role().name())).put("content", m.text());
            }
        }
        if (system.length() > 0) {
            body.put("system", system.toString());
        }
        body.set("messages", messages);
        if (sendTemperature) {
            request.temperature().ifPresent(t -> body.put("temperature", Math.min(t, 1.0)));
        }
        request.jsonSchema().ifPresent(schema -> {
            ObjectNode format = body.putObject("output_config").putObject("format");
            format.put("type", "json_schema");
            format.set("schema", http.schema(schema, OPERATION));
        });
        JsonNode json = http.post(url, headers, body, request.timeout(), OPERATION, AnthropicClient::readError);

        StringBuilder text = new StringBuilder();
        for (JsonNode block : json.path("content")) {
            if ("text".equals(JsonHttp.text(block, "type"))) {
                text.append(JsonHttp.text(block, "text"));
            }
        }
        String model = JsonHttp.text(json, "model");
        return LlmResponse.builder()
                .text(text.toString())
                .model(model.isEmpty() ? request.model().orElse(defaultModel) : model)
                .inputTokens(json.path("usage").path("input_tokens").asInt(0))
                .outputTokens(json.path("usage").path("output_tokens").asInt(0))
                .finishReason(finish(JsonHttp.text(json, "stop_reason")))
                .latency(Duration.ZERO)
                .build();
    }

    private static FinishReason finish(String reason) {
        switch (reason) {
            case "end_turn":
            case "stop_sequence":
                return FinishReason.STOP;
            case "max_tokens":
            case "model_context_window_exceeded":
                return FinishReason.LENGTH;
            case "refusal":
                return FinishReason.CONTENT_FILTER;
            default:
                return FinishReason.OTHER;
        }
    }

    static JsonHttp.ErrorReading readError(int status, JsonNode json) {
        if (json == null) {
            return new JsonHttp.ErrorReading("", false);
        }
        String type = JsonHttp.text(json, "error", "type");
        String detail = JsonHttp.text(json, "error", "details", "error_code");
        boolean spend = "enforced_spend_limit_reached".equals(detail) || "billing_error".equals(type);
        return new JsonHttp.ErrorReading(detail.isEmpty() ? type : type + "/" + detail, spend);
    }

    @Override
    public String toString() {
        return "AnthropicClient[" + endpoint.describe() + ", model=" + defaultModel + "]";
    }

    /** Builds an {@link AnthropicClient}. Required: model. */
    public static final class Builder extends LlmClientBuilder<Builder> {
        private String version = DEFAULT_VERSION;
        private String beta;
        private Boolean sendTemperature;

        private Builder() {
            super("anthropic", "https://api.anthropic.com");
        }

        /** The {@code anthropic-version} header to pin; default {@value AnthropicClient#DEFAULT_VERSION}. */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version == null");
            return this;
        }

        /** An {@code anthropic-beta} header value. */
        public Builder beta(String beta) {
            this.beta = Objects.requireNonNull(beta, "beta == null");
            return this;
        }

        /**
         * Whether a request's temperature is sent. Default: only with version
         * {@value AnthropicClient#DEFAULT_VERSION}; turn it off for models that reject it.
         */
        public Builder sendTemperature(boolean sendTemperature) {
            this.sendTemperature = sendTemperature;
            return this;
        }

        public AnthropicClient build() {
            return new AnthropicClient(this, settings());
        }
    }
}
