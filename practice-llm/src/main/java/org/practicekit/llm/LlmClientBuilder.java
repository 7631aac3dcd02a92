package org.practicekit.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Settings every HTTP adapter's builder shares: endpoint name and base URL, API key, default model,
 * whether a BAA covers the endpoint (default false), timeouts, retries and listeners. Adapter
 * builders extend it; {@code build()} lives on the adapter's builder.
 *
 * @param <B> the concrete builder, returned by each setter
 */
public abstract class LlmClientBuilder<B extends LlmClientBuilder<B>> {
    private String name;
    private String baseUrl;
    private String apiKey;
    private String model;
    private boolean baaCovered;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(120);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final List<LlmListener> listeners = new ArrayList<>();
    private OkHttpClient httpClient;

    protected LlmClientBuilder(String defaultName, String defaultBaseUrl) {
        this.name = defaultName;
        this.baseUrl = defaultBaseUrl;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Short endpoint name for audit records and errors ("openai", "azure-east", "local-ollama"). */
    public B name(String name) {
        this.name = Objects.requireNonNull(name, "name == null");
        return self();
    }

    /** Base URL without credentials (each adapter documents what it appends). */
    public B baseUrl(String baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
        return self();
    }

    /** The API key; never logged, never in exception messages or toString. */
    public B apiKey(String apiKey) {
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey == null");
        return self();
    }

    /** The model used when a request names none. */
    public B model(String model) {
        this.model = Objects.requireNonNull(model, "model == null");
        return self();
    }

    /** True only when the practice has a signed BAA covering this endpoint. Default false. */
    public B baaCovered(boolean baaCovered) {
        this.baaCovered = baaCovered;
        return self();
    }

    /** Default 10 s. */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return self();
    }

    /** Longest silence while reading the answer; default 120 s. The request's own timeout bounds the whole call. */
    public B readTimeout(Duration readTimeout) {
        this.readTimeout = positive(readTimeout, "readTimeout");
        return self();
    }

    /** Retries after the first attempt (default 2), keeping the rest of the retry policy. */
    public B maxRetries(int maxRetries) {
        this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
        return self();
    }

    /** The whole retry policy (backoff, total wait, sleeper). */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
        return self();
    }

    public B addListener(LlmListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener == null"));
        return self();
    }

    /** An OkHttp client to share connection pools with; its timeouts are replaced by this builder's. */
    public B httpClient(OkHttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
        return self();
    }

    /** The resolved settings, for the adapter's constructor. */
    protected Settings settings() {
        String url = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new Settings(new LlmEndpoint(name, url, baaCovered), apiKey, model, connectTimeout, readTimeout,
                retryPolicy, List.copyOf(listeners), httpClient);
    }

    /** What a builder resolved: read by adapter constructors (ours and vendors'). The key is never printed. */
    public static final class Settings {
        private final LlmEndpoint endpoint;
        private final String apiKey;
        private final String model;
        private final Duration connectTimeout;
        private final Duration readTimeout;
        private final RetryPolicy retryPolicy;
        private final List<LlmListener> listeners;
        private final OkHttpClient httpClient;

        Settings(LlmEndpoint endpoint, String apiKey, String model, Duration connectTimeout, Duration readTimeout,
                RetryPolicy retryPolicy, List<LlmListener> listeners, OkHttpClient httpClient) {
            this.endpoint = endpoint;
            this.apiKey = apiKey;
            this.model = model;
            this.connectTimeout = connectTimeout;
            this.readTimeout = readTimeout;
            this.retryPolicy = retryPolicy;
            this.listeners = listeners;
            this.httpClient = httpClient;
        }

        public LlmEndpoint endpoint() {
            return endpoint;
        }

        public Optional<String> apiKey() {
            return Optional.ofNullable(apiKey);
        }

        public Optional<String> model() {
            return Optional.ofNullable(model);
        }

        public Duration connectTimeout() {
            return connectTimeout;
        }

        public Duration readTimeout() {
            return readTimeout;
        }

        public RetryPolicy retryPolicy() {
            return retryPolicy;
        }

        public List<LlmListener> listeners() {
            return listeners;
        }

        public Optional<OkHttpClient> httpClient() {
            return Optional.ofNullable(httpClient);
        }

        @Override
        public String toString() {
            return "Settings[" + endpoint.describe() + ", model=" + model + ", key " + (apiKey == null ? "absent" : "set")
                    + "]";
        }
    }

    private static Duration positive(Duration d, String what) {
        Objects.requireNonNull(d, what + " == null");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
        return d;
    }
}
