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

/**
 * Round 38: a clinician's bare phrase put into one of the software's frames with the English a signed sentence needs
 * (an article before a bare singular count noun, none before a mass noun, a noun where a verb phrase was typed into a
 * noun slot, a name alone where a possessive frame was put before it). Every prompt of {@code
 * corpus/dev-articles-r38.jsonl} (written before the change) is drafted in the five formats ({@code
 * target/dev-articles-r38.md}, counts in {@code target/dev-articles-r38-counts.txt}); every draft passes the verifier.
 */
class ComposerArticlesRound38Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-articles-r38.jsonl");

    /** A list frame or a preposition the composer writes or keeps, and the one to three words after it. */
    private static final Pattern LISTED = Pattern.compile("\\b(?:included|includes|on|with|of|about|at|from|over|after|"
            + "before|during) ((?:[a-z-]+ ){0,2}[a-z-]+)(?=[ .,;:]|$)");
    /** Words that open a noun phrase with its determiner or end the head's phrase. */
    private static final Set<String> OPENERS = Set.of("a", "an", "the", "this", "that", "these", "those", "her",
            "his", "their", "my", "our", "your", "its", "some", "any", "each", "every", "no", "one", "two", "to",
            "and", "or", "with", "for", "in", "on", "at", "by", "of", "from", "about", "how", "what", "as", "when",
            "if", "client's", "patient's", "clinician's", "he", "she", "they", "it", "we", "who", "which", "most",
            "all", "both", "either", "another", "other", "more", "less", "whether", "not", "but", "than", "being",
            "having", "per", "over", "after", "before", "during", "is", "was", "were", "are", "will");
    private static final Pattern ARTICLED = Pattern.compile("\\b(?:a|an) ((?:[a-z-]+ ){0,2}[a-z-]+)(?=[ .,;:]|$)");
    private static final Pattern OWNED_NAME = Pattern.compile("\\b(?:client|patient|member)'s ([A-Z][a-z]+)\\b");
    private static final Pattern GOAL_OF = Pattern.compile("\\bgoal of ([a-z]+)\\b");
    private static final Pattern REPORTED = Pattern.compile("\\breported ((?:[a-zA-Z-]+ ){0,2}[a-zA-Z-]+)"
            + "(?=[ .,;:]|$)");
    private static final Pattern FOLLOW_UP_WORD = Pattern.compile("\\bFollow-up is an? ([a-z]+)\\.$");
    private static final Pattern BASED_ON_COUNT = Pattern.compile("\\bThis rating is based on \\d+ [a-z]+ "
            + "(?:this|last|per|a|each|today|yesterday)\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("a list frame or preposition before a bare singular count noun",
                ComposerArticlesRound38Test::bareCountAfterFrame);
        SHAPES.put("\"a\"/\"an\" before a mass or abstract head", ComposerArticlesRound38Test::articledMass);
        SHAPES.put("\"the client's\" before a capitalized name", s -> OWNED_NAME.matcher(s).find());
        SHAPES.put("\"goal of\" before a base verb", ComposerArticlesRound38Test::goalOfVerb);
        SHAPES.put("\"reported\" before a bare person noun (a role)", ComposerArticlesRound38Test::reportedRole);
        SHAPES.put("\"Follow-up is a\" before one adjective", ComposerArticlesRound38Test::followUpArticled);
        SHAPES.put("\"This rating is based on\" a fragment (a count and a time, a past verb)",
                ComposerArticlesRound38Test::basedOnFragment);
    }

    static boolean bareCountAfterFrame(String sentence) {
        Matcher m = LISTED.matcher(sentence);
        while (m.find()) {
            String[] words = m.group(1).toLowerCase(Locale.ROOT).split(" ");
            if (OPENERS.contains(words[0])) {
                continue;
            }
            String head = words[head(words)];
            if (NounKinds.isCount(head) || English.get().isCountNoun(head) && !NounKinds.isMass(head)) {
                return true;
            }
        }
        return false;
    }

    static boolean articledMass(String sentence) {
        Matcher m = ARTICLED.matcher(sentence);
        while (m.find()) {
            String[] words = m.group(1).toLowerCase(Locale.ROOT).split(" ");
            String head = words[head(words)];
            if (!NounKinds.takesArticle(head) && !English.get().isAdjective(head)
                    && !org.practicekit.notes.internal.PhraseReader.isPersonNoun(head) && English.get().tagged(head, English.WordClass.NOUN) > 0
                    && !head.endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern BASED_ON_WORD = Pattern.compile("\\bThis rating is based on ([a-z]+) ");

    static boolean basedOnFragment(String sentence) {
        if (BASED_ON_COUNT.matcher(sentence).find()) {
            return true;
        }
        Matcher m = BASED_ON_WORD.matcher(sentence);
        return m.find() && m.group(1).endsWith("ed") && !English.get().baseOf(m.group(1)).isEmpty()
                || m.find(0) && m.group(1).endsWith("ed") && English.get().tagged(m.group(1).replaceAll("e?d$", ""),
                        English.WordClass.VERB) > 0;
    }

    static boolean followUpArticled(String sentence) {
        Matcher m = FOLLOW_UP_WORD.matcher(sentence);
        return m.find() && English.get().tagged(m.group(1), English.WordClass.ADJECTIVE) > 0;
    }

    static boolean goalOfVerb(String sentence) {
        Matcher m = GOAL_OF.matcher(sentence);
        while (m.find()) {
            String w = m.group(1);
            if (!w.endsWith("ing") && (English.get().isVerb(w) || English.get().tagged(w, English.WordClass.VERB) > 0)
                    && !OPENERS.contains(w) && !NounKinds.takesArticle(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean reportedRole(String sentence) {
        Matcher m = REPORTED.matcher(sentence);
        while (m.find()) {
            String[] words = m.group(1).split(" ");
            if (OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
                continue;
            }
            String head = words[head(words)].toLowerCase(Locale.ROOT);
            if (org.practicekit.notes.internal.PhraseReader.isPersonNoun(head)) {
                return true;
            }
        }
        return false;
    }

    private static int head(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (OPENERS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return i - 1;
            }
        }
        return words.length - 1;
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-articles-r38", "articles38.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * Every dev corpus counted with this round's shapes, only when asked ({@code -Darticles38.all=<name>}): drafting
     * them all takes minutes. Writes {@code target/<name>.md} and {@code target/<name>-counts.txt}.
     */
    @Test
    void everyDevCorpusCountedWhenAsked() throws IOException {
        DevCorporaShapes.whenAsked("articles38", SHAPES);
    }

    /** Every dev prompt is accepted. */
    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }
    /** "job he likes": a count noun with a clause after it ("that" left out) takes its article in the factors' list. */
    @Test
    void aCountNounBeforeItsClauseTakesItsArticle() {
        assertThat(KeptWordChanges.soap(DEV, "a38-01-pf-job-he-likes").text())
                .contains("Protective factors included a job he likes").doesNotContain("included job he likes");
    }

    /** "cried most of session": the whole a part is taken of is the session the note speaks of. */
    @Test
    void aPartOfTheWholeTakesThe() {
        assertThat(KeptWordChanges.soap(DEV, "a38-03-cried-most-of-session").text())
                .contains("cried most of the session").doesNotContain("most of session");
        // A part that is one of a kind takes its own article too: never "by end of the session".
        assertThat(KeptWordChanges.soap(Path.of("src/test/resources/corpus/dev-lines-r16.jsonl"), "l16-12-high").text())
                .contains("calmer by the end of the session").doesNotContain("by end of");
    }

    /** "routine" as the follow-up is how the follow-up is, never "a routine". */
    @Test
    void aFollowUpTypedAsHowItIsTakesNoArticle() {
        assertThat(KeptWordChanges.soap(DEV, "a38-26-followup-routine").text()).contains("Follow-up is routine.")
                .doesNotContain("is a routine");
    }

    /** "whisper to peers": a verb the hand list lacks is still the goal's step, with "to" and the words as typed. */
    @Test
    void aGoalTypedAsAVerbTheListLacksIsAStep() {
        assertThat(KeptWordChanges.soap(DEV, "a38-14-goal-whisper-peers").text())
                .contains("toward the goal to whisper to peers").doesNotContain("goal of whisper");
    }

    /** A past verb first ("whispered to 1 peer", "rated anxiety 6/10") is no basis "This rating is based on" takes. */
    @Test
    void aDeedTypedAsEvidenceIsNoBasis() {
        assertThat(KeptWordChanges.soap(DEV, "a38-14-goal-whisper-peers").text())
                .doesNotContain("based on whispered");
        assertThat(KeptWordChanges.soap(ComposerConcernsRound37Test.DEV, "c37-01-np-participle").text())
                .doesNotContain("based on rated").doesNotContain("anxiety rated 6");
    }

    /** The verifier reads the new sentences: a changed word, negation or number in each is caught. */
    @Test
    void aChangedWordNegationOrNumberIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                {"a38-01-pf-job-he-likes", "a job he likes", "a job he hates"},
                {"a38-01-pf-job-he-likes", "a job he likes", "2 jobs he likes"},
                {"a38-01-pf-job-he-likes", "a job he likes", "no job he likes"},
                {"a38-03-cried-most-of-session", "cried most of the session", "yelled most of the session"},
                {"a38-03-cried-most-of-session", "client cried most", "client did not cry most"},
                {"a38-26-followup-routine", "Follow-up is routine", "Follow-up is urgent"},
                {"a38-26-followup-routine", "Follow-up is routine", "Follow-up is not routine"},
                {"a38-14-goal-whisper-peers", "goal to whisper to peers", "goal to whisper to parents"},
                {"a38-14-goal-whisper-peers", "goal to whisper to peers", "goal to not whisper to peers"}});
    }
}
