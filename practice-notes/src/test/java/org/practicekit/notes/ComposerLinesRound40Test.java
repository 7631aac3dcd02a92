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
 * Round 40: the "Presenting concerns:" and "Other concerns:" lines a clinician signs, written without the chart's
 * shorthand for people ("pt", "mom", "bf") or cut words and symbols ("appt", "w/", "d/t"), a relation with nothing
 * owning it said as the client's where the session says so, and without a non-concern (an age alone, a session count)
 * listed as a concern. Every prompt of {@code corpus/dev-concern-lines-r40.jsonl} (written before the change) is drafted
 * in the five formats ({@code target/dev-concern-lines-r40.md}); every draft passes the verifier.
 */
class ComposerLinesRound40Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concern-lines-r40.jsonl");

    private static final Pattern CONCERN_LINE = Pattern.compile("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?"
            + "(?:Presenting|Other) concerns: ");
    private static final Pattern PERSON_SHORT = Pattern.compile("(?<![\\w'/-])(pt|pts|mom|dad|bf|gf|sis|bro|sib|gma"
            + "|gpa)(?![\\w'/-])");
    private static final Pattern CUT_WORD = Pattern.compile("(?<![\\w'/-])(appt|appts|mtg|mtgs|rm|ctr|w/|w/o|d/t|b/c"
            + "|re|wk|wks|wknd|hrs|mins|mos|abt|approx|tmrw|yr|yrs|hosp|sched|dept|mgr|ppl|hwy|hx)(?![\\w'-])");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201C[^\u201D]*\u201D");
    private static final Pattern BARE_RELATION = Pattern.compile("(?:^|[;,] |\\b(?:with|w/|to|from|for|by|about|abt"
            + "|re|visiting|calls|called|see|and) )(mom|dad|mother|father|sister|brother|sis|bro|bf|gf|boyfriend"
            + "|girlfriend|husband|wife|gma|grandma|grandmother|kids|son|daughter|parents)\\b");
    private static final Pattern NON_CONCERN = Pattern.compile("(?:: |; )(?:\\d{1,3} ?(?:y/?o|years? old|yo)"
            + "|session \\d+ of \\d+)(?=[;.]|$)");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("a concern line with shorthand for a person (pt, mom, dad, bf, gf, sis, bro, gma) outside a quotation",
                s -> concernLine(s) && PERSON_SHORT.matcher(value(s)).find());
        SHAPES.put("a concern line with a word cut short or a symbol (appt, w/, d/t, re, wk, abt ...) outside a quotation",
                s -> concernLine(s) && CUT_WORD.matcher(value(s)).find());
        SHAPES.put("a concern line with a relation nothing owns (\"w/ mom\", \"; dad deployed\")",
                s -> concernLine(s) && BARE_RELATION.matcher(value(s)).find());
        SHAPES.put("a concern line listing an age alone or a session count", s -> concernLine(s)
                && NON_CONCERN.matcher(s.replaceFirst("\\.$", "")).find());
        SHAPES.put("a concern line (read, not a shape: the lines stay, their words written out)",
                ComposerLinesRound40Test::concernLine);
    }

    static boolean concernLine(String s) {
        return CONCERN_LINE.matcher(s).find();
    }

    private static String value(String s) {
        return QUOTED.matcher(s.substring(s.indexOf("concerns: ") + "concerns: ".length())).replaceAll("\"\"");
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-concern-lines-r40",
                "concernlines40.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * Every dev corpus counted with this round's shapes, only when asked ({@code -Dconcernlines40.all=<name>}):
     * drafting them all takes minutes.
     */
    @Test
    void everyDevCorpusCountedWhenAsked() throws IOException {
        DevCorporaShapes.whenAsked("concernlines40", SHAPES);
    }

    /** Every dev prompt is accepted. */
    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }
}
