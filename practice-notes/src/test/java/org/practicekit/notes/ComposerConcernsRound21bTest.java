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
 * Round 21b: the concerns field written as sentences by the type of each item. Every dev prompt is drafted in the five
 * formats, a corpus style in turn ({@code target/dev-concerns-r21b.md}); every draft must pass the verifier. The
 * sentences of the class are counted by shape ({@link #SHAPES}) into {@code target/dev-concerns-r21b-counts.txt}.
 */
class ComposerConcernsRound21bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r21b.jsonl");

    /**
     * The counter, by shape: a labelled line of concern items ("Presenting concerns:", "Other concerns:", "Concerns
     * discussed:", "Also discussed:") or a sentence holding a chart symbol or shorthand a clinician reader rewrites
     * ("+", "->", "w/", "re:", "x3", "wks").
     */
    static final Pattern SHAPES = Pattern.compile("^(?:Presenting concerns|Other concerns|Concerns discussed"
            + "|Also discussed):|\\s\\+\\s|->|\\bw/|\\bre:|\\bx\\d(?! *\\.)|\\bwks?\\b");

    static List<String> concernLines(String drafts, Pattern shapes) {
        // A labelled section's own heading ("O: ", "**Subjective:** ") is not the sentence's.
        return ComposerFramesRound21Test.sentencesWhere(drafts, x -> shapes.matcher(
                x.replaceFirst("^[*#>\\- ]*(?:\\*\\*[^*]+\\*\\*:?\\s*)?(?:[A-Z]: )?", "")).find());
    }

    /** Drafts {@code dev} into {@code target/<name>.md}, counts the sentences of {@code shapes}; the flagged drafts. */
    static List<String> draftAndCount(Path dev, String name, Pattern shapes) throws IOException {
        Path out = Path.of("target/" + name + ".md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(dev, out);
        List<String> hits = concernLines(Files.readString(out, StandardCharsets.UTF_8), shapes);
        Files.writeString(Path.of("target/" + name + "-counts.txt"), hits.size() + " sentences of the class, "
                + flagged.size() + " drafts flagged\n" + String.join("\n", hits) + "\n", StandardCharsets.UTF_8);
        return flagged;
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(draftAndCount(DEV, "dev-concerns-r21b", SHAPES)).isEmpty();
    }

    /** An individual session drafted in every format and verified clean, with planted changes checked. */
    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    @Test
    void aSpacedPlusBetweenConcernsIsReadAsAnd() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "low mood + poor sleep + irritability"));
        assertThat(d.text()).contains("low mood").contains("irritability").doesNotContain(" + ")
                .doesNotContain("Presenting concerns:");
        // An item changed inside the composed list is still caught.
        assertThat(frames.flagged(d, "irritability", "agitation")).isTrue();
        assertThat(frames.flagged(d, "poor sleep", "poor appetite")).isTrue();
    }

    @Test
    void aPlusBesideATestOrSubstanceIsKeptAsTyped() {
        // "UDS + fentanyl": the plus is a positive result, never "and".
        String t = frames.soap(p -> set(p, "concerns", "UDS today + fentanyl", "cravings daily")).text();
        assertThat(t).contains("+ fentanyl").doesNotContain("UDS today and fentanyl");
        // A plus on a number is no separator.
        String n = frames.soap(p -> set(p, "concerns", "drinking 6+ beers nightly")).text();
        assertThat(n).contains("6+");
    }
}
