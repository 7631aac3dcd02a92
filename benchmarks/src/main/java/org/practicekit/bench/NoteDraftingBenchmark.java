package org.practicekit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.llm.openai.OpenAiCompatibleClient;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.notes.DraftSection;
import org.practicekit.notes.DraftSentence;
import org.practicekit.notes.DrafterKind;
import org.practicekit.notes.DraftVerifier;
import org.practicekit.notes.Verification;
import org.practicekit.notes.InterventionType;
import org.practicekit.notes.NoteDraft;
import org.practicekit.notes.NoteFormat;
import org.practicekit.notes.OfflineNoteDrafter;
import org.practicekit.notes.ProgressRating;
import org.practicekit.notes.RecordedConsents;
import org.practicekit.notes.ClinicalRiskAssessment;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.StyleProfile;
import org.practicekit.notes.llm.LlmNoteDrafter;

/**
 * Note drafting. (1) The offline drafter (prose, sources, and verification of the result) against
 * a form-fill baseline that only concatenates the prompt's fields, in throughput and, for the p99,
 * sample time. (2) The SDK overhead of {@link LlmNoteDrafter} without model time: a full draft
 * through the PHI guard, the OpenAI-compatible adapter, JSON parsing and verification against a
 * MockWebServer answering at once, against a raw OkHttp POST of the same payload to the same
 * server. Goals: offline p99 under 1 ms; overhead under 5 ms.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NoteDraftingBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private SessionPrompt prompt;
    private OfflineNoteDrafter offline;
    private LlmNoteDrafter llm;
    private MockWebServer server;
    private OkHttpClient raw;
    private Request rawRequest;
    private StyleProfile style;
    private NoteDraft drafted;
    private NoteDraft crisisDrafted;
    private final DraftVerifier verifier = DraftVerifier.standard();
    /** The grammar-gate corpus prompts, built once; each offline draft of the real case is of a new prompt. */
    private List<org.practicekit.notes.CorpusPrompts.Entry> corpus;
    private int nextCorpus;
    private List<NoteDraft> corpusDrafts;
    private int nextCorpusDraft;

    /** Counts audit events without keeping them, so the benchmark measures drafting, not a growing list. */
    static final class CountingAudit implements AuditLog {
        long count;

        @Override
        public synchronized void record(AuditEvent event) {
            count++;
        }

        @Override
        public List<AuditEvent> find(Instant from, Instant to) {
            return List.of();
        }
    }

    @Setup
    public void setUp() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T15:00:00Z"), ZoneOffset.UTC);
        CountingAudit audit = new CountingAudit();
        prompt = prompt();
        style = StyleProfile.defaults();
        offline = OfflineNoteDrafter.builder().clock(clock).audit(audit).build();
        drafted = offline.draft(prompt, NoteFormat.SOAP, style);
        corpus = org.practicekit.notes.CorpusPrompts.grammarCorpus();
        corpusDrafts = corpus.stream().map(e -> offline.draft(e.prompt(), e.format(), style)).toList();
        crisisDrafted = offline.draft(crisisPrompt(), NoteFormat.SOAP, style);
        if (!drafted.verification().passed() || !crisisDrafted.verification().passed()) {
            throw new IllegalStateException("the benchmark drafts do not verify");
        }

        // The model's answer: a well-formed JSON draft (here the offline sentences with their sources).
        NoteDraft reference = offline.draft(prompt, NoteFormat.SOAP);
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode sections = answer.putArray("sections");
        for (DraftSection s : reference.sections()) {
            ObjectNode section = sections.addObject().put("key", s.key());
            ArrayNode sentences = section.putArray("sentences");
            for (DraftSentence sentence : s.sentences()) {
                ObjectNode o = sentences.addObject().put("text", sentence.text());
                sentence.sources().forEach(o.putArray("sources")::add);
            }
        }
        ObjectNode completion = JSON.createObjectNode().put("id", "chatcmpl-bench").put("object", "chat.completion")
                .put("model", "gpt-bench");
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", answer.toString());
        completion.putObject("usage").put("prompt_tokens", 1200).put("completion_tokens", 700);
        String body = completion.toString();

        AtomicReference<String> sent = new AtomicReference<>();
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (sent.get() == null) {
                    sent.set(request.getBody().readUtf8());
                }
                return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
        });
        server.start();
        RecordedConsents consents = new RecordedConsents().record(prompt.clientId(), new ConsentRecord(
                "ai-documentation", "2026-01", "0".repeat(64), "client", Instant.parse("2026-11-01T00:00:00Z"),
                ConsentRecord.Method.ELECTRONIC_SIGNATURE));
        OpenAiCompatibleClient client = OpenAiCompatibleClient.builder().name("bench")
                .baseUrl(server.url("/v1").toString()).apiKey("sk-bench").model("gpt-bench").baaCovered(false)
                .maxRetries(0).build();
        PhiGuard guard = PhiGuard.builder().audit(audit).clock(clock).actor("bench").build();
        llm = LlmNoteDrafter.builder().client(client).phiGuard(guard).consents(consents).clock(clock).audit(audit)
                .timeout(Duration.ofSeconds(10)).build();
        NoteDraft first = llm.draft(prompt, NoteFormat.SOAP, style);
        if (first.writtenBy() != DrafterKind.LLM) {
            throw new IllegalStateException("the benchmark answer was not accepted: " + first.fallbackReason());
        }
        raw = new OkHttpClient();
        rawRequest = new Request.Builder().url(server.url("/v1/chat/completions"))
                .header("Authorization", "Bearer sk-bench").post(RequestBody.create(sent.get(), JSON_TYPE)).build();
    }

    @TearDown
    public void tearDown() throws IOException {
        server.shutdown();
        raw.dispatcher().executorService().shutdown();
        raw.connectionPool().evictAll();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public NoteDraft offlineDraft() {
        return offline.draft(prompt, NoteFormat.SOAP, style);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public String formFillBaseline() {
        return formFill(prompt);
    }

    /**
     * The form-fill baseline in sample time, so the offline draft's percentiles have a same-run baseline measured the
     * same way (on a shared machine its p99 shows how much of any p99 is the machine, not the code).
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String formFillBaselineLatency() {
        return formFill(prompt);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public NoteDraft offlineDraftLatency() {
        return offline.draft(prompt, NoteFormat.SOAP, style);
    }

    /**
     * The real case: every offline draft is of a prompt not drafted just before. Rotates through the grammar-gate
     * corpus prompts (crisis, couples, family, group, substance use, telehealth, intake...) in their own formats.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public NoteDraft offlineDraftNewPromptLatency() {
        org.practicekit.notes.CorpusPrompts.Entry e = corpus.get(nextCorpus++ % corpus.size());
        return offline.draft(e.prompt(), e.format(), style);
    }

    /** The verifier alone on the corpus drafts in turn: every call reads a prompt it has not just read. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verification verifyNewCorpusPromptLatency() {
        return verifier.verify(corpusDrafts.get(nextCorpusDraft++ % corpusDrafts.size()));
    }

    /** The verifier alone on a finished note (panic, SOAP, about 20 sentences). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verification verifyLatency() {
        return verifier.verify(drafted);
    }

    /** The verifier alone on a high-risk crisis note (about 30 sentences, every risk rule at work). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verification verifyCrisisLatency() {
        return verifier.verify(crisisDrafted);
    }

    private boolean crisisNext;

    /**
     * The verifier on a prompt it has not just read: the crisis and the panic note alternately, so every call reads its
     * prompt afresh (the verifier keeps only the last prompt's reading).
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Verification verifyNewPromptLatency() {
        crisisNext = !crisisNext;
        return verifier.verify(crisisNext ? crisisDrafted : drafted);
    }

    /** Baseline for the verifier: the least any checker does, lower-casing the note and splitting it into words. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int verifyBaselineSplitWords() {
        return crisisDrafted.body().toLowerCase(java.util.Locale.ROOT).split("\\W+").length;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public NoteDraft llmDraftOverMockServer() {
        return llm.draft(prompt, NoteFormat.SOAP, style);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String rawOkHttpSamePayload() {
        try (Response response = raw.newCall(rawRequest).execute()) {
            return response.body().string();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "form with blanks filled" a vendor's template would produce: labels and field values. */
    static String formFill(SessionPrompt p) {
        StringBuilder s = new StringBuilder();
        s.append("Date: ").append(p.date()).append(" ").append(p.start()).append("-").append(p.end()).append('\n');
        s.append("Concerns: ").append(String.join("; ", p.presentingConcerns())).append('\n');
        s.append("MSE: ").append(String.join("; ", p.mentalStatus())).append('\n');
        p.interventions().forEach(i -> s.append("Intervention: ").append(i.name()).append(" - ").append(i.focus())
                .append(" / ").append(i.response()).append('\n'));
        s.append("Risk: ").append(p.risk().level()).append(' ').append(p.risk().ideation()).append('\n');
        p.goals().forEach(g -> s.append("Goal: ").append(g.goal()).append(" - ").append(g.rating()).append('\n'));
        s.append("Homework: ").append(String.join("; ", p.homework())).append('\n');
        s.append("Plan: ").append(String.join("; ", p.plan())).append('\n');
        p.diagnoses().forEach(d -> s.append("Dx: ").append(d.code()).append(' ').append(d.description()).append('\n'));
        return s.toString();
    }

    static SessionPrompt crisisPrompt() {
        return SessionPrompt.builder().client("cl-1006").clinician("dr-whitfield")
                .clientName(PersonName.of("Avery", "Lindqvist")).clinicianName(PersonName.of("Dana", "Whitfield"))
                .date(LocalDate.of(2026, 11, 30)).time(LocalTime.of(13, 0), LocalTime.of(14, 15))
                .serviceType(org.practicekit.core.model.ServiceType.CRISIS).modality(Modality.IN_PERSON)
                .location("Main Street office")
                .addConcern("suicidal thoughts with a plan to overdose after the breakup last weekend")
                .addConcern("not sleeping more than four hours a night since the breakup")
                .addMentalStatus("tearful and dysphoric").addMentalStatus("psychomotor slowing")
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(3, 3, 3, 2, 2, 3, 2, 1, 3),
                        22, "severe"))
                .addIntervention(InterventionType.SAFETY_PLANNING, "warning signs, coping steps and crisis lines",
                        "named two warning signs and two people she would call")
                .clientResponse("became calmer as the plan took shape")
                .risk(ClinicalRiskAssessment.builder(org.practicekit.notes.ClinicalRiskLevel.HIGH)
                        .ideation("endorsed daily suicidal ideation since the breakup")
                        .intent("denied current intent to act").plan("described a plan to overdose on stored pills")
                        .means("had about thirty stored pills at home").addRiskFactor("recent breakup")
                        .addRiskFactor("access to stored medication").addProtectiveFactor("her roommate")
                        .safetyPlan("completed a written safety plan with the client")
                        .followUp("safety check by phone tomorrow")
                        .addAction("provided the 988 Suicide and Crisis Lifeline number").build())
                .addGoal("keep the client safe and reduce suicidal ideation", ProgressRating.NO_CHANGE, "")
                .addPlan("see the client again in two days for a safety check")
                .nextAppointment(LocalDateTime.of(2026, 12, 2, 13, 0))
                .addDiagnosis("F32.2", "major depressive disorder, single episode, severe").build();
    }

    static SessionPrompt prompt() {
        return SessionPrompt.builder().client("cl-1001").clinician("dr-whitfield")
                .clientName(PersonName.of("Avery", "Lindqvist")).clinicianName(PersonName.of("Dana", "Whitfield"))
                .date(LocalDate.of(2026, 11, 30)).time(LocalTime.of(9, 0), LocalTime.of(9, 53))
                .modality(Modality.IN_PERSON).location("Main Street office")
                .addConcern("three panic attacks while driving on the highway in the past week")
                .addConcern("avoiding the commute and asking coworkers for rides")
                .addMentalStatus("alert and oriented x4").addMentalStatus("anxious affect, congruent with mood")
                .addMentalStatus("linear and goal-directed thought process")
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(2, 2, 2, 1, 2, 1, 2), 12,
                        "moderate"))
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING,
                        "the prediction that a panic attack will cause a crash",
                        "identified two alternative outcomes and rated belief in the prediction down from 90% to 50%")
                .addIntervention(InterventionType.EXPOSURE,
                        "interoceptive exercises of spinning in a chair and breathing through a straw",
                        "completed both exercises and reported peak anxiety of 6 out of 10, falling within minutes")
                .clientResponse("was engaged and asked to repeat the exercises at home")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("reduce panic attacks to fewer than one a week", ProgressRating.STEADY_PROGRESS,
                        "three attacks this week, down from five the week before")
                .addHomework("practice the interoceptive exercises once a day")
                .addHomework("drive one highway exit with a support person")
                .addPlan("continue weekly CBT for panic with graded driving exposure")
                .addPlan("repeat the GAD-7 in four weeks").nextAppointment(LocalDateTime.of(2026, 12, 7, 9, 0))
                .addDiagnosis("F41.0", "panic disorder").build();
    }
    /**
     * CPU time per operation on this thread (ThreadMXBean), for a loaded machine where the sampled wall
     * time's tail is preemption by other processes: what one draft or one verification costs the CPU,
     * with the word-split baseline measured in the same run. Run with
     * {@code java -cp benchmarks/target/benchmarks.jar org.practicekit.bench.NoteDraftingBenchmark}.
     */
    public static void main(String[] args) throws IOException {
        NoteDraftingBenchmark b = new NoteDraftingBenchmark();
        b.setUp();
        try {
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
            java.util.Map<String, java.util.function.Supplier<Object>> ops = new java.util.LinkedHashMap<>();
            ops.put("offlineDraft", b::offlineDraftLatency);
            ops.put("offlineDraft (a new corpus prompt each call)", b::offlineDraftNewPromptLatency);
            ops.put("verify (panic note)", b::verifyLatency);
            ops.put("verify (crisis note)", b::verifyCrisisLatency);
            ops.put("verify (crisis and panic alternately)", b::verifyNewPromptLatency);
            ops.put("verify (a new corpus prompt each call)", b::verifyNewCorpusPromptLatency);
            ops.put("baseline: split the crisis note into words", () -> b.verifyBaselineSplitWords());
            ops.put("baseline: form fill", b::formFillBaseline);
            for (java.util.Map.Entry<String, java.util.function.Supplier<Object>> op : ops.entrySet()) {
                for (int i = 0; i < n; i++) {
                    op.getValue().get(); // warm-up: JIT compiles the path before it is measured
                }
                long[] times = new long[n];
                for (int i = 0; i < n; i++) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    op.getValue().get();
                    times[i] = cpu.getCurrentThreadCpuTime() - c0;
                }
                java.util.Arrays.sort(times);
                double mean = java.util.Arrays.stream(times).average().orElse(0);
                System.out.printf("%-45s CPU ms/op  mean %.4f  p50 %.4f  p90 %.4f  p99 %.4f  p99.9 %.4f  (n=%d)%n",
                        op.getKey(), mean / 1e6, times[n / 2] / 1e6, times[n * 9 / 10] / 1e6, times[n * 99 / 100] / 1e6,
                        times[n * 999 / 1000] / 1e6, n);
            }
        } finally {
            b.tearDown();
        }
    }
}
