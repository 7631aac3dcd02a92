package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.PublicMentions.lower;

import java.util.Map;
import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * Public words read from the structure around them rather than from a list of their names (round 24): a school
 * course (AP, IB or Honors before a subject, or a subject before its level: "AP Bio", "Algebra II"), a drug brand of
 * several words (a medication of the drug lists and the words of its form after it: "Seroquel XR", "Nicorette gum",
 * "Lo Loestrin Fe"), and a given name used as a common noun (in lower case after "a", "an", "some" or "such", in any
 * case after "full": "a karen", "went full Karen") or as a drug's street name after a verb of use ("took molly",
 * "rolling on Molly"), and a name sworn by after an
 * interjection ("oh Jesús!", "ay Dios mío"). Read by the guard's
 * public-vocabulary check through {@link PublicReading}, after the person cues before the span.
 *
 * <p>Deny by default: each reading needs its structure whole. A name used as a noun stays replaced before a
 * capitalized word (a surname), "from", "who", "named" or a possessive; a street name stays replaced before a
 * particle of taking someone somewhere ("took Molly to the park"); a subject needs its level or its program word.
 * Transit lines are not read here: the project's own labels make a line a place ("the {@code Q} train is where it
 * happened").
 */
final class PublicShapes {
    private static final WordList ENGLISH = WordList.english();
    /** The words after "Dios" that make an oath of it ("Dios mío"). */
    private static final Set<String> AFTER_DIOS = WordSet.of("mío", "mio", "santo", "santísimo", "almighty");
    /** Programs and levels before a school subject ("AP Bio", "IB English", "Honors Chem"). */
    private static final Set<String> COURSE_PROGRAMS = WordSet.of("ap", "ib", "honors", "honours", "intro",
            "regents", "remedial", "accelerated", "advanced");
    /** A subject's level after it ("Algebra II", "Spanish 2"). */
    private static final Set<String> COURSE_LEVELS = WordSet.of("i", "ii", "iii", "iv", "1", "2", "3", "4", "101",
            "102", "201");
    /** Words that end a drug brand's name by the form it comes in ("Adderall XR", "Tylenol PM", "Nicorette gum"). */
    private static final Set<String> DRUG_FORMS = WordSet.of("xr", "xl", "er", "sr", "cr", "la", "ir", "dr", "cd",
            "odt", "pm", "fe", "hfa", "gum", "patch", "lozenge", "lozenges", "spray", "forte", "plus", "24", "12");
    /**
     * Words before a given name that make it a kind of person, not a person: "a karen", "went full Karen". Only "full"
     * does so before a capitalized name: "a Tammy", "some Karen at the bank", "another Sarah" are people (the lead's
     * narrowing at the round-24 merge; PHI goes first).
     */
    private static final Set<String> KIND_DETERMINERS = WordSet.of("a", "an", "some", "full", "such");
    /** Words after a name that make it someone after all: "a Karen from church", "some Molly who works there". */
    private static final Set<String> SOMEONE_AFTER = WordSet.of("from", "who", "named", "called", "whose", "that",
            "i", "we", "says", "said", "told", "asked");
    /** Particles of taking someone somewhere, after a verb of use: "took Molly to the park" is the person. */
    private static final Set<String> TAKEN_SOMEWHERE = WordSet.of("to", "home", "out", "with", "for", "back",
            "along", "over", "in", "up", "aside", "shopping", "and", "by", "into", "from", "around");
    /** Words before "on" that make it the state of a drug: "rolling on molly", "high on Tina". */
    private static final Set<String> ON_A_DRUG = WordSet.of("rolling", "high", "tripping", "was", "were", "is", "are",
            "been", "be", "being", "im", "i'm", "geeked", "spun");

    private final WordTable lex;
    private final Set<String> subjects;
    private final Set<String> streetNames;
    private final Set<String> useVerbs;

    PublicShapes(WordTable lex, Map<String, Set<String>> classes) {
        this.lex = lex;
        this.subjects = classes.get("SCHOOL_SUBJECT");
        this.streetNames = classes.get("DRUG_STREET_NAME");
        this.useVerbs = classes.get("USE_VERB");
    }

