package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.RetriableException;
import org.practicekit.llm.RetryPolicy;

class PresidioPhiDetectorTest {
    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private PresidioPhiDetector detector() {
        return PresidioPhiDetector.builder(server.url("/").toString())
                .retryPolicy(RetryPolicy.builder().sleeper(waits::add).build()).callTimeout(Duration.ofSeconds(2))
                .build();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PresidioPhiDetectorTest.class.getResourceAsStream("/presidio/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void readsARecordedAnswerIgnoringUnknownFieldsAndMapsTypes() throws Exception {
        server.enqueue(json(200, resource("analyze.json")));
        String text = "Client's sister Latoya, reachable at 312-555-0161, is Haitian.";
        List<PhiSpan> spans = detector().detect(text);
        assertThat(spans).extracting(PhiSpan::type).containsExactly("PERSON", "PHONE", "NRP");
        assertThat(spans.get(0).textOf(text)).isEqualTo("Latoya");
        assertThat(spans.get(1).textOf(text)).isEqualTo("312-555-0161");
        JsonNode request = new ObjectMapper().readTree(server.takeRequest().getBody().readUtf8());
        assertThat(request.path("language").asText()).isEqualTo("en");
        assertThat(request.path("score_threshold").asDouble()).isEqualTo(0.4);
        assertThat(request.has("ad_hoc_recognizers")).isFalse();
    }

    @Test
    void convertsCodePointOffsetsToJavaStringOffsets() {
        String text = "\uD83D\uDE22\uD83D\uDE22 Keisha cried all week"; // two emoji, each two Java chars
        // Presidio counts each emoji as one: "Keisha" starts at code point 3
        server.enqueue(json(200, "[{\"entity_type\":\"PERSON\",\"start\":3,\"end\":9,\"score\":0.85}]"));
        List<PhiSpan> spans = detector().detect(text);
        assertThat(spans.get(0).textOf(text)).isEqualTo("Keisha");
        assertThat(spans.get(0).start()).isEqualTo(5);
    }

    @Test
    void sendsKnownIdentifiersAsADenyListRecognizer() throws Exception {
        server.enqueue(json(200, "[]"));
        KnownIdentifiers known = KnownIdentifiers.builder().addName("Keisha Brown").addPhone("312-555-0148")
                .addIdentifier(PhiCategory.MRN, "00482913").build();
        detector().detect("Session note.", known);
        JsonNode request = new ObjectMapper().readTree(server.takeRequest().getBody().readUtf8());
        JsonNode recognizers = request.path("ad_hoc_recognizers");
        assertThat(recognizers).hasSize(3);
        JsonNode person = recognizers.get(0);
        assertThat(person.path("supported_entity").asText()).isEqualTo("PERSON");
        assertThat(person.path("supported_language").asText()).isEqualTo("en");
        assertThat(person.path("deny_list").toString()).contains("Keisha Brown", "Keisha", "Brown");
        assertThat(recognizers.get(1).path("deny_list").toString()).contains("312-555-0148", "(312) 555-0148");
        assertThat(recognizers.get(2).path("deny_list").toString()).contains("00482913");
    }

    @Test
    void doesNotRetryAPresidio500ForBadInput() {
        server.enqueue(json(500, "{\"error\": \"No matching recognizers were found to serve the request.\"}"));
        assertThatThrownBy(() -> detector().detect("Texto en otro idioma"))
                .isInstanceOf(NonRetriableException.class).hasMessageContaining("language not supported")
                .hasMessageNotContaining("Texto");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void retriesAnOverloadedGatewayAndADroppedConnection() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503).setBody("<html>busy</html>"));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(json(200, "[]"));
        assertThat(detector().detect("Client slept well.")).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void givesUpWithARetriableFailureWhenTheServerStaysDown() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(502));
        }
        assertThatThrownBy(() -> detector().detect("Client slept well.")).isInstanceOf(RetriableException.class)
                .hasMessageContaining("502").hasMessageContaining("presidio");
    }

    @Test
    void listsRecognizersAndEntitiesAndChecksHealth() throws Exception {
        server.enqueue(json(200, "[\"CreditCardRecognizer\", \"UsSsnRecognizer\", \"SpacyRecognizer\"]"));
        server.enqueue(json(200, "[\"CREDIT_CARD\", \"US_SSN\", \"PERSON\", \"DATE_TIME\"]"));
        server.enqueue(new MockResponse().setBody("Presidio Analyzer service is up"));
        PresidioPhiDetector d = detector();
        assertThat(d.recognizers()).contains("UsSsnRecognizer");
        assertThat(d.supportedEntities()).contains("US_SSN", "DATE_TIME");
        assertThat(d.isHealthy()).isTrue();
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/recognizers?language=en");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/supportedentities?language=en");
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/health");
    }

    @Test
    void reportsAnUnreachableServerAsUnhealthy() throws IOException {
        String url = server.url("/").toString();
        server.shutdown();
        PresidioPhiDetector d = PresidioPhiDetector.builder(url).retryPolicy(RetryPolicy.none()).build();
        assertThat(d.isHealthy()).isFalse();
    }

    @Test
    void aCompositeDetectorUnionsPresidioWithTheInProcessDetector() {
        String text = "Her son Mateo texted from 312-555-0161.";
        int at = text.indexOf("Mateo");
        server.enqueue(json(200, "[{\"entity_type\":\"PERSON\",\"start\":" + at + ",\"end\":" + (at + 5)
                + ",\"score\":0.85}]"));
        PhiDetector both = CompositePhiDetector.of(PatternPhiDetector.builder().build(), detector());
        List<PhiSpan> spans = both.detect(text);
        assertThat(spans).extracting(s -> s.textOf(text)).contains("Mateo", "312-555-0161");
    }
}
