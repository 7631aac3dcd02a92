package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.AUX;
import static org.practicekit.llm.phi.internal.Lexicon.CITY;
import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.HOLIDAY;
import static org.practicekit.llm.phi.internal.Lexicon.HUMAN_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.PET;
import static org.practicekit.llm.phi.internal.Lexicon.SPEECH_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.STOP;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * A person the text names once in a way a reading recognises is the same person where the text names them again
 * alone (round 22): "Dutch Van Wyk" and, before it, "it's Dutch"; "Jordan K." and, in the same note, "Jordan reports".
 * A given name that is also a word ("Jordan", "Grace", "Dutch", "Miles") is read as a person only in some slots; the
 * text's own agreement is the better evidence, since a writer does not use the same capitalized word for a person and
 * for a thing in one message. Read: every capitalized word of two letters or more inside a person span (titles,
 * relations, months, days and particles aside; a function-list word only when the SSA files give it as a name), and
 * each other standalone occurrence of it with the same capitalization, or with a capital initial after it ("Jordan
 * S."). The sentence still decides where the word is a word: inside a longer proper name ("Michael Jordan", "Jordan
 * River", "Air Jordans"), after a preposition of place or an article ("lives in Jordan", "his Christian faith"), as
 * an adjective before a noun that is no verb ("Christian guilt"), a place after "to" ("move back to Georgia"), a pet
 * after its kind ("her dog Max") and an auxiliary asking a question ("Will you call") stay words.
 * Stateless and thread-safe.
 */
public final class NamedAgain {
    private static final WordTable LEX = Lexicon.table();
    private static final EnglishWords WORDS = new EnglishWords();
    /** Words a person span may hold that are no one's name: "Dr.", "Aunt", "de", "May". */
    private static final long NOT_THE_NAME = TITLE | KIN | MONTH | WEEKDAY | HOLIDAY;
    /** What follows an auxiliary that asks: "Will you", "May I". */
    private static final Set<String> PRONOUNS = WordSet.of("i", "you", "u", "he", "she", "we", "they", "it", "that",
            "this", "there", "not");
    /** Words before a country or a place, or before a word used as an adjective: the person is not read there. */
    private static final Set<String> NOT_BEFORE_A_PERSON = WordSet.of("in", "from", "near", "across", "around",
            "throughout", "outside", "inside", "as", "the", "a", "an", "his", "her", "my", "our", "their", "your", "its",
            "this", "that", "these", "those", "some", "any", "no", "every");
    /** Words before a place a person goes to: only a place, a state or a public name is read as a place after them. */
    private static final Set<String> TOWARD = WordSet.of("to", "at", "back", "visit", "visited", "into", "toward",
            "towards", "leave", "left", "outside", "via");
    /** Irregular past forms a person's clause opens with: "Miles went", "Grace told". */
    private static final Set<String> PAST_FORMS = WordSet.of("went", "got", "came", "took", "left", "told", "said",
            "felt", "made", "gave", "saw", "ran", "kept", "sent", "brought", "thought", "knew", "found", "hit", "quit",
            "broke", "drove", "wrote", "spoke", "lost", "paid", "slept", "put", "let", "hung", "met", "heard", "began",
            "stood", "sat", "fell", "ate", "drank", "bought", "caught", "taught", "won", "woke", "wore", "swore", "threw",
            "moved", "never", "always", "just", "still", "also", "really", "finally", "already", "again", "too", "and");
    /** The score of a span added here: below a listed name's, as the slot readings give. */
    private static final double SCORE = 0.7;

    private NamedAgain() {
    }

    /** {@code found} (ordered by start) with the other standalone mentions of its people's names; itself if none. */
    public static List<PhiSpan> read(String text, List<PhiSpan> found) {
        Set<String> names = new LinkedHashSet<>();
        for (PhiSpan s : found) {
            if (s.type().equals(PhiCategory.PERSON)) {
                namesIn(text, s, names);
            }
        }
        if (names.isEmpty()) {
            return found;
        }
        List<PhiSpan> added = new ArrayList<>();
        int[] reach = reach(found);
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                int whole = withInitial(text, end); // "Jordan P.": the given name and the initial after it
                if ((whole > end || standsAlone(text, at, end))
                        && !(reach == null ? covered(found, at, whole) : covered(found, reach, at, whole))
                        && !covered(added, at, whole)) {
                    added.add(new PhiSpan(at, whole, PhiCategory.PERSON, SCORE));
                }
            }
        }
        if (added.isEmpty()) {
            return found;
        }
        List<PhiSpan> out = new ArrayList<>(found);
        out.addAll(added);
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return out;
    }

    /** The end of a capital initial and its period one blank after {@code e} ("Jordan P."), or {@code e}. */
    private static int withInitial(String text, int e) {
        boolean wordEnds = e == text.length() || !Character.isLetterOrDigit(text.charAt(e)) && text.charAt(e) != '-';
        if (!wordEnds || e + 2 >= text.length() || text.charAt(e) != ' ' || !Character.isUpperCase(text.charAt(e + 1))
                || text.charAt(e + 2) != '.' || e + 3 < text.length() && Character.isLetter(text.charAt(e + 3))) {
            return e;
        }
        return e + 3;
    }

    /** The capitalized words of a person span that can be a name by themselves. */
    private static void namesIn(String text, PhiSpan s, Set<String> names) {
        int k = s.start();
        while (k < s.end()) {
            while (k < s.end() && !Character.isLetter(text.charAt(k))) {
                k++;
            }
            int e = k;
            while (e < s.end() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            if (e - k >= 2 && Character.isUpperCase(text.charAt(k)) && !ResidualCheck.allCaps(text, k, e)
                    && (k == 0 || text.charAt(k - 1) != '\'')) {
                long f = LEX.get(text, k, e);
                String lower = text.substring(k, e).toLowerCase(Locale.ROOT);
                // the function-word list holds given names that are words ("Grace", "Summer", "Will"): a given name
                // of the SSA files inside a person span is that person's name
                boolean word = (f & STOP) != 0 && (f & FIRST) == 0 && !PersonSlots.anySsaName(lower);
                if (!word && (f & NOT_THE_NAME) == 0 && !SpanGrowth.PARTICLES.contains(lower)) {
                    names.add(text.substring(k, e));
                }
            }
            k = e;
        }
    }

    /** A whole word, not part of a longer proper name: no capitalized word right after it or (mid-sentence) before. */
    private static boolean standsAlone(String text, int s, int e) {
        if (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '-'
                || text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '@' || text.charAt(s - 1) == '/')) {
            return false;
        }
        if (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-'
                || text.charAt(e) == '@' || text.charAt(e) == '/' || text.charAt(e) == '.' && e + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(e + 1)))) {
            return false; // "Jordans", "Grace-Ann", "grace.lee@", "Miles.com"
        }
        int n = e;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        if (n == e + 1 && n < text.length() && Character.isUpperCase(text.charAt(n))) {
            int ne = n;
            while (ne < text.length() && Character.isLetter(text.charAt(ne))) {
                ne++;
            }
            boolean pronoun = ne - n == 1 && text.charAt(n) == 'I';
            if (!pronoun) {
                return false; // "Jordan River", "Grace Church", "Miles Davis"
            }
        }
        if (n == e + 1 && (LEX.get(text, s, e) & AUX) != 0 && n < text.length()) {
            int ne = n;
            while (ne < text.length() && Character.isLetter(text.charAt(ne))) {
                ne++;
            }
            if (ne > n && WordSet.containsLower(PRONOUNS, text, n, ne)) {
                return false; // "Will you call him?": the auxiliary asks a question
            }
        }
        if (n == e + 1 && modifiesNoun(text, n)) {
            return false; // "Christian guilt", "Frank conversation": the word as an adjective before its noun
        }
        int pe = s - 1;
        if (pe < 1 || text.charAt(pe) != ' ') {
            return true;
        }
        int pb = pe;
        while (pb > 0 && Character.isLetter(text.charAt(pb - 1))) {
            pb--;
        }
        if (pb < pe && WordSet.containsLower(NOT_BEFORE_A_PERSON, text, pb, pe)) {
            return false; // "lives in Jordan", "born as Jordan": a country; "his Christian faith": a word after its article
        }
        if (pb < pe && ((LEX.get(text, pb, pe) & PET) != 0 || (LEX.get(text, s, e) & (STATE | CITY | Lexicon.PUBLIC)) != 0
                && WordSet.containsLower(TOWARD, text, pb, pe))) {
            return false; // "her dog Max": a pet; "move back to Georgia": a place
        }
        if (pb == pe || !Character.isUpperCase(text.charAt(pb))) {
            return true;
        }
        // a capital before: a sentence's first word that is an everyday word ("Later Miles said") leaves it alone;
        // a name or a capital mid-sentence ("Michael Jordan", "wore Air Jordan") makes it part of that name
        return sentenceStart(text, pb) && WORDS.isOrdinary(text, pb, pe)
                && (LEX.get(text, pb, pe) & (TITLE | KIN)) == 0;
    }

    /**
     * A lower-case content word after the capitalized one that is no verb: the capitalized word modifies it. A person
     * is followed by a verb ("Summer pays", "Jordan reports", "Grace cried"), a function word or punctuation.
     */
    private static boolean modifiesNoun(String text, int n) {
        if (n >= text.length() || !Character.isLowerCase(text.charAt(n))) {
            return false;
        }
        int ne = n;
        while (ne < text.length() && Character.isLetter(text.charAt(ne))) {
            ne++;
        }
        if (ne < text.length() && (text.charAt(ne) == '\'' || text.charAt(ne) == '\u2019')) {
            return false; // "Will's", "won't"
        }
        long f = LEX.get(text, n, ne);
        if ((f & (STOP | AUX | SPEECH_VERB | HUMAN_VERB | CONTACT)) != 0 || ne - n <= 2) {
            return false;
        }
        String w = text.substring(n, ne);
        return !(w.endsWith("s") || w.endsWith("ed") || PAST_FORMS.contains(w));
    }

    /** The word at {@code b} opens a line or follows a sentence's end, a colon or an opening quote. */
    private static boolean sentenceStart(String text, int b) {
        int k = b - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k < 0 || ".!?:;\"\u201c(\n".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * The furthest end among {@code spans[0..k]} for each k, when the spans are in order of start (as the detector
     * gives them), so that whether any overlaps a range is one binary search, not a walk of every span per mention
     * of a name; null for spans out of order, which are walked.
     */
    private static int[] reach(List<PhiSpan> spans) {
        if (!(spans instanceof java.util.RandomAccess)) {
            return null;
        }
        int[] reach = new int[spans.size()];
        int furthest = Integer.MIN_VALUE;
        for (int k = 0; k < reach.length; k++) {
            PhiSpan p = spans.get(k);
            if (k > 0 && p.start() < spans.get(k - 1).start()) {
                return null;
            }
            furthest = Math.max(furthest, p.end());
            reach[k] = furthest;
        }
        return reach;
    }

    /** {@link #covered(List, int, int)} over spans in order of start, with their {@link #reach}. */
    private static boolean covered(List<PhiSpan> spans, int[] reach, int s, int e) {
        int lo = 0;
        int hi = spans.size(); // the spans starting before e are spans[0..lo)
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < e) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && reach[lo - 1] > s;
    }

    private static boolean covered(List<PhiSpan> spans, int s, int e) {
        for (PhiSpan p : spans) {
            if (p.start() < e && s < p.end()) {
                return true;
            }
        }
        return false;
    }
}
