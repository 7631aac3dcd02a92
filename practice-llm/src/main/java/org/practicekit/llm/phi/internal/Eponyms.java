package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.PublicMentions.lower;

import java.util.Set;

/**
 * A name read as an eponym from the noun that follows it: a condition, an effect, a law, a sign, a test, a scale, a
 * method or a figure named for the person who described it ("Meckel's diverticulum", "the Heimlich maneuver", "the
 * Romberg test", "a Kanizsa triangle", "the X-Y effect"). The noun, not a list of the names, says the name is a
 * textbook's: no list holds every eponym, and the noun is what the writer adds to say which one is meant.
 *
 * <p>Deny by default: a given name on the name lists before a lower-case noun that people own ("Ilana's test",
 * "Desmond's law school") stays a person's; so does a head followed by any word that does not close its phrase
 * (a noun it qualifies: "the Johansson law group", "test results"), and a name after a person cue (asked by the
 * caller). A head in capitals after a name
 * ("an Ashanti Alert") is a named public thing whatever the name. Read by {@link PublicReading} for the guard only.
 */
final class Eponyms {
    /** Nouns that name a medical finding after its describer: any name before them is the describer's. */
    private static final Set<String> FINDINGS = WordSet.of("disease", "syndrome", "palsy", "phenomenon", "sign",
            "signs", "anomaly", "ulcer", "lymphoma", "sarcoma", "diverticulum", "thyroiditis", "chorea", "triad",
            "reflex", "contracture", "neuralgia", "neuroma", "cyst", "fracture", "aphasia", "encephalopathy",
            "dystrophy", "ataxia", "tumor", "tumour", "disorder", "delusion", "nodes", "node", "area", "wort");
    /** Findings whose noun also follows a place ("the Kabul area"): an eponym only with its "'s" ("Broca's area"). */
    private static final Set<String> POSSESSIVE_ONLY = WordSet.of("area", "node", "nodes");
    /** Nouns that name an idea, a measure or a procedure after its author; a given name alone before them is a person's. */
    private static final Set<String> WORKS = WordSet.of("effect", "law", "laws", "test", "scale", "method", "technique",
            "alert", "triangle", "maneuver", "manoeuvre", "theory", "principle", "paradox", "razor", "wager",
            "hierarchy", "hypothesis", "fallacy", "bias", "complex", "curve", "criteria", "inventory", "index",
            "questionnaire", "equation", "theorem", "experiment", "model", "stages", "procedure", "protocol",
            // round 33: a researcher's study or approach ("the Felitti study", "Milgram's studies", "the Bowen approach")
            "study", "studies", "research", "framework", "approach");
    /**
     * Nouns of a measure in use, after the name of a scale or a test the eponym list holds (round 27): "the Vanderbilt
     * forms", "Conners rating", "Epworth score". Only a listed eponym: after any other name these nouns are someone's
     * ("the Ortiz forms").
     */
    private static final Set<String> MEASURE_USES = WordSet.of("rating", "ratings", "form", "forms", "score", "scores",
            "screen", "screens", "screening", "scales", "tests", "testing", "subscale", "subscales", "battery",
            "questionnaires", "assessment", "assessments", "rating-scale", "checklist", "total");

    /**
     * Words that may follow the eponym's noun and close its phrase; any other word may be a noun the head qualifies
     * ("the Johansson law group", "Desmond's law school", "test results"), which makes it someone's, so it stays.
     */
    private static final Set<String> CLOSERS = WordSet.of("and", "or", "but", "nor", "of", "in", "on", "at", "to",
            "for", "with", "from", "by", "about", "after", "before", "during", "since", "until", "into", "like", "as",
            "is", "was", "are", "were", "be", "been", "has", "had", "have", "does", "did", "can", "could", "will",
            "would", "may", "might", "should", "must", "that", "which", "who", "because", "so", "when", "while", "if",
            "than", "then", "again", "too", "also", "it", "he", "she", "they", "we", "i", "you", "this", "the", "a",
            "an", "his", "her", "their", "my", "our", "your", "not", "never", "still", "really", "just", "now",
            "today", "yesterday", "last", "every", "all", "came", "comes", "come", "made", "makes", "says", "said",
            "explains", "explained", "helps", "helped", "works", "worked", "keeps", "kept", "feels", "felt");

    private final WordTable lex;

    Eponyms(WordTable lex) {
        this.lex = lex;
    }

