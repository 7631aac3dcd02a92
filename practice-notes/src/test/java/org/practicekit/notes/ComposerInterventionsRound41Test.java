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
 * Round 41: the intervention part's labelled lines ("Focus of X: ...", "Response to X: ...", "Overall response: ...",
 * "Response: ...") that readers take for prompt text pasted into the note. Every prompt of
 * {@code corpus/dev-labels-r41.jsonl} (written before the change) is drafted in the five formats
 * ({@code target/dev-labels-r41.md}); every draft passes the verifier.
 */
class ComposerInterventionsRound41Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-labels-r41.jsonl");

    private static final Pattern SECTION = Pattern.compile("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("a \"Focus of X:\" line", s -> bare(s).startsWith("Focus of "));
        SHAPES.put("a \"Response to X:\" line", s -> bare(s).startsWith("Response to ") && bare(s).contains(": "));
        SHAPES.put("an \"Overall response:\" line", s -> bare(s).startsWith("Overall response: "));
        SHAPES.put("a \"Response:\" line", s -> bare(s).startsWith("Response: "));
    }

    private static String bare(String s) {
        return SECTION.matcher(s).replaceFirst("");
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-labels-r41", "labels41.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** Every dev corpus counted with this round's shapes, only when asked ({@code -Dlabels41.all=<name>}). */
    @Test
    void everyDevCorpusCountedWhenAsked() throws IOException {
        DevCorporaShapes.whenAsked("labels41", SHAPES);
    }

    /** Every dev prompt is accepted. */
    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }
}
