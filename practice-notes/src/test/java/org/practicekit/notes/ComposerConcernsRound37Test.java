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
 * Round 37: the concerns and the intervention lines a clinician writes as sentences, for each phrase type typed (a
 * noun phrase with what follows it, a verb phrase, a sentence, a fragment, a list). Every dev prompt ({@code
 * corpus/dev-concerns-r37.jsonl}, written before the change) is drafted in the five formats ({@code
 * target/dev-concerns-r37.md}, counts in {@code target/dev-concerns-r37-counts.txt}); every draft passes the verifier.
 */
class ComposerConcernsRound37Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r37.jsonl");

    /** The software's own labels before the clinician's words, once a format's section label is taken off. */
    static final Pattern CONCERN_LINE = Pattern.compile("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Presenting|Other) "
            + "concerns: .*");
    static final Pattern DISCUSSED_LINE = Pattern.compile("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Concerns discussed|"
            + "Also discussed): .*");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Presenting/Other concerns:\" lines", s -> CONCERN_LINE.matcher(s).matches());
        SHAPES.put("\"Concerns discussed/Also discussed:\" lines", s -> DISCUSSED_LINE.matcher(s).matches());
        SHAPES.put("\"Focus of X:\" label", s -> ComposerLabelsRound36Test.FOCUS_LABEL.matcher(s).find());
        SHAPES.put("\"Response to X:\" label", s -> ComposerLabelsRound36Test.RESPONSE_LABEL.matcher(s).find());
        SHAPES.put("\"In response to X,\" before a fragment",
                s -> ComposerLabelsRound36Test.IN_RESPONSE_FRAGMENT.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-concerns-r37", "concerns37.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** Every dev prompt is accepted: each phrase type typed in these fields is something a note can say. */
    @Test
    void noDevPromptIsRefused() {
        for (com.fasterxml.jackson.databind.JsonNode c : PromptJson.lines(DEV)) {
            StringBuilder why = new StringBuilder();
            assertThat(PromptJson.promptOrRefusal(c, why)).as(c.path("id").asText() + ": " + why).isPresent();
        }
    }
}
