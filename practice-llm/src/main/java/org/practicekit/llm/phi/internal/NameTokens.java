package org.practicekit.llm.phi.internal;

import java.util.Arrays;
import org.practicekit.core.text.WordList;

/**
 * The words of one text as the name model sees them: offsets, sentence starts, the message's register,
 * which words are candidates, and each candidate's hashed features. Training and detection share this
 * class, so the model is scored on the same features it was trained on. Not thread-safe: one instance a
 * text.
 */
public final class NameTokens {
    /** Hashed feature space: 2^18 buckets, few collisions for the tens of thousands of features a corpus has. */
    public static final int BITS = 18;
    public static final int BUCKETS = 1 << BITS;
    private static final int MASK = BUCKETS - 1;

    /** Function words: never a name, and too frequent to score. Word-names ("will", "may") are not here. */
    private static final WordTable STOP = stopWords();
    private static final WordTable LEX = Lexicon.table();
    private static final WordList ENGLISH = WordList.english();
    private static final WordList SPANISH = WordList.spanish();

    /** Lexicon flags of the word itself that say what it is. */
    private static final long SELF_FLAGS = Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY | Lexicon.STATE
            | Lexicon.PUBLIC | Lexicon.EPONYM | Lexicon.CLINICAL | Lexicon.STORE | Lexicon.TEAM | Lexicon.MONTH
            | Lexicon.WEEKDAY | Lexicon.KIN | Lexicon.PET | Lexicon.ORG_SUFFIX | Lexicon.PLACE_SUFFIX | Lexicon.STREET
            | Lexicon.SLANG | Lexicon.PERSON_NOUN | Lexicon.STOP | Lexicon.EMPLOYER | Lexicon.DIRECTION;
    /** Lexicon flags of a neighbour that cue a name or a place, or rule one out. */
    private static final long CONTEXT_FLAGS = Lexicon.KIN | Lexicon.TITLE | Lexicon.CONTACT | Lexicon.PLACE_PREP
            | Lexicon.PLACE_VERB | Lexicon.NAMING | Lexicon.SPEECH_VERB | Lexicon.EMPLOYER | Lexicon.PET
            | Lexicon.CONSUME | Lexicon.FICTION_CUE | Lexicon.CITATION | Lexicon.HUMAN_VERB | Lexicon.AUX
            | Lexicon.ORG_SUFFIX | Lexicon.PLACE_SUFFIX | Lexicon.STREET | Lexicon.PERSON_NOUN | Lexicon.INSTRUMENT
            | Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY | Lexicon.STATE | Lexicon.CLINICAL | Lexicon.MONTH
            | Lexicon.WEEKDAY | Lexicon.DATE_CUE | Lexicon.SCALE_CUE | Lexicon.PUBLIC | Lexicon.EPONYM;

    private final String text;
    private final char[] c;
    private int count;
    private int[] start;
    private int[] end;
    private boolean[] sentenceStart;
    private boolean[] possessive;
    private long[] flags;
    private boolean[] vocabulary;
    private boolean lowercaseRegister;
    /** Per slot: the last word looked up there, plus one; repeated words skip the large table (as in the rules). */
    private final int[] recent = new int[RECENT];
    private static final int RECENT = 1024;

    private NameTokens(String text) {
        this.text = text;
        this.c = text.toCharArray();
        int cap = text.length() / 4 + 16; // prose has about one word per 5 chars: the arrays rarely grow
        start = new int[cap];
        end = new int[cap];
        sentenceStart = new boolean[cap];
        possessive = new boolean[cap];
        flags = new long[cap];
        vocabulary = new boolean[cap];
    }

    /** Splits {@code text} into words. */
    public static NameTokens of(String text) {
        NameTokens t = new NameTokens(text);
        t.tokenize();
        return t;
    }

