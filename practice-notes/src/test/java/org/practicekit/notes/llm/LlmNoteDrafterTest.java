package org.practicekit.notes.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.llm.openai.OpenAiCompatibleClient;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.notes.DrafterKind;
import org.practicekit.notes.NoteDraft;
import org.practicekit.notes.NoteFormat;
import org.practicekit.notes.OfflineNoteDrafter;
import org.practicekit.notes.RecordedConsents;
import org.practicekit.notes.ClinicalRiskAssessment;
import org.practicekit.notes.ClinicalRiskLevel;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.StyleProfile;
import org.practicekit.notes.TestPrompts;
import org.practicekit.testing.TestClock;

/**
 * The LLM drafter against an OpenAI-compatible server on MockWebServer: a well-formed answer
 * becomes the draft with its placeholders restored; every kind of bad answer yields the offline
 * draft and a recorded reason.
 */
class LlmNoteDrafterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARTNER = Pattern.compile("participants\\[0]: partner (\\[PERSON_\\d+])");
    private static final Pattern DATES = Pattern.compile("(\\[DATE_\\d+])");

    private final MockWebServer server = new MockWebServer();
    private final TestClock clock = TestClock.at("2026-11-30T23:00:00Z");
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final RecordedConsents consents = new RecordedConsents();
    private final SessionPrompt couples = TestPrompts.couples();
    private LlmNoteDrafter drafter;
    private final OfflineNoteDrafter offline = OfflineNoteDrafter.builder().clock(clock).auditLog(new InMemoryAuditLog())
            .build();

    @BeforeEach
    void setUp() throws IOException {
        server.start();
        drafter = drafter(Duration.ofSeconds(20));
        consents.record(couples.clientId(), new ConsentRecord("ai-documentation", "2026-01", "a".repeat(64),
                "Avery Lindqvist", Instant.parse("2026-11-01T10:00:00Z"), ConsentRecord.Method.ELECTRONIC_SIGNATURE));
    }

    private LlmNoteDrafter drafter(Duration timeout) {
        OpenAiCompatibleClient client = OpenAiCompatibleClient.builder().name("openai-test")
                .baseUrl(server.url("/v1").toString()).apiKey("sk-test").model("gpt-test").baaCovered(false)
                .maxRetries(0).build();
        PhiGuard guard = PhiGuard.builder().auditLog(audit).clock(clock).actor("dr-whitfield").build();
        return LlmNoteDrafter.builder().client(client).phiGuard(guard).consents(consents).clock(clock)
                .auditLog(audit).timeout(timeout).build();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void aWellFormedAnswerBecomesTheDraftWithPlaceholdersRestored() throws Exception {
        server.setDispatcher(answering(this::goodAnswer));

        NoteDraft draft = drafter.draft(couples, NoteFormat.DAP);

        assertThat(draft.writtenBy()).as(draft.fallbackReason().orElse("") + draft.verification().report()).isEqualTo(DrafterKind.LLM);
        assertThat(draft.fallbackReason()).isEmpty();
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        assertThat(draft.body()).contains("partner, Jordan Reyes, attended", "11/30/2026", "12/07/2026")
                .doesNotContain("[PERSON_", "[DATE_");
        assertThat(draft.drafterName()).isEqualTo("llm:openai-test/gpt-test");
        assertThat(draft.text()).contains("Drafted with AI assistance");
        String sent = LAST_BODY.get();
        assertThat(sent).doesNotContain("Jordan", "Reyes", "11/30/2026").contains("[PERSON_", "\"json_schema\"");
        assertThat(audit.all()).extracting(AuditEvent::action).contains(PhiGuard.DISCLOSURE, "note.drafted");
    }

    @Test
    void anInventedMedicationYieldsTheOfflineDraft() {
        server.setDispatcher(answering(body -> withExtraSentence(goodAnswer(body), "data",
                "The client reported taking lorazepam as needed for panic.", "presentingConcerns[0]")));

        NoteDraft draft = drafter.draft(couples, NoteFormat.DAP);

        assertOffline(draft, couples, "verification failed", "INVENTED_MEDICATION");
    }

    @Test
    void aDroppedRiskStatementYieldsTheOfflineDraft() {
        SessionPrompt atRisk = couples.toBuilder().risk(new ClinicalRiskAssessment(ClinicalRiskLevel.LOW,
                "both partners denied intimate partner violence, suicidal ideation and homicidal ideation",
                List.of("escalating verbal conflict"), List.of("commitment to the relationship"), List.of())).build();
        server.setDispatcher(answering(body -> withoutSource(goodAnswer(body), "risk.level")));

        NoteDraft draft = drafter.draft(atRisk, NoteFormat.DAP);

        assertOffline(draft, atRisk, "verification failed", "MISSING_RISK_STATEMENT");
        assertThat(draft.body()).contains("current risk of harm as low");
    }

    @Test
    void brokenJsonYieldsTheOfflineDraft() {
        server.setDispatcher(answering(body -> "{\"sections\": [{\"key\": \"data\", \"sentences\": [{\"text\": \"The"));

        assertOffline(drafter.draft(couples, NoteFormat.DAP), couples, "not valid JSON");
    }

    @Test
    void aTimeoutYieldsTheOfflineDraft() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return completion("{\"sections\":[]}", "stop").setHeadersDelay(3, TimeUnit.SECONDS);
            }
        });

        assertOffline(drafter(Duration.ofMillis(300)).draft(couples, NoteFormat.DAP), couples, "timed out");
    }

    @Test
    void aLeakedPlaceholderYieldsTheOfflineDraft() {
        server.setDispatcher(answering(body -> withExtraSentence(goodAnswer(body), "data",
                "The client's sister [PERSON_7] also attended.", "participants[0]")));

        assertOffline(drafter.draft(couples, NoteFormat.DAP), couples, "placeholder");
    }

    @Test
    void aRefusalYieldsTheOfflineDraft() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return completion("", "content_filter");
            }
        });

        assertOffline(drafter.draft(couples, NoteFormat.DAP), couples, "refused");
    }

    @Test
    void withoutConsentOnRecordNoModelSeesThePrompt() {
        consents.withdraw(couples.clientId());
        server.setDispatcher(answering(this::goodAnswer));

        NoteDraft draft = drafter.draft(couples, NoteFormat.DAP);

        assertOffline(draft, couples, "no consent");
        assertThat(server.getRequestCount()).isZero();
        assertThat(draft.text()).contains("offline drafter (no AI)");
    }

    @Test
    void theRequestCarriesFormatStyleAndEveryFieldId() {
        StyleProfile style = StyleProfile.learnedFrom(List.of("S: I used CBT. Pt reported SI.\nP: I will f/u."));
        var request = drafter.request(couples, NoteFormat.SOAP, style);
        String system = request.messages().get(0).text();
        String user = request.messages().get(1).text();
        assertThat(system).contains("key \"subjective\"", "key \"plan\"", "first person", "\"the patient\"");
        assertThat(user).contains("interventions[0]: communication skills training", "risk.level:", "homework[1]:",
                "plan[0]:", "nextAppointment:");
        assertThat(request.jsonSchema()).isPresent();
    }

    private void assertOffline(NoteDraft draft, SessionPrompt prompt, String... reasonParts) {
        assertThat(draft.writtenBy()).isEqualTo(DrafterKind.OFFLINE);
        assertThat(draft.fallbackReason()).get().asString().contains(reasonParts);
        assertThat(draft.verification().passed()).isTrue();
        assertThat(draft.text()).isEqualTo(offline.draft(prompt, NoteFormat.DAP).text());
        AuditEvent drafted = audit.all().stream().filter(e -> e.action().equals("note.drafted")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(drafted.details().get("fallbackReason")).contains(reasonParts[0]);
        assertThat(drafted.details().toString()).doesNotContain("Jordan", "lorazepam");
    }

    // ---- the scripted model ---------------------------------------------------------------------

    private interface Answer {
        String answer(String requestBody) throws IOException;
    }

    private static final AtomicReference<String> LAST_BODY = new AtomicReference<>("");

    private static Dispatcher answering(Answer answer) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    String body = request.getBody().readUtf8();
                    LAST_BODY.set(body);
                    return completion(answer.answer(body), "stop");
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(500);
                }
            }
        };
    }

    static MockResponse completion(String content, String finishReason) {
        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-1").put("object", "chat.completion").put("model", "gpt-test");
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", finishReason);
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 900).put("completion_tokens", 400);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body.toString());
    }

    /** What a good model writes for the couples prompt, citing its sources and keeping placeholders. */
    private String goodAnswer(String requestBody) throws IOException {
        String user = JSON.readTree(requestBody).path("messages").get(1).path("content").asText();
        Matcher partner = PARTNER.matcher(user);
        assertThat(partner.find()).isTrue();
        Matcher dates = DATES.matcher(user);
        List<String> d = new ArrayList<>();
        while (dates.find()) {
            d.add(dates.group(1));
        }
        String p = partner.group(1);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode sections = root.putArray("sections");
        section(sections, "data",
                "The client and the client's partner, " + p + ", attended a 50-minute couples psychotherapy session in"
                        + " person at the Main Street office on " + d.get(0) + ".", "session,participants[0]",
                "The couple described repeated arguments about household responsibilities that escalate to yelling,"
                        + " and feeling unheard and withdrawing for days after conflicts.",
                "presentingConcerns[0],presentingConcerns[1]",
                "Both partners presented as tense but engaged, with euthymic mood and brief tearfulness when"
                        + " discussing conflict.", "mentalStatus[0],mentalStatus[1]",
                "This clinician used communication skills training with the speaker-listener technique on the chore"
                        + " disagreement, and both partners paraphrased each other's concerns accurately after two"
                        + " attempts.", "interventions[0]",
                "This clinician provided psychoeducation about flooding and the value of a twenty-minute time-out,"
                        + " and the couple agreed on a signal to pause an escalating argument.", "interventions[1]",
                "Overall, the client was receptive and reported feeling heard for the first time in weeks.",
                "clientResponse");
        section(sections, "assessment",
                "The couple made minimal progress toward the goal to reduce escalating arguments to one a week or"
                        + " fewer, with three escalating arguments this week.", "goals[0]",
                "Both partners denied intimate partner violence, suicidal ideation and homicidal ideation, and this"
                        + " clinician's risk assessment found no current risk of harm to self or others.",
                "risk.ideation,risk.level",
                "Treatment addressed relationship distress with spouse or intimate partner (Z63.0).", "diagnoses[0]");
        section(sections, "plan",
                "For homework, the couple will hold one fifteen-minute check-in using the speaker-listener technique"
                        + " and use the agreed time-out signal when voices rise.", "homework[0],homework[1]",
                "This clinician will continue conjoint sessions every week and review the check-in and time-out"
                        + " practice at the start of next session.", "plan[0],plan[1]",
                "The next session is scheduled for " + d.get(1) + " at 5:00 PM.", "nextAppointment");
        return root.toString();
    }

    private static void section(ArrayNode sections, String key, String... textAndSources) {
        ObjectNode s = sections.addObject();
        s.put("key", key);
        ArrayNode sentences = s.putArray("sentences");
        for (int i = 0; i < textAndSources.length; i += 2) {
            ObjectNode sentence = sentences.addObject();
            sentence.put("text", textAndSources[i]);
            ArrayNode sources = sentence.putArray("sources");
            for (String id : textAndSources[i + 1].split(",")) {
                sources.add(id);
            }
        }
    }

    private static String withExtraSentence(String answer, String key, String text, String source) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(answer);
        for (var section : root.get("sections")) {
            if (section.get("key").asText().equals(key)) {
                ObjectNode s = ((ArrayNode) section.get("sentences")).addObject();
                s.put("text", text);
                s.putArray("sources").add(source);
            }
        }
        return root.toString();
    }

    private static String withoutSource(String answer, String source) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(answer);
        for (var section : root.get("sections")) {
            ArrayNode sentences = (ArrayNode) section.get("sentences");
            for (int i = sentences.size() - 1; i >= 0; i--) {
                if (sentences.get(i).get("sources").toString().contains(source)) {
                    sentences.remove(i);
                }
            }
        }
        return root.toString();
    }
}