    /** Whether the name {@code text[s, e)} is an eponym by the noun after it (over "'s" and hyphenated partners). */
    boolean reads(String text, int s, int e) {
        if (headAfterEponym(text, s, e)) {
            return true; // "diverticulum" of "Meckel's diverticulum", a word the detector did not know
        }
        int k = e;
        int nameStart = lastWordStart(text, s, e);
        boolean possessive = false;
        boolean pair = false;
        // "Yerkes" of "Yerkes-Dodson law": walk over the capitalized partners the span stops before
        while (k + 1 < text.length() && text.charAt(k) == '-' && Character.isUpperCase(text.charAt(k + 1))) {
            k = ProperNounContext.wordEnd(text, k + 1);
            pair = true;
        }
        pair |= hyphenIn(text, nameStart + 1, e) || afterHyphenPartner(text, s);
        int nameEnd = possessiveEnd(text, s, e) ? e - 2 : e;
        if (k < text.length() && apostrophe(text.charAt(k))) {
            k++;
            if (k < text.length() && (text.charAt(k) == 's' || text.charAt(k) == 'S')) {
                k++;
            }
            possessive = true;
        } else {
            possessive = nameEnd < e; // the span took the "'s" with it
        }
        if (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
            return false;
        }
        int n = PublicMentions.skipBlanks(text, k);
        int ne = ProperNounContext.wordEnd(text, n);
        if (ne == n || n - k != 1) {
            return false;
        }
        String head = lower(text, n, ne);
        if (!possessive && head.equals("stage") && numeralAfter(text, ne)) {
            return true; // "Tanner stage 3", "Braak stage IV": a staging system and its grade (round 33)
        }
        boolean finding = FINDINGS.contains(head);
        if (!finding && MEASURE_USES.contains(head) && !possessive && !qualifies(text, ne)
                && (lex.get(text, nameStart, Math.max(nameStart, nameEnd)) & Lexicon.EPONYM) != 0) {
            return true; // "the Vanderbilt forms", "Epworth score 15": a listed scale in use
        }
        if (!finding && !WORKS.contains(head) || !possessive && POSSESSIVE_ONLY.contains(head)) {
            return false;
        }
        if (qualifies(text, ne)) {
            return false; // "Desmond's law school", "the Johansson law group": a noun after the head
        }
        if (finding || pair || Character.isUpperCase(text.charAt(n))) {
            return true; // "Meckel's diverticulum", "the Yerkes-Dodson law", "an Ashanti Alert"
        }
        // a given name the lists hold and no surname list does: its owner's test, not a test named for someone
        long f = lex.get(text, nameStart, Math.max(nameStart, nameEnd));
        return (f & Lexicon.FIRST) == 0 || (f & (Lexicon.SURNAME | Lexicon.EPONYM)) != 0;
    }

    /** A grade right after one space: digits, or a Roman numeral up to five letters ("3", "IV", "2b"). */
    private static boolean numeralAfter(String text, int e) {
        int k = e + 1;
        if (e >= text.length() || text.charAt(e) != ' ' || k >= text.length()) {
            return false;
        }
        int end = k;
        if (Character.isDigit(text.charAt(k))) {
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end < text.length() && (text.charAt(end) == 'a' || text.charAt(end) == 'b')) {
                end++; // "stage 2b"
            }
        } else {
            while (end < text.length() && end - k < 5 && "IVX".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
        }
        return end > k && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    /** The span is a finding's noun in lower case right after a capitalized possessive: "Meckel's diverticulum". */
    private static boolean headAfterEponym(String text, int s, int e) {
        if (s < 4 || !Character.isLowerCase(text.charAt(s)) || text.charAt(s - 1) != ' '
                || !FINDINGS.contains(lower(text, s, e))) {
            return false;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        return p >= 0 && p == lastWordStart(text, 0, s - 1) && Character.isUpperCase(text.charAt(p)) && s - 3 > p
                && possessiveEnd(text, p, s - 1);
    }

    /** "Korsakoff" of "Wernicke-Korsakoff": the span starts right after a hyphen and a capitalized partner. */
    private static boolean afterHyphenPartner(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        return s > 1 && text.charAt(s - 1) == '-' && Character.isUpperCase(text.charAt(s)) && p >= 0
                && Character.isUpperCase(text.charAt(p));
    }

    /** {@code text[s, e)} ends in "'s" (or "’s"). */
    private static boolean possessiveEnd(String text, int s, int e) {
        return e - s > 2 && text.charAt(e - 1) == 's' && apostrophe(text.charAt(e - 2));
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean qualifies(String text, int headEnd) {
        int n = PublicMentions.skipBlanks(text, headEnd);
        int ne = ProperNounContext.wordEnd(text, n);
        if (n - headEnd != 1 || ne == n) {
            return false; // a comma, a full stop or the end closes the phrase
        }
        String w = lower(text, n, ne);
        return !CLOSERS.contains(w) && !(w.length() > 4 && (w.endsWith("ed") || w.endsWith("ly")));
    }

    /**
     * A hyphen in {@code text[from, to)}: read within the name's last word, where {@code lastIndexOf} read back to the
     * text's start whenever the word held none (once per name asked about, so a long note without hyphens was
     * quadratic).
     */
    private static boolean hyphenIn(String text, int from, int to) {
        for (int k = Math.min(to, text.length()) - 1; k >= from; k--) {
            if (text.charAt(k) == '-') {
                return true;
            }
        }
        return false;
    }

    private static int lastWordStart(String text, int s, int e) {
        int p = e;
        while (p > s && !Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }
}
