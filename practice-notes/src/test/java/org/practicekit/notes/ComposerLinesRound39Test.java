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
import org.practicekit.notes.internal.NounKinds;
import org.practicekit.notes.internal.PhraseReader;

/**
 * Round 39: the lines a clinician signs after a response, a goal's evidence, a report and the mental status
 * ("Response to X:", "In response to X,", "Evidence for the goal:", "The client reported ...", "Mental status was
 * notable for ...") written without the clinician's shorthand for people ("pt", "mom", "bf") or cut words ("appt",
 * "mtg", "rm"), without "reported" before what is no report, and without "notable for" before a bare adjective. Every
 * prompt of {@code corpus/dev-lines-r39.jsonl} (written before the change) is drafted in the five formats ({@code
 * target/dev-lines-r39.md}, counts in {@code target/dev-lines-r39-counts.txt}); every draft passes the verifier.
 */
class ComposerLinesRound39Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r39.jsonl");

    /** Shorthand a clinician types for a person: never a word of a signed sentence outside a quotation. */
    private static final Pattern PERSON_SHORT = Pattern.compile("(?<![\\w'/-])(pt|pts|mom|dad|bf|gf|sis|bro)(?![\\w'/-])");
    /** Words cut short in a chart: a signed sentence spells them out. */
    private static final Pattern CUT_WORD = Pattern.compile("(?<![\\w'/-])(appt|appts|mtg|mtgs|rm|ctr|w/|w/o|wk|wks"
            + "|hrs|mins|mos|abt|approx|apt|bc|b/c|tmrw|tmrw|yr|yrs|hosp|rx|sched|dept|mgr|govt|info|msg)(?![\\w'-])");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201C[^\u201D]*\u201D");
    private static final Pattern LABELLED = Pattern.compile("^(?:Response to [^:]+|Evidence for [^:]+|Focus of [^:]+"
            + "|Overall response): ");
    private static final Pattern REPORTED = Pattern.compile("\\breported ((?:[a-zA-Z-]+ ){0,3}[a-zA-Z-]+)(?=[.,;:]|$)");
    private static final Pattern NOTABLE = Pattern.compile("\\b(?:notable for|, with) ([a-z-]+)(?=[ .,;]|$)( [a-z]+)?");
    private static final Pattern BARE_PERSON = Pattern.compile("\\b(?:with|to|from|for|by|and|asked|call|called|"
            + "calling|visit|visited|told|tell) ([a-z]+)(?=[ .,;]|$)");
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "this", "that", "these", "those", "her", "his",
            "their", "my", "our", "your", "its", "some", "any", "each", "every", "no", "not", "one", "two", "three",
            "having", "being", "feeling", "how", "what", "when", "whether", "more", "less", "most", "all",
            "both", "several", "many", "few", "increased", "decreased", "ongoing", "continued", "improved");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("shorthand for a person (pt, mom, dad, bf, gf, sis, bro) outside a quotation",
                s -> PERSON_SHORT.matcher(unquoted(s)).find());
        SHAPES.put("a word cut short (appt, mtg, rm, ctr, w/ ...) outside a quotation",
                s -> CUT_WORD.matcher(unquoted(s)).find());
        SHAPES.put("a labelled line holding the typed words (\"Response to X:\", \"Evidence for ...:\", \"Focus of X:\", "
                + "\"Overall response:\")", s -> LABELLED.matcher(s).find());
        SHAPES.put("\"reported\" before a bare noun phrase that is no report (a role, a place, a thing)",
                ComposerLinesRound39Test::reportedBareNoun);
        SHAPES.put("\"notable for\" or \", with\" before a bare adjective", ComposerLinesRound39Test::notableForAdjective);
        SHAPES.put("a bare singular person noun after a preposition or a verb (\"with friend\", \"called sister\")",
                ComposerLinesRound39Test::barePerson);
    }

    private static String unquoted(String sentence) {
        return QUOTED.matcher(sentence).replaceAll("\"\"");
    }

    static boolean reportedBareNoun(String sentence) {
        Matcher m = REPORTED.matcher(unquoted(sentence));
        while (m.find()) {
            String[] words = m.group(1).split(" ");
            String first = words[0].toLowerCase(Locale.ROOT);
            if (OPENERS.contains(first) || first.endsWith("ing") || first.matches("\\d.*")
                    || Character.isUpperCase(words[0].charAt(0)) || English.get().isVerb(first)) {
                continue;
            }
            int end = words.length;
            for (int i = 1; i < words.length; i++) {
                if (English.PREPOSITIONS.contains(words[i].toLowerCase(Locale.ROOT))) {
                    end = i;
                    break;
                }
            }
            String head = words[end - 1].toLowerCase(Locale.ROOT);
            if (head.endsWith("s") || NounKinds.isMass(head) || English.get().isAdjective(head)
                    && English.get().tagged(head, English.WordClass.NOUN) <= 0) {
                continue;
            }
            // A person ("mom", "analyst", "barista") or a thing counted one at a time ("apartment"); "poor sleep"
            // and "low mood" (mass heads) are reports.
            if (PhraseReader.isPersonNoun(head) || PERSON_SHORT.matcher(head).matches()
                    || head.matches("[a-z]{2,}(?:ist|ista|ician|ian|alyst)") || (English.get().isCountNoun(head) || NounKinds.isCount(head))
                    && !NounKinds.isMass(head)) {
                return true;
            }
        }
        return false;
    }

    static boolean notableForAdjective(String sentence) {
        Matcher m = NOTABLE.matcher(sentence);
        while (m.find()) {
            String w = m.group(1);
            // "notable for tidy" and "notable for tidy, calm": an adjective with no noun after it.
            String next = m.group(2) == null ? "" : m.group(2).strip();
            boolean noun = !next.isEmpty() && !next.equals("and") && !next.equals("or")
                    && English.get().tagged(next, English.WordClass.NOUN) > 0;
            int adjective = English.get().tagged(w, English.WordClass.ADJECTIVE);
            if (adjective >= 0 && adjective >= English.get().tagged(w, English.WordClass.NOUN)
                    && adjective >= English.get().tagged(w, English.WordClass.VERB) && !noun) {
                return true;
            }
        }
        return false;
    }

    static boolean barePerson(String sentence) {
        Matcher m = BARE_PERSON.matcher(unquoted(sentence));
        while (m.find()) {
            String w = m.group(1);
            if (PhraseReader.isPersonNoun(w) && !w.endsWith("s") && !OPENERS.contains(w)
                    && !Set.of("family", "group", "staff", "team", "couple").contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-lines-r39", "lines39.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * Every dev corpus counted with this round's shapes, only when asked ({@code -Dlines39.all=<name>}): drafting
     * them all takes minutes. Writes {@code target/<name>.md} and {@code target/<name>-counts.txt}.
     */
    @Test
    void everyDevCorpusCountedWhenAsked() throws IOException {
        DevCorporaShapes.whenAsked("lines39", SHAPES);
    }

    /** Every dev prompt is accepted. */
    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }

    /** "agreed to call sis tonight", "asking mom for space": the client's own relation, written out. */
    @Test
    void aRelationTypedShortIsTheClientsWrittenOut() {
        assertThat(KeptWordChanges.soap(DEV, "l39-02-resp-sis-tonight").text())
                .contains("agreed to call the client's sister tonight").doesNotContain(" sis ");
        assertThat(KeptWordChanges.soap(DEV, "l39-01-resp-pt-mom").text())
                .contains("asking the client's mother for space").doesNotContain(" mom ");
        assertThat(KeptWordChanges.soap(DEV, "l39-05-resp-bf-trigger").text())
                .contains("fights with the client's boyfriend").doesNotContain(" bf ");
        // A friend met is one of many: its article, never the client's.
        assertThat(KeptWordChanges.soap(DEV, "l39-08-resp-with-friend").text()).contains("with a friend")
                .doesNotContain("with friend");
    }

    /** A group member's relation is no one the words name: left as typed (deny by default). */
    @Test
    void aGroupsRelationIsNotGivenToTheClient() {
        assertThat(KeptWordChanges.soap(DEV, "l39-25-group-pt").text()).doesNotContain("client's peer")
                .doesNotContain("client's friend");
    }

    /** "scheduled appt w/ psychiatrist", "pt engaged, reported mtg w/ boss": the line's words written out. */
    @Test
    void aLineInTheClinicansWordsHasItsShorthandWrittenOut() {
        assertThat(KeptWordChanges.soap(DEV, "l39-26-resp-appt-sched").text())
                .contains("Response to problem-solving therapy: scheduled appointment with psychiatrist")
                .doesNotContain("appt").doesNotContain("w/");
        assertThat(KeptWordChanges.soap(DEV, "l39-19-rep-clientresponse").text())
                .contains("Overall response: the client engaged, reported meeting with boss went ok.")
                .doesNotContain("pt engaged").doesNotContain("mtg");
        assertThat(KeptWordChanges.soap(DEV, "l39-12-ev-called-sis").text())
                .contains("called the client's sister twice, went to meeting at church").doesNotContain(" sis ");
        // With the mother present, "mom" is the client's mother; "pt" the client.
        assertThat(KeptWordChanges.soap(DEV, "l39-24-family-mom").text())
                .contains("the client's mother practiced giving one clear instruction, the client followed it");
    }

    /** "tidy" alone in the mental status is how the client was, never "notable for tidy" or "with tidy". */
    @Test
    void anAdjectiveAloneInTheMentalStatusIsHowTheClientWas() {
        assertThat(KeptWordChanges.soap(DEV, "l39-27-mse-tidy-alone").text())
                .contains("On mental status examination, the client was tidy.").doesNotContain("notable for tidy");
        assertThat(KeptWordChanges.soap(DEV, "l39-20-mse-tidy").text()).contains("the client was tidy and calm")
                .doesNotContain("with tidy");
    }

    /** "remote data analyst" among the concerns is who the client is, never what the client reported. */
    @Test
    void aRoleNamedByItsEndingIsWhoTheClientIs() {
        assertThat(KeptWordChanges.soap(DEV, "l39-15-rep-role").text()).contains("The client is a remote data analyst.")
                .doesNotContain("reported remote");
        assertThat(KeptWordChanges.soap(DEV, "l39-29-rep-barista").text()).contains("The client is a part-time barista.");
    }

    /** The verifier reads the new sentences and lines: a changed word, person, negation or number is caught. */
    @Test
    void aChangedWordPersonNegationOrNumberIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                {"l39-02-resp-sis-tonight", "call the client's sister tonight", "call the client's brother tonight"},
                {"l39-02-resp-sis-tonight", "agreed to call the client's sister", "did not agree to call the client's sister"},
                {"l39-02-resp-sis-tonight", "the client's sister tonight", "the client's sister tomorrow"},
                {"l39-01-resp-pt-mom", "asking the client's mother", "asking the client's father"},
                {"l39-08-resp-with-friend", "with a friend", "with a coworker"},
                {"l39-26-resp-appt-sched", "scheduled appointment with psychiatrist", "scheduled appointment with dentist"},
                {"l39-26-resp-appt-sched", "scheduled appointment", "did not schedule appointment"},
                {"l39-19-rep-clientresponse", "meeting with boss", "meeting with the client's sister"},
                {"l39-19-rep-clientresponse", "the client engaged", "the client's mother engaged"},
                {"l39-12-ev-called-sis", "called the client's sister twice", "called the client's sister 3 times"},
                {"l39-12-ev-called-sis", "called the client's sister", "called the client's mother"},
                {"l39-10-ev-mtgs", "attended 3 AA meetings", "attended 5 AA meetings"},
                {"l39-24-family-mom", "the client's mother practiced", "the client's father practiced"},
                {"l39-24-family-mom", "the client followed it", "the client did not follow it"},
                {"l39-27-mse-tidy-alone", "the client was tidy", "the client was untidy"},
                {"l39-27-mse-tidy-alone", "the client was tidy", "the client was not tidy"},
                {"l39-15-rep-role", "is a remote data analyst", "is a remote data engineer"},
                {"l39-15-rep-role", "is a remote data analyst", "is not a remote data analyst"}});
    }
}
