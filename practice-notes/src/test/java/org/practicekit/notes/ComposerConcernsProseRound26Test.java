package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 26: the concerns written as prose, with no labelled line of typed text. Every dev prompt is drafted in the five
 * formats, a corpus style in turn ({@code target/dev-concerns-prose-r26.md}); every draft must pass the verifier. The
 * counter is round 25's ({@link ComposerConcernsProseRound25Test#counts}): every sentence that is a label of one to six
 * words, a colon and typed text that is not a value (a code, a number, a date or time, a score name with its number),
 * of them the concerns' and focus lines, and every ", centered on" sentence.
 */
class ComposerConcernsProseRound26Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-prose-r26.jsonl");

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<String> flagged = new ArrayList<>();
        StringBuilder all = new StringBuilder(ComposerConcernsProseRound25Test.counts(DEV, "dev-concerns-prose-r26",
                flagged));
        for (String other : List.of("dev-concerns-prose-r25", "dev-labelled-r24", "dev-concerns-r23",
                "dev-concerns-r22", "dev-concerns-r21b", "dev-lines-r20", "dev-frames-r22")) {
            all.append(ComposerConcernsProseRound25Test.counts(Path.of("src/test/resources/corpus/" + other + ".jsonl"),
                    "r26-" + other, new ArrayList<>()));
        }
        Files.writeString(Path.of("target/concerns-prose-r26-summary.txt"), all, StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }
}
