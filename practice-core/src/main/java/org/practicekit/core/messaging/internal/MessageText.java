package org.practicekit.core.messaging.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * Turns a client's message into a canonical form the risk rules and the lexical model read: lower
 * case, no accents, contractions and slang expanded, common misspellings of risk words corrected,
 * tokens separated by one space and clause boundaries written as {@code "|"}.
 *
 * <p>One pass over the characters, no regular expressions on the common path: triage runs on every
 * inbound message, and portal posts run to thousands of characters.
 */
public final class MessageText {
    /** Written where punctuation ends a clause; negation never reaches across it. */
    public static final String BOUNDARY = "|";

    /** The canonical text and where each sentence starts in it. */
    public static final class Canonical {
        private final String text;
        private final int[] sentenceStarts;

        Canonical(String text, int[] sentenceStarts) {
            this.text = text;
            this.sentenceStarts = sentenceStarts;
        }

        /** The canonical text. */
        public String text() {
            return text;
        }

        /** Number of sentences (at least one, even for empty text). */
        public int sentences() {
            return sentenceStarts.length;
        }

        /** Start offset of sentence {@code i} in {@link #text()}. */
        public int sentenceStart(int i) {
            return sentenceStarts[i];
        }

        /** End offset (exclusive) of sentence {@code i}. */
        public int sentenceEnd(int i) {
            return i + 1 < sentenceStarts.length ? sentenceStarts[i + 1] : text.length();
        }
    }

    /** Latin-1 and Latin Extended-A letters without their accents; other chars map to themselves. */
    private static final char[] FOLD = foldTable();

    private static final Map<String, String> REPLACEMENTS = replacements();
    /** Words an apostrophe-s after which means "is" ("it's" is "it is", "mom's" stays "moms"). */
    private static final Set<String> IS_BEFORE_APOSTROPHE_S = Set.of("it", "he", "she", "that", "what", "there", "who",
            "everything", "nothing", "life", "where", "here", "how", "this", "something");

    /** Words the typo correction aims at: the words risk phrases hinge on. */
    private static final String[] RISK_WORDS = {"suicide", "suicidal", "myself", "overdose", "overdosed",
        "hopeless", "worthless", "killing", "goodbye", "cutting", "pointless", "anymore", "stockpiling", "stashing",
        "saving", "sleeping", "without", "everyone", "everybody", "nobody", "burden", "better", "living", "alive",
        "voices", "relapsed", "drinking", "disappear", "forever", "hurting", "yourself", "himself", "herself",
        "themselves", "tonight", "suicidarme", "matarme", "morirme", "pastillas", "despedida", "letters"};

    /** Risk words by first letter, so a token is compared only with the words it could be a typo of. */
    private static final String[][] RISK_WORDS_BY_LETTER = byFirstLetter(RISK_WORDS);

    /**
     * Ordinary words one or two letters away from a risk word, which must never be "corrected"
     * into one ("billing" is not "killing").
     */
    private static final Set<String> KNOWN_WORDS = Set.copyOf(List.of("billing", "filling", "willing", "filing", "milling",
            "ceiling", "selling", "telling", "yelling", "spelling", "smelling", "calling", "falling", "kidding",
            "saying", "having", "paving", "waving", "raving", "craving", "shaving", "caving", "moving", "loving",
            "giving", "diving", "driving", "leaving", "living", "lining", "liking", "hiking", "sitting", "getting",
            "putting", "cutting", "hitting", "setting", "betting", "letter", "latter", "bitter", "butter", "batter",
            "better", "matter", "hoping", "helpless", "homeless", "harmless", "careless", "useless", "sleepless",
            "timeless", "seeping", "keeping", "weeping", "peeping", "sleeping", "beeping", "yourself", "ourselves",
            "himself", "herself", "itself", "myself", "drawing", "driving", "thinking", "drinking", "shrinking",
            "blinking", "linking", "sinking", "winking", "alive", "alike", "alien", "aligned", "forever", "fever",
            "clever", "whenever", "tonight", "tonights", "tomorrow", "everyone", "everybody", "nobody", "somebody",
            "anybody", "voice", "voices", "choices", "invoices", "invoice", "vices", "burden", "garden", "warden",
            "harden", "saving", "savings", "having", "without", "within", "anymore", "hurting", "hunting", "hurling",
            "stashing", "smashing", "slashing", "splashing", "stacking", "stocking", "overdue", "overdone", "pointers",
            "goodbye", "goodbyes", "letters", "settlers", "killing", "suicide", "suicidal", "relapsed", "relapse",
            "disappear", "despedida", "pastillas", "hopeless", "worthless", "pointless", "overdose", "overdosed",
            "cuttings", "matarme", "morirme", "suicidarme", "themselves", "relaxed", "collapsed", "released",
            "disappears", "disappoint", "appear", "leaving", "nothing", "something", "anything", "everything",
            "another", "either", "neither", "whether", "weather", "feather", "leather", "rather", "mother", "father",
            "brother", "bother", "voiced", "chilling", "sweeping", "slipping", "drifting", "printing", "thoughts",
            "bought", "brought", "fought", "sought", "taught", "caught", "thought", "shelves", "selves", "matters",
            "letting", "setters", "sitters", "hitters", "bettor", "living", "lasting", "loving", "evening", "cutting",
            "kitten", "kittens", "mittens", "written", "rotten", "button", "buttons", "hunting", "counting", "mounting",
            "painting", "pointing", "jointly", "waiting", "writing", "rating", "dating", "skating"));

