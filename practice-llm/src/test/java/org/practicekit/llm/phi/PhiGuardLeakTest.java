package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.RetryPolicy;
import org.practicekit.llm.openai.OpenAiCompatibleClient;
import org.slf4j.LoggerFactory;

/**
 * Plants PHI and an API key, sends a session prompt through the guard to an endpoint without a
 * BAA (MockWebServer speaking the OpenAI format), and checks every byte that left: request bodies,
 * log lines, exception messages and audit records.
 */
class PhiGuardLeakTest {
    private static final String KEY = "sk-live-PLANTED-0xDEADBEEF-KEY";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PROMPT = String.join("\n",
            "Session note for Keisha Brown (DOB 03/14/1985, MRN 00482913).",
            "Keisha reports her husband Marcus moved out on 10/28/2025 and now lives in Evanston.",
            "She can be reached at (312) 555-0148 or keisha.brown85@gmail.com; her sister Latoya at 630-555-0177.",
            "New address: 4417 N. Kedzie Ave., Apt 2B, Chicago, IL 60625. Member ID XJH-443-2219.",
            "SSN 412-56-7890 was needed for the disability form. Her Instagram is keisha_b_92.",
            "Her grandmother, who is 94 years old, lives with Dr. Okonjo's patient group nearby.",
            "PHQ-9 was 17 (down from 21), GAD-7 14; CPT 90837; F41.1; sertraline 100 mg; she rated anxiety 7/10.");

    private static final List<String> PLANTED = List.of("Keisha", "Brown", "03/14/1985", "00482913", "Marcus",
            "10/28/2025", "Evanston", "(312) 555-0148", "555-0148", "keisha.brown85", "gmail.com", "Latoya",
            "630-555-0177", "4417", "Kedzie", "Apt 2B", "Chicago", "60625", "XJH-443-2219", "412-56-7890",
            "keisha_b_92", "94 years", "Okonjo"); // the age in its words: a bare "94" can be part of a port number

    private final MockWebServer server = new MockWebServer();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();

    private final KnownIdentifiers known = KnownIdentifiers.builder().addName("Keisha Brown")
            .addDate(LocalDate.of(1985, 3, 14)).addPhone("312-555-0148").addEmail("keisha.brown85@gmail.com")
            .addIdentifier(PhiCategory.MRN, "00482913").build();

    @BeforeEach
    void start() throws IOException {
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws IOException {
        root.detachAppender(logs);
        server.shutdown();
    }

    private OpenAiCompatibleClient client() {
        return OpenAiCompatibleClient.builder().name("openai-no-baa").baseUrl(server.url("/v1").toString())
                .apiKey(KEY).model("gpt-4o").baaCovered(false)
                .retryPolicy(RetryPolicy.builder().sleeper(d -> { }).build()).build();
    }

    private PhiGuard guard() {
        return PhiGuard.builder().auditLog(audit).clock(Clock.fixed(Instant.parse("2026-11-30T15:00:00Z"),
                ZoneOffset.UTC)).actor("dr-whitfield").build();
    }

    /** Records each body; fails the first attempts as scripted, then echoes the last user message. */
    private void script(int... failures) {
        AtomicInteger call = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().readUtf8();
                bodies.add(body);
                int n = call.getAndIncrement();
                if (n < failures.length) {
                    String error = "{\"error\":{\"message\":\"Rejected: " + body.replace("\"", "'")
                            + "\",\"type\":\"server_error\",\"code\":null}}";
                    return new MockResponse().setResponseCode(failures[n]).setHeader("Retry-After", "0").setBody(error);
                }
                try {
                    JsonNode req = JSON.readTree(body);
                    JsonNode messages = req.path("messages");
                    String last = messages.get(messages.size() - 1).path("content").asText();
                    ObjectNode answer = JSON.createObjectNode();
                    answer.put("model", "gpt-4o-2024-08-06");
                    ObjectNode message = answer.putArray("choices").addObject().put("finish_reason", "stop")
                            .putObject("message");
                    message.put("role", "assistant");
                    message.put("content", req.has("response_format")
                            ? JSON.writeValueAsString(JSON.createObjectNode().put("summary", last)) : last);
                    return new MockResponse().setHeader("Content-Type", "application/json").setBody(answer.toString());
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(400);
                }
            }
        });
    }

    private String everythingLogged() {
        StringBuilder sb = new StringBuilder();
        for (ILoggingEvent e : logs.list) {
            sb.append(e.getFormattedMessage()).append('\n');
            if (e.getThrowableProxy() != null) {
                sb.append(e.getThrowableProxy().getMessage()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void nothingPlantedLeavesAndTheAnswerIsRestoredExactly() {
        script(429, 500);
        LlmResponse response = guard().complete(client(), LlmRequest.builder()
                .system("You summarise therapy sessions for the clinician.").user(PROMPT).build(), known, "client-17");

        assertThat(response.text()).isEqualTo(PROMPT);
        assertThat(response.attempts()).isEqualTo(3);
        assertThat(bodies).hasSize(3);
        for (String body : bodies) {
            assertThat(body).doesNotContain(PLANTED).doesNotContain(KEY);
            assertThat(body).contains("[PERSON_1]", "PHQ-9 was 17", "CPT 90837", "F41.1", "7/10");
        }
        assertThat(everythingLogged()).doesNotContain(PLANTED).doesNotContain(KEY).doesNotContain("Session note");
        AuditEvent event = audit.all().get(0);
        String audited = event.toString();
        assertThat(audited).doesNotContain(PLANTED).doesNotContain(KEY);
        assertThat(event.categories()).contains("PERSON", "DATE", "PHONE", "EMAIL", "SSN", "MRN", "ADDRESS",
                "LOCATION", "ZIP", "HEALTH_PLAN", "USERNAME", "AGE");
        assertThat(event.details()).containsEntry("baaCovered", "false").containsKey("requestSha256");
    }

    @Test
    void failuresLeakNeitherPhiNorKey() {
        script(400);
        Throwable thrown = catchThrowable(() -> guard().complete(client(), LlmRequest.builder().user(PROMPT).build(),
                known, "client-17"));
        assertThat(thrown).isInstanceOf(PracticeKitException.class);
        List<String> messages = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        assertThat(String.join("\n", messages)).contains("openai-no-baa").contains("400")
                .doesNotContain(PLANTED).doesNotContain(KEY).doesNotContain("[PERSON_1]");
        assertThat(everythingLogged()).doesNotContain(PLANTED).doesNotContain(KEY).doesNotContain("[PERSON_1]");
    }

    @Test
    void restoredValuesStayValidJsonInAStructuredAnswer() throws Exception {
        script();
        KnownIdentifiers nicknamed = KnownIdentifiers.builder().addName("Keisha \"Kiki\" Brown").build();
        String note = "Keisha \"Kiki\" Brown reported better sleep.";
        LlmResponse response = guard().complete(client(), LlmRequest.builder().user(note)
                .jsonSchema("{\"type\":\"object\",\"properties\":{\"summary\":{\"type\":\"string\"}},"
                        + "\"required\":[\"summary\"],\"additionalProperties\":false}").build(), nicknamed, "client-17");
        assertThat(JSON.readTree(response.text()).path("summary").asText()).isEqualTo(note);
        assertThat(bodies.peek()).doesNotContain("Kiki");
    }
}
