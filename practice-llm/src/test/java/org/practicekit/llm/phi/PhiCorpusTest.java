package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicekit.llm.phi.PhiCorpus.Gold;
import org.practicekit.llm.phi.PhiCorpus.Snippet;

/**
 * Recall and precision of {@link PatternPhiDetector} on the labelled therapy corpus. A labelled
 * span is found when every non-blank char of it is covered by some detected span (what redaction
 * needs); a detected span is right when it overlaps a labelled span. The per-type report is written
 * to target/phi-corpus-report.txt and quoted in docs/phi-detection.md.
 */
class PhiCorpusTest {
    private static final List<Snippet> CORPUS = PhiCorpus.load();
    private static final Map<String, int[]> RECALL = new TreeMap<>(); // type -> {found, total}
    private static final Map<String, int[]> PRECISION = new TreeMap<>(); // type -> {right, total}
    private static final List<String> MISSES = new ArrayList<>();
    private static final List<String> FALSE_ALARMS = new ArrayList<>();

    @BeforeAll
    static void evaluate() throws IOException {
        for (Snippet s : CORPUS) {
            List<PhiSpan> found = PatternPhiDetector.builder().knownIdentifiers(s.known()).build().detect(s.text());
            BitSet covered = new BitSet();
            found.forEach(p -> covered.set(p.start(), p.end()));
            for (Gold g : s.gold()) {
                boolean hit = true;
                for (int c = g.start(); c < g.end(); c++) {
                    if (!Character.isWhitespace(s.text().charAt(c)) && !covered.get(c)) {
                        hit = false;
                    }
                }
                count(RECALL, g.type(), hit);
                count(RECALL, "ALL", hit);
                if (g.known()) {
                    count(RECALL, "KNOWN", hit);
                }
                if (!hit) {
                    MISSES.add("line " + s.line() + " " + g.type() + " '" + s.text().substring(g.start(), g.end()) + "'");
                }
            }
            for (PhiSpan p : found) {
                boolean right = s.gold().stream().anyMatch(g -> g.start() < p.end() && p.start() < g.end());
                count(PRECISION, p.type(), right);
                count(PRECISION, "ALL", right);
                if (!right) {
                    FALSE_ALARMS.add("line " + s.line() + " " + p.type() + " '" + p.textOf(s.text()) + "'");
                }
            }
        }
        Path report = Path.of("target", "phi-corpus-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, report(), StandardCharsets.UTF_8);
    }

    private static void count(Map<String, int[]> m, String key, boolean ok) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        if (ok) {
            c[0]++;
        }
        c[1]++;
    }

    private static double rate(Map<String, int[]> m, String key) {
        int[] c = m.get(key);
        return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
    }

    static String report() {
        StringBuilder sb = new StringBuilder();
        long labels = CORPUS.stream().mapToLong(s -> s.gold().size()).sum();
        long negatives = CORPUS.stream().filter(s -> s.gold().isEmpty()).count();
        sb.append(String.format(Locale.ROOT, "snippets %d (hard negatives %d), labelled spans %d%n", CORPUS.size(),
                negatives, labels));
        sb.append(String.format(Locale.ROOT, "%-12s %8s %8s %10s %8s%n", "type", "recall", "labels", "precision",
                "found"));
        java.util.Set<String> types = new java.util.TreeSet<>(RECALL.keySet());
        types.addAll(PRECISION.keySet());
        for (String type : types) {
            int[] r = RECALL.getOrDefault(type, new int[2]);
            int[] p = PRECISION.getOrDefault(type, new int[2]);
            sb.append(String.format(Locale.ROOT, "%-12s %8s %8d %10s %8d%n", type,
                    r[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", rate(RECALL, type)), r[1],
                    p[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", rate(PRECISION, type)), p[1]));
        }
        sb.append("missed:\n");
        MISSES.forEach(m -> sb.append("  ").append(m).append('\n'));
        sb.append("false alarms:\n");
        FALSE_ALARMS.forEach(m -> sb.append("  ").append(m).append('\n'));
        return sb.toString();
    }

    @Test
    void corpusIsLargeAndCoversEveryKind() {
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(150);
        assertThat(RECALL.keySet()).contains("PERSON", "LOCATION", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "FAX",
                "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "USERNAME",
                "ID", "KNOWN");
        assertThat(CORPUS.stream().filter(s -> s.gold().isEmpty()).count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void overallRecallIsAtLeast98Percent() {
        assertThat(rate(RECALL, "ALL")).as(report()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void everySsnPhoneFaxEmailAndKnownIdentifierIsFound() {
        for (String type : List.of("SSN", "PHONE", "FAX", "EMAIL", "KNOWN")) {
            assertThat(rate(RECALL, type)).as(type + "\n" + report()).isEqualTo(1.0);
        }
    }

    @Test
    void overallPrecisionIsAtLeast95Percent() {
        assertThat(rate(PRECISION, "ALL")).as(report()).isGreaterThanOrEqualTo(0.95);
    }
}
