package org.practicekit.llm.phi.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * A kin word of another language that is also a given name ("Lola", "Dada", "Tita", "Nani") is a relation when the
 * message speaks that language beside it: "Lola is sick again and nanay wants me home", "Dadi and Dada think therapy
 * is for pagal people". Alone in English ("Lola said she'd call") it stays a possible name, and a kin word before a
 * name ("Lola Ising") is never one word, so the name is read as before.
 *
 * <p>The evidence is another word of the same language: a word of its section of other-languages-words.txt or one of
 * its kin words, that no other listed language shares ("pero" is Spanish and Tagalog, so it places neither) and that
 * English does not know. Only one-word person spans whose word is such a kin word are read, so most texts cost one
 * hash lookup per span. Stateless and thread-safe.
 */
final class KinInItsLanguage {
    /** Languages by bit, in the order of the word list's sections. */
    private static final String[] LANGUAGES = {"es", "pt", "fr", "tl", "vi", "ht", "so", "hmn", "ar", "hi"};

    /** Kin words of each language that are also given names, or that name a relation the message's language explains. */
    private static final String[][] KIN = {
        {"abuela", "abuelo", "abuelita", "tía", "tio", "tío", "tia", "mami", "papi", "mija", "mijo"},
        {"vovó", "vovô", "avó", "avô", "mãe", "mae", "tia", "titia", "mainha", "painho"},
        {"mamie", "mémé", "pépé", "tante", "tonton", "maman"},
        {"lola", "lolo", "tita", "tito", "nanay", "tatay", "kuya", "ate", "inay", "itay", "anak", "bunso", "apo"},
        {"mẹ", "má", "bố", "bà", "ông", "chị", "chú", "bác"}, // "Anh", "Em": names as often
        {"manman", "papa", "grann", "tonton", "tant", "matant"},
        {"hooyo", "aabo", "aabbo", "abaayo", "adeer", "eedo", "ayeeyo", "awoowe", "walaal"},
        {"niam", "txiv", "pog", "yawg", "muam", "nus", "tij", "kwv"},
        {"teta", "tata", "sitto", "sitti", "jiddo", "jeddo", "khalto", "khala", "khalo", "amto", "ammo", "baba", "mama",
            "habibi", "habibti"},
        {"nani", "nana", "nanu", "dadi", "dada", "mausi", "chacha", "chachi", "bua", "phupho", "phuphi", "didi", "bhaiya",
            "bhabhi", "baji", "apa", "appi", "ammi", "abbu", "ammu", "amma", "baba", "beta", "beti", "bhai"},
    };

    /** Folded word to the bits of the languages whose kin it is. */
    private static final Map<String, Integer> KIN_OF = kin();
    private static final WordTable LEX = Lexicon.table();
    /** Folded word to the bits of the languages that have it (words and kin); English words are left out. */
    private static final Map<String, Integer> LANGUAGE_OF = languages();

    private KinInItsLanguage() {
    }

    /**
     * Whether {@code [s, e)} is a kin word of one of the clients' languages, or such a word after a generation's
     * prefix ("bisabuela", "tataraabuelo"): a relation whose age the guard reads (round 39).
     */
    static boolean kinWord(String text, int s, int e) {
        if (e - s < 3 || WordList.english().isCommonWord(text, s, e)) {
            return false; // "ate", "beta", "papa": an English word first
        }
        String w = text.substring(s, e).toLowerCase(Locale.ROOT);
        if (KIN_OF.containsKey(w)) {
            return true;
        }
        for (String prefix : GENERATION_PREFIXES) {
            if (w.startsWith(prefix) && KIN_OF.containsKey(w.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] GENERATION_PREFIXES = {"bis", "tatara", "tatar", "arrière-", "bisa"};

    /** {@code found} without one-word person spans that are kin words of a language the message speaks beside them. */
    static List<PhiSpan> release(String text, List<PhiSpan> found) {
        return KeptSpans.without(found, s -> relation(text, s));
    }

    private static boolean relation(String text, PhiSpan s) {
        // a slot may type it a place ("Dadi says"): a kin word is neither
        if (s.type() != PhiCategory.PERSON && s.type() != PhiCategory.NAME && s.type() != PhiCategory.LOCATION
                || s.end() - s.start() > 12) {
            return false;
        }
        for (int i = s.start(); i < s.end(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false; // one word: "Lola Ising" keeps its name
            }
        }
        Integer kin = KIN_OF.get(text.substring(s.start(), s.end()).toLowerCase(Locale.ROOT));
        if (kin == null || afterKinOrTitle(text, s.start())) {
            return false; // "tía Nena", "Aling Corazon": a name after the relation
        }
        String self = text.substring(s.start(), s.end());
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int ws = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            if (i > ws && ws != s.start() && i - ws <= 20
                    && !(i - ws == self.length() && text.regionMatches(true, ws, self, 0, self.length()))) {
                Integer langs = LANGUAGE_OF.get(text.substring(ws, i).toLowerCase(Locale.ROOT));
                if (langs != null && (langs & ~kin) == 0) {
                    return true; // a word only the kin word's own languages have
                }
            }
        }
        return false;
    }

    private static boolean afterKinOrTitle(String text, int s) {
        int pe = s;
        while (pe > 0 && text.charAt(pe - 1) == ' ') {
            pe--;
        }
        int ps = pe;
        while (ps > 0 && Character.isLetter(text.charAt(ps - 1))) {
            ps--;
        }
        return ps < pe && pe < s && (LEX.get(text, ps, pe) & (Lexicon.KIN | Lexicon.TITLE)) != 0;
    }

    private static Map<String, Integer> kin() {
        Map<String, Integer> out = new HashMap<>();
        for (int l = 0; l < KIN.length; l++) {
            for (String w : KIN[l]) {
                out.merge(w, 1 << l, (a, b) -> a | b);
            }
        }
        return out;
    }

    private static Map<String, Integer> languages() {
        Map<String, Integer> out = new HashMap<>(KIN_OF);
        int lang = -1;
        try (BufferedReader r = Lexicon.open("other-languages-words.txt")) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("# [")) {
                    lang = List.of(LANGUAGES).indexOf(line.substring(3, line.indexOf(']')));
                    continue;
                }
                if (line.startsWith("#") || lang < 0) {
                    continue;
                }
                for (String entry : line.split(",")) {
                    String w = entry.strip();
                    if (!w.isEmpty() && w.indexOf(' ') < 0) {
                        out.merge(w, 1 << lang, (a, b) -> a | b);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // English words are no evidence of another language ("ate", "con", "papa")
        out.keySet().removeIf(w -> WordList.english().isCommonWord(w));
        return out;
    }
}
