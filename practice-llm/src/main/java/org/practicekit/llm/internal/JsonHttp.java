package org.practicekit.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.StatusFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON-over-HTTP call with PracticeKit's failure mapping: statuses through {@link StatusFailures},
 * {@code X-Should-Retry}, {@code Retry-After-Ms} and {@code Retry-After}, timeouts and dropped
 * connections as retriable. Messages name the system, the operation and a sanitized error type or
 * code; never request or response bodies, never credentials.
 */
public final class JsonHttp {
    /** Shared mapper; unknown fields are ignored everywhere. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Logger LOG = LoggerFactory.getLogger(JsonHttp.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final long MAX_BODY = 8L * 1024 * 1024;

    /** A provider's reading of an error body: a short PHI-free reason, and whether it must not be retried. */
    public static final class ErrorReading {
        final String reason;
        final boolean neverRetry;

        public ErrorReading(String reason, boolean neverRetry) {
            this.reason = sanitize(reason);
            this.neverRetry = neverRetry;
        }
    }

    /** Reads a provider's error body (null when it was not JSON) for a failed status. */
    @FunctionalInterface
    public interface ErrorReader {
        ErrorReading read(int status, JsonNode body);
    }

    private final OkHttpClient http;
    private final String system;

    public JsonHttp(OkHttpClient http, String system) {
        this.http = http;
        this.system = system;
    }

    /** An OkHttp client with these timeouts, sharing the connection pool of {@code base} when given. */
    public static OkHttpClient client(OkHttpClient base, Duration connect, Duration read, Duration write) {
        OkHttpClient.Builder b = base == null ? new OkHttpClient.Builder() : base.newBuilder();
        return b.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(write.toMillis(), TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(false) // the SDK's retry policy decides, not OkHttp
                .build();
    }

    public String system() {
        return system;
    }

    /** POSTs {@code body} and returns the parsed JSON answer. */
    public JsonNode post(HttpUrl url, Headers headers, ObjectNode body, Duration callTimeout, String operation,
            ErrorReader errors) {
        byte[] bytes;
        try {
            bytes = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new NonRetriableException("request could not be encoded", system, operation, null);
        }
        Request request = new Request.Builder().url(url).headers(headers).post(RequestBody.create(bytes, JSON)).build();
        return execute(request, callTimeout, operation, errors);
    }

    /** GETs {@code url} and returns the parsed JSON answer. */
    public JsonNode get(HttpUrl url, Headers headers, Duration callTimeout, String operation,
            ErrorReader errors) {
        Request request = new Request.Builder().url(url).headers(headers).get().build();
        return execute(request, callTimeout, operation, errors);
    }

    /** GETs {@code url} and returns the body as text, mapping failures the same way. */
    public String getText(HttpUrl url, Headers headers, Duration callTimeout, String operation) {
        Request request = new Request.Builder().url(url).headers(headers).get().build();
        Call call = http.newCall(request);
        call.timeout().timeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            String text = readBody(response);
            if (!response.isSuccessful()) {
                throw failure(response, operation, parseOrNull(text), (status, j) -> new ErrorReading("", false));
            }
            return text;
        } catch (IOException e) {
            throw ioFailure(e, operation, callTimeout);
        }
    }

