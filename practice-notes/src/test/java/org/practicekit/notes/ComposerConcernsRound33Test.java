package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 33: the concerns still printed after a label ("Presenting concerns: ...", "Other concerns: ...") or pasted as a
 * raw list after "Presenting concerns included ...". Every dev prompt ({@code corpus/dev-concerns-r33.jsonl}, written
 * before the change) is drafted in the five formats ({@code target/dev-concerns-r33.md}); every draft passes the
 * verifier.
 */
class ComposerConcernsRound33Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r33.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    private static final Pattern INCLUDED = Pattern.compile("(?:Presenting concerns|Concerns also) included (.*)");
    /**
     * An item that is not a noun phrase a reader takes as English: a mark a list item never holds (an arrow, a spaced
     * dash, a colon, semicolon, slash or quotation), a clinician's shorthand ("x3", "w/", "wks", "dx"), or a clause
     * ("grades dropping", "brother not helping": a word in -ing or a negation after the item's first word).
     */
    private static final Pattern NOT_PARALLEL = Pattern.compile("->|\u2192| - |[;:/\"]|(?:^|\\s)'|'(?:\\s|$)"
            + "|\\b(?:x ?\\d+|\\d+x|w|wks?|yrs?|hrs?|mos?|dx|hx|decr|incr|wt|pt|etoh)\\b|\\S \\S*ing\\b|\\bnot\\b");

    static {
        SHAPES.put("\"Presenting/Other concerns:\" lines",
                s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Presenting|Other) concerns: .*"));
        SHAPES.put("\"Presenting concerns included\" lists not parallel", ComposerConcernsRound33Test::notParallel);
    }

    /** A "Presenting concerns included" sentence with at least one item (split at commas and "and") not parallel. */
    static boolean notParallel(String sentence) {
        Matcher m = INCLUDED.matcher(sentence);
        if (!m.matches()) {
            return false;
        }
        String list = m.group(1).replaceAll("\\.$", "");
        for (String item : list.split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
            if (NOT_PARALLEL.matcher(item.strip()).find()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-concerns-r33", "concerns33.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** At most the kept lines (docs/notes.md, "Round 33: the concerns still behind a label"). */
    @Test
    void fewDevDraftsKeepAConcernsLine() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-concerns-r33", "concerns33.before", SHAPES);
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    // Concerns' lines (a list after "included" is inside its paragraph's line, counted in the counts file only): 90
    // before the change (18 prompts x 5 formats), 70 after: kept are an arrow, another person's words or view, a
    // negation or a "no" among the pieces, "on disability", a subject of its own that is a person ("father died 8/14"),
    // an adjective alone ("rural"), demographics an earlier reading keeps whole.
    static final int MAX_LINES = 70;

    /** What a reader sees: the concern said with the client as subject and a report verb, the typed words kept. */
    @Test
    void theConcernIsSaidAsSentences() {
        assertThat(draft("co33-03-demo-student").text()).contains("The client is a 26-year-old grad student.")
                .doesNotContain("concerns: grad student");
        assertThat(draft("co33-35-intake-adhd").text()).contains("The client reported losing things.")
                .contains("The client reported being late to everything.").doesNotContain("Other concerns:");
        assertThat(draft("co33-34-crisis-quote").text()).contains("The client stated, \"I don't know what to do.\"")
                .doesNotContain("Presenting concerns:");
        assertThat(draft("co33-27-su-opioid").text()).contains("The client reported using alone.")
                .doesNotContain("Other concerns:");
        // Deny by default: an adjective alone, a "no" among the pieces, and "on"/"off" (a preposition the verifier
        // reads as framing) keep the line as typed.
        assertThat(draft("co33-04-demo-mech").text())
                .contains("Presenting concerns: mechanic, 52, on disability since back surgery.");
        assertThat(draft("co33-30-tele-audio").text())
                .contains("Presenting concerns: rural, no transport, isolated since winter.");
    }

    /** A kept number, word or quotation changed in a composed sentence is flagged; the clean draft is not. */
    @Test
    void aChangedKeptWordOrNumberIsCaught() {
        String[][] changes = {{"co33-03-demo-student", "26-year-old", "28-year-old"},
                {"co33-03-demo-student", "26-year-old grad student", "26-year-old law student"},
                {"co33-35-intake-adhd", "losing things", "losing keys"},
                {"co33-35-intake-adhd", "late to everything", "early to everything"},
                {"co33-35-intake-adhd", "reported being late", "reported not being late"},
                {"co33-34-crisis-quote", "I don't know what", "I know what"},
                {"co33-34-crisis-quote", "what to do", "what to say"},
                {"co33-27-su-opioid", "using alone", "using daily"}};
        KeptWordChanges.eachIsCaught(DEV, changes);
    }

    static NoteDraft draft(String id) {
        return KeptWordChanges.soap(DEV, id);
    }
}
