package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 24: the concerns' and the focus' labelled lines. Every dev prompt is drafted in the five formats, a corpus style
 * in turn ({@code target/dev-labelled-r24.md}); every draft must pass the verifier. Two counters, by shape, into
 * {@code target/dev-labelled-r24-counts.txt}: every sentence that is a label followed by typed text ({@link #LABELLED}),
 * and of them the concerns' and focus lines this round composes ({@link #CONCERNS_AND_FOCUS}).
 */
class ComposerLabelledRound24Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-labelled-r24.jsonl");

    /** A label of one to six words, capitalized, then a colon and the typed text ("Homework: ...", "Focus of X: ..."). */
    static final Pattern LABELLED = Pattern.compile("^[A-Z][A-Za-z'\\-]*(?: [A-Za-z'\\-]+){0,5}: \\S");

    /** The concerns' and the focus lines ("Presenting concerns:", "Other concerns:", "Focus:", "Focus of X:"). */
    static final Pattern CONCERNS_AND_FOCUS = Pattern.compile("^(?:Presenting concerns|Other concerns|Focus"
            + "(?: of [^:]{1,58})?): \\S");

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-labelled-r24.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        String drafts = Files.readString(out, StandardCharsets.UTF_8);
        List<String> labelled = ComposerConcernsRound21bTest.concernLines(drafts, LABELLED);
        List<String> ours = ComposerConcernsRound21bTest.concernLines(drafts, CONCERNS_AND_FOCUS);
        Files.writeString(Path.of("target/dev-labelled-r24-counts.txt"), labelled.size() + " labelled lines, "
                + ours.size() + " of them concerns or focus, " + flagged.size() + " drafts flagged\n"
                + String.join("\n", labelled) + "\n", StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }
}
