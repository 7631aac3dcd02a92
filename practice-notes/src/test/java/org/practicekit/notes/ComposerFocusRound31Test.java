package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Round 31: an intervention's focus typed in chart shorthand (a quoted thought, items joined by "+" or "&", a semicolon
 * list, a parenthesis, "re:", a comma list of noun phrases, "pt practicing ...") is a sentence with the intervention
 * as its subject or frame, never a "Focus of X:" line, where the composer can say it with the typed words kept. Every
 * dev prompt ({@code corpus/dev-focus-r31.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-focus-r31.md}); every draft passes the verifier.
 */
class ComposerFocusRound31Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-focus-r31.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Focus of\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Focus(?: of [^:]+)?: .*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-focus-r31", "focus31.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** At most the few kept lines (docs/notes.md, "Round 31: the focus as sentences"). */
    @Test
    void fewDevDraftsKeepAFocusLine() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-focus-r31", "focus31.before", SHAPES);
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    // 84 before the change (21 prompts x 4 drafted formats), 32 after: the kept ones are a command among the items
    // ("call neighbor"), a count ("gym 2x"), a quotation with an item after it, a negation ("without acting"), a fact
    // ("owns shotgun"), an item holding its own "and", and a participle the reader takes as a deed ("committed
    // action", "stuck points").
    static final int MAX_LINES = 32;

    /** What a reader sees: the intervention's sentence says what it targeted or focused on, the typed words kept. */
    @Test
    void theFocusIsSaidInTheInterventionsSentence() {
        assertThat(draft("fo31-01-quote-thought").text())
                .contains("used cognitive restructuring, targeting the thought \"I'm lazy.\"").doesNotContain("Focus of");
        assertThat(draft("fo31-03-quote-belief-word").text())
                .contains("targeting the belief \"I always mess things up.\"").doesNotContain("Focus of");
        assertThat(draft("fo31-10-amp-two").text()).contains("focused on praise and routines during visits.")
                .doesNotContain("Focus of");
        assertThat(draft("fo31-16-paren-examples").text()).contains(
                "provided psychoeducation on early warning signs of relapse (sleep change, suspiciousness).");
        assertThat(draft("fo31-19-re-feelings").text()).contains(
                "focused on the client expressing feelings regarding dad's house to the client's mother.");
        assertThat(draft("fo31-32-mix-re-semi").text()).contains(
                "focused on time-out steps and consistency regarding bedtime.");
        // Deny by default: a fact among the items ("owns shotgun") keeps the line as typed.
        assertThat(draft("fo31-13-semi-safety").text()).contains(
                "Focus of safety planning: safety plan + lethal means; owns shotgun.");
    }

    /** A quoted thought changed, a word put into it, or a listed item changed is flagged; the clean draft is not. */
    @Test
    void aChangedThoughtOrItemIsCaught() {
        String[][] changes = {{"fo31-01-quote-thought", "\"I'm lazy", "\"I'm stupid"},
                {"fo31-01-quote-thought", "\"I'm lazy", "\"I'm always lazy"},
                {"fo31-01-quote-thought", "the thought \"I'm", "the thought of his father \"I'm"},
                {"fo31-03-quote-belief-word", "I always mess", "I never mess"},
                {"fo31-10-amp-two", "praise and routines", "praise and punishment"},
                {"fo31-16-paren-examples", "(sleep change, suspiciousness)", "(sleep change, suspiciousness, voices)"},
                {"fo31-32-mix-re-semi", "consistency regarding bedtime", "consistency regarding curfew"}};
        KeptWordChanges.eachIsCaught(DEV, changes);
    }

    static NoteDraft draft(String id) {
        return KeptWordChanges.soap(DEV, id);
    }
}
