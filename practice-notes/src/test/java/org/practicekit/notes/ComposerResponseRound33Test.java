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
 * Round 33: a response, a goal's evidence and a rating's basis said as sentences; a rating change said with its measure
 * as subject and the direction its numbers give ("SUDS decreased from 70 to 40"). Every dev prompt
 * ({@code corpus/dev-response-r33.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-response-r33.md}); every draft passes the verifier.
 */
class ComposerResponseRound33Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-response-r33.jsonl");

    private static final Pattern LABEL = Pattern.compile("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?");
    private static final Pattern RATED_FROM = Pattern.compile("\\brated [A-Za-z]+ from \\d");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\"", s -> bare(s).startsWith("Response to "));
        SHAPES.put("\"In response to\"", s -> bare(s).startsWith("In response to "));
        SHAPES.put("\"Evidence for\"", s -> bare(s).startsWith("Evidence for "));
        SHAPES.put("\"This rating is based on\"", s -> bare(s).startsWith("This rating is based on "));
        SHAPES.put("\"rated <measure> from\"", s -> RATED_FROM.matcher(s).find());
    }

    private static String bare(String s) {
        return LABEL.matcher(s).replaceFirst("");
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-response-r33", "response33.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }
}
