package org.practicekit.fhir.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.StatusFailures;

/**
 * SMART Backend Services authorization: the client-credentials grant with a {@code private_key_jwt}
 * client assertion, signed RS384 (RSA key) or ES384 (EC P-384 key) with the JDK's own crypto. The
 * access token is cached and reused until {@link Builder#refreshBefore(Duration)} before it expires;
 * a 401 from the EHR drops it.
 *
 * <p>Thread-safe: concurrent requests share one token and at most one token request runs at a time.
 * The private key, assertion and token never appear in logs, messages or {@code toString()}. Token
 * endpoint failures map like every HTTP failure in PracticeKit: 5xx, 408, 429 and network errors are
 * {@link RetriableException}, other 4xx (e.g. {@code invalid_client}) {@link NonRetriableException}.
 */
public final class SmartBackendServicesAuth implements FhirAuth {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final String tokenEndpoint;
    private final String clientId;
    private final PrivateKey privateKey;
    private final String keyId;
    private final String scope;
    private final Clock clock;
    private final Duration refreshBefore;
    private final Duration assertionLifetime;
    private final OkHttpClient http;
    private final String algorithm;
    private final String system;

    private final Object lock = new Object();
    private String accessToken;
    private Instant renewAt = Instant.MIN;

    private SmartBackendServicesAuth(Builder b) {
        this.tokenEndpoint = Objects.requireNonNull(b.tokenEndpoint, "tokenEndpoint == null");
        this.clientId = Objects.requireNonNull(b.clientId, "clientId == null");
        this.privateKey = Objects.requireNonNull(b.privateKey, "privateKey == null");
        this.keyId = Objects.requireNonNull(b.keyId, "keyId == null");
        this.scope = Objects.requireNonNull(b.scope, "scope == null");
        this.clock = b.clock;
        this.refreshBefore = b.refreshBefore;
        this.assertionLifetime = b.assertionLifetime;
        this.http = b.http != null ? b.http : new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30)).build();
        this.algorithm = algorithmFor(privateKey);
        this.system = "smart:" + tokenEndpoint;
        if (okhttp3.HttpUrl.parse(tokenEndpoint) == null) {
            throw new IllegalArgumentException("tokenEndpoint is not an http(s) URL");
        }
    }

    private static String algorithmFor(PrivateKey key) {
        if (key instanceof RSAPrivateKey) {
            if (((RSAPrivateKey) key).getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("RS384 needs an RSA key of at least 2048 bits");
            }
            return "RS384";
        }
        if (key instanceof ECPrivateKey) {
            if (((ECPrivateKey) key).getParams().getCurve().getField().getFieldSize() != 384) {
                throw new IllegalArgumentException("ES384 needs an EC key on curve P-384");
            }
            return "ES384";
        }
        throw new IllegalArgumentException("the private key must be RSA (RS384) or EC P-384 (ES384)");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** "RS384" or "ES384", chosen by the key type. */
    public String algorithm() {
        return algorithm;
    }

    @Override
    public Optional<String> authorization() {
        synchronized (lock) {
            Instant now = clock.instant();
            if (accessToken == null || !now.isBefore(renewAt)) {
                requestToken(now);
            }
            return Optional.of("Bearer " + accessToken);
        }
    }

    @Override
    public void rejected() {
        synchronized (lock) {
            accessToken = null;
            renewAt = Instant.MIN;
        }
    }

    private void requestToken(Instant now) {
        String assertion = clientAssertion(now);
        Request request = new Request.Builder().url(tokenEndpoint)
                .header("Accept", "application/json")
                .post(new FormBody.Builder()
                        .add("grant_type", "client_credentials")
                        .add("scope", scope)
                        .add("client_assertion_type", ASSERTION_TYPE)
                        .add("client_assertion", assertion)
                        .build())
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw StatusFailures.forStatus(system, "token request", response.code(), oauthError(text), null);
            }
            JsonNode json = parse(text);
            String token = json.path("access_token").asText("");
            if (token.isBlank()) {
                throw new NonRetriableException("token response has no access_token", system, "token request", null);
            }
            if (!"bearer".equalsIgnoreCase(json.path("token_type").asText("bearer"))) {
                throw new NonRetriableException("token_type is not bearer", system, "token request", null);
            }
            long expiresIn = json.path("expires_in").asLong(300);
            Duration life = Duration.ofSeconds(Math.max(1, expiresIn));
            // A token shorter-lived than twice the margin would be renewed on every request: use half its life.
            Duration margin = life.compareTo(refreshBefore.multipliedBy(2)) < 0 ? life.dividedBy(2) : refreshBefore;
            accessToken = token;
            renewAt = now.plus(life).minus(margin);
        } catch (IOException e) {
            throw new RetriableException("token endpoint unreachable (" + e.getClass().getSimpleName() + ")", system,
                    "token request", null);
        }
    }

    private JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new NonRetriableException("token response is not JSON", system, "token request", null);
        }
    }

    /** The OAuth error code only ("invalid_client"): descriptions may echo request data. */
    private static String oauthError(String text) {
        try {
            String code = JSON.readTree(text).path("error").asText("");
            return code.matches("[a-z_]{1,64}") ? code : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The signed JWT client assertion, valid for {@code assertionLifetime} from {@code now}. */
    String clientAssertion(Instant now) {
        ObjectNode header = JSON.createObjectNode().put("alg", algorithm).put("kid", keyId).put("typ", "JWT");
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", clientId)
                .put("sub", clientId)
                .put("aud", tokenEndpoint)
                .put("exp", now.plus(assertionLifetime).getEpochSecond())
                .put("jti", UUID.randomUUID().toString());
        String signingInput = B64URL.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            // JOSE wants ECDSA signatures as R||S, which is the JDK's P1363 format, not DER.
            Signature signer = Signature.getInstance(
                    algorithm.equals("RS384") ? "SHA384withRSA" : "SHA384withECDSAinP1363Format");
            signer.initSign(privateKey);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new PracticeKitException("cannot sign the client assertion (" + e.getClass().getSimpleName() + ")",
                    system, "token request", null);
        }
    }

    /** Shows the endpoint, client id and algorithm; never the key or a token. */
    @Override
    public String toString() {
        return "SmartBackendServicesAuth[" + tokenEndpoint + ", client=" + clientId + ", " + algorithm + "]";
    }

    /**
     * Builds a {@link SmartBackendServicesAuth}. Required: tokenEndpoint, clientId, privateKey, keyId,
     * scope. Defaults: system clock, refresh 60 s before expiry, assertions valid 5 minutes.
     */
    public static final class Builder {
        private String tokenEndpoint;
        private String clientId;
        private PrivateKey privateKey;
        private String keyId;
        private String scope;
        private Clock clock = Clock.systemUTC();
        private Duration refreshBefore = Duration.ofSeconds(60);
        private Duration assertionLifetime = Duration.ofMinutes(5);
        private OkHttpClient http;

        private Builder() {
        }

        /** The authorization server's token URL (from the EHR's .well-known/smart-configuration). */
        public Builder tokenEndpoint(String url) {
            this.tokenEndpoint = Objects.requireNonNull(url, "url == null");
            return this;
        }

        /** The client id the EHR registered for this practice's PracticeKit. */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId == null");
            return this;
        }

        /** The private key whose public half the EHR holds (JWKS); RSA ≥ 2048 bits or EC P-384. */
        public Builder privateKey(PrivateKey privateKey) {
            this.privateKey = Objects.requireNonNull(privateKey, "privateKey == null");
            return this;
        }

        /** The {@code kid} of the key in the registered JWKS. */
        public Builder keyId(String keyId) {
            this.keyId = Objects.requireNonNull(keyId, "keyId == null");
            return this;
        }

        /** Requested scopes, e.g. {@code "system/Patient.cruds system/Coverage.cruds"}. */
        public Builder scope(String scope) {
            this.scope = Objects.requireNonNull(scope, "scope == null");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** How long before expiry a cached token is replaced. */
        public Builder refreshBefore(Duration refreshBefore) {
            Objects.requireNonNull(refreshBefore, "refreshBefore == null");
            if (refreshBefore.isNegative()) {
                throw new IllegalArgumentException("refreshBefore is negative");
            }
            this.refreshBefore = refreshBefore;
            return this;
        }

        /** Lifetime of each client assertion; SMART allows at most 5 minutes. */
        public Builder assertionLifetime(Duration lifetime) {
            Objects.requireNonNull(lifetime, "lifetime == null");
            if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("assertionLifetime must be in (0, 5 minutes]");
            }
            this.assertionLifetime = lifetime;
            return this;
        }

        /** The HTTP client for token requests (default: its own, 10 s connect and 30 s read timeouts). */
        public Builder httpClient(OkHttpClient http) {
            this.http = Objects.requireNonNull(http, "http == null");
            return this;
        }

        /** @throws IllegalArgumentException when the key is neither RSA ≥ 2048 nor EC P-384 */
        public SmartBackendServicesAuth build() {
            return new SmartBackendServicesAuth(this);
        }
    }
}
