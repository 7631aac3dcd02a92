package org.practicekit.risk.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practicekit.core.messaging.RiskAssessment;
import org.practicekit.core.messaging.RiskCategory;
import org.practicekit.core.messaging.RiskClassifier;
import org.practicekit.core.messaging.RiskLevel;

/**
 * What the embedding classifier adds to the phrase rules, on the core labelled set and on held-out
 * paraphrases. Writes the figures to target/risk-embeddings-figures.txt for docs/messaging.md.
 */
class EmbeddingRiskClassifierTest {
    private static EmbeddingRiskClassifier embeddings;
    private static RiskClassifier combined;
    private static final RiskClassifier RULES = RiskClassifier.standard();

    record Labelled(boolean risk, String text) {
    }

    @BeforeAll
    static void load() {
        embeddings = EmbeddingRiskClassifier.load();
        combined = RiskClassifier.combined(RULES, embeddings);
    }

    private static List<Labelled> read(Path file) {
        try {
            List<Labelled> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                out.add(new Labelled(c[0].equals("RISK"), c[c.length - 1]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** tp, fn, fp, tn for the rules, the embeddings and both combined; each message embedded once. */
    private static int[][] score(List<Labelled> set) {
        int[][] s = new int[3][4];
        for (Labelled l : set) {
            RiskAssessment rules = RULES.assess(l.text());
            RiskAssessment emb = embeddings.assess(l.text());
            boolean[] flagged = {rules.needsHuman(), emb.needsHuman(), rules.and(emb).needsHuman()};
            for (int k = 0; k < 3; k++) {
                s[k][l.risk() ? (flagged[k] ? 0 : 1) : (flagged[k] ? 2 : 3)]++;
            }
        }
        return s;
    }

    private static String line(String name, int[] s) {
        double recall = s[0] / (double) (s[0] + s[1]);
        double precision = s[0] + s[2] == 0 ? 1 : s[0] / (double) (s[0] + s[2]);
        return String.format(Locale.ROOT, "%s: recall %.3f (%d/%d), precision %.3f (%d false alarms of %d escalations)",
                name, recall, s[0], s[0] + s[1], precision, s[2], s[0] + s[2]);
    }

    @Test
    void theModelCatchesParaphrasesTheRulesMissWithoutLosingAnyRulesHit() throws IOException {
        List<Labelled> labelled = read(Path.of("../practice-core/src/test/resources/messaging/labelled-messages.tsv"));
        List<Labelled> paraphrases = read(Path.of("src/test/resources/paraphrases.tsv"));

        int[][] l = score(labelled);
        int[][] p = score(paraphrases);
        int[] rulesLabelled = l[0];
        int[] embLabelled = l[1];
        int[] combinedLabelled = l[2];
        int[] rulesPara = p[0];
        int[] embPara = p[1];
        int[] combinedPara = p[2];

        List<String> report = List.of(
                "labelled set (" + labelled.size() + " messages)",
                line("  rules", rulesLabelled), line("  embeddings alone", embLabelled), line("  rules + embeddings", combinedLabelled),
                "held-out paraphrases (" + paraphrases.size() + " messages)",
                line("  rules", rulesPara), line("  embeddings alone", embPara), line("  rules + embeddings", combinedPara));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/risk-embeddings-figures.txt"), report, StandardCharsets.UTF_8);

        assertThat(combinedLabelled[1]).as("labelled risk messages missed").isZero();
        assertThat(combinedPara[0]).as(String.join("\n", report)).isGreaterThan(rulesPara[0]);
        double precision = combinedLabelled[0] / (double) (combinedLabelled[0] + combinedLabelled[2]);
        assertThat(precision).as(String.join("\n", report)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aRulesHitIsNeverOverruled() {
        String[] hits = {"I want to kill myself", "kms", "I've been saving up my pills", "My husband hit me again"};
        for (String h : hits) {
            RiskLevel rules = RULES.assess(h).level();
            assertThat(combined.assess(h).level()).isGreaterThanOrEqualTo(rules).isNotEqualTo(RiskLevel.NONE);
        }
    }

    @Test
    void aParaphraseIsFlaggedWithTheClosestExampleForStaff() {
        RiskAssessment a = embeddings.assess("I am thinking of ending things. See you never.");
        assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.categories()).containsExactly(RiskCategory.RESEMBLES_CRISIS_LANGUAGE);
        assertThat(a.indicators().get(0).rule()).startsWith("embedding.minilm");
        assertThat(embeddings.assess("Can I move my appointment to Friday afternoon?").level()).isEqualTo(RiskLevel.NONE);
        assertThat(embeddings.assess("").level()).isEqualTo(RiskLevel.NONE);
    }
}
