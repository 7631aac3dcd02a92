package org.practicekit.llm.phi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.llm.RetryPolicy;
import org.practicekit.llm.internal.JsonHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for a Presidio analyzer server ({@code /analyze}, {@code /recognizers},
 * {@code /supportedentities}, {@code /health}) on OkHttp and Jackson, usable as a
 * {@link PhiDetector} alone or in a {@link CompositePhiDetector} with the in-process detector.
 *
 * <ul>
 *   <li>Presidio reports Unicode code-point offsets; they are converted to Java string offsets, so
 *       an emoji before a name does not shift the redaction.</li>
 *   <li>The client's known identifiers travel as an ad-hoc deny-list recognizer per category, so
 *       names that NER misses are still found (and the values stay inside the Presidio call).</li>
 *   <li>Entity types are mapped to {@link PhiCategory} ({@code PHONE_NUMBER} to {@code PHONE},
 *       {@code DATE_TIME} to {@code DATE}, …); unknown fields in answers are ignored.</li>
 *   <li>Presidio answers 500 for caller mistakes (no text, unsupported language), so a 500 is never
 *       retried; dropped connections, timeouts and 502/503/504 are, under the {@link RetryPolicy}.</li>
 * </ul>
 *
 * <p>The text sent to Presidio is PHI: run the server inside the practice's own boundary. Never
 * logs text or findings. Thread-safe.
 */
public final class PresidioPhiDetector implements PhiDetector {
    private static final Logger LOG = LoggerFactory.getLogger(PresidioPhiDetector.class);

    private final JsonHttp http;
    private final HttpUrl base;
    private final String language;
    private final double scoreThreshold;
    private final List<String> entities;
    private final KnownIdentifiers known;
    private final Duration callTimeout;
    private final RetryPolicy retryPolicy;

