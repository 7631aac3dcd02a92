package org.practicekit.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;
import org.practicekit.llm.phi.KnownIdentifiers;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.notes.CorpusPrompts;
import org.practicekit.notes.RecordedConsents;
import org.practicekit.notes.StyleProfile;
import org.practicekit.notes.llm.LlmNoteDrafter;

/**
 * What the PHI guard's memory of texts it has read saves on a drafter's call to an endpoint without a BAA: the
 * request the LLM drafter sends (its fixed instructions for the format and style, then the session's fields), through
 * the whole guard (detector, pseudonymization, residual check, audit, an in-process echo model, restoring), with the
 * default memory against the same guard remembering nothing ({@code scanMemory(0)}, the baseline: every text read
 * afresh, as before round 39). Every call carries a session the guard has not seen (the grammar-gate corpus's prompts
 * in turn, each with its own draft number, far more text than the memory holds), so only the instructions can be
 * remembered: a new session each time, as in a practice's day, not the same prompt drafted again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PhiGuardMemoryBenchmark {
    private final List<LlmRequest> sessions = new ArrayList<>();
    private PhiGuard remembering;
    private PhiGuard readingAfresh;
    private final PhiDetectorBenchmark.EchoModel echo = new PhiDetectorBenchmark.EchoModel();
    private int next;

    @Setup
    public void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T15:00:00Z"), ZoneOffset.UTC);
        PhiDetectorBenchmark.DiscardingAuditLog audit = new PhiDetectorBenchmark.DiscardingAuditLog();
        remembering = PhiGuard.builder().audit(audit).clock(clock).build();
        readingAfresh = PhiGuard.builder().audit(audit).clock(clock).scanMemory(0).build();
        // the drafter only builds the request here; it never calls the model
        LlmNoteDrafter drafter = LlmNoteDrafter.builder().client(echo).phiGuard(readingAfresh)
                .consents(new RecordedConsents()).clock(clock).audit(audit).timeout(Duration.ofSeconds(10)).build();
        StyleProfile style = StyleProfile.defaults();
        for (int copy = 0; copy < 8; copy++) {
            for (CorpusPrompts.Entry e : CorpusPrompts.grammarCorpus()) {
                LlmRequest r = drafter.request(e.prompt(), e.format(), style);
                String system = r.messages().get(0).text();
                String user = r.messages().get(r.messages().size() - 1).text();
                sessions.add(LlmRequest.builder().system(system)
                        .user(user + "\nDraft " + (sessions.size() + 1) + " of the day.").build());
            }
        }
        for (LlmRequest r : sessions.subList(0, 5)) {
            String sent = r.messages().get(r.messages().size() - 1).text();
            if (!remembering.complete(echo, r, KnownIdentifiers.none(), "bench").text().equals(sent)
                    || !readingAfresh.complete(echo, r, KnownIdentifiers.none(), "bench").text().equals(sent)) {
                throw new IllegalStateException("the guard did not restore a benchmark session exactly");
            }
        }
    }

    private LlmRequest nextSession() {
        LlmRequest r = sessions.get(next);
        next = (next + 1) % sessions.size();
        return r;
    }

    /** Baseline: every text read afresh. */
    @Benchmark
    public LlmResponse guardReadingAfresh() {
        return readingAfresh.complete(echo, nextSession(), KnownIdentifiers.none(), "bench");
    }

    @Benchmark
    public LlmResponse guardRemembering() {
        return remembering.complete(echo, nextSession(), KnownIdentifiers.none(), "bench");
    }

    /**
     * Thread CPU time per call, best of the later rounds, both guards in turn in one JVM; ratio = the baseline's CPU
     * over this one's (above 1: faster). Arguments: rounds (default 30).
     */
    public static void main(String[] args) {
        PhiGuardMemoryBenchmark b = new PhiGuardMemoryBenchmark();
        b.setUp();
        java.util.Map<String, Long> best = new CpuBestOf()
                .add("guardReadingAfresh", b::guardReadingAfresh)
                .add("guardRemembering", b::guardRemembering)
                .run(CpuBestOf.rounds(args), 100);
        long afresh = best.get("guardReadingAfresh");
        System.out.printf("sessions %d, instructions %d chars, session fields %d chars on average%n",
                b.sessions.size(), b.sessions.get(0).messages().get(0).text().length(),
                b.sessions.stream().mapToInt(r -> r.messages().get(r.messages().size() - 1).text().length()).sum()
                        / b.sessions.size());
        best.forEach((name, ns) -> System.out.printf("%-22s CPU %.3f ms per call  ratio %.2f%n", name, ns / 1e6,
                (double) afresh / ns));
    }
}
