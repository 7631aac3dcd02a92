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

    /**
     * "pt", "mom", "dad" in a concern line: the client, and the client's parent where the session says whose; a
     * reporter after "per" keeps its typed word (a planted change of it on the round-20 dev set must stay plantable).
     */
    @Test
    void aConcernLinesPeopleAreWrittenOutWithTheirReporter() {
        assertThat(KeptWordChanges.soap(DEV, "c40-05-per-dad").text())
                .contains("Presenting concerns: per dad, the client skipping meals.").doesNotContain("pt skipping");
        assertThat(KeptWordChanges.soap(DEV, "c40-06-mom-reports").text())
                .contains("Other concerns: the client's mother reports the client refusing school.")
                .doesNotContain("mom reports");
        assertThat(KeptWordChanges.soap(DEV, "c40-26-dad-drinking").text()).contains("Other concerns: the client worried.");
    }

    /** "appt", "wk", "yr", "d/t", "re" in a concern line: words, in the order and with the separators typed. */
    @Test
    void aConcernLinesCutWordsAndSymbolsAreWords() {
        assertThat(KeptWordChanges.soap(DEV, "c40-01-pt-w-boss").text())
                .contains("Other concerns: missed appointment last week due to migraine.").doesNotContain("d/t");
        assertThat(KeptWordChanges.soap(DEV, "c40-16-gma-passed").text())
                .contains("Other concerns: guilt regarding missing funeral.").doesNotContain(" re ");
        assertThat(KeptWordChanges.soap(DEV, "c40-07-couples-bf").text())
                .contains("Other concerns: trust issues after affair disclosed last year.");
        assertThat(KeptWordChanges.soap(DEV, "c40-09-crisis-bf-breakup").text())
                .contains("Other concerns: not eating, crying most of the day.");
    }

    /** A group member's relation is no one the words name: a concern line there keeps it as typed. */
    @Test
    void aGroupsConcernLineGivesNoRelationToTheClient() {
        for (String id : List.of("c40-08-group-shorthand", "c40-22-group-peer")) {
            assertThat(KeptWordChanges.soap(DEV, id).text()).as(id).doesNotContain("client's friend")
                    .doesNotContain("client's peer");
        }
    }

    /** The verifier reads the written-out concern lines: a changed person, word, negation or number is caught. */
    @Test
    void aChangedWordPersonNegationOrNumberIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                {"c40-05-per-dad", "per dad", "per mom"},
                {"c40-05-per-dad", "the client skipping meals", "the client's sister skipping meals"},
                {"c40-06-mom-reports", "the client's mother reports", "the client's father reports"},
                {"c40-06-mom-reports", "reports the client refusing", "reports the client's brother refusing"},
                {"c40-26-dad-drinking", "Other concerns: the client worried", "Other concerns: the client's father worried"},
                {"c40-01-pt-w-boss", "due to migraine", "due to stress"},
                {"c40-01-pt-w-boss", "last week due to", "last month due to"},
                {"c40-16-gma-passed", "missing funeral", "missing wedding"},
                {"c40-07-couples-bf", "disclosed last year", "disclosed last week"},
                {"c40-03-dt-finances", "Presenting concerns: anxious", "Presenting concerns: not anxious"},
                {"c40-01-pt-w-boss", "missed appointment", "never missed appointment"},
                {"c40-09-crisis-bf-breakup", "not eating", "eating"},
                {"c40-01-pt-w-boss", "missed appointment last", "missed 2 appointments last"},
                {"c40-02-mom-hospital", "the client visiting daily", "the client visiting 3 times daily"},
                {"c40-20-mixed-semis", "due to knee injury", "due to 2 knee injuries"}});
    }
}