    public int count() {
        return count;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    /** A month's name ("August", "may"): when it is PHI, it is a person's name, never a place. */
    public boolean month(int i) {
        return (flags[i] & Lexicon.MONTH) != 0;
    }

    /** More sentences start in lower case than in upper case, or the writer's "i" is lower case. */
    public boolean lowercaseRegister() {
        return lowercaseRegister;
    }

    private void tokenize() {
        int n = text.length();
        int i = 0;
        boolean boundary = true;
        int lowerStarts = 0;
        int upperStarts = 0;
        boolean lowerI = false;
        while (i < n) {
            char c = text.charAt(i);
            if (!letterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';' || c == '•') {
                    boundary = true;
                }
                i++;
                continue;
            }
            int s = i;
            while (i < n) {
                char d = text.charAt(i);
                if (letterOrDigit(d) || d >= 128 && Character.getType(d) == Character.NON_SPACING_MARK) {
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && letter(text.charAt(i + 1))
                        && i > s) {
                    i++;
                } else {
                    break;
                }
            }
            int e = i;
            boolean poss = false;
            if (e - s > 2 && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')
                    && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
                e -= 2;
                poss = true;
            }
            add(s, e, boundary, poss);
            if (boundary && Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    lowerStarts++;
                } else {
                    upperStarts++;
                }
            }
            if (e - s == 1 && c == 'i') {
                lowerI = true;
            }
            // a title's dot ("Dr. Okafor") ends no sentence
            boundary = false;
            if (i < n && text.charAt(i) == '.' && (flags[count - 1] & Lexicon.TITLE) != 0) {
                i++;
            }
        }
        lowercaseRegister = lowerI || lowerStarts > upperStarts;
        markVocabularyPhrases();
    }

    /** Words the rules' vocabulary decides: a listed term, or a word of a listed phrase ("Memorial Day"). */
    private static final long VOCABULARY = Lexicon.CLINICAL | Lexicon.EPONYM | Lexicon.PUBLIC | Lexicon.STATE
            | Lexicon.WEEKDAY;

    private void markVocabularyPhrases() {
        for (int i = 0; i < count; i++) {
            long f = flags[i];
            if ((f & VOCABULARY) != 0 || (f & Lexicon.MONTH) != 0 && (f & Lexicon.FIRST) == 0) {
                vocabulary[i] = true;
            }
            if ((f & Lexicon.PHRASE_START) == 0) {
                continue;
            }
            for (int j = Math.min(count - 1, i + 5); j > i; j--) {
                if (end[j] - start[i] <= 64 && (LEX.get(c, start[i], end[j]) & VOCABULARY) != 0) {
                    for (int k = i; k <= j; k++) {
                        vocabulary[k] = true;
                    }
                    break;
                }
            }
        }
    }

    private void add(int s, int e, boolean boundary, boolean poss) {
        if (count == start.length) {
            int size = count * 2;
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            sentenceStart = Arrays.copyOf(sentenceStart, size);
            possessive = Arrays.copyOf(possessive, size);
            flags = Arrays.copyOf(flags, size);
            vocabulary = Arrays.copyOf(vocabulary, size);
        }
        start[count] = s;
        end[count] = e;
        sentenceStart[count] = boundary;
        possessive[count] = poss;
        flags[count] = lookUp(s, e);
        count++;
    }

    /**
     * The word table's flags of {@code [s, e)}: prose repeats its words, so the last word looked up in each of
     * 1,024 slots (by hash) answers again for the same word in any case, compared char by char.
     */
    private long lookUp(int s, int e) {
        int h = 0;
        for (int k = s; k < e; k++) {
            h = 31 * h + WordTable.foldForHash(c[k]);
        }
        int slot = (h ^ (h >>> 10) ^ (h >>> 20)) & (RECENT - 1);
        int j = recent[slot] - 1;
        if (j >= 0 && sameFolded(start[j], end[j], s, e)) {
            return flags[j];
        }
        recent[slot] = count + 1; // add() stores the answer in flags[count] before anyone reads it here
        return LEX.get(c, s, e, h);
    }

    private boolean sameFolded(int s1, int e1, int s2, int e2) {
        if (e1 - s1 != e2 - s2) {
            return false;
        }
        for (int k = 0; k < e1 - s1; k++) {
            if (WordTable.foldForHash(c[s1 + k]) != WordTable.foldForHash(c[s2 + k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char ch) {
        if (ch < 128) {
            return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
        }
        return Character.isLetterOrDigit(ch);
    }

    private static boolean letter(char ch) {
        if (ch < 128) {
            return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
        }
        return Character.isLetter(ch);
    }

    /**
     * Whether word {@code i} is worth scoring: letters only, two or more, no function word, no word of the
     * rules' vocabulary (clinical terms, eponyms, public names, states, weekdays, listed phrases); a lower-case
     * word only in a lower-case message, when SCOWL has no such common word, or after a relation or contact cue.
     */
    public boolean candidate(int i) {
        int s = start[i];
        int e = end[i];
        if (e - s < 2 || vocabulary[i]) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        if (STOP.get(c, s, e) != 0) {
            return false;
        }
        if (Character.isUpperCase(text.charAt(s))) {
            return true;
        }
        if (lowercaseRegister || !ENGLISH.isCommonWord(text, s, e)) {
            return true;
        }
        return i > 0 && (flags[i - 1] & (Lexicon.KIN | Lexicon.TITLE | Lexicon.CONTACT)) != 0;
    }

    /** Capitalization: 0 lower, 1 capitalized, 2 all capitals, 3 mixed ("McKay", "DeShawn"). */
    private int capClass(int i) {
        int s = start[i];
        int e = end[i];
        if (!Character.isUpperCase(text.charAt(s))) {
            return 0;
        }
        int upper = 0;
        for (int k = s + 1; k < e; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                upper++;
            }
        }
        if (upper == 0) {
            return 1;
        }
        return upper == e - s - 1 ? 2 : 3;
    }

    /** What stands between word {@code i - 1} and word {@code i}: 0 space, 1 comma, 2 end mark, 3 bracket or quote, 4 other, 5 none. */
    private int gapBefore(int i) {
        int from = i == 0 ? 0 : end[i - 1];
        int to = start[i];
        int kind = i == 0 ? 5 : 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',') {
                kind = Math.max(kind, 1);
            } else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\n') {
                kind = Math.max(kind, 2);
            } else if (c == '(' || c == ')' || c == '"' || c == '“' || c == '”') {
                kind = Math.max(kind, 3);
            } else if (!Character.isWhitespace(c) && c != '\'' && c != '’') {
                kind = Math.max(kind, 4);
            }
        }
        return kind;
    }

    /**
     * Writes the hashed features of word {@code i} to {@code out} and returns how many. Features: the word,
     * its endings and beginning, its shape, capitalization with sentence position and register, what the
     * dictionaries and lists say of it, the two words on each side with their list flags and shapes, and the
     * punctuation around it.
     */
    public int features(int i, int[] out) {
        int n = 0;
        int s = start[i];
        int e = end[i];
        int cap = capClass(i);
        boolean first = sentenceStart[i];
        int reg = lowercaseRegister ? 1 : 0;
        boolean common = ENGLISH.isCommonWord(text, s, e);
        boolean known = common || ENGLISH.contains(text, s, e);
        boolean spanish = SPANISH.isCommonWord(text, s, e);
        int hyphen = text.indexOf('-', s) >= 0 && text.indexOf('-', s) < e ? 1 : 0;
        int len = Math.min(e - s, 10);
        int shape = cap * 16 + hyphen * 8 + (possessive[i] ? 4 : 0) + (first ? 2 : 0) + reg;
        int dict = (common ? 1 : 0) + (known ? 2 : 0) + (spanish ? 4 : 0);

        out[n++] = mix(1, 0);
        out[n++] = word(2, s, e);
        out[n++] = word(3, Math.max(s, e - 3), e);
        out[n++] = word(4, Math.max(s, e - 2), e);
        out[n++] = word(5, Math.max(s, e - 4), e);
        out[n++] = word(6, s, Math.min(e, s + 3));
        out[n++] = mix(7, shape);
        out[n++] = mix(8, len * 64 + shape);
        out[n++] = mix(9, dict * 64 + shape);
        out[n++] = mix(10, dict * 8 + cap);
        long self = flags[i] & SELF_FLAGS;
        while (self != 0 && n < out.length - 40) {
            int bit = Long.numberOfTrailingZeros(self);
            self &= self - 1;
            out[n++] = mix(11, bit * 64 + shape);
            out[n++] = mix(12, bit * 8 + dict);
        }
        int gb = gapBefore(i);
        int ga = i + 1 < count ? gapBefore(i + 1) : 5;
        out[n++] = mix(13, gb * 8 + ga);
        out[n++] = mix(14, (gb * 8 + ga) * 64 + cap * 4 + dict);
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            int slot = d + 2;
            if (j < 0 || j >= count) {
                out[n++] = mix(20 + slot, 0x7fff);
                continue;
            }
            out[n++] = word(30 + slot, start[j], end[j]);
            int jcap = capClass(j);
            out[n++] = mix(40 + slot, jcap * 16 + cap * 4 + (first ? 2 : 0) + reg);
            if (d == -1 || d == 1) {
                out[n++] = wordWith(50 + slot, start[j], end[j], cap * 2 + reg);
                out[n++] = mix(60 + slot, jcap * 64 + shape);
            }
            long ctx = flags[j] & CONTEXT_FLAGS;
            while (ctx != 0 && n < out.length - 20) {
                int bit = Long.numberOfTrailingZeros(ctx);
                ctx &= ctx - 1;
                out[n++] = mix(70 + slot, bit * 8 + cap * 2 + reg);
            }
        }
        return n;
    }

    /** The most features {@link #features} writes for one word. */
    public static int maxFeatures() {
        return 160;
    }

    private int word(int template, int s, int e) {
        return wordWith(template, s, e, 0);
    }

    private int wordWith(int template, int s, int e, int extra) {
        int h = template * 0x9E3779B1 + extra * 0x85EBCA77;
        for (int k = s; k < e; k++) {
            h = h * 31 + WordList.fold(text.charAt(k));
        }
        return finish(h);
    }

    private static int mix(int template, int value) {
        return finish(template * 0x9E3779B1 ^ (value + 0x7F4A7C15) * 0x85EBCA77);
    }

    /** Murmur3's finalizer: spreads the bits so the low ones pick a bucket. */
    private static int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & MASK;
    }

    private static WordTable stopWords() {
        String words = "a an the and or but nor so yet if then than that this these those there here of in on at to "
                + "for from by with without into onto upon about above below over under after before during since "
                + "until till while as is are was were be been being am do does did done have has had having "
                + "would shall should can could might must not no yes it its it's he she they we you i me him "
                + "her them us my his their our your mine hers theirs ours yours who whom whose which what when where "
                + "why how all any some each every both either neither one ones other others such own same very too "
                + "also just only even still again ever never always often now then per via vs etc pt pts clt "
                + "client clients patient session sessions re w/ w okay ok yeah hi hey hello thanks thank please "
                + "lol idk im dont cant wont didnt doesnt isnt wasnt u ur r n y el la los las de del en y que con "
                + "por para un una es mi su se lo le no";
        WordTable t = new WordTable(512);
        for (String w : words.split(" ")) {
            t.add(w, 1);
        }
        return t;
    }
}