    private MessageText() {
    }

    /** The canonical form of {@code raw}. */
    public static String normalize(String raw) {
        return canonical(raw).text;
    }

    /** The canonical form of {@code raw} with its sentence starts. */
    public static Canonical canonical(String raw) {
        String s = raw;
        if (s.indexOf('.') >= 0 && (s.indexOf("o.d") >= 0 || s.indexOf("O.D") >= 0 || s.indexOf("O.d") >= 0
                || s.indexOf("o.D") >= 0)) {
            // "o.d." and "O.D.'d" would otherwise be split at their periods.
            s = s.replaceAll("(?i)\\bo\\.d\\.?(?:'?d|'?ed)\\b", " overdosed ").replaceAll("(?i)\\bo\\.d\\.?(?=\\s|$)", " overdose ");
        }
        Builder b = new Builder(s.length());
        int n = s.length();
        char[] token = new char[Math.min(Math.max(n, 16), 256)];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char f = c < FOLD.length ? FOLD[c] : c;
            if (isWordChar(f)) {
                if (len == token.length) {
                    continue; // a run of 256 letters is no word; keep its first part
                }
                {
                    token[len++] = f;
                }
                continue;
            }
            if (c >= 0x300 && c <= 0x36F) {
                continue; // a combining accent after its letter
            }
            if (isApostrophe(c) && len > 0 && i + 1 < n && isWordChar(fold(s.charAt(i + 1)))) {
                if (len < token.length) {
                    token[len++] = '\'';
                }
                continue;
            }
            if (len > 0) {
                b.token(token, len);
                len = 0;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                i++;
                if (isLaughter(cp)) {
                    b.word("lol");
                }
                continue;
            }
            switch (c) {
                case '.': case '!': case '?': case ';': case '\n': case '\r': case '\u2026':
                    b.boundary(true);
                    break;
                case ',': case ':': case '(': case ')': case '[': case ']': case '"': case '\u201C': case '\u201D':
                case '\u2013': case '\u2014':
                    b.boundary(false);
                    break;
                case '-':
                    // " - " between words ends a clause; a hyphen inside a word only separates.
                    if (i > 0 && i + 1 < n && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
                        b.boundary(false);
                    }
                    break;
                default:
                    break;
            }
        }
        if (len > 0) {
            b.token(token, len);
        }
        return b.build();
    }

    /** Lower-cased and accent-free form of one char, as the canonical text would hold it. */
    static char fold(char c) {
        return c < FOLD.length ? FOLD[c] : c;
    }

    private static boolean isWordChar(char f) {
        return (f >= 'a' && f <= 'z') || (f >= '0' && f <= '9') || (f > 0x7F && Character.isLetter(f));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    private static boolean isLaughter(int cp) {
        return cp == 0x1F602 || cp == 0x1F923 || cp == 0x1F606 || cp == 0x1F605 || cp == 0x1F639;
    }

    /** Accumulates canonical words, clause boundaries and sentence starts. */
    private static final class Builder {
        private final StringBuilder out;
        private int[] starts = new int[4];
        private int sentences = 1;
        private boolean sentencePending;

        Builder(int capacity) {
            out = new StringBuilder(capacity + 16);
        }

        void boundary(boolean endsSentence) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '|') {
                out.append(" |");
            }
            if (endsSentence && out.length() > 0) {
                sentencePending = true;
            }
        }

        void token(char[] token, int len) {
            String raw = new String(token, 0, len);
            if (raw.indexOf('\'') >= 0) {
                contraction(raw);
            } else {
                word(canonicalWord(raw));
            }
        }

        private void contraction(String raw) {
            if (raw.endsWith("n't")) {
                String stem = raw.substring(0, raw.length() - 3);
                word(canonicalWord(stem.replace("'", "")));
                word("not");
                return;
            }
            int apostrophe = raw.lastIndexOf('\'');
            String stem = raw.substring(0, apostrophe).replace("'", "");
            String suffix = raw.substring(apostrophe + 1);
            if (stem.equals("od") && (suffix.equals("d") || suffix.equals("ed"))) {
                word("overdosed");
                return;
            }
            String expanded;
            switch (suffix) {
                case "m": expanded = "am"; break;
                case "re": expanded = "are"; break;
                case "ve": expanded = "have"; break;
                case "ll": expanded = "will"; break;
                case "d": expanded = "would"; break;
                case "s": expanded = IS_BEFORE_APOSTROPHE_S.contains(stem) ? "is" : null; break;
                default: expanded = null;
            }
            if (expanded == null) {
                word(canonicalWord(stem + suffix));
            } else {
                word(canonicalWord(stem));
                word(expanded);
            }
        }

        void word(String w) {
            if (w.isEmpty()) {
                return;
            }
            if (sentencePending) {
                sentencePending = false;
                if (out.length() > 0) {
                    if (sentences == starts.length) {
                        starts = Arrays.copyOf(starts, sentences * 2);
                    }
                    starts[sentences++] = out.length() + 1;
                }
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }

        Canonical build() {
            int end = out.length();
            // A trailing boundary says nothing.
            if (end >= 2 && out.charAt(end - 1) == '|') {
                out.setLength(end - 2);
            }
            String text = out.toString();
            int count = sentences;
            while (count > 1 && starts[count - 1] >= text.length()) {
                count--;
            }
            return new Canonical(text, Arrays.copyOf(starts, count));
        }
    }

    static String canonicalWord(String token) {
        String replaced = REPLACEMENTS.get(token);
        if (replaced != null) {
            return replaced;
        }
        String word = token;
        if (hasLetterAndDigit(word)) {
            // "su1c1de" is "suicide", but "3pm" and "b12" stay as they are: only a real word is taken.
            String unLeeted = unLeet(word);
            replaced = REPLACEMENTS.get(unLeeted);
            if (replaced != null) {
                return replaced;
            }
            String corrected = correctTypo(squeezeRepeats(unLeeted));
            if (isRiskWord(corrected) || WordList.english().isCommonWord(corrected)) {
                return corrected;
            }
            return token;
        }
        word = squeezeRepeats(word);
        if (word != token) {
            replaced = REPLACEMENTS.get(word);
            if (replaced != null) {
                return replaced;
            }
        }
        return correctTypo(word);
    }

    private static boolean hasLetterAndDigit(String s) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            letter |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return letter && digit;
    }

    private static String unLeet(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '0': sb.append('o'); break;
                case '1': sb.append('i'); break;
                case '3': sb.append('e'); break;
                case '4': sb.append('a'); break;
                case '5': sb.append('s'); break;
                case '7': sb.append('t'); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /** "sooooo" to "soo", "diiiie" to "diie": three or more of a letter become two. */
    private static String squeezeRepeats(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            if (i >= 2 && s.charAt(i) == s.charAt(i - 1) && s.charAt(i) == s.charAt(i - 2)) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                continue;
            }
            if (sb != null) {
                sb.append(s.charAt(i));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Corrects a token within one edit (six to eight letters) or two edits (nine or more) of a risk
     * word with the same first letter, unless it is an ordinary word. Short words are left alone:
     * too many neighbours.
     */
    static String correctTypo(String token) {
        int n = token.length();
        char first = token.isEmpty() ? ' ' : token.charAt(0);
        if (n < 6 || first < 'a' || first > 'z') {
            return token;
        }
        String[] candidates = RISK_WORDS_BY_LETTER[first - 'a'];
        if (candidates.length == 0 || KNOWN_WORDS.contains(token) || isRiskWord(token)) {
            return token;
        }
        String best = token;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : candidates) {
            int allowed = word.length() >= 9 ? 2 : 1;
            if (Math.abs(word.length() - n) > allowed) {
                continue;
            }
            if (word.equals(token)) {
                return token;
            }
            int d = EditDistance.within(token, word, allowed);
            if (d >= 0 && d < bestDistance) {
                best = word;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean isRiskWord(String word) {
        char first = word.isEmpty() ? ' ' : word.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (String w : RISK_WORDS_BY_LETTER[first - 'a']) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String[][] byFirstLetter(String[] words) {
        String[][] out = new String[26][];
        for (int l = 0; l < 26; l++) {
            char letter = (char) ('a' + l);
            out[l] = Arrays.stream(words).filter(w -> w.length() >= 6 && w.charAt(0) == letter).toArray(String[]::new);
        }
        return out;
    }

    private static char[] foldTable() {
        char[] t = new char[0x250];
        for (char c = 0; c < t.length; c++) {
            char f = WordList.fold(c);
            t[c] = f == 0 ? c : f;
        }
        // '¿' and '¡' open Spanish questions and exclamations; they are punctuation here.
        t['\u00bf'] = ' ';
        t['\u00a1'] = ' ';
        return t;
    }

    private static Map<String, String> replacements() {
        Map<String, String> m = new HashMap<>();
        String[][] pairs = {
            // negations written without an apostrophe
            {"dont", "do not"}, {"cant", "can not"}, {"cannot", "can not"}, {"wont", "will not"},
            {"isnt", "is not"}, {"arent", "are not"}, {"wasnt", "was not"}, {"werent", "were not"},
            {"didnt", "did not"}, {"doesnt", "does not"}, {"wouldnt", "would not"}, {"couldnt", "could not"},
            {"shouldnt", "should not"}, {"havent", "have not"}, {"hasnt", "has not"}, {"aint", "is not"},
            {"2", "to"}, {"4", "for"}, {"ca", "can"}, {"wo", "will"}, {"im", "i am"},
            {"ive", "i have"}, {"youre", "you are"}, {"theyre", "they are"}, {"thats", "that is"},
            {"whats", "what is"}, {"theres", "there is"}, {"itll", "it will"}, {"noone", "no one"},
            // texting shorthand
            {"u", "you"}, {"ur", "your"}, {"r", "are"}, {"ya", "you"}, {"wanna", "want to"}, {"gonna", "going to"},
            {"tryna", "trying to"}, {"gotta", "got to"}, {"rn", "right now"}, {"tn", "tonight"},
            {"tonite", "tonight"}, {"2nite", "tonight"}, {"2night", "tonight"}, {"2day", "today"},
            {"2morrow", "tomorrow"}, {"tmrw", "tomorrow"}, {"tmr", "tomorrow"}, {"tomorow", "tomorrow"},
            {"pls", "please"}, {"plz", "please"}, {"bc", "because"}, {"cuz", "because"}, {"coz", "because"},
            {"abt", "about"}, {"ppl", "people"}, {"some1", "someone"}, {"any1", "anyone"}, {"every1", "everyone"},
            {"no1", "no one"}, {"idk", "i do not know"}, {"thx", "thanks"}, {"appt", "appointment"},
            {"appts", "appointments"}, {"resched", "reschedule"}, {"w", "with"}, {"beter", "better"}, {"bettr", "better"},
            {"anymor", "anymore"}, {"nomore", "no more"}, {"meds", "medication"}, {"pils", "pills"},
            {"bf", "boyfriend"}, {"gf", "girlfriend"}, {"bff", "best friend"}, {"thru", "through"},
            {"b4", "before"}, {"nvm", "never mind"}, {"imo", "in my opinion"}, {"omg", "oh my god"},
            // crisis slang
            {"od", "overdose"}, {"oded", "overdosed"}, {"odd", "odd"}, {"oding", "overdosing"},
            {"kms", "kill myself"}, {"kys", "kill yourself"}, {"ctb", "kill myself"}, {"unalive", "kill"},
            {"unalived", "killed"}, {"unaliving", "killing"}, {"sewerslide", "suicide"}, {"suicde", "suicide"},
            {"sucide", "suicide"}, {"suiside", "suicide"}, {"sh", "self harm"}, {"selfharm", "self harm"},
            {"selfharming", "self harming"}, {"selfdelete", "kill myself"}, {"sui", "suicide"},
            {"tbh", "to be honest"}, {"ngl", "not going to lie"}, {"lmao", "lol"}, {"lmfao", "lol"}, {"rofl", "lol"},
            {"haha", "lol"}, {"hahaha", "lol"}, {"jk", "lol"}, {"jaja", "lol"}, {"jajaja", "lol"},
        };
        for (String[] p : pairs) {
            m.put(p[0], p[1]);
        }
        return Map.copyOf(m);
    }
}
