package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.PublicMentions.lower;

import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * A stock character or an idiom built on a given name ("a Negative Nancy", "such a debbie downer", "a real Chatty
 * Cathy", "a Peeping Tom", "a doubting Thomas"): a type of person, not a person. Read from its shape, not from a
 * list of sayings: an everyday word and a given name written alike (both capitalized or both lower case) that
 * alliterate, or a participle before the name ("Peeping Tom"), after a word that makes the pair a kind ("a", "such
 * a", "a real", "a total", "the resident"). A name before its word takes an agent noun ("a Debbie Downer").
 *
 * <p>Deny by default: the everyday word must be on the English list and on no name list (so "Debbie Dawson" and
 * "Rosa Rivera" stay a person), the two must be written alike (so "the new Nate from billing" stays a person), and
 * a kind word must stand right before the pair (so "Chatty Cathy called" with no article stays a name).
 */
final class StockCharacters {
    private static final WordList ENGLISH = WordList.english();
    /** Words right before the pair that make it a kind of person: "such a", "a real", "a total", "like a". */
    private static final Set<String> KIND_WORDS = WordSet.of("a", "an", "the", "real", "total", "complete", "typical",
            "regular", "proper", "classic", "resident", "certified", "absolute");

    private final WordTable lex;

    StockCharacters(WordTable lex) {
        this.lex = lex;
    }

    /** Whether {@code text[s, e)} is the name of a stock character, or its everyday word and name together. */
    boolean reads(String text, int s, int e) {
        int sp = text.indexOf(' ', s);
        if (sp >= 0 && sp < e) {
            // the whole pair as one span: its first word is the modifier or the name
            int second = PublicMentions.skipBlanks(text, sp);
            return text.indexOf(' ', second) < 0 || text.indexOf(' ', second) >= e
                    ? pair(text, s, sp, second, e, s) : false;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0 && pair(text, p, ProperNounContext.wordEnd(text, p), s, e, p)) {
            return true; // "a Negative Nancy": the everyday word before the name
        }
        int n = PublicMentions.skipBlanks(text, e);
        int ne = ProperNounContext.wordEnd(text, n);
        return ne > n && n > e && pair(text, s, e, n, ne, s); // "such a debbie downer": the name before the word
    }

    /** The two words {@code [a, ae)} and {@code [b, be)}, one everyday and one a given name, after a kind word. */
    private boolean pair(String text, int a, int ae, int b, int be, int start) {
        if (ae - a < 3 || be - b < 3 || !spaceOnly(text, ae, b)
                || Character.isUpperCase(text.charAt(a)) != Character.isUpperCase(text.charAt(b))) {
            return false;
        }
        // a name before its word takes an agent noun ("Debbie Downer"); "the Glen Gardens" is a place's name
        boolean nameFirst = given(text, a, ae) && everyday(text, b, be) && lower(text, b, be).endsWith("er");
        boolean nameSecond = everyday(text, a, ae) && given(text, b, be);
        if (!nameFirst && !nameSecond) {
            return false;
        }
        boolean alliterates = Character.toLowerCase(text.charAt(a)) == Character.toLowerCase(text.charAt(b));
        // a participle only capitalized: "the rolling branch platform" is a word and a word
        boolean participle = nameSecond && lower(text, a, ae).endsWith("ing") && Character.isUpperCase(text.charAt(a));
        if (!alliterates && !participle) {
            return false;
        }
        int n = PublicMentions.skipBlanks(text, be);
        if (n > be && n < text.length() && Character.isUpperCase(text.charAt(n))) {
            return false; // a longer capitalized run is a name of its own: "the Happy Hannah Diner"
        }
        int k = ProperNounContext.prevWordStart(text, start, false);
        return k >= 0 && KIND_WORDS.contains(lower(text, k, ProperNounContext.wordEnd(text, k)));
    }

    /** A given name of the short list or, however rare, of the SSA files ("Nellie", "Cathy"). */
    private boolean given(String text, int s, int e) {
        return (lex.get(text, s, e) & Lexicon.FIRST) != 0 || NameTokens.givenNameAnywhere(text, s, e);
    }

    /** An everyday English word that no name list holds. */
    private boolean everyday(String text, int s, int e) {
        return ENGLISH.isCommonWord(text, s, e)
                && (lex.get(text, s, e) & (Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY)) == 0;
    }

    private static boolean spaceOnly(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
