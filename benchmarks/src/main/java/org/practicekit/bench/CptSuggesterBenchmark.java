package org.practicekit.bench;

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
import org.practicekit.core.billing.CptSuggester;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.billing.PayerRulePack;
import org.practicekit.core.billing.SessionFacts;
import org.practicekit.core.billing.Telehealth;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;

/**
 * CPT suggestions per second on one thread (one core) for a realistic mix of sessions (individual,
 * E/M add-on, crisis, family, group, evaluation; in person, video and audio-only; three payer kinds),
 * against a baseline that only switches on minutes to pick 90832/90834/90837, as a naive biller would.
 * The suggester does far more (rationale, warnings, modifiers, place of service), so the ratio shows
 * what the full rules cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CptSuggesterBenchmark {
    private static final int MIX = 64;

    private final SessionFacts[] facts = new SessionFacts[MIX];
    private final int[] minutes = new int[MIX];
    private CptSuggester standard;
    private CptSuggester withPacks;
    private int next;

    @Setup
    public void setUp() {
        standard = CptSuggester.standard();
        withPacks = CptSuggester.builder().addRulePack(PayerRulePack.ruralHealthClinicAudioOnly())
                .addRulePack(PayerRulePack.builder("Lakeshore PPO").forPayerId("LKS01").videoModifier("GT")
                        .videoPlaceOfService("11", "11").build())
                .build();
        ServiceType[] types = ServiceType.values();
        PayerKind[] payers = PayerKind.values();
        Telehealth[] modes = Telehealth.values();
        for (int i = 0; i < MIX; i++) {
            ServiceType type = i % 3 == 0 ? types[i % types.length] : ServiceType.INDIVIDUAL;
            int m = 10 + (i * 7) % 100;
            facts[i] = SessionFacts.builder().serviceType(type).minutes(m).withEvaluationAndManagement(i % 5 == 0)
                    .interactiveComplexity(i % 4 == 0).telehealth(modes[i % modes.length]).clientAtHome(i % 2 == 0)
                    .payer(payers[i % payers.length]).payerId(i % 6 == 0 ? "LKS01" : "OTHER").build();
            minutes[i] = m;
        }
    }

    @Benchmark
    public CptSuggestion suggest() {
        return standard.suggest(facts[next++ & (MIX - 1)]);
    }

    @Benchmark
    public CptSuggestion suggestWithPayerRulePacks() {
        return withPacks.suggest(facts[next++ & (MIX - 1)]);
    }

    /** The naive way: pick a code from minutes alone. */
    @Benchmark
    public String baselineSwitchOnMinutes() {
        int m = minutes[next++ & (MIX - 1)];
        return m < 16 ? "" : m < 38 ? "90832" : m < 53 ? "90834" : "90837";
    }
}
