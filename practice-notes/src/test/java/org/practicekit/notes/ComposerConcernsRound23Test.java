package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 23: what is filed in the concerns' labelled lines, and the session's name by who took part. Every dev prompt is
 * drafted in the five formats, a corpus style in turn ({@code target/dev-concerns-r23.md}); every draft must pass the
 * verifier. The sentences of the class are counted by shape ({@link #SHAPES}) into
 * {@code target/dev-concerns-r23-counts.txt}.
 */
class ComposerConcernsRound23Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r23.jsonl");

    /**
     * The counter, by shape: a labelled concerns or homework line that holds a typed label of its own ("Other concerns:
     * stuck point: ...", "Homework: Bill: ..."); a labelled concerns line that files identifying data, a medication
     * change, a screen, a job, good news or a referral (an age, "mg", "increased", "stopped", "UDS", "screen",
     * "referred", "job", "works", "promoted", "passed", "sober"); raw "pt" in any sentence; an age without a noun ("is a
     * 10-year-old."); and "couples psychotherapy" (each read by hand against who took part).
     */
    static final Pattern SHAPES = Pattern.compile("^(?:(?:Presenting concerns|Other concerns|Concerns discussed"
            + "|Also discussed|Homework):.*\\b[A-Za-z]+(?: [a-z]+)?: "
            + "|(?:Presenting concerns|Other concerns|Concerns discussed|Also discussed):.*(?:\\d ?(?:yo|y/o)\\b"
            + "|-year-old|\\bmg\\b|increased|stopped|\\bUDS\\b|screen|referred|\\bjob\\b|\\bworks\\b|promoted"
            + "|\\bpassed\\b|sober))|\\bpt\\b|\\bis an? \\d{1,3}-year-old\\.|couples psychotherapy",
            Pattern.CASE_INSENSITIVE);

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(ComposerConcernsRound21bTest.draftAndCount(DEV, "dev-concerns-r23", SHAPES)).isEmpty();
    }
}