    /** Whether the name or place span {@code text[s, e)} is a course, a drug brand or a name as a noun. */
    boolean reads(String text, int s, int e) {
        int[] words = words(text, s, e);
        if (words.length == 0) {
            return false;
        }
        return course(text, words, e) || drugBrand(text, words, e) || nameAsNoun(text, words, e)
                || streetName(text, words, e) || oath(text, words, e);
    }

    /** Names of God and the saints sworn by, in the clients' languages: "oh Jesús!", "ay Dios mío", "good Lord". */
    private static final Set<String> OATH_NAMES = WordSet.of("jesus", "jesús", "jesucristo", "christ", "cristo",
            "god", "dios", "lord", "señor", "senor", "mary", "maría", "maria", "virgen", "allah", "jeez", "geez");
    /** Words that open an exclamation: "oh", "ay", "good", "holy", "sweet", "por", "dear". */
    private static final Set<String> INTERJECTIONS = WordSet.of("oh", "ohh", "ay", "ai", "ah", "aw", "oy", "omg",
            "good", "holy", "sweet", "dear", "por", "o");

    /**
     * A name sworn by after an interjection ("oh Jesús,", "ay Dios mío", "oh my Lord!"), with the exclamation ending
     * at a comma, a stop or the text's end: an oath, not the person of that name, who would do or be something next
     * ("oh, Jesús called").
     */
    private static boolean oath(String text, int[] w, int e) {
        if (w.length != 2 || !WordSet.containsLowerOrEmpty(OATH_NAMES, text, w[0], w[1])) {
            return false;
        }
        int k = e;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        int after = k;
        int[] n = next(text, e);
        if (n != null && WordSet.containsLowerOrEmpty(AFTER_DIOS, text, n[0], n[1])) {
            after = n[1]; // "Dios mío", "Dios santo"
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
        }
        if (after < text.length() && ",.!?\u2026".indexOf(text.charAt(after)) < 0) {
            return false;
        }
        int[] before = prev(text, w[0]);
        if (before == null) {
            return false;
        }
        String b = lower(text, before[0], before[1]);
        if (b.equals("my") || b.equals("mi")) {
            int[] bb = prev(text, before[0]);
            return bb != null && WordSet.containsLowerOrEmpty(INTERJECTIONS, text, bb[0], bb[1]);
        }
        return INTERJECTIONS.contains(b);
    }

