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
    /** Given names of the SSA baby-name files, valued by frequency class (1 the most common to GIVEN_CLASSES). */
    private static final WordTable GIVEN = givenNames();
    private static final int GIVEN_CLASSES = 6;
    /** Words that put a name in the next word's slot or the last one's ("this is X", "X here"), folded. */
    private static final WordTable SLOT_WORDS = slotWords();
    private static final int W_HERE = 1;
    private static final int W_THIS = 2;
    private static final int W_IS = 3;
    private static final int W_ITS = 4;
    private static final int W_MY = 5;
    private static final int W_GREETING = 6;
    private static final int W_SAYS = 7;
    private static final int W_CONNECTOR = 8;
    private static final int W_ROAD = 9;

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
    /** Per word: the lexicon hash, computed while tokenizing. */
    private int[] hash;
    /** Per word: the word table's flags with {@link #LOOKED_UP}, or 0 before anyone asked ({@link #flags(int)}). */
    private long[] flags;
    /** Per word: 0 not asked yet, 1 not of the vocabulary, 2 of it ({@link #vocabulary(int)}). */
    private byte[] vocabulary;
    /** Per word that starts a listed phrase: 0 not asked yet, -1 none, else the phrase's last word plus one. */
    private int[] phraseEnd;
    /**
     * Per word: 0 not asked yet, else one plus the first word of the text with exactly its chars that the
     * model asked about ({@link #same}); what the word lists say of a word is read once for all its repeats.
     */
    private int[] same;
    /** Per slot: the last word given its own entry in {@link #same}, plus one. */
    private final int[] recentSame;
    /** Per first word of its chars ({@link #same}): 0 not asked yet, else {@code WORD_*} bits. */
    private int[] wordLists;
    private static final int WORD_ASKED = 1;
    private static final int WORD_STOP = 2;
    private static final int WORD_COMMON = 4;
    private static final int WORD_KNOWN = 8;
    private static final int WORD_SPANISH = 16;
    /** The Spanish list and the given names were asked too (the given-name class sits above this bit). */
    private static final int WORD_ALL = 32;
    private static final int WORD_GIVEN_SHIFT = 6;
    private boolean lowercaseRegister;
    /** The message has no capital letter at all: a name in it is as lower case as every other word. */
    private boolean noCapitals;
    /** Per slot: the last word looked up there, plus one; repeated words skip the large table (as in the rules). */
    private final int[] recent;

    private NameTokens(String text) {
        this.text = text;
        this.c = text.toCharArray();
        int cap = text.length() / 4 + 16; // prose has about one word per 5 chars: the arrays rarely grow
        start = new int[cap];
        end = new int[cap];
        sentenceStart = new boolean[cap];
        possessive = new boolean[cap];
        hash = new int[cap];
        flags = new long[cap];
        recent = new int[WordTable.recentSlots(text.length())];
        recentSame = new int[recent.length];
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
        return (flags(i) & Lexicon.MONTH) != 0;
    }

    /** More sentences start in lower case than in upper case, or the writer's "i" is lower case. */
    public boolean lowercaseRegister() {
        return lowercaseRegister;
    }

    private void tokenize() {
        char[] text = c; // the array, not the String: the guard's pseudonymized text is UTF-16, charAt checks each index
        int n = text.length;
        int i = 0;
        boolean boundary = true;
        int lowerStarts = 0;
        int upperStarts = 0;
        boolean lowerI = false;
        while (i < n) {
            char c = text[i];
            if (!letterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';' || c == '•') {
                    boundary = true;
                }
                i++;
                continue;
            }
            int s = i;
            int h = 0; // the word table's hash, folded as it goes: the lookup needs no second pass over the word
            while (i < n) {
                char d = text[i];
                if (letterOrDigit(d) || d >= 128 && Character.getType(d) == Character.NON_SPACING_MARK) {
                    h = 31 * h + WordTable.foldForHash(d);
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && letter(text[i + 1])
                        && i > s) {
                    h = 31 * h + WordTable.foldForHash(d);
                    i++;
                } else {
                    break;
                }
            }
            int e = i;
            boolean poss = false;
            if (e - s > 2 && (text[e - 2] == '\'' || text[e - 2] == '’')
                    && (text[e - 1] == 's' || text[e - 1] == 'S')) {
                e -= 2;
                poss = true;
                h = 0;
                for (int k = s; k < e; k++) {
                    h = 31 * h + WordTable.foldForHash(text[k]);
                }
            }
            add(s, e, boundary, poss, h);
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
            // a title's dot ("Dr. Okafor") or an initial's ("T.J.", "R. Okafor") ends no sentence
            boundary = false;
            if (i < n && text[i] == '.' && ((flags(count - 1) & Lexicon.TITLE) != 0
                    || e - s == 1 && Character.isUpperCase(c))) {
                i++;
            }
        }
        lowercaseRegister = lowerI || lowerStarts > upperStarts;
        noCapitals = true;
        for (int k = 0; k < n && noCapitals; k++) {
            noCapitals = !Character.isUpperCase(text[k]);
        }
        vocabulary = new byte[count];
        phraseEnd = new int[count];
        same = new int[count];
        wordLists = new int[count];
    }

    /** Words the rules' vocabulary decides: a listed term, or a word of a listed phrase ("Memorial Day"). */
    private static final long VOCABULARY = Lexicon.CLINICAL | Lexicon.EPONYM | Lexicon.PUBLIC | Lexicon.STATE
            | Lexicon.WEEKDAY;
    /** Set on every flags answer stored, so 0 means "not looked up yet". */
    private static final long LOOKED_UP = 1L << 63;
    /** Hash filters: a clear bit proves a word starts no listed phrase, or is no relation, title or contact cue. */
    private static final long[] PHRASE_STARTS = LEX.filter(Lexicon.PHRASE_START);
    private static final long[] NAME_CUES = LEX.filter(Lexicon.KIN | Lexicon.TITLE | Lexicon.CONTACT);

    /**
     * Whether word {@code i} is one the rules' vocabulary decides, asked only of the words the model would score:
     * the table is read for them and their neighbours, not for every word of the text.
     */
    private boolean vocabulary(int i) {
        byte known = vocabulary[i];
        if (known == 0) {
            known = inVocabulary(i) ? (byte) 2 : 1;
            vocabulary[i] = known;
        }
        return known == 2;
    }

    private boolean inVocabulary(int i) {
        long f = flags(i);
        if ((f & VOCABULARY) != 0 || (f & Lexicon.MONTH) != 0 && (f & Lexicon.FIRST) == 0) {
            return true;
        }
        // a word of a listed phrase of up to six words that starts at or before it: "Memorial Day", "van der Kolk"
        for (int k = Math.max(0, i - 5); k <= i; k++) {
            if (WordTable.mayContain(PHRASE_STARTS, hash[k]) && (flags(k) & Lexicon.PHRASE_START) != 0
                    && phraseEnd(k) > i) {
                return true;
            }
        }
        return false;
    }

    /** The last word plus one of the longest listed phrase starting at word {@code i}, or -1. */
    private int phraseEnd(int i) {
        int known = phraseEnd[i];
        if (known == 0) {
            known = -1;
            for (int j = Math.min(count - 1, i + 5); j > i; j--) {
                if (end[j] - start[i] <= 64 && (LEX.get(c, start[i], end[j]) & VOCABULARY) != 0) {
                    known = j + 1;
                    break;
                }
            }
            phraseEnd[i] = known;
        }
        return known;
    }

    private void add(int s, int e, boolean boundary, boolean poss, int h) {
        if (count == start.length) {
            int size = count * 2;
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            sentenceStart = Arrays.copyOf(sentenceStart, size);
            possessive = Arrays.copyOf(possessive, size);
            flags = Arrays.copyOf(flags, size);
            hash = Arrays.copyOf(hash, size);
        }
        start[count] = s;
        end[count] = e;
        sentenceStart[count] = boundary;
        possessive[count] = poss;
        hash[count] = h;
        count++;
    }

    /** The word table's flags of word {@code i}, looked up on the first question. */
    private long flags(int i) {
        long f = flags[i];
        if (f == 0) {
            f = lookUp(i) | LOOKED_UP;
            flags[i] = f;
        }
        return f & ~LOOKED_UP;
    }

    /**
     * The word table's flags of word {@code i}: prose repeats its words, so the last word looked up in each of
     * 1,024 or more slots (by hash, {@link WordTable#recentSlots}) answers again for the same word in any case,
     * compared char by char.
     */
    private long lookUp(int i) {
        int h = hash[i];
        int slot = (h ^ (h >>> 10) ^ (h >>> 20)) & (recent.length - 1);
        int j = recent[slot] - 1;
        if (j >= 0 && sameFolded(start[j], end[j], start[i], end[i])) {
            return flags[j] & ~LOOKED_UP;
        }
        recent[slot] = i + 1; // flags(i) stores the answer in flags[i] before anyone reads it here
        return LEX.get(c, start[i], end[i], h);
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

    /** {@link Character#isLetterOrDigit(char)} with the ASCII answer first (most chars of prose). */
    static boolean letterOrDigit(char ch) {
        if (ch < 128) {
            return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
        }
        return Character.isLetterOrDigit(ch);
    }

    /** {@link Character#isLetter(char)} with the ASCII answer first. */
    static boolean letter(char ch) {
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
        // the vocabulary last: it reads the table for the word and the five before it
        return worthScoring(i) && !vocabulary(i);
    }

    private boolean worthScoring(int i) {
        int s = start[i];
        int e = end[i];
        if (e - s < 2) {
            // an initial after a title ("Dr. K") or with its dot ("T.J.", "R. Okafor") may be a name; any other
            // single letter is not worth scoring
            return Character.isUpperCase(text.charAt(s))
                    && (initialDot(i) || i > 0 && (flags(i - 1) & Lexicon.TITLE) != 0);
        }
        if (ordinal(i)) {
            // a numbered street: "the pharmacy on 95th", "63rd and Halsted"; not "on the 5th", "5th grade"
            return i > 0 && slotWord(i - 1) == W_CONNECTOR || i + 1 < count && slotWord(i + 1) == W_CONNECTOR;
        }
        for (int k = s; k < e; k++) {
            if (Character.isDigit(c[k])) {
                return false;
            }
        }
        int lists = wordLists(i, false);
        if ((lists & WORD_STOP) != 0) {
            return false;
        }
        if (Character.isUpperCase(c[s])) {
            return true;
        }
        if (lowercaseRegister || (lists & WORD_COMMON) == 0) {
            return true;
        }
        return i > 0 && WordTable.mayContain(NAME_CUES, hash[i - 1])
                && (flags(i - 1) & (Lexicon.KIN | Lexicon.TITLE | Lexicon.CONTACT)) != 0;
    }

    /**
     * What the stop list, SCOWL and (with {@code all}) the Spanish list and the given names say of word {@code i}
     * ({@code WORD_*} bits, the given-name class above them), read once per distinct word of the text.
     */
    private int wordLists(int i, boolean all) {
        int first = same(i);
        int lists = wordLists[first];
        if (lists == 0) {
            int s = start[i];
            int e = end[i];
            boolean common = ENGLISH.isCommonWord(text, s, e);
            lists = WORD_ASKED | (STOP.get(c, s, e) != 0 ? WORD_STOP : 0) | (common ? WORD_COMMON : 0);
            wordLists[first] = lists;
        }
        if (all && (lists & WORD_ALL) == 0) {
            int s = start[i];
            int e = end[i];
            boolean known = (lists & WORD_COMMON) != 0 || ENGLISH.contains(text, s, e);
            lists |= WORD_ALL | (known ? WORD_KNOWN : 0) | (SPANISH.isCommonWord(text, s, e) ? WORD_SPANISH : 0)
                    | (int) GIVEN.get(c, s, e) << WORD_GIVEN_SHIFT;
            wordLists[first] = lists;
        }
        return lists;
    }

    /** The first word asked about with exactly the chars of word {@code i} (a recent one; else {@code i} itself). */
    private int same(int i) {
        int known = same[i];
        if (known != 0) {
            return known - 1;
        }
        int h = hash[i];
        int slot = (h ^ (h >>> 10) ^ (h >>> 20)) & (recentSame.length - 1);
        int j = recentSame[slot] - 1;
        int first = i;
        if (j >= 0 && sameChars(start[j], end[j], start[i], end[i])) {
            first = same[j] - 1;
        } else {
            recentSame[slot] = i + 1;
        }
        same[i] = first + 1;
        return first;
    }

    private boolean sameChars(int s1, int e1, int s2, int e2) {
        return Arrays.equals(c, s1, e1, c, s2, e2);
    }

    /** {@link #mayStart}: the word starts a span at the model's threshold. */
    public static final int START = 0;
    /** {@link #mayStart}: an uncued common word, a span only when the model is all but certain. */
    public static final int START_WHEN_CERTAIN = 1;
    /** {@link #mayStart}: no span of the word's own; it may only join a neighbour's. */
    public static final int NO_START = 2;

    /**
     * Whether the second model may start a span on word {@code i} by its own score ({@link #START},
     * {@link #START_WHEN_CERTAIN}, {@link #NO_START}). A word of two letters or fewer never does: an abbreviation or
     * an initial ("st", "K") the rules read with its neighbours. A word SCOWL lists as common (one English writes
     * in lower case) needs a cue the features know beside it, a relation, title or contact word, or, when the
     * text capitalizes it, a person slot other than a speech verb ("it's Juniper", "Dr. Hope"); "it's sunny here",
     * "lol bill said" start only when the model is all but certain, and a capitalized run after "the" with no name
     * slot ("the Shelter", "the County Fair") names a kind of thing, the public readers' to judge. Round 29b: the
     * model trained on the spent blind sets scores such words high on their own; round 30 moved the short-word and
     * article rules here from the model.
     */
    public int mayStart(int i) {
        boolean uncued = uncuedCommon(i);
        if (end[i] - start[i] <= 2) {
            return NO_START;
        }
        if (!uncued) {
            return START;
        }
        return Character.isUpperCase(c[start[i]]) ? NO_START : START_WHEN_CERTAIN;
    }

    /** A common word with no cue to start a span on ({@link #mayStart}), before the short-word rule. */
    private boolean uncuedCommon(int i) {
        if ((wordLists(i, false) & WORD_COMMON) == 0) {
            return false;
        }
        boolean cue = i > 0 && (flags(i - 1) & (Lexicon.KIN | Lexicon.TITLE | Lexicon.CONTACT)) != 0
                || i + 1 < count && (flags(i + 1) & (Lexicon.KIN | Lexicon.TITLE | Lexicon.CONTACT)) != 0;
        if (cue) {
            return false;
        }
        if (!Character.isUpperCase(c[start[i]])) {
            // a place preposition right before is the place slot: "in cedar bend", not "at the warehouse"
            return !(i > 0 && (flags(i - 1) & Lexicon.PLACE_PREP) != 0 && gapBefore(i) == 0);
        }
        // a capitalized run after "the" ("the Lake", "the County Fair") names a kind of thing, a name only in a slot
        int j = i - 1;
        while (j >= 0 && Character.isUpperCase(c[start[j]]) && !sentenceStart[j + 1] && gapBefore(j + 1) == 0) {
            j--;
        }
        boolean article = j >= 0 && !sentenceStart[j + 1] && end[j] - start[j] == 3
                && text.regionMatches(true, start[j], "the", 0, 3);
        return article && (nameSlots(i) & ~16) == 0;
    }

    /** A number with an ordinal ending: "95th", "1st", "63rd". */
    public boolean ordinal(int i) {
        int s = start[i];
        int e = end[i];
        if (e - s < 3 || e - s > 6 || !Character.isDigit(text.charAt(s))) {
            return false;
        }
        int k = s;
        while (k < e && Character.isDigit(text.charAt(k))) {
            k++;
        }
        if (e - k != 2) {
            return false;
        }
        char a = Character.toLowerCase(text.charAt(k));
        char b = Character.toLowerCase(text.charAt(k + 1));
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /** Word {@code i} is one capital letter with a dot right after it: "T." of "T.J.", "R." of "R. Okafor". */
    public boolean initialDot(int i) {
        return end[i] - start[i] == 1 && end[i] < text.length() && text.charAt(end[i]) == '.'
                && Character.isUpperCase(text.charAt(start[i]));
    }

    /** Word {@code i} links two parts of one place: "on", "at", "and" ("the pharmacy on 95th", "63rd and Halsted"). */
    public boolean connector(int i) {
        return slotWord(i) == W_CONNECTOR;
    }

    /** Word {@code i} names a kind of route: "line", "street", "ave", "road". */
    public boolean road(int i) {
        return slotWord(i) == W_ROAD;
    }

    /** Which slot word word {@code i} is ({@code W_HERE}, ...), 0 for none. */
    public int slotWord(int i) {
        return (int) SLOT_WORDS.get(c, start[i], end[i]);
    }

    /** The char right before word {@code i} and right after it, skipping spaces; 0 at either end. */
    private char charBefore(int i) {
        int k = start[i] - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 ? 0 : text.charAt(k);
    }

    private char charAfter(int i) {
        int k = end[i] + (possessive[i] ? 2 : 0);
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() ? text.charAt(k) : 0;
    }

    private static boolean quote(char ch) {
        return ch == '"' || ch == '“' || ch == '”' || ch == '\'' || ch == '‘' || ch == '’';
    }

    /**
     * The slots the words around word {@code i} make for a name, as bits: 1 "X here", 2 "this is X" / "it's X" /
     * "soy X", 4 a possessive relation before it ("my friend X", "mi tia X"), 8 an aside after it ("X (my
     * roommate)"), 16 a speech or contact verb after it ("X says", "X texted"), 32 a greeting or thanks before
     * it, with the message ending or a comma after (a vocative), 64 in quotes ("goes by "CJ""), 128 after a
     * title ("Dr. K", "coach Reyes").
     */
    private int nameSlots(int i) {
        int slots = 0;
        int next = i + 1 < count ? slotWord(i + 1) : 0;
        int prev = i > 0 ? slotWord(i - 1) : 0;
        if (next == W_HERE && gapBefore(i + 1) == 0) {
            slots |= 1;
        }
        boolean itS = i > 0 && possessive[i - 1] && end[i - 1] - start[i - 1] == 2
                && text.regionMatches(true, start[i - 1], "it", 0, 2); // "it's" reads as a possessive "it"
        if (itS || prev == W_ITS || prev == W_IS && i > 1 && slotWord(i - 2) == W_THIS) {
            slots |= 2;
        }
        if (i > 1 && (flags(i - 1) & Lexicon.KIN) != 0 && slotWord(i - 2) == W_MY) {
            slots |= 4;
        }
        char after = charAfter(i);
        if (after == '(' && i + 1 < count && (slotWord(i + 1) == W_MY || (flags(i + 1) & Lexicon.KIN) != 0)) {
            slots |= 8;
        }
        if (i + 1 < count && (next == W_SAYS || (flags(i + 1) & (Lexicon.SPEECH_VERB | Lexicon.CONTACT)) != 0)) {
            slots |= 16;
        }
        if (prev == W_GREETING && (i + 1 == count || after == ',' || after == '!' || after == '.' || after == 0
                || after >= 0x2000)) {
            slots |= 32;
        }
        if (quote(charBefore(i)) && quote(after)) {
            slots |= 64;
        }
        if (i > 0 && (flags(i - 1) & Lexicon.TITLE) != 0) {
            slots |= 128;
        }
        return slots;
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
        int register = noCapitals ? 2 : reg;
        int lists = wordLists(i, true);
        boolean common = (lists & WORD_COMMON) != 0;
        boolean known = (lists & WORD_KNOWN) != 0;
        boolean spanish = (lists & WORD_SPANISH) != 0;
        int hyphen = hasChar(text, s, e, '-') ? 1 : 0; // within the word: indexOf would read on to the text's end
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
        // how common a given name it is (SSA classes 1-6, 7 none), with its shape, the dictionaries and the register
        int given = lists >>> WORD_GIVEN_SHIFT;
        int givenClass = given == 0 ? GIVEN_CLASSES + 1 : given;
        out[n++] = mix(15, givenClass * 64 + shape);
        out[n++] = mix(16, givenClass * 64 + dict * 4 + register);
        out[n++] = mix(17, givenClass * 8 + cap);
        int slots = nameSlots(i);
        for (int bits = slots; bits != 0; bits &= bits - 1) {
            int bit = Integer.numberOfTrailingZeros(bits);
            out[n++] = mix(80, bit * 16 + cap * 4 + register);
            out[n++] = mix(81, bit * 64 + givenClass * 8 + (common ? 4 : 0) + register);
        }
        out[n++] = mix(82, Math.min(slots, 255) * 4 + register);
        if (ordinal(i)) {
            int prev = i > 0 ? slotWord(i - 1) : 0;
            int next = i + 1 < count ? slotWord(i + 1) : 0;
            out[n++] = mix(83, prev * 16 + next);
        }
        if (e - s == 1) {
            // an initial: alone, in a run ("T.J."), before a capitalized word ("R. Okafor"), at a sentence start
            int run = (i > 0 && initialDot(i - 1) && end[i - 1] + 1 == s ? 1 : 0)
                    + (i + 1 < count && end[i] + 1 == start[i + 1] && initialDot(i) ? 2 : 0);
            int nextCap = i + 1 < count ? capClass(i + 1) : 4;
            out[n++] = mix(85, run * 32 + nextCap * 4 + (initialDot(i) ? 2 : 0) + (first ? 1 : 0));
        }
        if (i + 1 < count && slotWord(i + 1) == W_ROAD) {
            out[n++] = mix(84, cap * 4 + register); // "the Orange Line", "Elm Street"
        }
        long self = flags(i) & SELF_FLAGS;
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
            long ctx = flags(j) & CONTEXT_FLAGS;
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
        return 192;
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

    /** The SSA baby-name files hold the word, however rare ("Holiday", "Chance"): for slot readings only. */
    static boolean givenNameAnywhere(CharSequence text, int s, int e) {
        return GIVEN.get(text, s, e) != 0;
    }

    private static WordTable givenNames() {
        WordTable t = new WordTable(32_768);
        try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(
                java.util.Objects.requireNonNull(NameTokens.class.getResourceAsStream("ssa-given-names.txt"),
                        "ssa-given-names.txt"), java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            int rank = 0;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                // most frequent first: classes of 64, 256, 1,024, 4,096, 16,384 names, then the rest
                int cls = Math.min(GIVEN_CLASSES, 1 + Math.max(0, (31 - Integer.numberOfLeadingZeros(rank >> 4)) / 2));
                t.add(line, cls);
                rank++;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return t;
    }

    private static WordTable slotWords() {
        WordTable t = new WordTable(64);
        String[][] words = {
            {"here", "aqui", "aquí"}, {"this", "este", "esta"}, {"is", "es", "soy"},
            {"it's", "its", "it’s", "im", "i'm", "i’m"},
            {"my", "mi", "his", "her", "our", "their", "mis"},
            {"hi", "hey", "hello", "thanks", "thank", "thx", "ty", "ok", "okay", "sorry", "bye", "yo", "love", "hola",
                "gracias"},
            {"says", "said", "say", "texted", "text", "told", "called", "wants", "thinks", "dice", "dijo"},
            {"on", "off", "at", "and", "near", "by", "&"},
            {"line", "street", "st", "ave", "avenue", "blvd", "road", "rd"}};
        for (int w = 0; w < words.length; w++) {
            for (String word : words[w]) {
                t.add(word, w + 1);
            }
        }
        return t;
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

    private static boolean hasChar(String text, int s, int e, char c) {
        for (int k = s; k < e; k++) {
            if (text.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }
}
