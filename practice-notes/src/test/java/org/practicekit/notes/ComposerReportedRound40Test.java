package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.English;

/**
 * Round 40: what the client reported, said as English. A typed fragment put after a report verb ("The client
 * reported insulin dosing irregular.", "The client reported home 4 nights a week.") is no object that verb takes.
 * Every prompt of {@code corpus/dev-reported-r40.jsonl} (written before the change) is drafted in the five formats
 * ({@code target/dev-reported-r40.md}, counts in {@code target/dev-reported-r40-counts.txt}); every draft passes the
 * verifier.
 */
class ComposerReportedRound40Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-reported-r40.jsonl");

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201C[^\u201D]*\u201D");
    /** A report verb and what follows it up to the end of its clause. */
    private static final Pattern REPORT = Pattern.compile("\\b(?:reported|noted|described|shared|endorsed) "
            + "((?:[A-Za-z0-9'-]+ ){0,7}[A-Za-z0-9'-]+)(?=[.,;:]|$)");
    /** A word that opens what a report verb takes: an article, a determiner, "that", a gerund's "having". */
    private static final Set<String> OBJECT_OPENERS = Set.of("a", "an", "the", "that", "this", "these", "those", "her",
            "his", "their", "its", "some", "any", "no", "not", "having", "being", "feeling", "more", "less", "ongoing",
            "increased", "decreased", "continued", "improved", "worsening", "new", "recent", "frequent", "poor", "low",
            "high", "both", "each", "every", "several", "many", "few", "how", "what", "when", "whether");
    /** A bare place or state word that opens no noun phrase: "home 4 nights a week", "back at work". */
    private static final Set<String> BARE_PLACES = Set.of("home", "back", "off", "away", "out", "in", "at", "on");

    /** Adjectives that count or order ("SI most days", "anniversary next week"): a time, never how a thing was. */
    private static final Set<String> QUANTIFIERS = Set.of("most", "more", "less", "much", "next", "last", "first",
            "other", "same", "few", "many");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("a report verb before a verbless small clause (\"reported insulin dosing irregular\")",
                ComposerReportedRound40Test::smallClause);
        SHAPES.put("a report verb before a bare place, time share or state (\"reported home 4 nights a week\", "
                + "\"reported back at work\")", ComposerReportedRound40Test::barePlace);
        SHAPES.put("a report verb before a participle without its subject (\"reported placed on probation\")",
                ComposerReportedRound40Test::bareParticiple);
        SHAPES.put("\"reported that\" (read, not a shape: the frame this round writes)",
                s -> s.contains(" reported that ") || s.contains(" noted that ") || s.contains(" described that "));
    }

    private static String unquoted(String sentence) {
        return QUOTED.matcher(sentence).replaceAll("\"\"");
    }

    private static List<String[]> fragments(String sentence) {
        Matcher m = REPORT.matcher(unquoted(sentence));
        List<String[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT).split(" "));
        }
        return out;
    }

    /** WordNet reads the word as an adjective at least as often as a noun ("irregular", "unusable", "stalled"). */
    private static boolean predicateWord(String w) {
        English en = English.get();
        if (QUANTIFIERS.contains(w)) {
            return false;
        }
        int adjective = en.tagged(w, English.WordClass.ADJECTIVE);
        boolean participle = w.endsWith("ed") && !en.baseOf(w).isEmpty();
        return adjective > 0 && adjective >= en.tagged(w, English.WordClass.NOUN) || participle
                && en.tagged(w, English.WordClass.NOUN) < 0;
    }

    /** A noun phrase of one to three words, then a predicate word: "insulin dosing irregular", "sister anxious about". */
    static boolean smallClause(String sentence) {
        for (String[] w : fragments(sentence)) {
            // A gerund's phrase ("drinking more on weekends") is an object a report verb takes.
            if (OBJECT_OPENERS.contains(w[0]) || BARE_PLACES.contains(w[0]) || w[0].matches("\\d.*")
                    || English.PREPOSITIONS.contains(w[0]) || predicateWord(w[0]) || w[0].endsWith("ing")) {
                continue;
            }
            for (int i = 1; i < Math.min(w.length, 4); i++) {
                if (English.PREPOSITIONS.contains(w[i]) || w[i].equals("and") || w[i].equals("or")) {
                    break;
                }
                if (predicateWord(w[i]) && English.get().tagged(w[i], English.WordClass.VERB) <= English.get()
                        .tagged(w[i], English.WordClass.ADJECTIVE) + (w[i].endsWith("ed") ? 1000 : 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean barePlace(String sentence) {
        for (String[] w : fragments(sentence)) {
            if (w.length > 1 && BARE_PLACES.contains(w[0]) && !w[0].equals("in") && !w[0].equals("on")
                    || w.length > 2 && (w[0].equals("in") || w[0].equals("at")) && (w[1].equals("a")
                    || w[1].equals("the"))) {
                return true;
            }
        }
        return false;
    }

    static boolean bareParticiple(String sentence) {
        for (String[] w : fragments(sentence)) {
            if (w.length > 1 && w[0].endsWith("ed") && !OBJECT_OPENERS.contains(w[0])
                    && !English.get().baseOf(w[0]).isEmpty() && English.PREPOSITIONS.contains(w[1])) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-reported-r40", "reported40.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * Every dev corpus counted with this round's shapes, only when asked ({@code -Dreported40.all=<name>}): drafting
     * them all takes minutes. Writes {@code target/<name>.md} and {@code target/<name>-counts.txt}.
     */
    @Test
    void everyDevCorpusCountedWhenAsked() throws IOException {
        DevCorporaShapes.whenAsked("reported40", SHAPES);
    }

    /** Every dev prompt is accepted. */
    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }

    /** A thing and how it was, typed with the copula left out: "that", the thing and "was" or "were". */
    @Test
    void aSmallClauseIsReportedWithThatAndItsCopula() {
        assertThat(KeptWordChanges.soap(DEV, "r40-01-sc-cpap").text())
                .contains("The client reported that insulin dosing was irregular.")
                .doesNotContain("reported insulin dosing irregular");
        assertThat(KeptWordChanges.soap(DEV, "r40-05-sc-stalled").text())
                .contains("reported that job search was stalled since August.");
        assertThat(KeptWordChanges.soap(DEV, "r40-30-mixed").text())
                .contains("reported that the commute was long and stressful.");
        // A negation stays where it was typed.
        assertThat(KeptWordChanges.soap(DEV, "r40-29-negated").text())
                .contains("reported that appetite was not great.");
        // A count noun the count class gives an article takes "the" (round 38's reading); a participle is a state.
        assertThat(KeptWordChanges.soap(DEV, "r40-04-sc-participle").text())
                .contains("reported that the car was repossessed last week.").doesNotContain("a car repossessed");
    }

    /** "home 4 nights a week": where the client is and how often, the client's own state. */
    @Test
    void aPlaceAndHowOftenIsTheClientsState() {
        assertThat(KeptWordChanges.soap(DEV, "r40-11-pl-home-days").text())
                .contains("The client reported being home 4 nights a week.");
    }

    /** "per dad, homework unfinished most nights": the father's report stays his, said as a report. */
    @Test
    void anotherPersonsReportKeepsThatPerson() {
        assertThat(KeptWordChanges.soap(DEV, "r40-23-other-per-dad").text())
                .contains("reported that homework was unfinished most nights.")
                .doesNotContain("The client reported that homework");
        assertThat(KeptWordChanges.soap(DEV, "r40-22-other-mom-says").text()).contains("said she stays in her room");
    }

    /**
     * Deny by default: a diagnosis's status, a score, a person, a group's concerns and a noun phrase a report verb takes
     * keep the sentences they had before this round.
     */
    @Test
    void whatIsNoSmallClauseOfTheClientsKeepsItsSentence() {
        assertThat(KeptWordChanges.soap(DEV, "r40-26-dx-result").text()).doesNotContain("sleep apnea was");
        assertThat(KeptWordChanges.soap(DEV, "r40-25-dx-score").text()).doesNotContain("reported that");
        assertThat(KeptWordChanges.soap(DEV, "r40-08-sc-roommate").text()).doesNotContain("roommate was");
        assertThat(KeptWordChanges.soap(DEV, "r40-27-clean-noun").text())
                .contains("reported frequent arguments with partner").doesNotContain("reported that");
        assertThat(KeptWordChanges.soap(DEV, "r40-31-group").text()).doesNotContain("reported that");
    }

    /**
     * The composed words ("that", the copula, "being", "the") are the composer's; a changed person, word, negation or
     * number in the new sentences is still caught, while each clean draft passes.
     */
    @Test
    void aChangedPersonWordNegationOrNumberIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                {"r40-01-sc-cpap", "The client reported that insulin", "The client's mother reported that insulin"},
                {"r40-23-other-per-dad", "The dad reported", "The mother reported"},
                {"r40-11-pl-home-days", "The client reported being home", "The client's wife reported being home"},
                {"r40-23-other-per-dad", "The dad reported", "The client reported"},
                {"r40-02-sc-room", "the basement bedroom was unusable", "the kitchen was unusable"},
                {"r40-05-sc-stalled", "stalled since August", "stalled since March"},
                {"r40-30-mixed", "long and stressful", "long and boring"},
                {"r40-04-sc-participle", "the car was repossessed", "the car was stolen"},
                {"r40-01-sc-cpap", "insulin dosing was irregular", "insulin dosing was not irregular"},
                {"r40-29-negated", "appetite was not great", "appetite was great"},
                {"r40-05-sc-stalled", "job search was stalled", "job search was not stalled"},
                {"r40-07-sc-pain", "back pain was worse", "back pain was not worse"},
                {"r40-11-pl-home-days", "being home 4 nights", "being home 5 nights"},
                {"r40-11-pl-home-days", "being home 4 nights a week", "being home 4 nights a month"},
                {"r40-04-sc-participle", "repossessed last week", "repossessed 2 weeks ago"}});
    }
}