    private JsonNode execute(Request request, Duration callTimeout, String operation,
            ErrorReader errors) {
        Call call = http.newCall(request);
        call.timeout().timeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            String text = readBody(response);
            if (!response.isSuccessful()) {
                throw failure(response, operation, parseOrNull(text), errors);
            }
            JsonNode json = parseOrNull(text);
            if (json == null || !json.isContainerNode()) {
                LOG.debug("{} {}: HTTP {} with a body that is not complete JSON ({} chars)", system, operation,
                        response.code(), text.length());
                throw new RetriableException("response body is not complete JSON (HTTP " + response.code() + ")",
                        system, operation, null);
            }
            if (json.has("error") && !json.path("error").isNull()) {
                // A success status with an error object (Anthropic's {"type":"error"}, Ollama's {"error": ...},
                // an OpenAI-compatible gateway's {"error": {...}}) is a failure, never an empty answer.
                ErrorReading reading = errors.read(response.code(), json);
                LOG.debug("{} {}: HTTP {} carrying an error object {}", system, operation, response.code(), reading.reason);
                throw new NonRetriableException("HTTP " + response.code() + " with an error object in the body"
                        + (reading.reason.isEmpty() ? "" : ": " + reading.reason) + " (not retried)", system, operation, null);
            }
            return json;
        } catch (IOException e) {
            throw ioFailure(e, operation, callTimeout);
        }
    }

    private PracticeKitException ioFailure(IOException e, String operation, Duration callTimeout) {
        String what;
        if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException
                && "timeout".equals(e.getMessage()))) {
            what = "timed out (call limit " + callTimeout.toMillis() + " ms)";
        } else {
            what = "connection failed (" + e.getClass().getSimpleName() + ")";
        }
        LOG.debug("{} {}: {}", system, operation, what);
        return new RetriableException(what, system, operation, null);
    }

    private static String readBody(Response response) throws IOException {
        ResponseBody body = response.body();
        if (body == null) {
            return "";
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BODY)) {
            throw new IOException("response body larger than " + MAX_BODY + " bytes");
        }
        return source.getBuffer().readUtf8();
    }

    private static JsonNode parseOrNull(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private PracticeKitException failure(Response response, String operation, JsonNode json,
            ErrorReader errors) {
        int status = response.code();
        ErrorReading reading = errors.read(status, json);
        Duration retryAfter = retryAfter(response.headers());
        String shouldRetry = response.header("X-Should-Retry");
        LOG.debug("{} {}: HTTP {} {}", system, operation, status, reading.reason);
        String reason = reading.reason;
        if (reading.neverRetry || "false".equalsIgnoreCase(shouldRetry)) {
            return new NonRetriableException("HTTP " + status + (reason.isEmpty() ? "" : ": " + reason)
                    + " (not retried)", system, operation, null);
        }
        if ("true".equalsIgnoreCase(shouldRetry) && !StatusFailures.isRetriable(status)) {
            return new RetriableException("HTTP " + status + (reason.isEmpty() ? "" : ": " + reason), system,
                    operation, null, retryAfter);
        }
        return StatusFailures.forStatus(system, operation, status, reason, retryAfter);
    }

    /** {@code Retry-After-Ms}, else {@code Retry-After} in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(Headers headers) {
        String ms = headers.get("Retry-After-Ms");
        if (ms != null) {
            try {
                double v = Double.parseDouble(ms.trim());
                if (v >= 0) {
                    return Duration.ofMillis((long) v);
                }
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String ra = headers.get("Retry-After");
        if (ra == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(ra.trim());
            return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(ra.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    /** Text of a JSON field, or "" when missing or not a scalar. */
    public static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            if (n == null) {
                return "";
            }
            n = n.get(p);
        }
        return n == null || n.isNull() || n.isContainerNode() ? "" : n.asText();
    }

    /** Keeps only a short token of letters, digits, '_', '-', '.', ' ' (an error type or code, never free text). */
    public static String sanitize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 64; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                    || c == '.' || c == ' ') {
                sb.append(c);
            }
        }
        return sb.toString().trim();
    }

    /** Parses a JSON Schema given as text. */
    public JsonNode schema(String schema, String operation) {
        try {
            JsonNode node = MAPPER.readTree(schema);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException ignored) {
            // reported below without the schema text
        }
        throw new NonRetriableException("jsonSchema is not a JSON object", system, operation, null);
    }

    /** Headers from a map, for the adapters' fixed headers. */
    public static Headers headers(Map<String, String> values) {
        Headers.Builder b = new Headers.Builder();
        values.forEach(b::add);
        return b.build();
    }

    /** Lower-cased token for mapping finish reasons. */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