    /** The starts and ends of the span's words, over a leading "the". */
    private static int[] words(String text, int s, int e) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        int k = s;
        while (k < e) {
            while (k < e && !Character.isLetterOrDigit(text.charAt(k))) {
                k++;
            }
            int we = Math.min(ProperNounContext.wordEnd(text, k), e);
            if (we == k) {
                break;
            }
            if (!(out.isEmpty() && lower(text, k, we).equals("the"))) {
                out.add(k);
                out.add(we);
            }
            k = we;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The word right after {@code e} (over blanks), as {start, end}, or null at the end of the text. */
    private static int[] next(String text, int e) {
        int n = e;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        int ne = ProperNounContext.wordEnd(text, n);
        return ne == n ? null : new int[] {n, ne};
    }

    private static int[] prev(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        return p < 0 ? null : new int[] {p, ProperNounContext.wordEnd(text, p)};
    }

    /** "AP Bio", "IB English", "Honors Chem", "Algebra II", "Spanish 2": a subject with its program or its level. */
    private boolean course(String text, int[] w, int e) {
        if (w.length > 4) {
            return false;
        }
        int subject = -1;
        for (int i = 0; i < w.length; i += 2) {
            if (WordSet.containsLowerOrEmpty(subjects, text, w[i], w[i + 1])) {
                subject = i;
            }
        }
        if (subject < 0) {
            return false;
        }
        int[] before = subject > 0 ? new int[] {w[subject - 2], w[subject - 1]} : prev(text, w[0]);
        if (before != null && WordSet.containsLowerOrEmpty(COURSE_PROGRAMS, text, before[0], before[1])) {
            return true;
        }
        int[] after = subject + 2 < w.length ? new int[] {w[subject + 2], w[subject + 3]} : next(text, e);
        return after != null && WordSet.containsLowerOrEmpty(COURSE_LEVELS, text, after[0], after[1]);
    }

    /**
     * A medication of the drug lists with the words of its form after it ("Seroquel XR", "Nicorette gum"), or a
     * brand the list holds in several words matched whole ("Lo Loestrin Fe").
     */
    private static boolean drugBrand(String text, int[] w, int e) {
        int from = w[0];
        int p = ProperNounContext.prevWordStart(text, from, false);
        if (p >= 0 && p + 12 > from) { // the list's brand may start one word before the span
            from = p;
        }
        int to = e;
        int[] n = next(text, e);
        for (int i = 0; i < 2 && n != null && WordSet.containsLowerOrEmpty(DRUG_FORMS, text, n[0], n[1]); i++) {
            to = n[1];
            n = next(text, n[1]);
        }
        String phrase = lower(text, from, to);
        if (phrase.indexOf(' ') > 0 && PublicKinds.medicationName(phrase)) {
            return true;
        }
        String spanPhrase = lower(text, w[0], to);
        String[] parts = spanPhrase.split(" ");
        if (parts.length < 2) {
            return false;
        }
        int medication = -1;
        for (int i = 0; i < parts.length; i++) {
            if (PublicKinds.medicationName(parts[i])) {
                medication = i;
                break;
            }
        }
        if (medication < 0) {
            return false;
        }
        for (int i = medication + 1; i < parts.length; i++) {
            if (!DRUG_FORMS.contains(parts[i])) {
                return false;
            }
        }
        return medication == 0 || medication == 1 && parts[0].length() <= 3; // "Lo Loestrin Fe"
    }

    /** "a karen", "some Karen at the bank", "went full Karen": a given name as a kind of person. */
    private boolean nameAsNoun(String text, int[] w, int e) {
        if (w.length != 2 || (lex.get(text, w[0], w[1]) & Lexicon.FIRST) == 0) {
            return false;
        }
        int[] before = prev(text, w[0]);
        if (before == null || !WordSet.containsLowerOrEmpty(KIND_DETERMINERS, text, before[0], before[1])) {
            return false;
        }
        if (Character.isUpperCase(text.charAt(w[0])) && !lower(text, before[0], before[1]).equals("full")) {
            return false;
        }
        if (lower(text, before[0], before[1]).equals("a")) {
            // Spanish and Portuguese put "a" before a person ("le dije a Karen"): an English word must come before it
            int[] bb = prev(text, before[0]);
            if (bb == null || !ENGLISH.isCommonWord(lower(text, bb[0], bb[1]))) {
                return false;
            }
        }
        return !someoneAfter(text, e);
    }

    /** "took molly", "rolling on Molly", "some tina": a given name the street calls a drug, after a verb of use. */
    private boolean streetName(String text, int[] w, int e) {
        if (!WordSet.containsLowerOrEmpty(streetNames, text, w[0], w[w.length - 1])) {
            return false;
        }
        int[] before = prev(text, w[0]);
        if (before == null) {
            return false;
        }
        String b = lower(text, before[0], before[1]);
        boolean use = useVerbs.contains(b) || WordSet.of("took", "take", "takes", "taking", "did", "doing", "do",
                "does", "popped", "pop", "popping", "dropped", "dropping", "sold", "selling", "some", "snorted",
                "smoked", "smoking").contains(b);
        if (b.equals("on")) {
            int[] bb = prev(text, before[0]);
            use = bb != null && WordSet.containsLowerOrEmpty(ON_A_DRUG, text, bb[0], bb[1]);
        }
        if (!use || someoneAfter(text, e)) {
            return false;
        }
        int[] n = next(text, e);
        return n == null || !WordSet.containsLowerOrEmpty(TAKEN_SOMEWHERE, text, n[0], n[1]);
    }

    /** A surname, a possessive or a word that makes the name someone after all. */
    private static boolean someoneAfter(String text, int e) {
        if (e < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')) {
            return true; // "a Karen's" is someone's
        }
        int[] n = next(text, e);
        if (n == null || n[0] != e + 1) {
            return false;
        }
        return Character.isUpperCase(text.charAt(n[0])) && !lower(text, n[0], n[1]).equals("i")
                || WordSet.containsLowerOrEmpty(SOMEONE_AFTER, text, n[0], n[1]);
    }
}
