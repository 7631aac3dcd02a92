package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 25: what the client reported and how the client responded, composed by the typed fragment's phrase type. Every
 * dev prompt is drafted in the five formats, a corpus style in turn ({@code target/dev-frames-r25.md}); every draft
 * must pass the verifier. The sentences of the class are counted by shape ({@link #SHAPES}) into
 * {@code target/dev-frames-r25-counts.txt}; {@code -Dframes25.before=<drafts file>} counts an earlier commit's drafts.
 */
class ComposerFramesRound25Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-frames-r25.jsonl");

    /** Clinician's shorthand left in a sentence: none of these is written out in a signed note. */
    private static final Pattern SHORTHAND = Pattern.compile(
            "(?<![\\w/])(?:w/o?|pt|pts|mom|dad|wk|wks|hrs?|mtgs?|re:|dx|x\\d+|\\d+x|\\+\\w+|->)(?![\\w/])");

    /** Words that may open what follows "reported" in a composed sentence: a clause, a determiner or a gerund. */
    private static final Pattern FRAMED = Pattern.compile(
            ".*\\breported (?:that|a|an|the|her|his|their|its|my|no|some|several|two|three|having|being|[a-z]+ing|[A-Z]\\w*'s)\\b.*");

    /**
     * The counter, by shape: a sentence holding the word "reported"; of those, one whose next word is not "that", a
     * determiner, a possessive or a verb's -ing form ("reported poor sleep" counts, "reported that she sleeps poorly"
     * does not); one holding shorthand ({@link #SHORTHAND}); a "Response to" line; a "Response to" line holding
     * shorthand; a sentence opening "In response" or "During this work" holding shorthand.
     */
    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        Predicate<String> reported = s -> s.matches(".*\\breported\\b.*");
        Predicate<String> response = s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?Response to .*|Overall response:.*");
        SHAPES.put("\"reported\" sentences", reported);
        SHAPES.put("\"reported\" + bare word", s -> s.matches(".*\\breported [a-z].*") && !FRAMED.matcher(s).matches());
        SHAPES.put("\"reported\" with shorthand", s -> reported.test(s) && SHORTHAND.matcher(s).find());
        SHAPES.put("\"Response to\" lines", response);
        SHAPES.put("\"Response to\" with shorthand", s -> response.test(s) && SHORTHAND.matcher(s).find());
        SHAPES.put("\"In response\"/\"During\" with shorthand", s -> s.matches("(?:In response|During) .*")
                && SHORTHAND.matcher(s).find());
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-frames-r25", "frames25.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }
}
