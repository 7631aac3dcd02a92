package org.practicekit.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.spi.AuditEvent;
import org.practicekit.core.spi.AuditLog;
import org.practicekit.llm.LlmClient;
import org.practicekit.llm.LlmEndpoint;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.phi.KnownIdentifiers;
import org.practicekit.llm.phi.PatternPhiDetector;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Throughput of {@link PatternPhiDetector} on therapy text, and of the whole {@link PhiGuard} path for
 * an endpoint without a BAA (detector, known identifiers, pseudonymization, the residual check,
 * audit record, an in-process echo model, restoring the answer), single thread, against a baseline
 * of one {@link java.util.regex} pass with one simple pattern (an SSN shape) over the same text. Each
 * operation reads exactly 100,000 ASCII chars (0.1 MB), so MB/s = ops/s / 10. Warm-up iterations
 * last 10 s, because the detector's rules and the guard take longer to reach compiled code than a
 * regular expression does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10) // 0.1 MB operations: 2-second warm-ups ended before the JIT was done
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PhiDetectorBenchmark {
    /** Therapy-note paragraphs with planted identifiers and the usual clinical numbers. */
    private static final List<String> PARAGRAPHS = List.of(
            "Keisha reported increased anxiety this week after an argument with her husband Marcus about finances. "
                    + "She rated her anxiety 8/10 at the start of session and 4/10 at the end. PHQ-9 was 17, down from "
                    + "21 at intake; GAD-7 was 14. Practiced paced breathing and cognitive restructuring. ",
            "Client can be reached at (312) 555-0148 or keisha.brown85@gmail.com. Her sister Latoya lives in Evanston "
                    + "and is the emergency contact at 630-555-0177. Next appointment 12/02/2025 at 3:30 PM. ",
            "Tavon arrived late; MRN 00482913 confirmed at check-in. He said his girlfriend Imani wants him to try the "
                    + "Skokie clinic. Denies SI/HI. Continue sertraline 100 mg daily per Dr. Okonjo. ",
            "Session 4/12 of the authorized CBT course. Billed CPT 90837 with add-on 90785. Diagnosis F41.1, rule out "
                    + "F43.10. Blood pressure at the PCP was 142/91. Client drinks 4-5 beers on weekends. ",
            "Marisela moved into 4417 N. Kedzie Ave., Apt 2B, Chicago, IL 60625 last month with her two children. "
                    + "Member ID XJH-443-2219 was verified. Her son Mateo is struggling at school. ",
            "Client described feeling overwhelmed at work and isolated at home. We explored the thoughts behind the "
                    + "avoidance, reviewed the safety plan, and assigned a thought record for homework this week. ",
            "Her grandmother is 94 years old and lives alone. Client was hospitalized from 2025-08-14 to 2025-08-19. "
                    + "SSN 412-56-7890 was needed for the disability paperwork. Her Instagram is keisha_b_92. ");

    private static final Pattern BASELINE = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");

    private String text;
    private PatternPhiDetector detector;
    private PatternPhiDetector rulesOnly;
    private PatternPhiDetector rulesAndModel;
    private PhiGuard guard;
    private LlmClient echo;
    private LlmRequest request;
    private KnownIdentifiers known;

    /** A model endpoint without a BAA that answers with the prompt, in process. */
    static final class EchoModel extends LlmClient {
        private final LlmEndpoint endpoint = new LlmEndpoint("bench-echo", "http://localhost/echo", false);

        @Override
        public LlmEndpoint endpoint() {
            return endpoint;
        }

        @Override
        protected LlmResponse doComplete(LlmRequest request) {
            return LlmResponse.builder().text(request.messages().get(request.messages().size() - 1).text())
                    .model("echo").build();
        }
    }

    /** Keeps nothing: the benchmark measures the guard, not a growing list. */
    static final class DiscardingAuditLog implements AuditLog {
        @Override
        public void record(AuditEvent event) {
        }

        @Override
        public List<AuditEvent> find(java.time.Instant from, java.time.Instant to) {
            return List.of();
        }
    }

    @Setup
    public void setUp() {
        StringBuilder sb = new StringBuilder(100_500);
        int i = 0;
        while (sb.length() < 100_000) {
            sb.append(PARAGRAPHS.get(i++ % PARAGRAPHS.size())).append('\n');
        }
        text = sb.substring(0, sb.lastIndexOf("\n", 100_000) + 1);
        text = text + "x".repeat(100_000 - text.length()); // whole paragraphs, padded to exactly 100,000 chars
        detector = PatternPhiDetector.builder().build();
        rulesOnly = PatternPhiDetector.builder().tokenModel(false).denyByDefault(false).build();
        rulesAndModel = PatternPhiDetector.builder().denyByDefault(false).build();
        guard = PhiGuard.builder().audit(new DiscardingAuditLog()).build();
        echo = new EchoModel();
        request = LlmRequest.builder().user(text).build();
        known = KnownIdentifiers.builder().addName("Keisha Brown").addPhone("312-555-0148").build();
        if (!guard.complete(echo, request, known, "bench").text().equals(text)) {
            throw new IllegalStateException("the guard did not restore the benchmark text exactly");
        }
    }

    @Benchmark
    public LlmResponse phiGuardWithResidualCheck() {
        return guard.complete(echo, request, known, "bench");
    }

    @Benchmark
    public List<PhiSpan> patternPhiDetector() {
        return detector.detect(text);
    }

    /** The detector without its token model: the model's cost is the gap to {@link #patternPhiDetector}. */
    @Benchmark
    public List<PhiSpan> patternPhiDetectorRulesOnly() {
        return rulesOnly.detect(text);
    }

    /** The detector without its deny-by-default reading (round 14): the reading's cost is the gap to the default. */
    @Benchmark
    public List<PhiSpan> patternPhiDetectorRulesAndModel() {
        return rulesAndModel.detect(text);
    }

    @Benchmark
    public int baselineOneRegexPass() {
        Matcher m = BASELINE.matcher(text);
        int found = 0;
        while (m.find()) {
            found++;
        }
        return found;
    }

    /**
     * CPU time of one thread (ThreadMXBean) per 0.1 MB, for a shared machine where other processes
     * disturb wall-clock throughput: the four operations in turn, 20 calls each per round, the best
     * round after the first third (warm-up) kept. Run with
     * {@code java -cp benchmarks/target/benchmarks.jar org.practicekit.bench.PhiDetectorBenchmark [rounds]}.
     */
    public static void main(String[] args) {
        PhiDetectorBenchmark b = new PhiDetectorBenchmark();
        b.setUp();
        java.util.Map<String, Long> best = new CpuBestOf()
                .add("baselineOneRegexPass", b::baselineOneRegexPass)
                .add("patternPhiDetector", b::patternPhiDetector)
                .add("patternPhiDetectorRulesOnly", b::patternPhiDetectorRulesOnly)
                .add("patternPhiDetectorRulesAndModel", b::patternPhiDetectorRulesAndModel)
                .add("phiGuardWithResidualCheck", b::phiGuardWithResidualCheck)
                .run(CpuBestOf.rounds(args), 20);
        long regex = best.get("baselineOneRegexPass");
        best.forEach((name, ns) -> System.out.printf("%-32s CPU %.3f ms per 0.1 MB  ratio %.3f%n", name, ns / 1e6,
                (double) regex / ns));
    }
}
