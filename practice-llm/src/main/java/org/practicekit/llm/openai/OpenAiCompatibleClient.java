package org.practicekit.llm.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.practicekit.core.NonRetriableException;
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
 * {@code POST {baseUrl}/chat/completions} in the OpenAI wire format. Works with OpenAI (default
 * base URL {@code https://api.openai.com/v1}), Azure OpenAI ({@link Builder#azure(String)}: an
 * {@code api-key} header and an {@code api-version} parameter on a deployment URL), and servers
 * that speak the same format (vLLM, LM Studio, Ollama's {@code /v1}; use
 * {@link TokenLimitField#MAX_TOKENS} for them). A request with a JSON schema is sent with
 * {@code response_format: json_schema}. A 429 whose code is {@code insufficient_quota} is not
 * retried. Thread-safe.
 */
public final class OpenAiCompatibleClient extends LlmClient {
    private static final String OPERATION = "chat completion";

    /** Which request field carries the token limit. */
    public enum TokenLimitField {
        /** {@code max_completion_tokens}: current OpenAI models (reasoning models reject the other). */
        MAX_COMPLETION_TOKENS("max_completion_tokens"),
        /** {@code max_tokens}: vLLM, LM Studio, Ollama {@code /v1} and older deployments. */
        MAX_TOKENS("max_tokens");

        private final String field;

        TokenLimitField(String field) {
            this.field = field;
        }
    }

    private final LlmEndpoint endpoint;
    private final JsonHttp http;
    private final HttpUrl url;
    private final Headers headers;
    private final String defaultModel;
    private final TokenLimitField tokenLimitField;
    private final boolean strictSchema;

    private OpenAiCompatibleClient(Builder b, Settings s) {
        super(s.retryPolicy(), s.listeners());
        this.endpoint = s.endpoint();
        this.http = new JsonHttp(JsonHttp.client(s.httpClient().orElse(null), s.connectTimeout(), s.readTimeout(),
                s.readTimeout()), "openai-compatible:" + endpoint.describe());
        HttpUrl base = HttpUrl.parse(endpoint.baseUrl() + "/chat/completions");
        if (base == null) {
            throw new IllegalArgumentException("baseUrl is not an http(s) URL");
        }
        this.url = b.azureApiVersion == null ? base
                : base.newBuilder().addQueryParameter("api-version", b.azureApiVersion).build();
        Map<String, String> h = new LinkedHashMap<>();
        s.apiKey().ifPresent(key -> {
            if (b.azureApiVersion != null) {
                h.put("api-key", key);
            } else {
                h.put("Authorization", "Bearer " + key);
            }
        });
        if (b.organization != null) {
            h.put("OpenAI-Organization", b.organization);
        }
        if (b.project != null) {
            h.put("OpenAI-Project", b.project);
        }
        this.headers = JsonHttp.headers(h);
        this.defaultModel = s.model().orElse(b.azureApiVersion != null ? "azure-deployment" : "");
        if (defaultModel.isEmpty()) {
            throw new IllegalArgumentException("model is required");
        }
        this.tokenLimitField = b.tokenLimitField;
        this.strictSchema = b.strictSchema;
    }

    /** A builder for OpenAI itself; change the base URL for other compatible servers. */
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
        request.temperature().ifPresent(t -> body.put("temperature", t));
        body.put(tokenLimitField.field, request.maxTokens());
        request.jsonSchema().ifPresent(schema -> {
            ObjectNode format = body.putObject("response_format");
            format.put("type", "json_schema");
            ObjectNode js = format.putObject("json_schema");
            js.put("name", "response");
            js.put("strict", strictSchema);
            js.set("schema", http.schema(schema, OPERATION));
        });
        JsonNode json = http.post(url, headers, body, request.timeout(), OPERATION, OpenAiCompatibleClient::readError);

        JsonNode choice = json.path("choices").path(0);
        if (choice.isMissingNode()) {
            throw new NonRetriableException("response has no choices", http.system(), OPERATION, null);
        }
        JsonNode message = choice.path("message");
        String content = JsonHttp.text(message, "content");
        boolean refused = !JsonHttp.text(message, "refusal").isEmpty();
        FinishReason finish = refused ? FinishReason.CONTENT_FILTER : finish(JsonHttp.text(choice, "finish_reason"));
        return LlmResponse.builder()
                .text(refused ? "" : content)
                .model(JsonHttp.text(json, "model").isEmpty() ? request.model().orElse(defaultModel)
                        : JsonHttp.text(json, "model"))
                .inputTokens(json.path("usage").path("prompt_tokens").asInt(0))
                .outputTokens(json.path("usage").path("completion_tokens").asInt(0))
                .finishReason(finish)
                .latency(Duration.ZERO)
                .build();
    }

    private static FinishReason finish(String reason) {
        switch (reason) {
            case "stop": return FinishReason.STOP;
            case "length": return FinishReason.LENGTH;
            case "content_filter": return FinishReason.CONTENT_FILTER;
            default: return FinishReason.OTHER;
        }
    }

    static JsonHttp.ErrorReading readError(int status, JsonNode json) {
        if (json == null) {
            return new JsonHttp.ErrorReading("", false);
        }
        String type = JsonHttp.text(json, "error", "type");
        String code = JsonHttp.text(json, "error", "code");
        boolean quota = "insufficient_quota".equals(code) || "insufficient_quota".equals(type)
                || "billing_hard_limit_reached".equals(code);
        String reason = code.isEmpty() || code.equals(type) ? type : type.isEmpty() ? code : type + "/" + code;
        return new JsonHttp.ErrorReading(reason, quota);
    }

    @Override
    public String toString() {
        return "OpenAiCompatibleClient[" + endpoint.describe() + ", model=" + defaultModel + "]";
    }

    /** Builds an {@link OpenAiCompatibleClient}. Required: model (except for Azure, where the deployment decides). */
    public static final class Builder extends LlmClientBuilder<Builder> {
        private String azureApiVersion;
        private String organization;
        private String project;
        private TokenLimitField tokenLimitField = TokenLimitField.MAX_COMPLETION_TOKENS;
        private boolean strictSchema = true;

        private Builder() {
            super("openai", "https://api.openai.com/v1");
        }

        /**
         * Azure OpenAI: the base URL is the deployment
         * ({@code https://{resource}.openai.azure.com/openai/deployments/{deployment}}), the key goes in
         * the {@code api-key} header and {@code apiVersion} (e.g. "2024-10-21") in the query.
         */
        public Builder azure(String apiVersion) {
            this.azureApiVersion = Objects.requireNonNull(apiVersion, "apiVersion == null");
            return this;
        }

        /** Sent as {@code OpenAI-Organization}. */
        public Builder organization(String organization) {
            this.organization = Objects.requireNonNull(organization, "organization == null");
            return this;
        }

        /** Sent as {@code OpenAI-Project}. */
        public Builder project(String project) {
            this.project = Objects.requireNonNull(project, "project == null");
            return this;
        }

        /** Which field carries the token limit; default {@code max_completion_tokens}. */
        public Builder tokenLimitField(TokenLimitField field) {
            this.tokenLimitField = Objects.requireNonNull(field, "field == null");
            return this;
        }

        /** Whether JSON schemas are sent with {@code strict: true} (the default; needs additionalProperties false). */
        public Builder strictSchema(boolean strict) {
            this.strictSchema = strict;
            return this;
        }

        public OpenAiCompatibleClient build() {
            return new OpenAiCompatibleClient(this, settings());
        }
    }
}
