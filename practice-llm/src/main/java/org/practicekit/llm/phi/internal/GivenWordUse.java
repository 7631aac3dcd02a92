package org.practicekit.llm.phi.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * Round 24's policy for a given name standing alone that is also a word: how often English speaks the token as a
 * word decides, not the sentence shape it stands in. The measure is SUBTLEXus (film and TV subtitles): a given name
 * whose written form there is mostly lower case is spoken as a word, and its count says how often; a name written
 * mostly capitalized there has no word count, and the SCOWL list says whether it is a common word at all.
 * Stateless and thread-safe.
 */
final class GivenWordUse {
    /**
     * At or above this SUBTLEXus count (about two in a million words) a given name is an everyday word: "mercy"
     * 1,291, "miles" 4,500, "hope" 16,352 stay words; "sage" 89, "halo", "indigo", "misty" are names first.
     */
    static final int EVERYDAY_WORD_COUNT = 100;

    private static final Map<String, Integer> SPOKEN_AS_WORDS = load();

    /** Words before a token that make it a thing counted or pointed at ("a jade plant", "the hunter", "two miles"). */
    private static final Set<String> DETERMINERS = WordSet.of("a", "an", "the", "this", "these", "those",
            "some", "any", "no", "every", "each", "another", "of", "such", "whose", "its", "one", "two", "three", "few",
            "many", "more", "most", "less", "much", "little", "all", "both");

    /** Words before a token that make it a description: a copula or a degree word ("it was stormy", "so sunny"). */
    private static final Set<String> DESCRIBING = WordSet.of("is", "was", "were", "be", "been", "being", "am", "are",
            "so", "very", "too", "really", "pretty", "kinda", "quite", "feel", "feels", "felt", "seem", "seems", "seemed",
            "look", "looks", "looked", "get", "gets", "got", "getting", "stay", "stayed", "became", "become");
    /** Words before a capitalized token that compare or name a kind: "feels like Job", "listed as Jordan". */
    private static final Set<String> COMPARING = WordSet.of("like", "as", "than", "unlike");

    private GivenWordUse() {
    }

    /**
     * A given name of the SSA files whose use as an English word is rare: under {@link #EVERYDAY_WORD_COUNT} in
     * SUBTLEXus where speech writes it mostly in lower case, or on no common-word list of SCOWL where speech writes
     * it mostly capitalized ("jordan", "kwame"; not "hunter", "grace", "bill", which SCOWL has as words).
     */
    static boolean rareAsWord(String text, int s, int e, WordList english) {
        if (!NameTokens.givenNameAnywhere(text, s, e)) {
            return false;
        }
        Integer spoken = SPOKEN_AS_WORDS.get(text.substring(s, e).toLowerCase(Locale.ROOT));
        return spoken != null ? spoken < EVERYDAY_WORD_COUNT : !english.isCommonWord(text, s, e);
    }

    /** The word before [ps, pe) counts or points at a thing: an article, a determiner, a quantifier or a number. */
    static boolean determinerBefore(String text, int ps, int pe) {
        if (ps < 0 || pe <= ps) {
            return false;
        }
        if (Character.isDigit(text.charAt(ps))) {
            return true;
        }
        return DETERMINERS.contains(text.substring(ps, pe).toLowerCase(Locale.ROOT));
    }

    /**
     * The message reads as Spanish: two or more of its words are common Spanish words that are no English words.
     * A Spanish common word is then no evidence of a name ("rosa", "luz"); in an English message it is ("jordan").
     */
    static boolean spanishMessage(String text) {
        WordList spanish = WordList.spanish();
        WordList english = WordList.english();
        int hits = 0;
        int k = 0;
        int n = text.length();
        while (k < n) {
            while (k < n && !Character.isLetter(text.charAt(k))) {
                k++;
            }
            int s = k;
            while (k < n && Character.isLetter(text.charAt(k))) {
                k++;
            }
            if (k > s && spanish.isCommonWord(text, s, k) && !english.isCommonWord(text, s, k) && ++hits >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The word before [ps, pe) makes a lower-case token a description: a copula or a degree word. */
    static boolean describingBefore(String text, int ps, int pe) {
        return ps >= 0 && pe > ps && DESCRIBING.contains(text.substring(ps, pe).toLowerCase(Locale.ROOT));
    }

    /** The word before [ps, pe) compares: what follows is a figure, a kind or a place named as such, not someone present. */
    static boolean comparingBefore(String text, int ps, int pe) {
        return ps >= 0 && pe > ps && COMPARING.contains(text.substring(ps, pe).toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>(1_024);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                GivenWordUse.class.getResourceAsStream("given-names-spoken-as-words.txt"),
                "given-names-spoken-as-words.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int sp = line.indexOf(' ');
                if (line.isEmpty() || line.startsWith("#") || sp < 0) {
                    continue;
                }
                out.put(line.substring(0, sp), Integer.parseInt(line.substring(sp + 1).trim()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Map.copyOf(out);
    }
}
