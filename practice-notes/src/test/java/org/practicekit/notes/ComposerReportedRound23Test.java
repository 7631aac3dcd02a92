package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.practicekit.notes.ComposerRiskRound16Test.set;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 23: what the client reported and what the chart says. Every dev prompt is drafted in the five formats, a corpus
 * style in turn ({@code target/dev-reported-r23.md}); every draft must pass the verifier. Sentences with "reported"
 * are counted by shape ({@link Shapes}) into {@code target/dev-reported-r23-counts.txt}; {@code -Dreported.before=<drafts
 * file>} counts an earlier commit's drafts with the same counter.
 */
class ComposerReportedRound23Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-reported-r23.jsonl");

    /**
     * A fact of the chart: a screening score, a lab value or drug screen, a remission status, a diagnosis, an attendance
     * count or what another provider found, named by its kind of word. A rating out of ten ("cravings 6/10") is the
     * client's own and is not counted here.
     */
    static final Pattern CHART = Pattern.compile("(?i)\\b(?:PHQ-?9|GAD-?7|AUDIT|PCL-?5|EPDS|MoCA|CBCL|BAL|BAC|UDS|UA"
            + "|drug screen|urine|level|remission|dx|diagnos\\w*|d/o|disorder|attended \\d+ of|missed \\d+ of"
            + "|EEG|PCP|psychiatrist|neuro\\w*|score\\w*)\\b|=");

    /**
     * The counter, by shape, over sentences holding "reported": "chart fact" when what follows "reported" holds a fact
     * of the chart ({@link #CHART}); "fragment" when it is a typed fragment the frame cannot take (the round-22 counter:
     * a bare person, a verb of saying, a past tense without "that", a date) or a verbless state of a noun and an
     * adjective or a figure ("reported sleep ok", "reported mood 4/10"), never a verb's -ing form ("feeling better"); "frame" for the rest (a noun phrase, a
     * that-clause, a gerund), which a reader may still flag but whose frame fits.
     */
    static final class Shapes extends ShapeCounts {
        Shapes() {
            super("chart fact", "fragment", "frame");
        }

        void read(String drafts) {
            drafts.lines().filter(l -> l.startsWith("## ")).forEach(l -> this.drafts++);
            for (String hit : ComposerFramesRound21Test.sentencesWhere(drafts, s -> s.contains(" reported"))) {
                String sentence = hit.substring(hit.indexOf(" | ") + 3);
                String after = sentence.substring(sentence.indexOf(" reported") + 9);
                if (CHART.matcher(after).find()) {
                    add("chart fact", sentence);
                } else if (ComposerFramesRound22Test.countable(sentence)
                        || after.matches("\\s+(?!that\\b|having\\b|being\\b)(?!\\w+ing\\b)\\w+ (?:ok|okay|fine|good|poor|down|up"
                        + "|better|worse|\\d+/\\d+)\\b.*")) {
                    add("fragment", sentence);
                } else {
                    add("frame", sentence);
                }
            }
        }
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-reported-r23.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        Shapes now = new Shapes();
        now.read(Files.readString(out, StandardCharsets.UTF_8));
        StringBuilder counts = new StringBuilder(flagged.size() + " drafts flagged\n" + String.join("\n", flagged)
                + "\n" + now.report());
        String before = System.getProperty("reported.before", "");
        if (!before.isEmpty()) {
            Shapes then = new Shapes();
            then.read(Files.readString(Path.of(before), StandardCharsets.UTF_8));
            counts.append("\nbefore (").append(before).append("):\n").append(then.report());
        }
        Files.writeString(Path.of("target/dev-reported-r23-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }

    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    /** The first dev prompt with {@code concerns} typed, drafted in every format and verified clean; SOAP. */
    private NoteDraft soap(String... concerns) {
        return frames.soap(DEV, p -> set(p, "concerns", concerns));
    }

    @Test
    void aScreenTypedWithItsDateIsTheChartsResultAndAChangedResultIsCaught() {
        NoteDraft d = soap("UDS 11/30 negative", "cravings most evenings");
        assertThat(d.text()).contains("The UDS on 11/30 was negative.").doesNotContain("reported UDS");
        assertThat(frames.flagged(d, "was negative", "was positive")).isTrue();
        assertThat(frames.flagged(d, "11/30", "11/23")).isTrue();
    }

    @Test
    void aScoreWithItsSourceOrItsChangeKeepsBothAndEachIsChecked() {
        NoteDraft d = soap("MoCA 24/30 per neurology", "PCL-5 48, down from 61", "forgets appts");
        assertThat(d.text()).contains("The MoCA score was 24/30 per neurology.")
                .contains("The PCL-5 score was 48, down from 61.").doesNotContain("reported MoCA")
                .doesNotContain("reported PCL");
        assertThat(frames.flagged(d, "24/30", "26/30")).isTrue();
        assertThat(frames.flagged(d, "per neurology", "per psychiatry")).isTrue();
        assertThat(frames.flagged(d, "down from 61", "down from 71")).isTrue();
    }

    @Test
    void aTestFoundNormalByAnotherProviderIsTheirsNeverTheClientsReport() {
        NoteDraft d = soap("EEG normal per neuro", "episodes at night");
        assertThat(d.text()).contains("The EEG was normal per neuro.").doesNotContain("reported EEG");
        assertThat(frames.flagged(d, "was normal", "was abnormal")).isTrue();
    }

    @Test
    void aVerbsIngFormBeforeHowItWentStaysTheClientsOwnState() {
        NoteDraft d = soap("feeling better", "back at gym");
        assertThat(d.text()).contains("reported feeling better").doesNotContain("feeling was better");
        assertThat(frames.flagged(d, "feeling better", "feeling worse")).isTrue();
    }

    @Test
    void aSpeltOutDrugScreenIsAResultToo() {
        NoteDraft d = soap("urine drug screen negative", "cravings most evenings");
        assertThat(d.text()).contains("The urine drug screen was negative.").doesNotContain("reported urine");
        assertThat(frames.flagged(d, "was negative", "was positive")).isTrue();
    }

    @Test
    void anAttendanceCountIsTheRecordsAndAChangedCountIsCaught() {
        NoteDraft d = soap("missed 3 of last 5 appts", "transport problems");
        assertThat(d.text()).contains("The client has missed 3 of the last 5 appointments.")
                .doesNotContain("reported having missed");
        assertThat(frames.flagged(d, "missed 3 of", "missed 4 of")).isTrue();
        assertThat(frames.flagged(d, "has missed", "has attended")).isTrue();
        // Meetings outside the practice are the client's own account, still reported.
        assertThat(soap("attended 5 of 7 AA meetings").text()).doesNotContain("has attended 5 of 7");
    }
}
