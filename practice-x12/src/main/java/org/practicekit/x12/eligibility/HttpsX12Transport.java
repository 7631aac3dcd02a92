package org.practicekit.x12.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.practicekit.core.RetriableException;
import org.practicekit.core.StatusFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raw X12 over HTTPS: POSTs the interchange as the request body ({@code application/EDI-X12}) and
 * reads the answer from the response body, the way many clearinghouses take real-time 270s. Built on
 * the JDK's {@link HttpClient}; pass your own client to share its connections. Statuses map through
 * {@link StatusFailures} (Retry-After kept); timeouts and dropped connections are retriable. Plain
 * {@code http} is accepted only for loopback addresses (a local stand-in in tests and demos).
 *
 * <p>Headers (an API key, a bearer token) are sent as given and never logged. Thread-safe. The JDK
 * client keeps one selector thread for its connections while it lives; pass the application's own
 * client ({@link Builder#httpClient}) to share that thread and its connection pool.
 */
public final class HttpsX12Transport implements X12Transport {
    private static final Logger LOG = LoggerFactory.getLogger(HttpsX12Transport.class);
    private static final int MAX_ANSWER_BYTES = 4 * 1024 * 1024;
    private static final String OPERATION = "270/271 exchange";

    private final URI endpoint;
    private final Map<String, String> headers;
    private final HttpClient http;
    private final String system;

    private HttpsX12Transport(Builder b) {
        this.endpoint = Objects.requireNonNull(b.endpoint, "endpoint == null");
        boolean loopback = "localhost".equals(endpoint.getHost()) || "127.0.0.1".equals(endpoint.getHost())
                || "[::1]".equals(endpoint.getHost());
        if (!"https".equals(endpoint.getScheme()) && !("http".equals(endpoint.getScheme()) && loopback)) {
            throw new IllegalArgumentException("endpoint must be an https URL (http only on loopback)");
        }
        this.headers = Map.copyOf(b.headers);
        this.http = b.http != null ? b.http : HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.system = "clearinghouse:" + endpoint.getScheme() + "://" + endpoint.getHost()
                + (endpoint.getPort() > 0 ? ":" + endpoint.getPort() : "") + endpoint.getPath();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String system() {
        return system;
    }

    @Override
    public byte[] exchange(byte[] interchange, Duration timeout) {
        Objects.requireNonNull(interchange, "interchange == null");
        Objects.requireNonNull(timeout, "timeout == null");
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/EDI-X12").header("Accept", "application/EDI-X12, text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(interchange));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] answer = body.readNBytes(MAX_ANSWER_BYTES + 1);
                int status = response.statusCode();
                if (status < 200 || status > 299) {
                    LOG.debug("{} {}: HTTP {}", system, OPERATION, status);
                    throw StatusFailures.forStatus(system, OPERATION, status, "",
                            StatusFailures.retryAfter(response.headers().firstValue("Retry-After").orElse(null),
                                    Instant.now()).orElse(null));
                }
                if (answer.length > MAX_ANSWER_BYTES) {
                    throw new RetriableException("answer larger than " + MAX_ANSWER_BYTES + " bytes", system, OPERATION, null);
                }
                return answer;
            }
        } catch (HttpTimeoutException e) {
            throw new RetriableException("no answer within " + timeout.toMillis() + " ms", system, OPERATION, null);
        } catch (IOException e) {
            throw new RetriableException("connection failed (" + e.getClass().getSimpleName() + ")", system, OPERATION, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetriableException("interrupted while waiting for the answer", system, OPERATION, null);
        }
    }

    @Override
    public String toString() {
        return "HttpsX12Transport[" + system + "]";
    }

    /** Builds an {@link HttpsX12Transport}. Required: endpoint. Default connect timeout 5 s. */
    public static final class Builder {
        private URI endpoint;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpClient http;
        private Duration connectTimeout = Duration.ofSeconds(5);

        private Builder() {
        }

        /** Where 270s are POSTed, e.g. {@code https://x12.clearinghouse.example/realtime}. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
            return this;
        }

        /** A header sent with every request, e.g. the clearinghouse's API key. Never logged. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /** The JDK client to use (its connect timeout then applies); by default one of its own. */
        public Builder httpClient(HttpClient http) {
            this.http = Objects.requireNonNull(http, "http == null");
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout == null");
            return this;
        }

        public HttpsX12Transport build() {
            return new HttpsX12Transport(this);
        }
    }
}
