package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.practicekit.notes.ComposerRiskRound16Test.set;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 22: the typed concerns written as sentences by kind, not pasted into a labelled line. Every dev prompt is
 * drafted in the five formats, a corpus style in turn ({@code target/dev-concerns-r22.md}); every draft must pass the
 * verifier. The lines of the class are counted by shape ({@link #LINES}) into {@code target/dev-concerns-r22-counts.txt}.
 */
class ComposerConcernsRound22Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r22.jsonl");

    /**
     * The counter, by shape: a labelled line of pasted concern items ("Presenting concerns:", "Other concerns:",
     * "Concerns discussed:", "Also discussed:"), the class the blind read flagged.
     */
    static final Pattern LINES = Pattern.compile("^(?:Presenting concerns|Other concerns|Concerns discussed"
            + "|Also discussed):");

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(ComposerConcernsRound21bTest.draftAndCount(DEV, "dev-concerns-r22", LINES)).isEmpty();
    }

    /** An individual session drafted in every format and verified clean, with planted changes checked. */
    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    @Test
    void bulletsTypedOnOneLineAreWrittenAsAList() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "- irritability - poor concentration - fights with partner"));
        assertThat(d.text()).contains("irritability").contains("poor concentration").doesNotContain(" - ")
                .doesNotContain("Presenting concerns:");
        // A changed or dropped bullet is still caught.
        assertThat(frames.flagged(d, "poor concentration", "poor memory")).isTrue();
        assertThat(frames.flagged(d, "irritability", "anger")).isTrue();
    }

    @Test
    void aBulletThatIsAClauseKeepsTheLineAsTyped() {
        // "father died in Sept" has its own subject: never split from the topic before it, never given to the client.
        String t = frames.soap(p -> set(p, "concerns", "- grief - father died in Sept - poor appetite")).text();
        assertThat(t).contains("father died in Sept").doesNotContain("client died");
        // A dash inside one item is no bullet.
        String one = frames.soap(p -> set(p, "concerns", "grief - father died in Sept")).text();
        assertThat(one).contains("grief - father died in Sept");
    }
}
