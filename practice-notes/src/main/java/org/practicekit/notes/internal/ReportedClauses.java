package org.practicekit.notes.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Round 40: a typed fragment that is no object of a report verb, read for the frame English gives it. Clinicians type
 * a thing and how it was with the copula left out ("insulin dosing irregular", "commute long and stressful"); after
 * "The client reported" that is broken English, and the sentence needs "that" and the copula: "The client reported that
 * insulin dosing was irregular." A place with how often the client is there ("home 4 nights a week") is the client's
 * state: "reported being home 4 nights a week". Read from the word classes the module has (WordNet's tags, the count
 * classes of {@link NounKinds}), never from a list of typed phrases. Deny by default: a fragment with a person, a name,
 * a number or a diagnosis in its subject, a mark, or a word the classes do not settle comes back empty and the caller
 * writes what it wrote before. Stateless.
 */
public final class ReportedClauses {
    private static final English EN = English.get();

    /** A thing and how it was: the subject as typed, whether it is plural, the predicate as typed. */
    public record SmallClause(String subject, boolean plural, String predicate) {
    }

    /** Words that open what qualifies a predicate rather than a noun it modifies ("worse at night", "stalled since"). */
    private static final Set<String> AFTER_PREDICATE = Set.of("and", "but", "or", "most", "all", "every", "again",
            "recently", "lately", "still", "now", "then", "today", "tonight", "yesterday", "last", "this", "daily",
            "nightly", "weekly", "monthly", "overall", "too");
    /** Heads of a measure or a test: "blood pressure high", "labs normal" are results, never the client's report. */
    private static final Set<String> MEASURES = Set.of("score", "scores", "level", "levels", "lab", "labs", "result",
            "results", "test", "tests", "screen", "screening", "pressure", "count", "reading", "readings", "value",
            "values", "vitals", "rate");
    /**
     * How care left a condition ("sleep apnea untreated", "diabetes controlled"): the words of a diagnosis's status in a
     * chart, never the client's report; such an item is left as it was.
     */
    private static final Set<String> CARE_STATUS = Set.of("treated", "untreated", "diagnosed", "undiagnosed",
            "controlled", "uncontrolled", "managed", "unmanaged", "resolved", "unresolved", "remitted");
    /** Adverbs of degree before how a thing was: "much better", "somewhat worse", "less frequent". */
    private static final Set<String> DEGREES = Set.of("much", "somewhat", "slightly", "less", "more", "far", "even",
            "very", "still");
    /** A place the client is, typed bare ("home", "away"): a state only before how often or how long. */
    private static final Set<String> PLACES = Set.of("home", "away");
    /** Units of a time share: "4 nights a week", "2 days a month". */
    private static final Set<String> TIME_UNITS = Set.of("day", "days", "night", "nights", "weekend", "weekends",
            "week", "weeks", "month", "months", "evening", "evenings");

    private ReportedClauses() {
    }

