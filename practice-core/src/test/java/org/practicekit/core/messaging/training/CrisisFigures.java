package org.practicekit.core.messaging.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.spi.Escalation;

/**
 * How a classifier does on one labelled crisis set: recall of NOW and TODAY messages (escalated at any
 * urgency), how many NOW messages reach a person at once, the share of benign messages escalated, and
 * escalation precision, with every miss and false alarm kept for the report.
 */
public final class CrisisFigures {
    private final String set;
    private int risks;
    private int now;
    private int benign;
    private int escalatedRisks;
    private int nowImmediate;
    private int falseAlarms;
    private final List<CrisisCorpus.Example> misses = new ArrayList<>();
    private final List<CrisisCorpus.Example> alarms = new ArrayList<>();

    private CrisisFigures(String set) {
        this.set = set;
    }

    /** Runs {@code classifier} over {@code examples}. */
    public static CrisisFigures of(String set, RiskClassifier classifier, List<CrisisCorpus.Example> examples) {
        CrisisFigures f = new CrisisFigures(set);
        for (CrisisCorpus.Example e : examples) {
            RiskAssessment a = classifier.assess(e.text());
            boolean escalated = a.needsHuman();
            if (e.risk()) {
                f.risks++;
                if (escalated) {
                    f.escalatedRisks++;
                } else {
                    f.misses.add(e);
                }
                if (e.now()) {
                    f.now++;
                    if (a.level().urgency() == Escalation.Urgency.IMMEDIATE) {
                        f.nowImmediate++;
                    }
                }
            } else {
                f.benign++;
                if (escalated) {
                    f.falseAlarms++;
                    f.alarms.add(e);
                }
            }
        }
        return f;
    }

    public double recall() {
        return escalatedRisks / (double) risks;
    }

    public double precision() {
        return escalatedRisks / (double) (escalatedRisks + falseAlarms);
    }

    public double benignEscalated() {
        return falseAlarms / (double) benign;
    }

    public double nowImmediate() {
        return now == 0 ? 1 : nowImmediate / (double) now;
    }

    public List<CrisisCorpus.Example> misses() {
        return List.copyOf(misses);
    }

    public List<CrisisCorpus.Example> falseAlarms() {
        return List.copyOf(alarms);
    }

    /** One line: "blind-r1: 861 messages; recall 0.97 (412/424); ...". */
    public String summary() {
        return String.format(Locale.ROOT, "%s: %d messages (%d risk, %d benign); recall %.3f (%d/%d), NOW at once %.3f, "
                + "benign escalated %.3f (%d), precision %.3f", set, risks + benign, risks, benign, recall(), escalatedRisks,
                risks, nowImmediate(), benignEscalated(), falseAlarms, precision());
    }

    /** The summary and every miss, one per line, for docs/messaging.md. */
    public String report() {
        StringBuilder sb = new StringBuilder(summary()).append('\n');
        for (CrisisCorpus.Example m : misses) {
            sb.append("  missed ").append(m.label()).append(" (").append(m.kind()).append("): ")
                    .append(m.text().replace("\n", " / ")).append('\n');
        }
        return sb.toString();
    }

    /** Writes {@link #report()} under {@code target/crisis-figures/}. */
    public void write(String name) {
        try {
            Path dir = Path.of("target", "crisis-figures");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), report(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
