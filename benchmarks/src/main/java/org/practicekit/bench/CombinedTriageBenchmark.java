package org.practicekit.bench;

import java.util.Locale;
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
import org.openjdk.jmh.annotations.Warmup;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.risk.embeddings.EmbeddingRiskClassifier;

/**
 * Time per message, with percentiles, for the recommended triage
 * {@code combined(standard(), EmbeddingRiskClassifier.load())}: short messages (the mixed set of
 * {@link RiskTriageBenchmark}) and a 5,000-character portal post with one risk sentence in the middle,
 * against {@code standard()} alone and lower-casing the same text in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CombinedTriageBenchmark {
    private RiskClassifier combined;
    private RiskClassifier standard;
    private String[] messages;
    private String longPost;
    private int next;

    @Setup
    public void setUp() {
        standard = RiskClassifier.standard();
        combined = RiskClassifier.combined(standard, EmbeddingRiskClassifier.load());
        messages = RiskTriageBenchmark.MESSAGES.toArray(new String[0]);
        longPost = longPost();
    }

    /** About 5,000 characters of a week's update, with one risk sentence halfway through. */
    static String longPost() {
        String[] week = {
            "Monday was fine, I went to work and made dinner. ",
            "Tuesday I skipped the gym because my knee hurt, but I walked the dog twice. ",
            "My manager moved the deadline again, which was frustrating, and I used the breathing exercise in the car. ",
            "Wednesday my sister called and we talked about our mom's birthday plans for next month. ",
            "Thursday I slept badly and had a headache most of the day, so I went to bed early. ",
            "Friday we had pizza with friends and I laughed more than I have in weeks. ",
            "Saturday I cleaned the apartment and finally sorted the paperwork for my insurance claim. ",
            "Sunday I read the chapter you suggested and filled in the thought record twice. "};
        StringBuilder sb = new StringBuilder("Hi, here is my week as you asked. ");
        int i = 0;
        while (sb.length() < 2_450) {
            sb.append(week[i++ % week.length]);
        }
        sb.append("Some nights I think the people around me would be relieved if I just stopped being here. ");
        while (sb.length() < 4_950) {
            sb.append(week[i++ % week.length]);
        }
        return sb.append("See you Thursday.").toString();
    }

    private String nextMessage() {
        String m = messages[next];
        next = (next + 1) % messages.length;
        return m;
    }

    @Benchmark
    public String baselineLowerCaseShort() {
        return nextMessage().toLowerCase(Locale.ROOT);
    }

    @Benchmark
    public RiskAssessment combinedShort() {
        return combined.assess(nextMessage());
    }

    @Benchmark
    public String baselineLowerCaseLong() {
        return longPost.toLowerCase(Locale.ROOT);
    }

    @Benchmark
    public RiskAssessment standardLong() {
        return standard.assess(longPost);
    }

    @Benchmark
    public RiskAssessment combinedLong() {
        return combined.assess(longPost);
    }
}