    /**
     * "insulin dosing irregular", "job search stalled since August", "commute long and stressful": a noun phrase of one
     * to three words with no person, name, number or diagnosis in it, then a word WordNet reads as an adjective at least
     * as often as a noun (or a past participle no noun), then nothing, a preposition, an adverb or a conjoined
     * adjective. {@code typed} is one item, lower case but for acronyms.
     */
    public static Optional<SmallClause> smallClause(String typed) {
        String text = typed.strip();
        if (!text.matches("[A-Za-z][A-Za-z' \\-]*[A-Za-z]") || text.contains("'")) {
            return Optional.empty();
        }
        List<String> w = Arrays.asList(text.split(" "));
        for (int at = 1; at < Math.min(w.size(), 4); at++) {
            String word = w.get(at);
            String lower = word.toLowerCase(Locale.ROOT);
            // "appetite not great", "panic much better": a negation or a degree before how it was stays with it.
            boolean not = (lower.equals("not") || DEGREES.contains(lower)) && at + 1 < w.size()
                    && predicateWord(w.get(at + 1));
            if (!not && !predicateWord(word)) {
                if (!subjectWord(word, at == 0)) {
                    return Optional.empty();
                }
                continue;
            }
            List<String> subject = w.subList(0, at);
            boolean verbBefore = subject.subList(0, at - 1).stream()
                    .anyMatch(x -> EN.is(x.toLowerCase(Locale.ROOT), English.Form.THIRD));
            // "smokes cannabis nightly": a verb before the head makes a predicate, never a subject.
            if (verbBefore || !subject.stream().allMatch(x -> subjectWord(x, subject.indexOf(x) == 0))
                    || !nounHead(subject.get(at - 1))
                    || ClinicalLexicon.standard().find(ClinicalLexicon.words(String.join(" ", subject)
                    .toLowerCase(Locale.ROOT))).stream().anyMatch(m -> m.category() == ClinicalLexicon.Category.DIAGNOSIS
                    || m.category() == ClinicalLexicon.Category.PERSON)) {
                // "sleep apnea untreated": a diagnosis is not the client's report; left as it was.
                return Optional.empty();
            }
            if (CARE_STATUS.contains(w.get(not ? at + 1 : at).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            int next = not ? at + 2 : at + 1;
            if (next < w.size() && !qualifies(w.get(next), next + 1 < w.size() ? w.get(next + 1) : "")) {
                // "fear public speaking": the adjective opens a noun phrase; no small clause.
                return Optional.empty();
            }
            String head = subject.get(at - 1).toLowerCase(Locale.ROOT);
            // An unknown singular reads as a noun ("cravings", "headaches"), as everywhere in the module.
            boolean plural = head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us") && !head.endsWith("is")
                    && EN.tagged(head.substring(0, head.length() - 1), English.WordClass.NOUN) >= 0;
            return Optional.of(new SmallClause(String.join(" ", subject), plural, String.join(" ", w.subList(at,
                    w.size()))));
        }
        return Optional.empty();
    }

    /**
     * "home 4 nights a week", "away most weekends": a place the client is and how often, the subject and the copula
     * left out: what follows "being"; "" otherwise.
     */
    public static String placeShare(String typed) {
        String[] w = typed.strip().split(" ");
        if (w.length < 3 || w.length > 6 || !PLACES.contains(w[0])) {
            return "";
        }
        boolean count = w[1].matches("\\d{1,2}(?:-\\d{1,2})?") || w[1].equals("most") || w[1].equals("few");
        boolean unit = TIME_UNITS.contains(w[2]);
        boolean per = w.length == 3 || w.length == 5 && (w[3].equals("a") || w[3].equals("per") || w[3].equals("each"))
                && TIME_UNITS.contains(w[4]) || w.length == 4 && w[3].matches("weekly|monthly");
        return count && unit && per ? String.join(" ", w) : "";
    }

    /** How it was: a word WordNet lists as an adjective at least as often as a noun or a verb, or a past participle. */
    private static boolean predicateWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.matches("[a-z][a-z-]*") || English.PREPOSITIONS.contains(w) || English.DETERMINERS.contains(w)) {
            return false;
        }
        int adjective = EN.tagged(w, English.WordClass.ADJECTIVE);
        int noun = EN.tagged(w, English.WordClass.NOUN);
        // "road rage incident": a word tagged a noun as often as an adjective is a predicate only when no count noun
        // ("worse", "ok"); "incident" is counted.
        boolean tie = adjective == noun && !NounKinds.takesArticle(w);
        return adjective >= 0 && (adjective > noun || noun < 0 || tie) && adjective >= EN.tagged(w, English.WordClass.VERB)
                || participle(w) && noun <= 0;
    }

    /**
     * A past participle: the morphology's past, or (for a verb the hand list lacks: "stalled", "repossessed") an -ed
     * ending on a stem WordNet lists as a verb, the stem as "stall", "use" or "stop" from "stopped".
     */
    private static boolean participle(String w) {
        if (!w.endsWith("ed") || w.length() < 5) {
            return false;
        }
        if (EN.is(w, English.Form.PAST) && !EN.baseOf(w).isEmpty()) {
            return true;
        }
        String stem = w.substring(0, w.length() - 2);
        boolean doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
        return EN.tagged(stem, English.WordClass.VERB) >= 0 || EN.tagged(w.substring(0, w.length() - 1),
                English.WordClass.VERB) >= 0 || doubled && EN.tagged(stem.substring(0, stem.length() - 1),
                English.WordClass.VERB) >= 0;
    }

    /** A word of the subject: no person, pronoun, determiner but a possessive first, preposition, number or mark. */
    private static boolean subjectWord(String word, boolean first) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!word.matches("[A-Za-z][A-Za-z-]*") || English.PREPOSITIONS.contains(w) || English.CONJUNCTIONS.contains(w)
                || English.DETERMINERS.contains(w) || English.POSSESSIVES.contains(w) && !first
                || PhraseReader.isPersonNoun(w) || RiskActs.CLIENT.contains(w) || English.isLyAdverb(w)
                || Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))) {
            // A capitalized word is a name: whose state it is the clinician knows, the words do not say.
            return false;
        }
        // The first word may be an adjective only where WordNet reads it as a noun too ("back pain", "night shifts").
        // "first semester abroad", "not leaving": an ordinal or a negation opens no subject.
        return !(first && EN.mostlyAdjective(w)) && !participle(w) && !Phrases.negated(w);
    }

    /** The subject's last word is a noun: counted, mass or an -ing activity, never a measure or an acronym alone. */
    private static boolean nounHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (MEASURES.contains(w) || word.equals(word.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String single = w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
        // WordNet's unknown words count as plain nouns (its tag 0), as everywhere in the module.
        return EN.tagged(w, English.WordClass.NOUN) >= 0 && !EN.mostlyAdjective(w)
                || EN.tagged(single, English.WordClass.NOUN) > 0 || NounKinds.takesArticle(w);
    }

    /** What may follow the predicate word: a preposition, an adverb of time or degree, a conjoined adjective. */
    private static boolean qualifies(String word, String after) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("and") || w.equals("but") || w.equals("or")) {
            return predicateWord(after);
        }
        return English.PREPOSITIONS.contains(w) || AFTER_PREDICATE.contains(w) || English.isLyAdverb(w);
    }
}
