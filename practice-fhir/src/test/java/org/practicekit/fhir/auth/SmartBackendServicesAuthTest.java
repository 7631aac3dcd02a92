package org.practicekit.fhir.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.testing.TestClock;

/** SMART Backend Services against MockWebServer as the authorization server's token endpoint. */
class SmartBackendServicesAuthTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCOPE = "system/Patient.cruds system/Appointment.cruds";

    private final MockWebServer tokenServer = new MockWebServer();
    private final TestClock clock = TestClock.at("2026-11-30T14:00:00Z");

    @BeforeEach
    void start() throws IOException {
        tokenServer.start();
    }

    @AfterEach
    void stop() throws IOException {
        tokenServer.shutdown();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static KeyPair ec384() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp384r1"));
        return g.generateKeyPair();
    }

    private SmartBackendServicesAuth auth(KeyPair keys) {
        return SmartBackendServicesAuth.builder().tokenEndpoint(tokenServer.url("/auth/token").toString())
                .clientId("practicekit-main-st").keyId("key-2026").privateKey(keys.getPrivate()).scope(SCOPE)
                .clock(clock).refreshBefore(Duration.ofSeconds(60)).build();
    }

    private static MockResponse token(String value, long expiresIn) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"access_token\":\"" + value
                + "\",\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + ",\"scope\":\"" + SCOPE + "\"}");
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> out = new HashMap<>();
        for (String pair : request.getBody().readUtf8().split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Verifies the JWT's signature with the public key and returns {header, claims}. */
    private static JsonNode[] verify(String jwt, PublicKey key, String jdkAlgorithm) throws Exception {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        Signature verifier = Signature.getInstance(jdkAlgorithm);
        verifier.initVerify(key);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).as("signature verifies").isTrue();
        return new JsonNode[] {JSON.readTree(Base64.getUrlDecoder().decode(parts[0])),
            JSON.readTree(Base64.getUrlDecoder().decode(parts[1]))};
    }

    @Test
    void rs384ClientAssertionFollowsSmartBackendServices() throws Exception {
        KeyPair keys = rsa();
        tokenServer.enqueue(token("tok-1", 300));
        SmartBackendServicesAuth auth = auth(keys);

        assertThat(auth.authorization()).contains("Bearer tok-1");

        RecordedRequest request = tokenServer.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = form(request);
        assertThat(form).containsEntry("grant_type", "client_credentials").containsEntry("scope", SCOPE)
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        JsonNode[] jwt = verify(form.get("client_assertion"), keys.getPublic(), "SHA384withRSA");
        assertThat(jwt[0].get("alg").asText()).isEqualTo("RS384");
        assertThat(jwt[0].get("kid").asText()).isEqualTo("key-2026");
        assertThat(jwt[0].get("typ").asText()).isEqualTo("JWT");
        assertThat(jwt[1].get("iss").asText()).isEqualTo("practicekit-main-st");
        assertThat(jwt[1].get("sub").asText()).isEqualTo("practicekit-main-st");
        assertThat(jwt[1].get("aud").asText()).isEqualTo(tokenServer.url("/auth/token").toString());
        assertThat(jwt[1].get("exp").asLong()).isEqualTo(clock.instant().plusSeconds(300).getEpochSecond());
        assertThat(jwt[1].get("jti").asText()).isNotBlank();
    }

    @Test
    void es384SignaturesAreJoseRawRAndS() throws Exception {
        KeyPair keys = ec384();
        tokenServer.enqueue(token("tok-ec", 300));
        SmartBackendServicesAuth auth = auth(keys);

        assertThat(auth.algorithm()).isEqualTo("ES384");
        assertThat(auth.authorization()).contains("Bearer tok-ec");
        String jwt = form(tokenServer.takeRequest()).get("client_assertion");
        assertThat(Base64.getUrlDecoder().decode(jwt.split("\\.")[2])).hasSize(96);
        assertThat(verify(jwt, keys.getPublic(), "SHA384withECDSAinP1363Format")[0].get("alg").asText())
                .isEqualTo("ES384");
    }

    @Test
    void theTokenIsReusedUntilShortlyBeforeItExpiresAndEveryAssertionIsNew() throws Exception {
        tokenServer.enqueue(token("tok-1", 300));
        tokenServer.enqueue(token("tok-2", 300));
        SmartBackendServicesAuth auth = auth(rsa());

        assertThat(auth.authorization()).contains("Bearer tok-1");
        clock.advance(Duration.ofSeconds(239));
        assertThat(auth.authorization()).contains("Bearer tok-1");
        assertThat(tokenServer.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1)); // 60 s before expiry
        assertThat(auth.authorization()).contains("Bearer tok-2");
        assertThat(tokenServer.getRequestCount()).isEqualTo(2);
        String jti1 = JSON.readTree(Base64.getUrlDecoder().decode(
                form(tokenServer.takeRequest()).get("client_assertion").split("\\.")[1])).get("jti").asText();
        String jti2 = JSON.readTree(Base64.getUrlDecoder().decode(
                form(tokenServer.takeRequest()).get("client_assertion").split("\\.")[1])).get("jti").asText();
        assertThat(jti1).isNotEqualTo(jti2);
    }

    @Test
    void aTokenTheEhrRefusedIsReplacedOnTheNextRequest() throws Exception {
        tokenServer.enqueue(token("tok-1", 3600));
        tokenServer.enqueue(token("tok-2", 3600));
        SmartBackendServicesAuth auth = auth(rsa());

        assertThat(auth.authorization()).contains("Bearer tok-1");
        auth.rejected();
        assertThat(auth.authorization()).contains("Bearer tok-2");
    }

    @Test
    void anUnknownClientIsNotRetriableAndTheMessageShowsOnlyTheOauthErrorCode() throws Exception {
        tokenServer.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":\"invalid_client\",\"error_description\":\"client practicekit-main-st unknown\"}"));
        SmartBackendServicesAuth auth = auth(rsa());

        assertThatThrownBy(auth::authorization).isInstanceOf(NonRetriableException.class)
                .hasMessageContaining("invalid_client").hasMessageContaining("token request")
                .hasMessageNotContaining("unknown");
    }

    @Test
    void anUnavailableAuthorizationServerIsRetriable() throws Exception {
        tokenServer.enqueue(new MockResponse().setResponseCode(503));
        SmartBackendServicesAuth auth = auth(rsa());

        assertThatThrownBy(auth::authorization).isInstanceOf(RetriableException.class).hasMessageContaining("HTTP 503");
    }

    @Test
    void keysThatCannotSignRs384OrEs384AreRefused() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = g.generateKeyPair();
        assertThatThrownBy(() -> auth(p256)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-384");
    }

    @Test
    void nothingSecretIsShown() throws Exception {
        tokenServer.enqueue(token("tok-secret", 300));
        SmartBackendServicesAuth auth = auth(rsa());
        auth.authorization();
        assertThat(auth.toString()).doesNotContain("tok-secret").contains("RS384");
        assertThat(BearerTokenAuth.of("abc123").toString()).doesNotContain("abc123");
    }

    @Test
    void theSmartTokenIsWhatTheEhrReceives() throws Exception {
        MockWebServer ehrServer = new MockWebServer();
        ehrServer.start();
        try {
            tokenServer.enqueue(token("tok-for-ehr", 300));
            ehrServer.enqueue(new MockResponse().setHeader("Content-Type", "application/fhir+json")
                    .setBody("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}"));
            org.practicekit.fhir.FhirEhrAdapter ehr = org.practicekit.fhir.FhirEhrAdapter.builder()
                    .baseUrl(ehrServer.url("/fhir").toString())
                    .identifierSystems(org.practicekit.fhir.FhirIdentifierSystems.under("https://practice.example/id"))
                    .auth(auth(rsa())).build();

            assertThat(ehr.findClient(org.practicekit.core.model.ClientId.of("client-1"))).isEmpty();
            assertThat(ehrServer.takeRequest().getHeader("Authorization")).isEqualTo("Bearer tok-for-ehr");
        } finally {
            ehrServer.shutdown();
        }
    }

    @Test
    void shortLivedTokensAreRenewedAtHalfTheirLife() throws Exception {
        tokenServer.enqueue(token("short-1", 60));
        tokenServer.enqueue(token("short-2", 60));
        SmartBackendServicesAuth auth = auth(rsa());
        auth.authorization();
        clock.advance(Duration.ofSeconds(29));
        assertThat(auth.authorization()).contains("Bearer short-1");
        clock.set(Instant.parse("2026-11-30T14:00:30Z"));
        assertThat(auth.authorization()).contains("Bearer short-2");
    }
}
