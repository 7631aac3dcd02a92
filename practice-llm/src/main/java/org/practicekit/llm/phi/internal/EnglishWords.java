package org.practicekit.llm.phi.internal;

import java.util.Locale;
import org.practicekit.core.text.WordList;

/**
 * Whether a word is ordinary English: the bundled SCOWL list ({@link WordList#english()}), plus
 * words it lacks that are built from known words with a common prefix or suffix ("psychoeducation",
 * "telehealth", "journaling"). A word the list knows only capitalized ("Keisha", "Kroger") is a
 * proper noun, not ordinary English. Thread-safe.
 */
public final class EnglishWords {
    private static final String[] PREFIXES = {"psycho", "psych", "tele", "hyper", "hypo", "dys", "over", "under",
        "post", "anti", "inter", "intra", "neuro", "counter", "micro", "multi", "poly", "semi", "self-", "non-",
        "co-", "re-", "pre-", "de-", "ex-", "un"};
    private static final String[] SUFFIXES = {"ing", "ed", "s", "ation", "ization", "ize", "ized", "izing", "ness",
        "ity", "ally", "ly", "al", "ic", "ist", "ism", "ment", "er", "ers"};

    /** Endings of coined and technical words; given names and surnames do not end this way. */
    private static final String[] JARGON_ENDINGS = {"gram", "ology", "ologist", "osis", "itis", "ism", "tion", "sion",
        "ment", "ness", "ity", "ize", "izing", "ized", "ise", "phobia", "philia", "pathy", "therapy", "graphy", "scope",
        "tomy", "emia", "algia", "mania", "phrenia", "thymia", "somnia", "ectomy", "plasty", "ous", "ful", "less",
        "able", "ible", "ative", "ality", "ization", "ogenic", "ergic", "ocyte", "amine", "azepam", "olam", "oxetine",
        "pramine", "triptyline", "apine", "idone", "iprazole", "ifene", "afil", "prazole", "statin", "sartan", "olol",
        "pril", "mab", "nib",
        // more USAN stems (the naming rules of generic drugs): a name with one of these endings is a medicine
        "ezil", "tinib", "ciclovir", "navir", "cillin", "mycin", "cycline", "floxacin", "conazole", "dipine",
        "semide", "thiazide", "parin", "gliptin", "glutide", "gliflozin", "tidine", "setron", "triptan", "lukast",
        "terol", "profen", "coxib", "dronate", "barbital", "zolam", "azoline", "tadine", "xaban", "gatran",
        "vastatin", "lamide", "tropin", "relin", "orphan", "peridol", "oxacin", "fenac", "sartan", "trel"};

    private final WordList english = WordList.english();
    private final WordTable lex = Lexicon.table();

    /** The list, for direct lookups. */
    public WordList list() {
        return english;
    }

    /** A common English word as written in lower case ("hope", "market"); proper nouns are not. */
    public boolean isCommon(CharSequence text, int start, int end) {
        return english.isCommonWord(text, start, end);
    }

    /**
     * Ordinary English: a common word, or an unknown word made of a known word and a common prefix or
     * suffix. False for the dictionary's proper nouns and for names on the detector's lists.
     */
    public boolean isOrdinary(CharSequence text, int start, int end) {
        if (english.isCommonWord(text, start, end)) {
            return true;
        }
        for (int k = start + 1; k < end - 1; k++) {
            if (text.charAt(k) == '-') {
                // "faith-based", "self-harm": ordinary when every part is
                return isOrdinary(text, start, k) && isOrdinary(text, k + 1, end);
            }
        }
        if (end - start < 6 || english.contains(text, start, end)) {
            return false; // short, or a proper noun of the dictionary: a name
        }
        long f = lex.get(text, start, end);
        if ((f & (Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY)) != 0) {
            return false;
        }
        String w = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
        for (String ending : JARGON_ENDINGS) {
            if (w.endsWith(ending)) {
                return true; // "genogram", "hypersomnia", "dysthymia": word-building no given name uses
            }
        }
        for (String prefix : PREFIXES) {
            if (w.length() - prefix.length() >= 4 && w.startsWith(prefix)) {
                String rest = w.substring(prefix.length());
                if (rest.startsWith("-")) {
                    rest = rest.substring(1);
                }
                if (english.isCommonWord(rest) || (lex.get(rest, 0, rest.length()) & Lexicon.CLINICAL) != 0) {
                    return true;
                }
            }
        }
        for (String suffix : SUFFIXES) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (english.isCommonWord(stem) || english.isCommonWord(stem + "e")) {
                    return true;
                }
            }
        }
        return false;
    }
}