    private PresidioPhiDetector(Builder b) {
        HttpUrl parsed = HttpUrl.parse(b.baseUrl);
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl is not an http(s) URL");
        }
        this.base = parsed;
        this.http = new JsonHttp(JsonHttp.client(b.httpClient, b.connectTimeout, b.readTimeout, b.readTimeout),
                "presidio:" + parsed.scheme() + "://" + parsed.host() + ":" + parsed.port());
        this.language = b.language;
        this.scoreThreshold = b.scoreThreshold;
        this.entities = List.copyOf(b.entities);
        this.known = b.known;
        this.callTimeout = b.callTimeout;
        this.retryPolicy = b.retryPolicy;
    }

    /** A builder for the analyzer at {@code baseUrl} (e.g. "http://localhost:5002"). */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    @Override
    public List<PhiSpan> detect(String text) {
        return detect(text, known);
    }

    /** Detects PHI in {@code text}, with {@code known} (in addition to the builder's) as a deny-list. */
    public List<PhiSpan> detect(String text, KnownIdentifiers known) {
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(known, "known == null");
        if (text.isBlank()) {
            return List.of(); // Presidio answers 500 "No text provided"
        }
        ObjectNode body = JsonHttp.MAPPER.createObjectNode();
        body.put("text", text);
        body.put("language", language);
        body.put("score_threshold", scoreThreshold);
        if (!entities.isEmpty()) {
            ArrayNode e = body.putArray("entities");
            entities.forEach(e::add);
        }
        KnownIdentifiers all = known == this.known ? known : this.known.toBuilder().addAll(known).build();
        Map<String, List<String>> deny = all.valuesByCategory();
        if (!deny.isEmpty()) {
            ArrayNode recognizers = body.putArray("ad_hoc_recognizers");
            deny.forEach((category, values) -> {
                ObjectNode r = recognizers.addObject();
                r.put("name", "practicekit_known_" + category.toLowerCase(Locale.ROOT));
                r.put("supported_language", language);
                r.put("supported_entity", category);
                ArrayNode list = r.putArray("deny_list");
                values.forEach(list::add);
                r.put("deny_list_score", 1.0);
            });
        }
        JsonNode json = withRetries("analyze", () -> http.post(base.newBuilder().addPathSegment("analyze").build(),
                Headers.of(), body, callTimeout, "analyze", PresidioPhiDetector::readError));
        if (!json.isArray()) {
            throw new NonRetriableException("analyze answer is not a list", http.system(), "analyze", null);
        }
        int codePoints = text.codePointCount(0, text.length());
        boolean astral = codePoints != text.length();
        List<PhiSpan> out = new ArrayList<>();
        for (JsonNode r : json) {
            int start = r.path("start").asInt(-1);
            int end = r.path("end").asInt(-1);
            double score = Math.max(0, Math.min(1, r.path("score").asDouble(0)));
            if (start < 0 || end <= start || end > codePoints) {
                throw new NonRetriableException("analyze answer has a span outside the text", http.system(), "analyze",
                        null);
            }
            if (astral) {
                int s = text.offsetByCodePoints(0, start);
                end = text.offsetByCodePoints(s, end - start);
                start = s;
            }
            out.add(new PhiSpan(start, end, category(JsonHttp.text(r, "entity_type")), score));
        }
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return out;
    }

    /** Names of the recognizers the server runs for the configured language. */
    public List<String> recognizers() {
        return strings("recognizers");
    }

    /** Entity types the server can report for the configured language. */
    public List<String> supportedEntities() {
        return strings("supportedentities");
    }

    /** True when {@code /health} answers 200; false when the server is down or unhealthy. */
    public boolean isHealthy() {
        try {
            http.getText(base.newBuilder().addPathSegment("health").build(), Headers.of(), callTimeout, "health");
            return true;
        } catch (PracticeKitException e) {
            LOG.debug("{} health check failed: {}", http.system(), e.getMessage());
            return false;
        }
    }

    private List<String> strings(String path) {
        HttpUrl url = base.newBuilder().addPathSegment(path).addQueryParameter("language", language).build();
        JsonNode json = withRetries(path, () -> http.get(url, Headers.of(), callTimeout, path,
                PresidioPhiDetector::readError));
        List<String> out = new ArrayList<>();
        json.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private JsonNode withRetries(String operation, java.util.function.Supplier<JsonNode> call) {
        long waited = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RetriableException e) {
                if (attempt > retryPolicy.maxRetries()) {
                    throw e;
                }
                Duration delay = retryPolicy.delayBefore(attempt, e.retryAfter().orElse(null));
                if (waited + delay.toMillis() > retryPolicy.maxTotalWait().toMillis()) {
                    throw e;
                }
                LOG.debug("{} {} failed ({}); retry {} in {} ms", http.system(), operation, e.getMessage(), attempt,
                        delay.toMillis());
                try {
                    retryPolicy.sleeper().sleep(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                waited += delay.toMillis();
            }
        }
    }

    /** Presidio's 500 covers caller mistakes: never retried. Messages are reduced to a known kind. */
    static JsonHttp.ErrorReading readError(int status, JsonNode json) {
        String error = json == null ? "" : JsonHttp.text(json, "error").toLowerCase(Locale.ROOT);
        String kind;
        if (error.contains("no text")) {
            kind = "no text provided";
        } else if (error.contains("no language")) {
            kind = "no language provided";
        } else if (error.contains("no matching recognizers")) {
            kind = "language not supported";
        } else if (error.contains("invalid") || status == 400) {
            kind = "invalid request";
        } else {
            kind = "";
        }
        return new JsonHttp.ErrorReading(kind, status == 500);
    }

    /** Presidio entity type to PracticeKit category; unknown types pass through unchanged. */
    static String category(String entity) {
        switch (entity) {
            case "PERSON": return PhiCategory.PERSON;
            case "LOCATION": case "GPE": case "FAC": return PhiCategory.LOCATION;
            case "DATE_TIME": case "DATE": return PhiCategory.DATE;
            case "PHONE_NUMBER": return PhiCategory.PHONE;
            case "EMAIL_ADDRESS": return PhiCategory.EMAIL;
            case "US_SSN": return PhiCategory.SSN;
            case "US_ITIN": return PhiCategory.ID;
            case "CREDIT_CARD": case "US_BANK_NUMBER": case "IBAN_CODE": case "ABA_ROUTING_NUMBER": case "CRYPTO":
                return PhiCategory.ACCOUNT;
            case "US_DRIVER_LICENSE": case "US_PASSPORT": case "MEDICAL_LICENSE": return PhiCategory.LICENSE;
            case "US_MBI": return PhiCategory.HEALTH_PLAN;
            case "IP_ADDRESS": return PhiCategory.IP;
            case "URL": return PhiCategory.URL;
            case "MAC_ADDRESS": return PhiCategory.DEVICE;
            default: return entity.isBlank() ? PhiCategory.ID : entity;
        }
    }

    @Override
    public String toString() {
        return "PresidioPhiDetector[" + http.system() + ", " + language + "]";
    }

    /** Builds a {@link PresidioPhiDetector}. Defaults: language "en", score threshold 0.4, 30 s calls, 2 retries. */
    public static final class Builder {
        private final String baseUrl;
        private String language = "en";
        private double scoreThreshold = 0.4;
        private final List<String> entities = new ArrayList<>();
        private KnownIdentifiers known = KnownIdentifiers.none();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private OkHttpClient httpClient;

        private Builder(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
        }

        /** ISO 639-1 language the server is configured for; default "en". */
        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language == null");
            return this;
        }

        /**
         * Results below this score are dropped by the server. The default 0.4 drops Presidio's weak
         * guesses (ICD-10 codes as driver's licenses at 0.3, "7/10" as a date at 0.1).
         */
        public Builder scoreThreshold(double scoreThreshold) {
            if (scoreThreshold < 0 || scoreThreshold > 1) {
                throw new IllegalArgumentException("scoreThreshold must be 0-1");
            }
            this.scoreThreshold = scoreThreshold;
            return this;
        }

        /** Restricts analysis to these Presidio entity types (all when none are given). */
        public Builder addEntity(String entity) {
            entities.add(Objects.requireNonNull(entity, "entity == null"));
            return this;
        }

        /** Identifiers sent as a deny-list with every request. */
        public Builder knownIdentifiers(KnownIdentifiers known) {
            this.known = Objects.requireNonNull(known, "known == null");
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout == null");
            return this;
        }

        /** Longest silence while reading; keep it above the server's worst NER time. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout == null");
            return this;
        }

        /** Wall-time limit of one call. */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout == null");
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
            return this;
        }

        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
            return this;
        }

        public PresidioPhiDetector build() {
            return new PresidioPhiDetector(this);
        }
    }
}
