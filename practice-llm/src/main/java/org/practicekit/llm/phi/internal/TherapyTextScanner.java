package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.ANY_ID_CONTEXT;
import static org.practicekit.llm.phi.internal.Lexicon.CITY;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_ACCOUNT;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_AGE;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_DEVICE;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_FAX;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_ID;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_LICENSE;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_MRN;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_PHONE;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_PLAN;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_SSN;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_USER;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_VEHICLE;
import static org.practicekit.llm.phi.internal.Lexicon.CTX_ZIP;
import static org.practicekit.llm.phi.internal.Lexicon.DATE_CUE;
import static org.practicekit.llm.phi.internal.Lexicon.DIRECTION;
import static org.practicekit.llm.phi.internal.Lexicon.FILLER;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.NAMING;
import static org.practicekit.llm.phi.internal.Lexicon.NOT_ID;
import static org.practicekit.llm.phi.internal.Lexicon.PLACE_PREP;
import static org.practicekit.llm.phi.internal.Lexicon.PLACE_SUFFIX;
import static org.practicekit.llm.phi.internal.Lexicon.PLACE_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.SCALE_CUE;
import static org.practicekit.llm.phi.internal.Lexicon.SPEECH_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.STOP;
import static org.practicekit.llm.phi.internal.Lexicon.STREET;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.TLD;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;
import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.EMPLOYER;
import static org.practicekit.llm.phi.internal.Lexicon.EPONYM;
import static org.practicekit.llm.phi.internal.Lexicon.CITATION;
import static org.practicekit.llm.phi.internal.Lexicon.ORG_SUFFIX;
import static org.practicekit.llm.phi.internal.Lexicon.PUBLIC;
import static org.practicekit.llm.phi.internal.Lexicon.SLANG;
import static org.practicekit.llm.phi.internal.Lexicon.VOCABULARY;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * The in-process detector's engine. One pass splits the text into tokens (words, numbers,
 * alphanumerics, punctuation, with the whitespace before each); one forward walk over the tokens
 * then tries, at each position, the recognizers that can start there: chunk shapes (email, URL,
 * IP, handle), number groups (phone, SSN, numeric dates, ZIP, card, ages, street numbers, context
 * ids), alphanumeric ids (VIN, MBI, context ids), month-name dates, names and places. Context comes
 * from a few tokens before each candidate, looked up in one {@link WordTable}; no regular
 * expression runs over the whole text. Stateless and thread-safe.
 */
public final class TherapyTextScanner {
    /** Marks a context that came from a specific word ("claim", "member"), not from "number" or "#". */
    private static final long STRONG_ID = 1L << 40;
    /** Set on every cached lexicon answer, so 0 means "not looked up yet". */
    private static final long LOOKED_UP = 1L << 62;

    private static final byte WORD = 1;
    private static final byte NUM = 2;
    private static final byte ALNUM = 3;
    private static final byte PUNCT = 4;

    /** Internationalized too: "josé.peña@correo.mx", "anna@почта.рф", "yuki@例え.jp". */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(\\.[\\p{L}\\p{N}\\-]+)*\\.(\\p{L}{2,24}|xn--[a-z0-9\\-]+)");
    private static final Pattern IPV6 = Pattern.compile(
            "(?i)(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{0,4}::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{0,4}");
    private static final Pattern MAC = Pattern.compile("(?i)[0-9a-f]{2}([:\\-])[0-9a-f]{2}(\\1[0-9a-f]{2}){4}");
    private static final Pattern CISCO_MAC = Pattern.compile("(?i)[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}");
    /** IPv6 in brackets with a port ("[2001:db8::1]:443") or with a zone id ("fe80::1%eth0"). */
    private static final Pattern IPV6_DECORATED = Pattern.compile(
            "(?i)\\[([0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\\](:\\d{1,5})?|([0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}%[0-9a-z]+");

    private final WordTable lex = Lexicon.table();
    private final EnglishWords english = new EnglishWords();
    /** Lowercase words that matter on their own: months ("june 3"), handle cues ("username kbrown85"), given names. */
    private final long[] selfCues = lex.filter(MONTH | CTX_USER | FIRST | Lexicon.NUMBER_WORD);
    /** Lowercase words that make the next word a name: "wife keisha", "named anouk", "texted jenny". */
    private final long[] nameCues = lex.filter(KIN | NAMING | CONTACT | TITLE);
    /** First words of holidays, and of stores, cities and compass words: most words after "the" or "in" are none. */
    private final long[] holidayStarts = lex.firstWordFilter(Lexicon.HOLIDAY);
    private final long[] placeStarts = lex.firstWordFilter(Lexicon.STORE | CITY | DIRECTION);
    /** Words after which a lowercase unknown word acts as a person: "devontae put", "kayla said". */
    private final long[] personVerbs = lex.filter(SPEECH_VERB, STOP);

    /** Token arrays for one text. */
    private static final class Tokens {
        final String text;
        int n;
        int[] s;
        int[] e;
        byte[] kind;
        byte[] ws; // 0 none, 1 space, 2 line break
        /** Per chunk start: the chunk holds '@', an inner '.', or two ':' (email, URL, IP shapes). */
        boolean[] special;
        /** Per word: the lexicon hash, computed while tokenizing. */
        int[] hash;
        long[] flags;
        boolean[] claimed;
        /** Per token: what the English list said of it and its case, read once (COMMON_KNOWN, COMMON, ALL_CAPS...). */
        byte[] english;
        /** Per slot of lookUp(): the last word looked up there, plus one; 0 for none. */
        final int[] recent;
        /** While word() reads ahead of its title check: the tokens claimed since, to give back if it is a title. */
        boolean journaling;
        int journal;
        int[] journaled;

        final char[] c;

        Tokens(String text) {
            this.text = text;
            this.c = text.toCharArray();
            for (int k = 0; k < c.length; k++) {
                char d = c[k];
                if (d >= '\u0660' && (d <= '\u0669' || d >= '\u06f0' && d <= '\u06f9')) {
                    // Arabic-Indic digits read as the digits they are ("١٢ مارس"); one char for one, so offsets hold
                    c[k] = (char) ('0' + (d <= '\u0669' ? d - '\u0660' : d - '\u06f0'));
                }
            }
            int cap = Math.max(16, text.length() / 4 + 16); // prose has about one token per 4.5 chars
            s = new int[cap];
            e = new int[cap];
            kind = new byte[cap];
            ws = new byte[cap];
            special = new boolean[cap];
            hash = new int[cap];
            recent = new int[WordTable.recentSlots(text.length())];
        }

        void add(int start, int end, byte k, byte space) {
            if (n == s.length) {
                int cap = n * 2;
                s = java.util.Arrays.copyOf(s, cap);
                e = java.util.Arrays.copyOf(e, cap);
                kind = java.util.Arrays.copyOf(kind, cap);
                ws = java.util.Arrays.copyOf(ws, cap);
                special = java.util.Arrays.copyOf(special, cap);
                hash = java.util.Arrays.copyOf(hash, cap);
            }
            s[n] = start;
            e[n] = end;
            kind[n] = k;
            ws[n] = space;
            n++;
        }

        char first(int i) {
            return c[s[i]];
        }

        int len(int i) {
            return e[i] - s[i];
        }

        boolean isPunct(int i, char c) {
            return i >= 0 && i < n && kind[i] == PUNCT && this.c[s[i]] == c;
        }
    }

    /** The PHI spans of {@code text}, in order of start. */
    public List<PhiSpan> scan(String text) {
        Tokens t = tokenize(text);
        t.flags = new long[t.n];
        t.claimed = new boolean[t.n];
        t.english = new byte[t.s.length]; // the token arrays' capacity: rules may read one past the last token
        List<PhiSpan> out = new ArrayList<>();
        int i = 0;
        while (i < t.n) {
            int next = at(t, i, out);
            i = next > i ? next : i + 1;
        }
        if (ResidualCheck.lowercaseRegister(t.c)) {
            unknownLowercaseWords(t, out);
        }
        if (!out.isEmpty()) {
            partnerOfName(t, out);
            sameNameAgain(t, out);
            out.removeIf(span -> vocabularyName(t, span));
            out.removeIf(span -> settingAlone(t, span));
        }
        DatesByPolicy.add(text, out);
        return out;
    }

    /**
     * A place span that is one capitalized setting, department or subject right after a place preposition ("at
     * Home", "works in Accounting", "in Group"): the writer's capital on a kind of place (round 25), unless a city
     * list names the word or a capitalized word continues the name ("Group Health").
     */
    private boolean settingAlone(Tokens t, PhiSpan span) {
        if (span.type() != PhiCategory.LOCATION) {
            return false;
        }
        // the token opening the span, found by its start (tokens are in order): one search, not a walk per span
        int i = java.util.Arrays.binarySearch(t.s, 1, Math.max(1, t.n), span.start());
        if (i >= 1) {
            return t.e[i] == span.end() && t.kind[i] == WORD && isCap(t, i) && t.kind[i - 1] == WORD
                    && UnlistedPlaces.PLACE_CUES.contains(new String(t.c, t.s[i - 1], t.len(i - 1))
                            .toLowerCase(java.util.Locale.ROOT))
                    && (flags(t, i) & (CITY | Lexicon.STORE)) == 0
                    && !(i + 1 < t.n && t.ws[i + 1] == 1 && isCap(t, i + 1))
                    && UnlistedPlaces.setting(new String(t.c, t.s[i], t.len(i)).toLowerCase(java.util.Locale.ROOT));
        }
        return false;
    }

    /**
     * In a message written without capitals a name shows no capital, so a lowercase word that no list and no
     * dictionary knows is taken for a name, as a capitalized unknown word would be in an ordinary sentence.
     */
    private void unknownLowercaseWords(Tokens t, List<PhiSpan> out) {
        for (int i = 0; i < t.n; i++) {
            if (t.kind[i] != WORD || t.claimed[i] || t.len(i) < 3 || upper(t.first(i)) || joined(t, i)
                    || NumberReading.countedWord(t.text, t.s[i]) || NumberReading.topicTag(t.text, t.s[i])) {
                continue; // "3 dias", "#sobertok": what a number counts, a topic
            }
            long f = flags(t, i);
            if ((f & Lexicon.STORE) != 0) {
                int street = streetAfterOn(t, i);
                if (street > i) {
                    emit(t, out, i, street, PhiCategory.LOCATION, 0.7); // "the target on elm", a store by its street
                    i = street;
                }
                continue;
            }
            if ((f & (VOCABULARY | Lexicon.SLANG | UNIT_OF_MEASURE | KIN | Lexicon.PERSON_NOUN | Lexicon.TEAM
                    | Lexicon.COLLECTIVE | STOP | CLINICAL | Lexicon.FOREIGN_MONTH | STREET | DIRECTION)) != 0
                    || ordinary(t, i)
                    || WordList.spanish().isCommonWord(t.text, t.s[i], t.e[i])) {
                continue;
            }
            if (i + 1 < t.n && t.ws[i + 1] == 1 && t.kind[i + 1] == WORD && FACILITY_WORDS.contains(
                    t.text.substring(t.s[i + 1], t.e[i + 1]).toLowerCase(java.util.Locale.ROOT))) {
                emit(t, out, i, i + 1, PhiCategory.LOCATION, 0.7); // a school or a hospital by its last word
                i++;
                continue;
            }
            emit(t, out, i, i, (f & CITY) != 0 ? PhiCategory.LOCATION : PhiCategory.PERSON, 0.6);
        }
    }

    private static final java.util.Set<String> FACILITY_WORDS = WordSet.of("high", "middle", "elementary",
            "tech", "general", "memorial", "academy", "prep", "hospital", "clinic", "college", "university", "church",
            "community", "regional", "baptist", "methodist", "presbyterian");

    /** "walmart on clark", "the kroger on main st": the last token of the street after a store and "on", or {@code i}. */
    private int streetAfterOn(Tokens t, int i) {
        int k = i + 1;
        if (k >= t.n || t.kind[k] != WORD || !eq(t, k, "on") || t.ws[k] != 1) {
            return i;
        }
        int end = i;
        for (int w = k + 1; w < t.n && w <= k + 3 && t.kind[w] == WORD && t.ws[w] == 1; w++) {
            long f = flags(t, w);
            if ((f & (STOP | WEEKDAY | MONTH | Lexicon.SLANG)) != 0 && (f & STREET) == 0 || eq(t, w, "the")) {
                break;
            }
            end = w;
            if ((f & STREET) != 0) {
                break; // "main st"
            }
        }
        return end;
    }

    /** Part of an address, a handle or a contraction ("https://", "@lina", "don't"): other passes read those. */
    private static boolean joined(Tokens t, int i) {
        boolean before = i >= 1 && t.ws[i] == 0 && t.kind[i - 1] != WORD;
        boolean after = i + 2 < t.n && t.ws[i + 1] == 0 && t.kind[i + 1] == PUNCT && t.ws[i + 2] == 0;
        return before || after || t.isPunct(i + 1, ':') && t.ws[i + 1] == 0;
    }

    /**
     * A name found without a cue whose whole text is a vocabulary phrase ("Jim Beam", "Animal Crossing"): a
     * brand, a title or a drug the lists know, not a person. A cue ("her uncle Jim Beam") scores 0.95 and stays.
     */
    private boolean vocabularyName(Tokens t, PhiSpan span) {
        if (span.score() >= 0.95 || !span.type().equals(PhiCategory.PERSON) || span.end() - span.start() > 40) {
            return false;
        }
        long f = lex.get(t.c, span.start(), span.end());
        if ((f & (VOCABULARY | CLINICAL)) != 0) {
            return (f & (FIRST | SURNAME)) == 0;
        }
        // "Wellbutrin Monday", "Zoloft Prozac": every word is vocabulary or plain English, one at least vocabulary
        boolean vocabulary = false;
        int first = java.util.Arrays.binarySearch(t.s, 0, t.n, span.start());
        for (int k = first < 0 ? -first - 1 : first; k < t.n && t.e[k] <= span.end(); k++) {
            if (t.kind[k] != WORD) {
                continue;
            }
            long w = flags(t, k);
            if ((w & (FIRST | SURNAME | CITY | Lexicon.STORE | Lexicon.TEAM)) != 0) {
                return false;
            }
            if ((w & (VOCABULARY | CLINICAL)) != 0) {
                vocabulary = true;
            } else if (!common(t, k)) {
                return false;
            }
        }
        return vocabulary;
    }

    /**
     * A word joined by "and" to a name just found is a name too ("Kit and Lark are her friends", "jess and
     * tay"), unless the word is a relation, a role, a place, a date word or clinical ("Mom and Lark").
     */
    private void partnerOfName(Tokens t, List<PhiSpan> out) {
        int before = out.size();
        int[] starts = null; // where the names found so far start and end, sorted, built on first need
        int[] ends = null;
        for (int i = 0; i + 2 < t.n; i++) {
            if (t.kind[i + 1] != WORD || !(eq(t, i + 1, "and") || eq(t, i + 1, "&")) || t.ws[i + 1] != 1 || t.ws[i + 2] != 1
                    || t.claimed[i] == t.claimed[i + 2]) {
                continue;
            }
            if (starts == null) {
                starts = new int[before];
                ends = new int[before];
                int names = 0;
                for (int k = 0; k < before; k++) {
                    if (PhiCategory.PERSON.equals(out.get(k).type())) {
                        starts[names] = out.get(k).start();
                        ends[names++] = out.get(k).end();
                    }
                }
                starts = java.util.Arrays.copyOf(starts, names);
                ends = java.util.Arrays.copyOf(ends, names);
                java.util.Arrays.sort(starts);
                java.util.Arrays.sort(ends);
            }
            int partner = -1;
            if (!t.claimed[i] && java.util.Arrays.binarySearch(starts, t.s[i + 2]) >= 0) {
                partner = i;
            } else if (t.claimed[i] && java.util.Arrays.binarySearch(ends, t.e[i]) >= 0) {
                partner = i + 2;
            }
            if (partner >= 0 && partnerWord(t, partner)) {
                out.add(new PhiSpan(t.s[partner], t.e[partner], PhiCategory.PERSON, 0.7));
                t.claimed[partner] = true;
            }
        }
        if (out.size() > before) {
            out.sort(java.util.Comparator.comparingInt(PhiSpan::start));
        }
    }

    private boolean partnerWord(Tokens t, int i) {
        if (t.kind[i] != WORD || t.len(i) < 2 || allCaps(t, i)) {
            return false;
        }
        long f = flags(t, i);
        if ((f & (KIN | TITLE | Lexicon.PERSON_NOUN | Lexicon.COLLECTIVE | CLINICAL | CITY | STATE | MONTH | WEEKDAY
                | EPONYM | Lexicon.STORE | Lexicon.TEAM | SLANG | UNIT_OF_MEASURE)) != 0
                || (f & VOCABULARY) != 0 && (f & FIRST) == 0) {
            return false;
        }
        if (upper(t.first(i))) {
            return (f & STOP) == 0 || (f & (FIRST | SURNAME)) != 0;
        }
        return (f & FIRST) != 0 && (f & STOP) == 0 || !common(t, i) && (f & STOP) == 0;
    }

    /**
     * A word found once as a person's name is that person wherever else the text writes it capitalized
     * ("Chase and Hunter are twins; Chase is the one in treatment"), even where the second sentence alone
     * would not tell.
     */
    private void sameNameAgain(Tokens t, List<PhiSpan> out) {
        List<PhiSpan> names = null;
        for (PhiSpan p : out) {
            if (PhiCategory.PERSON.equals(p.type()) && p.length() >= 2 && upper(t.c[p.start()])) {
                if (names == null) {
                    names = new ArrayList<>(4);
                }
                names.add(p);
            }
        }
        if (names == null) {
            return;
        }
        int before = out.size();
        // the names found, by String hash over their chars: each word is compared in the text, not copied out
        String[] found = new String[Integer.highestOneBit(names.size() * 2) << 1];
        java.util.BitSet lengths = new java.util.BitSet();
        for (PhiSpan p : names) {
            String name = t.text.substring(p.start(), p.end());
            int at = name.hashCode() & (found.length - 1);
            while (found[at] != null && !found[at].equals(name)) {
                at = (at + 1) & (found.length - 1);
            }
            found[at] = name;
            lengths.set(p.length());
        }
        for (int i = 0; i < t.n; i++) {
            if (t.claimed[i] || t.kind[i] != WORD || !upper(t.first(i)) || !lengths.get(t.len(i))
                    || (flags(t, i) & (VOCABULARY | CITY)) != 0 && placePrepBefore(t, i)
                    || i > 0 && t.kind[i - 1] == WORD && (eq(t, i - 1, "a") || eq(t, i - 1, "an"))) {
                continue; // "Jordan said his father was stationed in Jordan", "an Amber Alert": not the person
            }
            if (foundName(found, t, i)) {
                out.add(new PhiSpan(t.s[i], t.e[i], PhiCategory.PERSON, 0.7));
                t.claimed[i] = true;
            }
        }
        if (out.size() > before) {
            out.sort(java.util.Comparator.comparingInt(PhiSpan::start));
        }
    }

    /** Word {@code i} is, char for char, one of the names in {@code found} (open addressing by String hash). */
    private static boolean foundName(String[] found, Tokens t, int i) {
        int h = 0;
        for (int k = t.s[i]; k < t.e[i]; k++) {
            h = 31 * h + t.c[k];
        }
        int len = t.len(i);
        for (int at = h & (found.length - 1); found[at] != null; at = (at + 1) & (found.length - 1)) {
            if (found[at].length() == len && found[at].regionMatches(0, t.text, t.s[i], len)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- tokens

    /** ASCII classes for the tokenizer: word letter, digit, blank, line break, anything else. */
    private static final byte C_OTHER = 0;
    private static final byte C_LETTER = 1;
    private static final byte C_DIGIT = 2;
    private static final byte C_BLANK = 3;
    private static final byte C_BREAK = 4;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = C_LETTER;
            ASCII[c - 32] = C_LETTER;
        }
        ASCII['_'] = C_LETTER;
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = C_DIGIT;
        }
        ASCII[' '] = C_BLANK;
        ASCII['\t'] = C_BLANK;
        ASCII[0x0b] = C_BLANK;
        ASCII['\f'] = C_BLANK;
        ASCII['\n'] = C_BREAK;
        ASCII['\r'] = C_BREAK;
    }

    private static byte charClass(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        if (Character.isLetterOrDigit(c)) {
            return C_LETTER; // non-ASCII digits are not parsed as numbers
        }
        if (c == '\u2028' || c == '\u2029') {
            return C_BREAK;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? C_BLANK : C_OTHER;
    }

    private static Tokens tokenize(String text) {
        Tokens t = new Tokens(text);
        char[] cs = t.c;
        int len = cs.length;
        int i = 0;
        byte space = 1;
        int chunk = 0;
        int colons = 0;
        boolean afterDot = false;
        while (i < len) {
            char c = cs[i];
            byte cls = charClass(c);
            if (cls == C_BLANK) {
                if (space == 0) {
                    space = 1;
                }
                i++;
                continue;
            }
            if (cls == C_BREAK) {
                space = 2;
                i++;
                continue;
            }
            if (space != 0) {
                chunk = t.n;
                colons = 0;
                afterDot = false;
            } else if (afterDot) {
                t.special[chunk] = true; // "gmail.com", "73.162", "e.g"
            }
            if (cls != C_OTHER) {
                int start = i;
                boolean letter = false;
                boolean digit = false;
                boolean underscore = false;
                int h = 0;
                while (i < len) {
                    char d = cs[i];
                    if (d < 128) {
                        // ASCII fast path: the class and the folded char straight from the char
                        byte k = ASCII[d];
                        if (k == C_LETTER) {
                            letter = true;
                            underscore |= d == '_';
                            h = 31 * h + (d <= 'Z' && d >= 'A' ? d + 32 : d);
                        } else if (k == C_DIGIT) {
                            digit = true;
                            h = 31 * h + d;
                        } else {
                            break;
                        }
                        i++;
                        continue;
                    }
                    byte k = charClass(d);
                    if (k == C_DIGIT) {
                        digit = true;
                    } else if (k == C_LETTER) {
                        letter = true;
                        underscore |= d == '_';
                    } else {
                        break;
                    }
                    h = 31 * h + WordTable.foldForHash(d);
                    i++;
                }
                // an underscore makes a handle ("dkowalski_mom"): read it as a code, like letters and digits
                t.add(start, i, digit || underscore ? (letter ? ALNUM : NUM) : WORD, space);
                t.hash[t.n - 1] = h;
                afterDot = false;
            } else {
                t.add(i, i + 1, PUNCT, space);
                if (c == '@' || c == '/' && i + 1 < len && cs[i + 1] == '/' || c == ':' && ++colons >= 2) {
                    t.special[chunk] = true;
                }
                afterDot = c == '.';
                i++;
            }
            space = 0;
        }
        return t;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    private long flags(Tokens t, int i) {
        if (i < 0 || i >= t.n || t.kind[i] == NUM) {
            return 0;
        }
        long f = t.flags[i];
        if (f == 0) {
            f = t.kind[i] == PUNCT ? 0 : lookUp(t, i);
            if (t.kind[i] == PUNCT) {
                char c = t.first(i);
                if (c == '#' || c == ':' || c == '-' || c == '=') {
                    f = FILLER;
                }
            }
            t.flags[i] = f | LOOKED_UP;
            return f;
        }
        return f & ~LOOKED_UP;
    }

    /**
     * The word table's flags of word {@code i}. Prose repeats its words, and the table is large enough to
     * leave the cache between two lookups of the same word: the last word looked up in each of 1,024 or more
     * slots (by hash) answers again for the same word in any case, with a char comparison in the text.
     */
    private long lookUp(Tokens t, int i) {
        int h = t.hash[i];
        int slot = (h ^ (h >>> 10) ^ (h >>> 20)) & (t.recent.length - 1);
        int j = t.recent[slot] - 1;
        if (j >= 0 && sameWord(t, i, j)) {
            return t.flags[j] & ~LOOKED_UP;
        }
        long f = Lexicon.withPlainNameFlags(lex, t.c, t.s[i], t.e[i], lex.get(t.c, t.s[i], t.e[i], h)); // "Rocío"
        t.recent[slot] = i + 1; // flags(t, i) stores the answer in t.flags[i] before anyone reads it here
        return f;
    }


    private static final byte COMMON_KNOWN = 1;
    private static final byte COMMON = 2;
    private static final byte ORDINARY_KNOWN = 4;
    private static final byte ORDINARY = 8;
    private static final byte ALL_CAPS_KNOWN = 16;
    private static final byte ALL_CAPS = 32;

    /** {@link EnglishWords#isCommon} of word {@code k}, asked once per word: the name rules ask it up to four times. */
    private boolean common(Tokens t, int k) {
        return englishWord(t, k, COMMON_KNOWN, COMMON);
    }

    /** {@link EnglishWords#isOrdinary} of word {@code k}, asked once per word. */
    private boolean ordinary(Tokens t, int k) {
        return englishWord(t, k, ORDINARY_KNOWN, ORDINARY);
    }

    private boolean englishWord(Tokens t, int k, byte askedBit, byte yesBit) {
        byte known = t.english[k];
        if ((known & askedBit) == 0) {
            int j = k < t.n ? sameAsRecent(t, k) : -1;
            boolean yes;
            if (j >= 0 && (t.english[j] & askedBit) != 0) {
                yes = (t.english[j] & yesBit) != 0; // the same chars earlier in the text: the list's answer again
            } else {
                yes = askedBit == COMMON_KNOWN ? english.isCommon(t.text, t.s[k], t.e[k])
                        : english.isOrdinary(t.text, t.s[k], t.e[k]);
            }
            known |= askedBit | (yes ? yesBit : 0);
            t.english[k] = known;
        }
        return (known & yesBit) != 0;
    }

    /** The word in word {@code k}'s slot of the recent-word cache when it has exactly {@code k}'s chars, else -1. */
    private static int sameAsRecent(Tokens t, int k) {
        int h = t.hash[k];
        int j = t.recent[(h ^ (h >>> 10) ^ (h >>> 20)) & (t.recent.length - 1)] - 1;
        if (j < 0 || j == k || t.hash[j] != h) {
            return -1;
        }
        int len = t.e[k] - t.s[k];
        return t.e[j] - t.s[j] == len && t.text.regionMatches(t.s[j], t.text, t.s[k], len) ? j : -1;
    }

    /** Words {@code i} and {@code j} are the same word to the table: same chars after its folding. */
    private static boolean sameWord(Tokens t, int i, int j) {
        int len = t.e[i] - t.s[i];
        if (t.hash[i] != t.hash[j] || t.e[j] - t.s[j] != len) {
            return false;
        }
        char[] c = t.c;
        for (int a = t.s[i], b = t.s[j], end = a + len; a < end; a++, b++) {
            if (c[a] != c[b] && WordTable.foldForHash(c[a]) != WordTable.foldForHash(c[b])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCap(Tokens t, int i) {
        return i >= 0 && i < t.n && t.kind[i] == WORD && upper(t.first(i));
    }

    /** Token {@code i} has two or more chars and no lowercase letter ("PHQ", "NIU"); read once per token. */
    private static boolean allCaps(Tokens t, int i) {
        byte known = t.english[i];
        if ((known & ALL_CAPS_KNOWN) == 0) {
            known |= ALL_CAPS_KNOWN | (readAllCaps(t, i) ? ALL_CAPS : 0);
            t.english[i] = known;
        }
        return (known & ALL_CAPS) != 0;
    }

    private static boolean readAllCaps(Tokens t, int i) {
        if (t.len(i) < 2) {
            return false;
        }
        for (int k = t.s[i]; k < t.e[i]; k++) {
            if (lower(t.c[k])) {
                return false;
            }
        }
        return true;
    }

    private static long value(Tokens t, int i) {
        long v = 0;
        for (int k = t.s[i]; k < t.e[i] && k - t.s[i] < 18; k++) {
            v = v * 10 + (t.c[k] - '0');
        }
        return v;
    }

    private boolean sentenceStart(Tokens t, int i) {
        if (i == 0 || t.ws[i] == 2) {
            return true;
        }
        int p = i - 1;
        if (t.kind[p] != PUNCT) {
            return false;
        }
        char c = t.first(p);
        if (c == '.' && p > 0 && t.ws[p] == 0 && (t.kind[p - 1] == WORD)
                && ((flags(t, p - 1) & TITLE) != 0 || t.len(p - 1) == 1)) {
            return false; // "Dr. Alvarez", "J. Alvarez"
        }
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201c' || c == '('
                || c == '*' || c == '\u2022' || c == '-' || c == '>' || c == '[';
    }

    /** Previous word token, skipping at most one comma or quote. */
    private static int prevWord(Tokens t, int i) {
        int p = i - 1;
        if (p >= 0 && t.kind[p] == PUNCT && (t.first(p) == ',' || t.first(p) == '"' || t.first(p) == '\u201c')) {
            p--;
        }
        return p >= 0 && t.kind[p] != PUNCT ? p : -1;
    }

    private static boolean possessiveAfter(Tokens t, int i) {
        int a = i + 1;
        return a + 1 < t.n && t.kind[a] == PUNCT && (t.first(a) == '\'' || t.first(a) == '\u2019') && t.ws[a] == 0
                && t.kind[a + 1] == WORD && t.len(a + 1) == 1 && (t.first(a + 1) == 's' || t.first(a + 1) == 'S');
    }

    private static boolean upper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean lower(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    /** Token {@code i} is {@code word}, ignoring case; no allocation. */
    private static boolean eq(Tokens t, int i, String word) {
        int len = word.length();
        if (t.e[i] - t.s[i] != len) {
            return false;
        }
        char[] c = t.c;
        int at = t.s[i];
        for (int k = 0; k < len; k++) {
            char a = c[at + k];
            if (a >= 'A' && a <= 'Z') {
                a = (char) (a + 32);
            }
            if (a != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameChunk(Tokens t, int i) {
        return i < t.n && t.ws[i] == 0;
    }

    // ---------------------------------------------------------------- dispatch

    private int at(Tokens t, int i, List<PhiSpan> out) {
        if (t.claimed[i]) {
            return i + 1;
        }
        boolean chunkStart = (i == 0 || t.ws[i] != 0) ? t.special[i]
                : t.special[i - 1] && t.kind[i - 1] == PUNCT && (i < 2 || t.ws[i - 1] != 0)
                && "(\"'<[\u201c".indexOf(t.first(i - 1)) >= 0;
        if (chunkStart) {
            int end = chunk(t, i, out);
            if (end > i) {
                return end;
            }
        }
        byte k = t.kind[i];
        if (k == NUM || (k == PUNCT && (t.first(i) == '(' || t.first(i) == '+') && i + 1 < t.n && t.kind[i + 1] == NUM
                && t.ws[i + 1] == 0)) {
            return numbers(t, i, out);
        }
        if (k == ALNUM) {
            return alnum(t, i, out);
        }
        if (k == WORD) {
            if (i + 1 < t.n && t.kind[i + 1] == WORD && t.len(i + 1) == 3 && upper(t.first(i))) {
                int start = programByName(t, i);
                if (start >= 0) {
                    int end = i + 1;
                    if (t.isPunct(end + 1, '/') && t.ws[end + 1] == 0 && end + 2 < t.n && t.ws[end + 2] == 0
                            && t.kind[end + 2] == WORD && allCaps(t, end + 2) && (eq(t, end + 2, "iop")
                            || eq(t, end + 2, "php"))) {
                        end += 2; // "Larkfield PHP/IOP"
                    }
                    emit(t, out, start, end, PhiCategory.LOCATION, 0.8);
                    return end + 1;
                }
            }
            if (i + 1 < t.n && t.kind[i + 1] != WORD && t.len(i) == 3) {
                int freeway = freewayByNumber(t, i);
                if (freeway > i) {
                    emit(t, out, i + 1, freeway, PhiCategory.LOCATION, 0.8);
                    return freeway + 1;
                }
            }
            if (i + 1 < t.n && t.len(i) == 7 && eq(t, i, "noventa")) {
                int end = ninetiesAbroad(t, i);
                if (end >= i) {
                    emit(t, out, i, end, PhiCategory.AGE, 0.8);
                    return end + 1;
                }
            }
            if (i + 1 < t.n && t.len(i) >= 4 && t.len(i) <= 6) {
                int season = seasonOfYear(t, i);
                if (season > i) {
                    emit(t, out, i, season, PhiCategory.DATE, 0.85);
                    return season + 1;
                }
            }
            if ((t.len(i) == 5 || t.len(i) == 6) && i + 2 < t.n && t.kind[i + 1] == WORD) {
                int road = roadOfTwoWords(t, i);
                if (road > i) {
                    emit(t, out, i, road, PhiCategory.LOCATION, 0.8);
                    return road + 1;
                }
            }
            if (i + 1 < t.n && t.kind[i + 1] != WORD && t.len(i) <= 10) {
                int road = road(t, i);
                if (road > i) {
                    emit(t, out, i, road, PhiCategory.LOCATION, 0.8);
                    return road + 1;
                }
                if (adjustmentCode(t, i)) {
                    return i + 3; // "CO-197", "PR-1": a payer's reason for adjusting a claim, no one's number
                }
            }
            return word(t, i, out);
        }
        return i + 1;
    }

    /**
     * "I-35", "Route 22", "hwy 59", "rt. 9", "US-101", "Interstate 80": a numbered road tells where a client
     * lives or drives, a place smaller than a state; the last token, or {@code i}. The immigration forms that
     * share an interstate's number ("I-20", "I-94") need a driving word around them.
     */
    private int road(Tokens t, int i) {
        char c0 = t.first(i);
        if (c0 >= 'A' && c0 <= 'Z') {
            c0 += 32; // eq() below matches ASCII only, so other chars need no folding
        }
        if (c0 != 'i' && c0 != 'r' && c0 != 'h' && c0 != 'u' && c0 != 's' && c0 != 'c') {
            return i; // most words start with another letter: no lookups
        }
        boolean dashOnly = eq(t, i, "i") && t.first(i) == 'I' || (eq(t, i, "us") || eq(t, i, "sr")) && upper(t.first(i + 0))
                && t.len(i) == 2 && Character.isUpperCase(t.text.charAt(t.s[i] + 1));
        boolean spaced = eq(t, i, "route") || eq(t, i, "rt") || eq(t, i, "rte") || eq(t, i, "hwy") || eq(t, i, "highway")
                || eq(t, i, "interstate");
        boolean abbreviated = (eq(t, i, "us") || eq(t, i, "sr") || eq(t, i, "cr")) && allCaps(t, i);
        if (abbreviated && i + 1 < t.n && t.kind[i + 1] == NUM
                && t.ws[i + 1] == 1 && i >= 1 && t.kind[i - 1] == WORD && t.ws[i] == 1 && lowerIn(t, i - 1, ROAD_SLOT)
                && t.len(i + 1) <= 3 && !numberGoesOn(t, i + 1)) {
            return i + 1; // "stuck on SR 520", "took US 1 home"; "Wellbutrin SR 150 mg" has no word of travel
        }
        if (!dashOnly && !spaced) {
            return i;
        }
        int n = i + 1;
        if (spaced && t.isPunct(n, '.') && t.ws[n] == 0) {
            n++; // "Rt. 9"
        }
        boolean dash = t.isPunct(n, '-') && t.ws[n] == 0;
        if (dash) {
            n++;
        }
        if (n >= t.n || t.kind[n] != NUM || t.len(n) > 3 || (dash ? t.ws[n] != 0 : t.ws[n] != 1 || dashOnly)) {
            return i;
        }
        if (eq(t, i, "i") && USCIS_FORMS.contains((int) value(t, n)) && !drivingWordNear(t, i, n)) {
            return i; // "an I-20 from the university" is a form
        }
        return n;
    }

    /**
     * "state road 7", "County Rd 12", "state route 9": a road whose class takes two words, in any case; the class
     * says road, so no slot is asked, only that no unit or count follows the number ("county road 12 miles"). A
     * rural address with its box is read by {@code ruralRoute}. The number's token, or {@code i}.
     */
    private int roadOfTwoWords(Tokens t, int i) {
        if (!(eq(t, i, "state") || eq(t, i, "county"))) {
            return i;
        }
        int k = i + 1;
        if (t.ws[k] != 1 || !(eq(t, k, "road") || eq(t, k, "rd") || eq(t, k, "route") || eq(t, k, "rte")
                || eq(t, k, "hwy") || eq(t, k, "highway"))) {
            return i;
        }
        int n = k + 1;
        if (t.isPunct(n, '.') && t.ws[n] == 0) {
            n++; // "County Rd. 12"
        }
        if (n >= t.n || t.kind[n] != NUM || t.len(n) > 3 || t.ws[n] != 1 || numberGoesOn(t, n)) {
            return i;
        }
        return n;
    }

    /** The number at {@code n} goes on into a decimal, a fraction or a time, or a unit follows it: no road's. */
    private boolean numberGoesOn(Tokens t, int n) {
        int a = n + 1;
        if (a >= t.n) {
            return false;
        }
        if (t.ws[a] == 0 && (t.kind[a] != PUNCT || (t.isPunct(a, '.') || t.isPunct(a, '/') || t.isPunct(a, ':')
                || t.isPunct(a, '%') || t.isPunct(a, '-')) && a + 1 < t.n && t.ws[a + 1] == 0)) {
            return true;
        }
        return t.kind[a] == WORD && (flags(t, a) & UNIT_OF_MEASURE) != 0 || t.isPunct(a, '%');
    }

    /** Words of travel or place before a road class that is also an abbreviation ("on SR 520", "off US 1"). */
    private static final String[] ROAD_SLOT = {"on", "off", "onto", "along", "down", "up", "near", "via", "take",
        "took", "taking", "exit", "exited", "drive", "drove", "driving", "past", "by", "from", "to", "at"};

    /** What a program's level is called, not its name: "the Adult IOP", "Virtual PHP". */
    private static final java.util.Set<String> PROGRAM_KINDS = WordSet.of("adult", "adults", "adolescent",
            "teen", "youth", "child", "women's", "men's", "womens", "mens", "virtual", "telehealth", "evening",
            "morning", "day", "dual", "substance", "mental", "eating", "intensive", "partial", "outpatient",
            "residential", "hospital", "the", "an", "a", "our", "their", "his", "her", "my", "new", "current",
            "previous", "prior", "same", "local", "sud", "aod", "recovery", "trauma", "dbt", "cbt", "sa", "mh", "cod",
            "ed", "dd", "ocd", "ptsd", "erp", "act", "va", "ca", "na", "aa", "ptp", "mat", "oud", "aud");

    /**
     * "stepped down from Larkfield IOP", "admitted to Greater Vale PHP": a treatment program named by a word and its
     * level (IOP, PHP, RTC) is a facility, a place, and so is one named by its initials ("the KWR PHP"). The word is
     * capitalized and not at a sentence start (where a capital says nothing), and not the level's kind ("Adult IOP",
     * "SUD IOP", a clinical acronym); a capitalized word before it joins. The first token, or -1.
     */
    private int programByName(Tokens t, int i) {
        int k = i + 1;
        if (t.ws[k] != 1 || !(eq(t, k, "iop") || eq(t, k, "php") || eq(t, k, "rtc")) || !allCaps(t, k)
                || sentenceStart(t, i) || programKind(t, i) || allCaps(t, i) && (t.len(i) > 5
                || (flags(t, i) & (CLINICAL | VOCABULARY)) != 0)) {
            return -1;
        }
        int p = i - 1;
        if (p >= 0 && t.ws[i] == 1 && isCap(t, p) && !allCaps(t, p) && !sentenceStart(t, p) && !programKind(t, p)) {
            return p;
        }
        return i;
    }

    private static boolean programKind(Tokens t, int i) {
        return PROGRAM_KINDS.contains(t.text.substring(t.s[i], t.e[i]).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "stuck on the 605", "took the 10 to work": a freeway by its number alone, as the West writes it; a place
     * smaller than a state. Only after a driving word and before a pause, a road word or a word that ends the
     * phrase, so "took the 2 pills" and "on the 5 mg" stay numbers. The number's token, or {@code i}.
     */
    private int freewayByNumber(Tokens t, int i) {
        int n = i + 1;
        if (!eq(t, i, "the") || t.kind[n] != NUM || t.len(n) > 3 || t.ws[n] != 1 || i == 0 || t.kind[i - 1] != WORD
                || !(eq(t, i - 1, "on") || eq(t, i - 1, "off") || eq(t, i - 1, "take") || eq(t, i - 1, "took")
                || eq(t, i - 1, "taking") || eq(t, i - 1, "onto") || eq(t, i - 1, "via") || eq(t, i - 1, "down")
                || eq(t, i - 1, "up") || eq(t, i - 1, "merge") || eq(t, i - 1, "merging") || eq(t, i - 1, "exited"))) {
            return i;
        }
        int v = (int) value(t, n);
        if (v < 1 || t.first(n) == '0') {
            return i;
        }
        int a = n + 1;
        if (a >= t.n || t.kind[a] == PUNCT && (t.isPunct(a, ',') || t.isPunct(a, '.') && (a + 1 >= t.n
                || t.kind[a + 1] != NUM) || t.isPunct(a, ';') || t.isPunct(a, '!') || t.isPunct(a, '?')
                || t.isPunct(a, ')'))) {
            return n;
        }
        if (t.kind[a] == WORD && t.ws[a] == 1 && (eq(t, a, "freeway") || eq(t, a, "fwy") || eq(t, a, "highway")
                || eq(t, a, "north") || eq(t, a, "south") || eq(t, a, "east") || eq(t, a, "west")
                || eq(t, a, "northbound") || eq(t, a, "southbound") || eq(t, a, "eastbound") || eq(t, a, "westbound")
                || eq(t, a, "nb") || eq(t, a, "sb") || eq(t, a, "eb") || eq(t, a, "wb") || eq(t, a, "exit")
                || eq(t, a, "traffic") || eq(t, a, "interchange") || eq(t, a, "overpass") || eq(t, a, "ramp")
                || eq(t, a, "for") || eq(t, a, "to") || eq(t, a, "into") || eq(t, a, "near") || eq(t, a, "past")
                || eq(t, a, "and") || eq(t, a, "every") || eq(t, a, "again") || eq(t, a, "at") || eq(t, a, "when")
                || eq(t, a, "because") || eq(t, a, "all") || eq(t, a, "this") || eq(t, a, "today"))) {
            return n;
        }
        return i;
    }

    private static final java.util.Set<String> SPANISH_UNITS = WordSet.of("uno", "un", "una", "dos", "tres",
            "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "um", "uma", "dois", "duas", "três", "quatro",
            "sete", "oito", "nove");

    /**
     * "noventa y cuatro años", "noventa e dois anos": an age over 89 in Spanish or Portuguese, read only before the
     * word for years, so a price or a count stays. The last number word, or -1.
     */
    private int ninetiesAbroad(Tokens t, int i) {
        int end = i;
        int k = i + 1;
        if (k + 1 < t.n && t.kind[k] == WORD && (eq(t, k, "y") || eq(t, k, "e")) && t.kind[k + 1] == WORD
                && SPANISH_UNITS.contains(t.text.substring(t.s[k + 1], t.e[k + 1]).toLowerCase(java.util.Locale.ROOT))) {
            end = k + 1;
            k += 2;
        }
        if (k < t.n && t.kind[k] == WORD && (eq(t, k, "años") || eq(t, k, "anos") || eq(t, k, "añitos"))) {
            return end;
        }
        return -1;
    }

    /**
     * "spring 2020", "the summer of 2019", "Fall 2021": a season with its year places an event of the person's life
     * more finely than the year Safe Harbor allows. The year's token, or {@code i}.
     */
    /**
     * A year written with an apostrophe for its century ("'98", "’12") starting at token {@code k} after a blank,
     * not followed by more digits or a time mark: the year's token, or -1.
     */
    private static int apostropheYear(Tokens t, int k) {
        if (k + 1 >= t.n || t.ws[k] != 1 || !(t.isPunct(k, '\'') || t.isPunct(k, '\u2019'))
                || t.kind[k + 1] != NUM || t.len(k + 1) != 2 || t.ws[k + 1] != 0) {
            return -1;
        }
        if (k + 2 < t.n && t.ws[k + 2] == 0 && (t.kind[k + 2] != PUNCT || t.isPunct(k + 2, '/')
                || t.isPunct(k + 2, ':') || t.isPunct(k + 2, '-') || t.isPunct(k + 2, '\''))) {
            return -1; // "'12s", "'12/13", "'12:30", a quoted "'12'": not a year by itself
        }
        return k + 1;
    }

    private int seasonOfYear(Tokens t, int i) {
        if (!(eq(t, i, "spring") || eq(t, i, "summer") || eq(t, i, "fall") || eq(t, i, "autumn")
                || eq(t, i, "winter"))) {
            return i;
        }
        int n = i + 1;
        if (n + 1 < t.n && t.kind[n] == WORD && eq(t, n, "of") && t.ws[n] == 1) {
            n++;
        }
        int shortYear = apostropheYear(t, n);
        if (shortYear > n) {
            return shortYear; // "fall '12", "the summer of '98": the apostrophe stands for the century
        }
        if (n >= t.n || t.kind[n] != NUM || t.len(n) != 4 || t.ws[n] != 1) {
            return i;
        }
        long y = value(t, n);
        if (y < 1900 || y > 2099 || n + 1 < t.n && t.ws[n + 1] == 0 && (t.isPunct(n + 1, '/')
                || t.isPunct(n + 1, '-') || t.isPunct(n + 1, ':'))) {
            return i;
        }
        return n;
    }

    /**
     * Holidays that name one day of a given year: "Easter 2023", "the Friday after Thanksgiving". Under Safe Harbor
     * a day of a person's life is a date element whichever way it is written.
     */
    private static final java.util.Set<String> HOLIDAYS = WordSet.of("easter", "christmas", "thanksgiving",
            "halloween", "hanukkah", "chanukah", "passover", "ramadan", "eid", "diwali", "kwanzaa", "juneteenth",
            "navidad", "pascua", "nochebuena", "tet");

    /** Words before a month alone that place it in the person's life: "last November", "mid-April", "since March". */
    private static final java.util.Set<String> MONTH_POINTERS = WordSet.of("last", "past", "early", "mid",
            "late");

    private static final java.util.Set<Integer> USCIS_FORMS = java.util.Set.of(9, 20, 94, 129, 130, 131, 134, 140,
            360, 485, 539, 589, 590, 600, 730, 751, 765, 797, 821, 864, 912);

    private static boolean drivingWordNear(Tokens t, int i, int n) {
        for (int k = Math.max(0, i - 3); k < Math.min(t.n, n + 3); k++) {
            if (k != i && t.kind[k] == WORD && (eq(t, k, "on") || eq(t, k, "off") || eq(t, k, "take") || eq(t, k, "took")
                    || eq(t, k, "down") || eq(t, k, "via") || eq(t, k, "onto") || eq(t, k, "exit") || eq(t, k, "traffic")
                    || eq(t, k, "north") || eq(t, k, "south") || eq(t, k, "east") || eq(t, k, "west")
                    || eq(t, k, "northbound") || eq(t, k, "southbound") || eq(t, k, "eastbound") || eq(t, k, "westbound")
                    || eq(t, k, "drove") || eq(t, k, "driving") || eq(t, k, "crash") || eq(t, k, "accident")
                    || eq(t, k, "drive") || eq(t, k, "drives") || eq(t, k, "commute") || eq(t, k, "commutes"))) {
                return true;
            }
        }
        return false;
    }

    /** "CO-197", "PR-1", "OA-23": group code, dash, reason number, as a remittance or a denial letter writes it. */
    private static boolean adjustmentCode(Tokens t, int i) {
        return t.len(i) == 2 && upper(t.first(i)) && Character.isUpperCase(t.text.charAt(t.s[i] + 1))
                && (eq(t, i, "co") || eq(t, i, "pr") || eq(t, i, "oa") || eq(t, i, "pi") || eq(t, i, "cr"))
                && t.isPunct(i + 1, '-') && t.ws[i + 1] == 0 && i + 2 < t.n && t.kind[i + 2] == NUM
                && t.ws[i + 2] == 0 && t.len(i + 2) <= 3 && (i + 3 >= t.n || t.ws[i + 3] != 0 || t.kind[i + 3] == PUNCT);
    }

    private void emit(Tokens t, List<PhiSpan> out, int fromToken, int toToken, String type, double score) {
        if (CODE_TYPES.contains(type)) {
            fromToken = codePrefix(t, fromToken);
        }
        if (t.kind[toToken] == NUM && type.equals(PhiCategory.DATE) && toToken + 2 < t.n
                && NumberReading.polishOrdinalEnd(t.text, t.e[toToken]) == t.e[toToken + 2]) {
            toToken += 2; // "wtorek 14-go": the ordinal ending belongs to the day
        }
        out.add(new PhiSpan(t.s[fromToken], t.e[toToken], type, score));
        for (int k = fromToken; k <= toToken; k++) {
            if (t.journaling && !t.claimed[k]) {
                t.journaled[t.journal++] = k;
            }
            t.claimed[k] = true;
        }
    }

    private static final java.util.Set<String> CODE_TYPES = WordSet.of(PhiCategory.ID, PhiCategory.MRN,
            PhiCategory.HEALTH_PLAN, PhiCategory.ACCOUNT, PhiCategory.DEVICE, PhiCategory.VEHICLE, PhiCategory.LICENSE);

    /**
     * An identifier's letters glued on before its digits belong to it: "LUC-S-2290371", "CPS-CB-0081273"; the
     * first token of the whole code.
     */
    private static int codePrefix(Tokens t, int from) {
        while (from >= 2 && t.ws[from] == 0 && t.isPunct(from - 1, '-') && t.ws[from - 1] == 0 && !t.claimed[from - 2]
                && (t.kind[from - 2] == ALNUM || t.kind[from - 2] == WORD && allCaps(t, from - 2) && t.len(from - 2) <= 5)) {
            from -= 2;
        }
        return from;
    }

    // ---------------------------------------------------------------- chunks: email, URL, IP, handles

    private int chunk(Tokens t, int i, List<PhiSpan> out) {
        int j = i;
        int at = -1;
        int dots = 0;
        int colons = 0;
        while (j < t.n && (j == i || t.ws[j] == 0)) {
            if (t.kind[j] == PUNCT) {
                char c = t.first(j);
                if (c == '@') {
                    at = j;
                } else if (c == '.') {
                    dots++;
                } else if (c == ':') {
                    colons++;
                }
            }
            j++;
        }
        int last = j - 1;
        while (last > i && t.kind[last] == PUNCT && ".,;:!?)\"'>]\u201d".indexOf(t.first(last)) >= 0) {
            last--;
        }
        if (last < i || (at < 0 && dots == 0 && colons < 2)) {
            return i;
        }
        if (at < 0 && colons < 2 && last <= i + 1) {
            return i; // one word and its full stop: the common case
        }
        String chunk = t.text.substring(t.s[i], t.e[last]);
        if (at >= 0) {
            if (at == i && last > i && t.kind[i + 1] != PUNCT) {
                emit(t, out, i, last, PhiCategory.USERNAME, 0.85);
                return last + 1;
            }
            if (EMAIL.matcher(chunk).matches()) {
                if (!NumberReading.noReplyAddress(chunk, 0, chunk.length())) {
                    emit(t, out, i, last, PhiCategory.EMAIL, 0.99); // not "noreply@zoom.us", a service's sender
                }
                return last + 1;
            }
            return i;
        }
        if (startsWithIgnoreCase(chunk, "http://") || startsWithIgnoreCase(chunk, "https://")
                || startsWithIgnoreCase(chunk, "www.")) {
            emit(t, out, i, last, PhiCategory.URL, 0.95);
            return last + 1;
        }
        if (CISCO_MAC.matcher(chunk).matches()) {
            emit(t, out, i, last, PhiCategory.DEVICE, 0.9);
            return last + 1;
        }
        if (colons >= 2) {
            if (MAC.matcher(chunk).matches()) {
                emit(t, out, i, last, PhiCategory.DEVICE, 0.9);
                return last + 1;
            }
            if ((IPV6.matcher(chunk).matches() || IPV6_DECORATED.matcher(chunk).matches())
                    && chunk.chars().anyMatch(Character::isLetterOrDigit)) {
                emit(t, out, i, last, PhiCategory.IP, 0.9);
                return last + 1;
            }
        }
        if (dots > 0 && domainLike(t, i, last) && !ProperNounContext.publicSite(t.text, t.s[i], t.e[last], english.list())) {
            emit(t, out, i, last, PhiCategory.URL, 0.85);
            return last + 1;
        }
        return i;
    }

    private static boolean startsWithIgnoreCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** label(.label)+ with a known top-level domain, optional /path: "instagram.com/keisha_b". */
    private boolean domainLike(Tokens t, int i, int last) {
        int k = i;
        int labels = 0;
        int tld = -1;
        int longest = 0;
        while (k <= last) {
            if (t.kind[k] == PUNCT) {
                break;
            }
            int labelStart = k;
            while (k <= last && (t.kind[k] != PUNCT || (t.first(k) == '-' && k + 1 <= last && t.kind[k + 1] != PUNCT))) {
                k++;
            }
            labels++;
            longest = Math.max(longest, t.e[k - 1] - t.s[labelStart]);
            tld = k - 1;
            if (k <= last && t.first(k) == '.' && k + 1 <= last && t.kind[k + 1] != PUNCT) {
                k++;
                continue;
            }
            break;
        }
        if (labels < 2 || tld < 0 || t.kind[tld] != WORD || longest < 2) {
            return false;
        }
        if ((flags(t, tld) & TLD) == 0 && !(t.len(tld) == 2 && lower(t.first(tld)) && k <= last && t.first(k) == '/')) {
            return false; // a known top-level domain, or any country code with a path: "linktr.ee/name"
        }
        // "e.g", "a.m" and abbreviations have one-letter labels only; a domain has a real label before the TLD
        int before = tld - 2;
        return before >= i && t.e[before] - t.s[before] >= 2 && (k > last || t.first(k) == '/');
    }

    // ---------------------------------------------------------------- numbers

    private int numbers(Tokens t, int i, List<PhiSpan> out) {
        int iso = isoTimestamp(t, i);
        if (iso > i) {
            emit(t, out, i, iso, PhiCategory.DATE, 0.9);
            return iso + 1;
        }
        int range = dateRange(t, i);
        if (range > i) {
            emit(t, out, i, range, PhiCategory.DATE, 0.9);
            return range + 1;
        }
        int start = i;
        boolean plus = false;
        boolean paren = false;
        if (t.kind[i] == PUNCT) {
            plus = t.first(i) == '+';
            paren = t.first(i) == '(';
            i++;
        }
        // collect digit groups and their separators
        int[] g = new int[6];
        char[] sep = new char[6];
        int count = 0;
        g[count++] = i;
        int k = i + 1;
        if (paren) {
            if (t.isPunct(k, ')') && t.ws[k] == 0 && t.len(i) == 3 && k + 1 < t.n && t.kind[k + 1] == NUM
                    && t.ws[k + 1] <= 1) {
                sep[1] = ')';
                g[count++] = k + 1;
                k = k + 2;
            } else {
                return start + 1;
            }
        }
        while (count < 6 && k < t.n) {
            if (plus && t.isPunct(k, '(') && t.ws[k] <= 1 && k + 2 < t.n && t.kind[k + 1] == NUM
                    && t.isPunct(k + 2, ')') && k + 3 < t.n && t.kind[k + 3] == NUM && t.ws[k + 3] <= 1) {
                sep[count] = ' ';
                g[count++] = k + 1; // "+1 (408) 555-0162"
                k += 3;
                if (count < 6) {
                    sep[count] = ')';
                    g[count++] = k;
                    k++;
                }
            } else if (t.kind[k] == PUNCT && t.ws[k] == 0 && k + 1 < t.n && t.kind[k + 1] == NUM && t.ws[k + 1] == 0
                    && "-./".indexOf(t.first(k)) >= 0) {
                sep[count] = t.first(k);
                g[count++] = k + 1;
                k += 2;
            } else if (t.kind[k] == NUM && t.ws[k] == 1 && spaceJoins(t, g[count - 1], k, count, plus)) {
                sep[count] = ' ';
                g[count++] = k;
                k += 1;
            } else {
                break;
            }
        }
        int end = classifyNumbers(t, start, g, sep, count, plus, paren, out);
        return end > start ? end : i + 1;
    }

    /**
     * "12/23-1/3", "3/24–3/28", "11/20 - 11/27/24": two month/day dates joined by a dash are one stretch of days
     * (a leave, a trip, a stay); the last token, or {@code i}. Two ratings on one scale ("6/10-7/10") share their
     * second number and are left to the scale rules.
     */
    private int dateRange(Tokens t, int i) {
        int a = monthDay(t, i);
        if (a < 0 || a + 2 >= t.n || t.kind[a + 1] != PUNCT || "-\u2013\u2014".indexOf(t.first(a + 1)) < 0
                || t.ws[a + 1] != t.ws[a + 2] || t.ws[a + 2] > 1) {
            return i;
        }
        int b = monthDay(t, a + 2);
        if (b < 0 || t.text.regionMatches(t.s[i + 2], t.text, t.s[a + 4], Math.max(t.len(i + 2), t.len(a + 4)))) {
            return i;
        }
        return b;
    }

    /** The last token of a month/day or month/day/year date starting at {@code i}, or -1. */
    private static int monthDay(Tokens t, int i) {
        if (i + 2 >= t.n || t.kind[i] != NUM || t.len(i) > 2 || !t.isPunct(i + 1, '/') || t.ws[i + 1] != 0
                || t.kind[i + 2] != NUM || t.ws[i + 2] != 0 || t.len(i + 2) > 2) {
            return -1;
        }
        long m = value(t, i);
        long d = value(t, i + 2);
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return -1;
        }
        int last = i + 2;
        if (t.isPunct(last + 1, '/') && t.ws[last + 1] == 0 && last + 2 < t.n && t.kind[last + 2] == NUM
                && t.ws[last + 2] == 0 && (t.len(last + 2) == 2 || t.len(last + 2) == 4)) {
            last += 2;
        }
        return last;
    }

    private static final Pattern ISO_TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?| \\d{2}:\\d{2}(:\\d{2})?)");

    /** "2024-03-11T17:02", "2023-11-02T14:15:00-05:00", "2024-06-17 09:00": the last token, or {@code i}. */
    private static int isoTimestamp(Tokens t, int i) {
        if (t.kind[i] != NUM || t.len(i) != 4 || !t.isPunct(i + 1, '-') || t.ws[i + 1] != 0) {
            return i;
        }
        int k = i;
        int spaces = 0;
        while (k + 1 < t.n && (t.ws[k + 1] == 0 || t.ws[k + 1] == 1 && spaces == 0 && t.kind[k + 1] == NUM
                && t.isPunct(k + 2, ':') && k - i == 4)) {
            if (t.ws[k + 1] == 1) {
                spaces++;
            }
            k++;
        }
        while (k > i && t.kind[k] == PUNCT && ".,;)".indexOf(t.first(k)) >= 0) {
            k--;
        }
        for (int end = k; end > i + 4; end--) {
            if (ISO_TIMESTAMP.matcher(t.text.substring(t.s[i], t.e[end])).matches()) {
                return end;
            }
        }
        return i;
    }

    /** Whether a space continues a number (phone "312 555 0148", SSN "123 45 6789", card "4111 1111 …"). */
    private static boolean spaceJoins(Tokens t, int prev, int next, int count, boolean plus) {
        int a = t.len(prev);
        int b = t.len(next);
        if (plus) {
            return b >= 1 && b <= 6; // "+49 30 901820", "+91 98765 43210"
        }
        if (a == 1 && count == 1 && t.first(prev) == '1') {
            return b == 3;
        }
        return (a == 3 && (b == 3 || b == 4 || b == 2)) || (a == 2 && b == 4) || (a == 4 && b == 4) || (a == 4 && b <= 4 && count >= 3);
    }

    private int classifyNumbers(Tokens t, int start, int[] g, char[] sep, int count, boolean plus, boolean paren,
            List<PhiSpan> out) {
        int first = g[0];
        int lastTok = g[count - 1];
        int[] len = new int[count];
        int digits = 0;
        for (int c = 0; c < count; c++) {
            len[c] = t.len(g[c]);
            digits += len[c];
        }
        boolean sameSep = true;
        for (int c = 2; c < count; c++) {
            sameSep &= sep[c] == sep[1];
        }
        if (money(t, start)) {
            return lastTok + 1; // "$17.50", "$1,250": an amount, whatever cue ("copay", "account") stands near
        }
        if (count == 1 && (len[0] == 6 && wordBefore(t, start, BIN_CUES)
                || len[0] == 9 && wordBefore(t, start, ROUTING_CUES) && abaRouting(t, g[0]))) {
            return lastTok + 1; // a pharmacy BIN or a bank routing number names an institution, not a client
        }
        long ctx = context(t, start);
        boolean notId = (ctx & NOT_ID) != 0;

        // IPv4
        boolean cidr = count == 5 && sep[1] == '.' && sep[2] == '.' && sep[3] == '.' && sep[4] == '/' && len[4] <= 2;
        if ((count == 4 && sameSep || cidr) && sep[1] == '.' && len[0] <= 3 && len[1] <= 3 && len[2] <= 3 && len[3] <= 3
                && value(t, g[0]) <= 255 && value(t, g[1]) <= 255 && value(t, g[2]) <= 255 && value(t, g[3]) <= 255) {
            int ipEnd = cidr ? g[4] : lastTok;
            if (!cidr && (t.isPunct(ipEnd + 1, '/') || t.isPunct(ipEnd + 1, ':')) && t.ws[ipEnd + 1] == 0 && ipEnd + 2 < t.n
                    && t.kind[ipEnd + 2] == NUM && t.ws[ipEnd + 2] == 0) {
                ipEnd += 2; // "45.83.12.0/24", "24.15.199.3:51820"
            }
            emit(t, out, start, ipEnd, PhiCategory.IP, 0.9);
            return ipEnd + 1;
        }
        // phones
        int phoneStart = -1;
        if (!plus && count == 3 && len[0] == 3 && len[1] == 3 && len[2] == 4
                && (paren || (sameSep || sep[1] == ' ') && (sep[2] == '-' || sep[2] == '.' || sep[2] == ' '))
                && nanp(t, g[0], g[1])) {
            phoneStart = start;
        } else if (!plus && count == 4 && len[0] == 1 && t.first(g[0]) == '1' && len[1] == 3 && len[2] == 3
                && len[3] == 4 && sep[2] == sep[3] && sep[1] != '/' && nanp(t, g[1], g[2])) {
            phoneStart = start;
        } else if (plus && digits >= 8 && digits <= 15 && sep[1] != '/') {
            phoneStart = start;
        } else if (count == 1 && len[0] == 10 && !notId && nanp10(t, g[0])
                && ((ctx & (CTX_PHONE | CTX_FAX)) != 0 || (ctx & ANY_ID_CONTEXT) == 0)) {
            phoneStart = start;
        } else if (count == 1 && len[0] == 11 && t.first(g[0]) == '1' && (ctx & (CTX_PHONE | CTX_FAX)) != 0) {
            phoneStart = start;
        } else if (count == 2 && len[0] == 3 && len[1] == 4 && (sep[1] == '-' || sep[1] == '.') && !notId
                && ((ctx & (CTX_PHONE | CTX_FAX)) != 0 || value(t, g[0]) == 555)) {
            phoneStart = start;
        }
        if (phoneStart >= 0 && publicLine(t, g, count)) {
            return lastTok + 1; // toll-free and crisis lines belong to organizations, not to a client
        }
        if (phoneStart >= 0) {
            int end = extension(t, lastTok);
            String type = (contextWords(t, start, 10) & CTX_FAX) != 0 ? PhiCategory.FAX : PhiCategory.PHONE;
            emit(t, out, phoneStart, end, type, 0.95);
            return end + 1;
        }
        // SSN
        if (count == 3 && len[0] == 3 && len[1] == 2 && len[2] == 4 && sameSep && sep[1] != '/') {
            if (validSsn(value(t, g[0]), value(t, g[1]), value(t, g[2]))
                    && (sep[1] == '-' || (ctx & CTX_SSN) != 0)) {
                emit(t, out, start, lastTok, PhiCategory.SSN, 0.95);
                return lastTok + 1;
            }
        }
        if (count == 1 && len[0] == 9 && (ctx & CTX_SSN) != 0) {
            long v = value(t, g[0]);
            if (validSsn(v / 1_000_000, (v / 10_000) % 100, v % 10_000)) {
                emit(t, out, start, lastTok, PhiCategory.SSN, 0.9);
                return lastTok + 1;
            }
        }
        // "31-147 Kraków", "1000-001 Lisboa": a postcode with a dash, before a capitalized place
        if (count == 2 && sep[1] == '-' && (len[0] == 2 && len[1] == 3 || len[0] == 4 && len[1] == 3)
                && lastTok + 1 < t.n && t.ws[lastTok + 1] == 1 && isCap(t, lastTok + 1)
                && (flags(t, lastTok + 1) & (MONTH | WEEKDAY | CLINICAL | STOP)) == 0 && !unitAfter(t, lastTok)) {
            emit(t, out, start, lastTok, PhiCategory.ZIP, 0.75);
            return lastTok + 1;
        }
        if (count == 2 && sep[1] == '-' && len[0] == 5 && len[1] == 4
                && ((ctx & CTX_ZIP) != 0 || stateBefore(t, start) || placeBefore(t, start, out))) {
            emit(t, out, start, lastTok, PhiCategory.ZIP, 0.9); // ZIP+4: "IL 62704-1234"
            return lastTok + 1;
        }
        // numeric dates
        int dateEnd = numericDate(t, start, g, sep, len, count, sameSep);
        if (dateEnd >= 0) {
            emit(t, out, dateStart(t, start), dateEnd, PhiCategory.DATE, 0.9); // "Weds 3/6", "Mon 11/4"
            return dateEnd + 1;
        }
        if (count == 1) {
            int r = singleNumber(t, start, g[0], ctx, out);
            if (r > start) {
                return r;
            }
        }
        if (count == 1 && len[0] <= 2) {
            int day = daySlot(t, g[0], out); // "el 22", "quinta dia 7", "le 12", "ngày 5", "w piątku 9-go", "sa ika-20"
            if (day > g[0]) {
                return day;
            }
        }
        if (count == 1 && len[0] == 4 && value(t, g[0]) >= 1900 && value(t, g[0]) <= 2100) {
            int from = holidayBefore(t, start);
            if (from >= 0) {
                emit(t, out, from, g[0], PhiCategory.DATE, 0.85); // "Christmas Eve 2022", "Mother's Day 2023"
                return g[0] + 1;
            }
        }
        if (count == 1) {
            int room = facilityRecord(t, start);
            if (room >= 0) {
                emit(t, out, start, room, PhiCategory.ID, 0.75);
                return room + 1;
            }
        }
        // identifiers by context (the whole dash-joined token: "24-DV-01187")
        int tail = idTail(t, lastTok);
        int allDigits = digits;
        for (int c = lastTok + 1; c <= tail; c++) {
            if (t.kind[c] == NUM || t.kind[c] == ALNUM) {
                for (int x = t.s[c]; x < t.e[c]; x++) {
                    if (Character.isDigit(t.c[x])) {
                        allDigits++;
                    }
                }
            }
        }
        if (publicLine(t, g, count)) {
            return lastTok + 1;
        }
        String type = notId ? null : idType(ctx);
        boolean strong = (ctx & STRONG_ID) != 0;
        boolean year = count == 1 && tail == lastTok && len[0] == 4 && value(t, g[0]) >= 1900
                && value(t, g[0]) <= 2100;
        boolean card = digits >= 13 && digits <= 19
                && (count == 1 || (sameSep && (sep[1] == ' ' || sep[1] == '-') && len[0] == 4)) && luhn(t, g, count);
        if (type != null && (strong || !card) && allDigits >= (strong ? 4 : 5) && !year
                && !type.equals(PhiCategory.SSN)) {
            emit(t, out, start, tail, type, 0.85);
            return tail + 1;
        }
        // payment cards (Luhn)
        if (card) {
            emit(t, out, start, lastTok, PhiCategory.ACCOUNT, 0.9);
            return lastTok + 1;
        }
        // NDC product codes and other clinical number shapes are left alone
        if (notId || ndc(len, count, sep)) {
            return lastTok + 1;
        }
        if (count == 1 && digits >= 7 && !unitAfter(t, lastTok)) {
            emit(t, out, start, lastTok, PhiCategory.ID, 0.5);
            return lastTok + 1;
        }
        if (count >= 2 && sameSep && sep[1] == '-' && digits >= 6 && len[count - 1] >= 4
                && !(count == 2 && len[0] == 4 && len[1] == 4)) { // "2019-2020", "0700-1300" are ranges
            emit(t, out, start, tail, PhiCategory.ID, 0.5); // "24-118827": a report or case number
            return tail + 1;
        }
        return lastTok + 1;
    }

    /** A toll-free number (800, 888, 877, 866, 855, 844, 833) or the crisis text line 741741. */
    /** Lengths of the crisis lines' numbers: most number groups have another length and need no copy. */
    private static final java.util.BitSet CRISIS_LINE_LENGTHS = new java.util.BitSet();

    static {
        Lexicon.CRISIS_LINES.forEach(line -> CRISIS_LINE_LENGTHS.set(line.length()));
    }

    private static boolean publicLine(Tokens t, int[] g, int count) {
        int length = 0;
        for (int c = 0; c < count; c++) {
            length += t.len(g[c]);
        }
        if (length == 11 && t.first(g[0]) == '1') {
            length = 10;
        }
        if (!CRISIS_LINE_LENGTHS.get(length)) {
            return false;
        }
        StringBuilder digits = new StringBuilder(12);
        for (int c = 0; c < count; c++) {
            digits.append(t.c, t.s[g[c]], t.len(g[c]));
        }
        String d = digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits.toString();
        return Lexicon.CRISIS_LINES.contains(d);
    }



    /**
     * A feast or observance the lists do not know, by how the sentence uses it: a capitalized name of up to
     * four words (hyphen-joined particles included) between a time preposition and a year ("during
     * Ramadan 2023", "for Nowruz 2022", "after Vesak 2019"); the first token of the name, or -1.
     */
    private int observanceBefore(Tokens t, int end) {
        int k = end;
        int words = 0;
        while (k >= 0 && words < 4) {
            if (t.kind[k] == WORD && isCap(t, k) && (flags(t, k) & (MONTH | WEEKDAY | CLINICAL | STATE | ORG_SUFFIX
                    | TITLE | KIN)) == 0) {
                words++;
                k--;
            } else if (t.isPunct(k, '-') && t.ws[k] == 0 && k >= 1 && t.kind[k - 1] == WORD && t.ws[k + 1] == 0) {
                k -= 2; // "al-Fitr", "Rosh-Hashanah": the part before the hyphen belongs to the name
            } else {
                break;
            }
        }
        if (words == 0 || k < 0 || t.kind[k] != WORD || k + 1 > end) {
            return -1;
        }
        return eq(t, k, "during") || eq(t, k, "for") || eq(t, k, "over") || eq(t, k, "since") || eq(t, k, "after")
                || eq(t, k, "before") || eq(t, k, "around") || eq(t, k, "until") || eq(t, k, "on")
                || eq(t, k, "celebrating") || eq(t, k, "celebrated") ? k + 1 : -1;
    }

    /** The first token of a holiday's name right before a year ("Mother's Day 2023"), or -1. */
    private int holidayBefore(Tokens t, int year) {
        int k = year - 1;
        boolean in = false;
        if (k >= 0 && t.kind[k] == WORD && (eq(t, k, "in") || eq(t, k, "of"))) {
            in = eq(t, k, "in"); // "Christmas of 2019" is a holiday; "from Vietnam in 1989" is not
            k--; // "the fourth of July weekend in 2022"
        }
        if (k >= 0 && t.kind[k] == WORD && lower(t.first(k)) && (eq(t, k, "weekend") || eq(t, k, "week")
                || eq(t, k, "break") || eq(t, k, "night") || eq(t, k, "morning") || eq(t, k, "evening")
                || eq(t, k, "holiday") || eq(t, k, "holidays") || eq(t, k, "dinner") || eq(t, k, "party"))) {
            k--; // "Memorial Day weekend 2023"
            in = false;
        } else if (in) {
            return -1; // "from Vietnam in 1989": a country and a year, not a holiday
        }
        int holidayEnd = k;
        int from = -1;
        for (int words = 0; words < 6 && k >= 0; words++) {
            if (t.kind[k] == WORD && t.len(k) == 1 && t.first(k) == 's' && t.isPunct(k - 1, '\'') && k >= 2) {
                k -= 2; // "Mother's"
            }
            if (t.isPunct(k, '.') && k >= 1 && eq(t, k - 1, "st")) {
                k--; // "St. Patrick's Day"
            }
            if (k < 0 || t.kind[k] != WORD || !(isCap(t, k) || eq(t, k, "of") || eq(t, k, "the") && words > 0
                    || eq(t, k, "fourth"))) {
                break;
            }
            if (holidayEnd >= k && ((lex.get(t.c, t.s[k], t.e[holidayEnd]) & PUBLIC) != 0
                    || (flags(t, k) & PUBLIC) != 0 && isCap(t, k))) {
                from = k;
            }
            k--;
        }
        if (from < 0) {
            return observanceBefore(t, holidayEnd);
        }
        // "the day after Thanksgiving 2023", "the week before Easter 2022", "the weekend of Labor Day 2021"
        int p = from - 1;
        if (p >= 2 && t.kind[p] == WORD && (eq(t, p, "after") || eq(t, p, "before") || eq(t, p, "of"))
                && (eq(t, p - 1, "day") || eq(t, p - 1, "week") || eq(t, p - 1, "weekend") || eq(t, p - 1, "night")
                || eq(t, p - 1, "morning") || eq(t, p - 1, "evening") || eq(t, p - 1, "sunday") || eq(t, p - 1, "monday")
                || eq(t, p - 1, "friday") || eq(t, p - 1, "saturday")) && eq(t, p - 2, "the")) {
            from = p - 2;
        }
        return from;
    }

    private static boolean ndc(int[] len, int count, char[] sep) {
        return count == 3 && sep[1] == '-' && sep[2] == '-' && ((len[0] == 4 && len[1] == 4 && len[2] == 2)
                || (len[0] == 5 && len[1] == 3 && len[2] == 2) || (len[0] == 5 && len[1] == 4 && len[2] == 1));
    }

    /** Letters or digits glued to an id with dashes ("A-4432-B"), so the whole token is covered. */
    private static int idTail(Tokens t, int last) {
        int k = last;
        while (k + 2 < t.n + 1 && k + 1 < t.n && t.ws[k + 1] == 0
                && (t.kind[k + 1] == WORD || t.kind[k + 1] == NUM || t.kind[k + 1] == ALNUM
                || (t.kind[k + 1] == PUNCT && t.first(k + 1) == '-' && k + 2 < t.n && t.ws[k + 2] == 0
                && t.kind[k + 2] != PUNCT))) {
            k += t.kind[k + 1] == PUNCT ? 2 : 1;
        }
        return k;
    }

    private static int extension(Tokens t, int last) {
        int k = last + 1;
        if (k < t.n && t.kind[k] == ALNUM && t.ws[k] <= 1 && (t.first(k) == 'x' || t.first(k) == 'X')) {
            return k;
        }
        if (k + 1 < t.n && t.kind[k] == WORD && t.ws[k] <= 1) {
            String w = t.text.substring(t.s[k], t.e[k]).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("x") || w.equals("ext") || w.equals("extension")) {
                int m = k + 1;
                if (t.isPunct(m, '.')) {
                    m++;
                }
                if (m < t.n && t.kind[m] == NUM && t.len(m) <= 6) {
                    return m;
                }
            }
        }
        return last;
    }

    private static boolean nanp(Tokens t, int area, int exchange) {
        char a = t.first(area);
        char x = t.first(exchange);
        return a >= '2' && a <= '9' && x >= '2' && x <= '9';
    }

    private static boolean nanp10(Tokens t, int g) {
        char a = t.c[t.s[g]];
        char x = t.c[t.s[g] + 3];
        return a >= '2' && a <= '9' && x >= '2' && x <= '9';
    }

    /** SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000; not the advertised sample. */
    static boolean validSsn(long area, long group, long serial) {
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
            return false;
        }
        if (area == 78 && group == 5 && serial == 1120) {
            return false; // the Woolworth wallet sample
        }
        return !(area == 123 && group == 45 && serial == 6789);
    }

    private int numericDate(Tokens t, int start, int[] g, char[] sep, int[] len, int count, boolean sameSep) {
        if (count == 3 && sameSep && (sep[1] == '/' || sep[1] == '-' || sep[1] == '.')) {
            long a = value(t, g[0]);
            long b = value(t, g[1]);
            long c = value(t, g[2]);
            if (len[0] <= 2 && len[1] <= 2 && (len[2] == 2 || len[2] == 4)) {
                boolean md = a >= 1 && a <= 12 && b >= 1 && b <= 31;
                boolean dm = b >= 1 && b <= 12 && a >= 1 && a <= 31;
                if ((md || dm) && (len[2] == 2 || (c >= 1900 && c <= 2100))) {
                    return g[2];
                }
            }
            if (len[0] == 4 && len[1] <= 2 && len[2] <= 2 && sep[1] != '.' && a >= 1900 && a <= 2100 && b >= 1
                    && b <= 12 && c >= 1 && c <= 31) {
                return g[2];
            }
        }
        if (count == 2 && sep[1] == '.' && len[0] <= 2 && len[1] <= 2 && g[1] + 1 < t.n && t.isPunct(g[1] + 1, '.')
                && t.ws[g[1] + 1] == 0 && (dayFirstCue(t, start) || start >= 1 && t.kind[start - 1] == WORD
                && DAY_FIRST_CUES_ABROAD.contains(t.text.substring(t.s[start - 1], t.e[start - 1]).toLowerCase(java.util.Locale.ROOT))
                && g[1] + 2 < t.n && t.kind[g[1] + 2] == WORD && lower(t.first(g[1] + 2)))) {
            long a = value(t, g[0]);
            long b = value(t, g[1]);
            // "am 14.5.", "on 14.05.": day and month closed by a dot, as German and others write them (a decimal has none)
            return a >= 1 && a <= 31 && b >= 1 && b <= 12 ? g[1] + 1 : -1;
        }
        if (count == 2 && (sep[1] == '/' || sep[1] == '.') && (strongDateCue(t, start) || dayFirstCue(t, start)
                || eventBefore(t, start)) && NumberReading.dayBeforeMonth(t.text, t.s[g[0]], t.e[g[0]], t.s[g[1]], t.e[g[1]])) {
            return g[1]; // "Appt on 23/11", "discharged 31.12 and": a day over 12 first, after a word that dates (round 19)
        }
        if (count == 2 && sep[1] == '/' && NumberReading.dayMonthByDefault(t.text, t.s[g[0]], t.e[g[0]], t.s[g[1]], t.e[g[1]])
                && !sameDenominatorNear(t, g[1])) {
            return g[1]; // "back home 22/10": a day over 12 first is a date unless the text reads two numbers (round 23b)
        }
        if (count == 2 && sep[1] == '-' && len[0] <= 2 && len[1] <= 2 && g[1] + 1 < t.n && t.ws[g[1] + 1] == 1
                && (flags(t, g[1] + 1) & MONTH) != 0 && monthWord(t, g[1] + 1)) {
            long a = value(t, g[0]);
            long b = value(t, g[1]);
            if (a >= 1 && a < b && b <= 31) {
                return yearAfter(t, g[1] + 1); // "away 2-9 June": a range written day first, its month once (round 37)
            }
        }
        if (count == 2 && (sep[1] == '/' || sep[1] == '-') && len[0] <= 2) {
            long a = value(t, g[0]);
            long b = value(t, g[1]);
            if (len[1] == 4 && a >= 1 && a <= 12 && b >= 1900 && b <= 2100) {
                return g[1]; // month and year
            }
            if (sep[1] == '/' && NumberReading.zeroLedMonth(t.text, t.s[g[0]], t.e[g[0]], t.s[g[1]], t.e[g[1]])) {
                return g[1]; // "depuis le 14/02": no score is written over 02 (round 18)
            }
            if (sep[1] == '/' && len[1] <= 2 && a >= 1 && a <= 12 && b >= 1 && b <= 31) {
                if (b > 12 && scoreOverSameTotalNear(t, g[1])) {
                    return -1; // "PHQ-9 19/27 on 3/14, up from 12/27": the same total as a score no date can be
                }
                NumberReading.Fraction slot = NumberReading.fractionSlot(t.text, t.s[start], t.e[g[1]]);
                if (slot != NumberReading.Fraction.UNREAD) {
                    return slot == NumberReading.Fraction.DATE ? g[1] : -1; // "4/10 appt"; "6/30 meals", "a 3/1 ratio"
                }
                if (strongDateCue(t, start) || eventBefore(t, start) && b != 10 && b != 100) {
                    return g[1];
                }
                long before = contextWordsBesideOut(t, start, 5);
                long after = g[1] + 1 < t.n ? flags(t, g[1] + 1) : 0;
                if (g[1] + 2 < t.n && t.kind[g[1] + 1] == PUNCT) {
                    after |= 0;
                }
                if ((before & SCALE_CUE) != 0 || (after & (SCALE_CUE | UNIT_OF_MEASURE)) != 0
                        || (before & NOT_ID) != 0) {
                    return -1; // "rated 7/10", "session 4/12", "4/12 sessions"
                }
                // round 23b: only a rating's totals are read as scales by default; "3/4" and "1/2" are days unless
                // the guard's reading makes them a share or a score ("3/4 of", "CAGE 2/4": read alike with the guard)
                boolean scaleDenominator = b == 10 || b == 5 || b == 100 || sameDenominatorNear(t, g[1])
                        || WrittenOutNumbers.shareOrInstrumentScore(t.text, t.s[start], t.e[g[1]], (int) a, (int) b);
                if (scaleDenominator) {
                    return -1;
                }
                return g[1];
            }
        }
        return -1;
    }

    private static final java.util.Set<String> BIN_CUES = WordSet.of("bin", "rxbin", "iin");
    private static final java.util.Set<String> ROUTING_CUES = WordSet.of("routing", "aba", "rtn", "transit");

    /** A currency sign glued before the number, or before the thousands it continues ("$1,250.00"). */
    private static boolean money(Tokens t, int start) {
        int p = start - 1;
        while (p >= 1 && t.ws[p + 1] == 0 && t.isPunct(p, ',') && t.kind[p - 1] == NUM && t.ws[p] == 0) {
            p -= 2;
        }
        return p >= 0 && t.ws[p + 1] == 0 && t.kind[p] == PUNCT && "$\u20ac\u00a3\u00a5".indexOf(t.first(p)) >= 0;
    }

    /** One of {@code cues} among the four tokens before {@code start}: "BIN 610014", "routing number: 021000021". */
    private static boolean wordBefore(Tokens t, int start, java.util.Set<String> cues) {
        for (int k = start - 1; k >= Math.max(0, start - 4); k--) {
            if (t.kind[k] == WORD && cues.contains(t.text.substring(t.s[k], t.e[k]).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The ABA checksum (weights 3, 7, 1) that every US bank routing number carries. */
    private static boolean abaRouting(Tokens t, int g) {
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            int d = t.text.charAt(t.s[g] + k) - '0';
            sum += d * (k % 3 == 0 ? 3 : k % 3 == 1 ? 7 : 1);
        }
        return sum % 10 == 0 && t.text.charAt(t.s[g]) <= '3';
    }

    /** "went from 12/27 to 8/27": another fraction with the same denominator nearby makes both scores. */
    private static boolean sameDenominatorNear(Tokens t, int denominator) {
        for (int k = Math.max(2, denominator - 10); k < Math.min(t.n, denominator + 10); k++) {
            if (k != denominator && t.kind[k] == NUM && t.isPunct(k - 1, '/') && t.ws[k] == 0 && t.ws[k - 1] == 0
                    && t.kind[k - 2] == NUM && t.len(k) == t.len(denominator)
                    && t.text.regionMatches(t.s[k], t.text, t.s[denominator], t.len(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Another pair over the same total in the sentence that no calendar reads ("19/27": neither month/day nor
     * day/month), so the total is an instrument's and this pair is a second score over it, whatever the word before
     * ("up from 12/27"). Two dates sharing a day ("from 3/14 to 4/14") have no such sibling and stay dates.
     */
    private static boolean scoreOverSameTotalNear(Tokens t, int denominator) {
        for (int k = Math.max(2, denominator - 16); k < Math.min(t.n, denominator + 16); k++) {
            if (k == denominator || t.kind[k] != NUM || !t.isPunct(k - 1, '/') || t.ws[k] != 0 || t.ws[k - 1] != 0
                    || t.kind[k - 2] != NUM || t.len(k) != t.len(denominator)
                    || !t.text.regionMatches(t.s[k], t.text, t.s[denominator], t.len(k))) {
                continue;
            }
            if (value(t, k - 2) > 12 && t.len(k - 2) <= 2 && !t.isPunct(k + 1, '/')) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions and articles a day written first follows: German "am 20.", "seit dem 3.", "bis zum 14.5.". */
    private static final java.util.Set<String> DAY_FIRST_CUES = WordSet.of("am", "vom", "zum", "bis", "seit",
            "dem", "den", "ab", "on", "since", "by", "until", "from", "till");
    /**
     * Round 39: the article or preposition of a day in the clients' other languages before a day and month closed by
     * a dot ("tengo cita el 2.3. con", "Ende 3.7. zieht"): read only where the sentence goes on after the dot, since
     * a decimal closing a sentence has the same shape ("su A1c fue el 6.5.").
     */
    private static final java.util.Set<String> DAY_FIRST_CUES_ABROAD = WordSet.of("el", "le", "il", "desde", "hasta",
            "ende", "anfang", "mitte", "dia", "día");

    /** The word before {@code start} puts a day there, or a weekday does ("Montag, 20. August"). */
    private boolean dayFirstCue(Tokens t, int start) {
        int p = start - 1;
        if (p >= 1 && t.isPunct(p, ',')) {
            p--;
        }
        if (p < 0 || t.kind[p] != WORD) {
            return false;
        }
        String w = t.text.substring(t.s[p], t.e[p]).toLowerCase(java.util.Locale.ROOT);
        return DAY_FIRST_CUES.contains(w) || CalendarNames.weekday(w) || (flags(t, p) & WEEKDAY) != 0;
    }

    /** What a note dates: a visit, a life event, an appointment ("last seen 11/3", "quit drinking 7/4"). */
    private static final java.util.Set<String> DATED_EVENTS = WordSet.of("seen", "appt", "appointment",
            "visit", "admitted", "discharged", "relapsed", "quit", "sober", "died", "passed", "moved",
            "started", "stopped", "scheduled", "rescheduled", "cancelled", "canceled", "hospitalized", "arrested",
            "released", "overdosed", "od'd", "funeral", "wedding", "birthday", "surgery", "court", "hearing", "intake",
            "evicted", "married", "divorced", "separated", "graduated", "deployed", "returned", "injured", "fired",
            "hired", "miscarried", "delivered", "attempted", "accident", "diagnosed", "dx'd", "dxd");

    /**
     * An event the note dates, right before the m/d or before an -ing word ("quit drinking 7/4"); "seen 11/3" is a
     * day, though 3 is a scale's denominator elsewhere.
     */
    private static boolean eventBefore(Tokens t, int start) {
        for (int p = start - 1; p >= Math.max(0, start - 2); p--) {
            if (t.kind[p] != WORD) {
                return false;
            }
            if (DATED_EVENTS.contains(t.text.substring(t.s[p], t.e[p]).toLowerCase(java.util.Locale.ROOT))
                    || eq(t, p, "away") && p >= 1 && t.kind[p - 1] == WORD && eq(t, p - 1, "passed")) {
                return true; // "passed away 4/17" as "died 4/17"
            }
            if (eq(t, p, "d") && p >= 2 && t.ws[p] == 0 && t.ws[p - 1] == 0 && (t.isPunct(p - 1, '\'')
                    || t.isPunct(p - 1, '\u2019')) && (eq(t, p - 2, "dx") || eq(t, p - 2, "od"))) {
                return true; // "dx'd 7/7", "od'd 3/2": the apostrophe splits the shortened participle in two
            }
            if (!t.text.startsWith("ing", t.e[p] - 3)) {
                return false; // one word between only when it is what stopped or started: "quit drinking"
            }
        }
        return false;
    }

    /**
     * A day number that the words before it put in a date slot of the clients' languages, read by
     * {@link NumberReading#daySlotStart} as the residual check reads it; the span takes "dia", "ngày" or "ika-" before
     * it and a Polish ordinal ending after it. Returns the token after the date, or {@code g}.
     */
    private int daySlot(Tokens t, int g, List<PhiSpan> out) {
        int day = NumberReading.daySlotStart(t.text, t.s[g], t.e[g]);
        if (day < 0) {
            return g;
        }
        int from = g;
        while (from > 0 && t.s[from] > day && !t.claimed[from - 1]) {
            from--;
        }
        if (t.s[from] != day) {
            from = g; // the word before was found as something else: the number alone
        }
        int suffixEnd = NumberReading.polishOrdinalEnd(t.text, t.e[g]);
        int to = g;
        while (to + 1 < t.n && t.e[to + 1] <= suffixEnd) {
            to++;
        }
        emit(t, out, from, to, PhiCategory.DATE, 0.8);
        return to + 1;
    }

    /** "on 7/10", "since 3/5", "DOB 1/10", "Monday 2/5": a scale-like m/d that is still a date. */
    private boolean strongDateCue(Tokens t, int start) {
        int p = start - 1;
        boolean comma = t.isPunct(p, ',');
        if (t.isPunct(p, ':') || t.isPunct(p, '.') && t.ws[p] == 0 || comma && t.ws[p] == 0) {
            p--; // "Wed. 11/5", "Sat, 6/8"
        }
        if (p < 0 || t.kind[p] != WORD) {
            return false;
        }
        if ((flags(t, p) & WEEKDAY) != 0) {
            return true;
        }
        if (comma) {
            return false; // "rated 6/10 before, 3/10 after": the comma closes the word's clause; only a weekday reaches over it
        }
        String w = t.text.substring(t.s[p], t.e[p]).toLowerCase(java.util.Locale.ROOT);
        return w.equals("yesterday") || w.equals("today") || w.equals("tomorrow") || w.equals("tonight")
                || w.equals("thru") || w.equals("through") || w.equals("before") || w.equals("after") || w.equals("on") || w.equals("since") || w.equals("dated") || w.equals("until") || w.equals("till")
                || w.equals("dob") || w.equals("born") || w.equals("due") || w.equals("effective") || w.equals("by");
    }

    private int singleNumber(Tokens t, int start, int g, long ctx, List<PhiSpan> out) {
        int len = t.len(g);
        long v = value(t, g);
        // ages over 89
        if ((len == 2 || len == 3) && v >= 90 && v <= 125 && age(t, g)) {
            emit(t, out, g, g, PhiCategory.AGE, 0.9);
            return g + 1;
        }
        // street address: number, optional direction, name words, street word, optional unit
        if (len <= 6 && v > 0 && isCap(t, g + 1) || (len <= 6 && g + 1 < t.n && t.kind[g + 1] == ALNUM)) {
            int end = streetAddress(t, g);
            if (end > g) {
                emit(t, out, start, end, PhiCategory.ADDRESS, 0.9);
                return end + 1;
            }
        }
        if (len <= 6 && v > 0 && g + 1 < t.n && t.ws[g + 1] == 1 && !isCap(t, g + 1) && !decimalBefore(t, g)) {
            int end = lowerStreetAddress(t, g);
            if (end > g) {
                emit(t, out, start, end, PhiCategory.ADDRESS, 0.85);
                return end + 1;
            }
        }
        // day before a month: "14 March", "3 of June", "5-May-2021", "4-Jan-22"
        if (len <= 2 && v >= 1 && v <= 31 && t.isPunct(g + 1, '-') && t.ws[g + 1] == 0 && g + 4 < t.n
                && (flags(t, g + 2) & MONTH) != 0 && t.isPunct(g + 3, '-') && t.kind[g + 4] == NUM
                && (t.len(g + 4) == 2 || t.len(g + 4) == 4)) {
            emit(t, out, dateStart(t, g), g + 4, PhiCategory.DATE, 0.9);
            return g + 5;
        }
        if (len == 4 && start == g && v >= 1900 && v <= 2100 && t.ws[g] == 1 && g >= 1) {
            // "maggio 2024", "sierpień 2023", "mayo de 2024": a month and a year in another language
            int fm = g - 1;
            if (fm >= 1 && t.kind[fm] == WORD && (eq(t, fm, "de") || eq(t, fm, "del") || eq(t, fm, "di"))) {
                fm--;
            }
            if (t.kind[fm] == WORD && (flags(t, fm) & Lexicon.FOREIGN_MONTH) != 0 && !t.claimed[fm]) {
                emit(t, out, foreignDayBefore(t, fm), g, PhiCategory.DATE, 0.85);
                return g + 1;
            }
        }
        if (len <= 2 && v >= 1 && v <= 12 && start == g && g >= 1 && t.kind[g - 1] == WORD && t.ws[g] == 1
                && (eq(t, g - 1, "tháng") || eq(t, g - 1, "thang") || eq(t, g - 1, "Tháng") || eq(t, g - 1, "Thang"))) {
            // Vietnamese: "ngày 5 tháng 5 năm 2024", "thang 3 nam 2025", "tháng 7"
            int from = g - 1;
            if (from >= 2 && t.kind[from - 1] == NUM && t.len(from - 1) <= 2) {
                from -= 1;
                if (from >= 1 && t.kind[from - 1] == WORD && vietWord(t, from - 1, "ngày", "ngay")) {
                    from -= 1;
                }
            }
            int end = g;
            if (end + 2 < t.n && t.kind[end + 1] == WORD && vietWord(t, end + 1, "năm", "nam")
                    && t.kind[end + 2] == NUM && t.len(end + 2) == 4) {
                end += 2;
            }
            emit(t, out, dateStart(t, from), end, PhiCategory.DATE, 0.85);
            return end + 1;
        }
        if (len <= 2 && v >= 1 && v <= 31) {
            int m = g + 1;
            if (m < t.n && t.kind[m] == WORD && eq(t, m, "of")) {
                m++;
            }
            if (t.isPunct(m, '.') && t.ws[m] == 0 && m + 1 < t.n && t.ws[m + 1] == 1 && dayFirstCue(t, g)) {
                m++; // "am 20. August": the ordinal dot of a day written first
            }
            if (m < t.n && (flags(t, m) & MONTH) != 0 && monthWord(t, m) && !(m == g + 1 && m + 1 < t.n
                    && t.kind[m + 1] == WORD && t.ws[m + 1] == 1 && NumberReading.pluralOfEverydayNoun(
                    t.text.substring(t.s[m + 1], t.e[m + 1]).toLowerCase(java.util.Locale.ROOT)))) {
                // "3 March appointments were cancelled": the month qualifies what the number counts
                int end = yearAfter(t, m);
                emit(t, out, dateStart(t, g), end, PhiCategory.DATE, 0.9); // "Friday 14 March"
                return end + 1;
            }
            int fm = t.isPunct(g + 1, '.') && t.ws[g + 1] == 0 ? g + 2 : g + 1; // "3. März"
            if (fm < t.n && t.kind[fm] == WORD && t.ws[fm] == 1 && (flags(t, fm) & Lexicon.FOREIGN_MONTH) != 0
                    && !eq(t, fm, "mayo") && !(eq(t, fm, "mars") && !(g >= 1 && (eq(t, g - 1, "le")
                    || eq(t, g - 1, "du") || eq(t, g - 1, "au") || foreignWeekdayStart(t, g - 1) >= 0)
                    || fm + 1 < t.n && t.kind[fm + 1] == NUM))) {
                int end = fm + 1 < t.n && t.kind[fm + 1] == NUM && t.len(fm + 1) == 4 && t.ws[fm + 1] == 1 ? fm + 1 : fm;
                emit(t, out, dateStart(t, g), end, PhiCategory.DATE, 0.85); // "12 januari 2024", "lundi 3 mars"
                return end + 1;
            }
            if (fm < t.n && t.kind[fm] == WORD && t.ws[fm] == 1 && DateElements.lowerCaseNameMonth(t.text, t.s[fm],
                    t.e[fm]) && t.len(g) <= 2 && value(t, g) >= 1 && value(t, g) <= 31) {
                emit(t, out, g, fm, PhiCategory.DATE, 0.85); // "15 maja": Maja is a name, "maja" after a day is May
                return fm + 1;
            }
            if (g + 2 < t.n && eq(t, g + 1, "ng") && (flags(t, g + 2) & Lexicon.FOREIGN_MONTH) != 0) {
                // Tagalog: "ika-9 ng Agosto", "15 ng Disyembre"
                int from = g >= 2 && t.isPunct(g - 1, '-') && eq(t, g - 2, "ika") ? g - 2 : g;
                emit(t, out, dateStart(t, from), g + 2, PhiCategory.DATE, 0.85);
                return g + 3;
            }
            int dayWord = dayAfterDateWord(t, g);
            if (dayWord >= 0) {
                emit(t, out, dayWord, g, PhiCategory.DATE, 0.8); // "o dia 8", "la audiencia es el 15"
                return g + 1;
            }
            if (g + 2 < t.n && eq(t, g + 1, "de") && (flags(t, g + 2) & Lexicon.FOREIGN_MONTH) != 0) {
                int end = g + 2; // "el 5 de mayo", "15 de enero de 2024": a date in Spanish or Portuguese
                if (end + 2 < t.n && (eq(t, end + 1, "de") || eq(t, end + 1, "del")) && t.kind[end + 2] == NUM
                        && t.len(end + 2) == 4) {
                    end += 2;
                }
                int from = g >= 1 && (eq(t, g - 1, "el") || eq(t, g - 1, "o")) ? g - 1 : dateStart(t, g);
                emit(t, out, from, end, PhiCategory.DATE, 0.85);
                return end + 1;
            }
            if (g >= 1 && t.ws[g] == 1 && foreignWeekdayStart(t, g - 1) >= 0) {
                emit(t, out, foreignWeekdayStart(t, g - 1), g, PhiCategory.DATE, 0.85); // "el martes 12", "lundi 3"
                return g + 1;
            }
        }
        // a union local: "Local 150", "the Teamsters Local 705", "IBEW Local 134": a workplace that names few people
        if (len <= 5 && start == g && g >= 1 && t.kind[g - 1] == WORD && eq(t, g - 1, "local") && isCap(t, g - 1)) {
            int from = g - 1;
            while (from >= 1 && t.kind[from - 1] == WORD && isCap(t, from - 1) && t.ws[from] == 1
                    && (!sentenceStart(t, from - 1) || allCaps(t, from - 1)) && (flags(t, from - 1) & (KIN | TITLE)) == 0) {
                from--;
            }
            emit(t, out, from, g, PhiCategory.LOCATION, 0.85);
            return g + 1;
        }
        // ZIP codes after a state or the word "zip"
        if (len == 4 && start == g && lastFour(t, g)) {
            emit(t, out, g, g, PhiCategory.ACCOUNT, 0.8);
            return g + 1;
        }
        if (len == 5 && start == g && zipAlone(t, g)) {
            emit(t, out, g, g, PhiCategory.ZIP, 0.75); // "we moved to 60629", "nos mudamos al 78521"
            return g + 1;
        }
        if ((len == 4 || len == 5) && start == g && cityAfter(t, g)) {
            emit(t, out, g, g, PhiCategory.ZIP, 0.8); // "28009 Madrid", "1010 Wien": a postcode before its city
            return g + 1;
        }
        // postcodes abroad: 4 or 6 digits after "postcode" or "pincode", an Indian PIN after a place just found
        // ("Mumbai 400053"), an Australian one after its state ("NSW 2016")
        if (start == g && ((len == 4 || len == 6) && (ctx & CTX_ZIP) != 0
                || (len == 6 || len == 4 && (v < 1900 || v > 2100)) && placeBefore(t, start, out) // "Quezon City 1100"

                || len == 4 && australianStateBefore(t, start))) {
            emit(t, out, g, g, PhiCategory.ZIP, 0.8);
            return g + 1;
        }
        if ((len == 5 || len == 9) && ((ctx & CTX_ZIP) != 0 || stateBefore(t, start) || placeBefore(t, start, out))) {
            int end = g;
            if (t.isPunct(g + 1, '-') && t.ws[g + 1] == 0 && g + 2 < t.n && t.kind[g + 2] == NUM && t.len(g + 2) == 4) {
                end = g + 2;
            }
            emit(t, out, start, end, PhiCategory.ZIP, 0.9);
            return end + 1;
        }
        if (len == 5 && (cpt(t, g) && !identifierNamedRightBefore(t, start) || unitAfter(t, g))) {
            return g + 1;
        }
        return start;
    }

    /** A city from the lists right after the number: "28009 Madrid", "31-147 Kraków" (the city need not be listed there). */
    private boolean cityAfter(Tokens t, int g) {
        int k = g + 1;
        return k < t.n && t.ws[k] == 1 && isCap(t, k) && (flags(t, k) & CITY) != 0;
    }

    /** "Visa ending 4421", "card ends in 1008", "last four 7730". */
    private static boolean lastFour(Tokens t, int g) {
        int p = g - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "in")) {
            p--;
        }
        if (p < 0 || t.kind[p] != WORD) {
            return false;
        }
        if (eq(t, p, "ending") || eq(t, p, "ends")) {
            return true;
        }
        // "last four 7730", "the last four of the card are 4417", "last 4 of her social: 0921"
        for (int k = p, words = 0; k >= 1 && words < 6; k--, words++) {
            if ((eq(t, k, "four") || t.kind[k] == NUM && t.len(k) == 1 && t.first(k) == '4') && eq(t, k - 1, "last")) {
                return true;
            }
            if (t.kind[k] == NUM || t.kind[k] == PUNCT && t.first(k) != ':' || t.kind[k] != WORD && t.kind[k] != PUNCT) {
                return false;
            }
        }
        return false;
    }

    /** The number follows a place just found ("Chicago 60632", "Evanston, 60201"): a ZIP code. */
    private static boolean placeBefore(Tokens t, int start, List<PhiSpan> out) {
        int p = start - 1;
        if (t.isPunct(p, ',')) {
            p--;
        }
        if (p < 0 || !t.claimed[p] || out.isEmpty()) {
            return false;
        }
        PhiSpan last = out.get(out.size() - 1);
        return last.end() == t.e[p] && (last.type().equals(PhiCategory.LOCATION) || last.type().equals(PhiCategory.ADDRESS));
    }

    /**
     * Words that name the client's own identifier when they stand right before a number ("MRN 90837", "member ID is
     * 96130", "acct # 99213"): such a number is an identifier whatever code it also spells. Payers, "claim" and
     * "billing" are left out: "billed Medicaid 90837" and "claim 90837" speak of the code.
     */
    private static final java.util.Set<String> OWN_IDENTIFIER = WordSet.of("mrn", "mr", "csn", "fin", "member",
            "subscriber", "policy", "mbi", "account", "acct", "ssn", "id", "identification");
    /** Words and marks allowed between such a word and its number. */
    private static final java.util.Set<String> BETWEEN_NAME_AND_NUMBER = WordSet.of("is", "was", "no", "num", "number",
            "id", "#");

    /** Whether a word of {@link #OWN_IDENTIFIER} names the number at {@code start}, only "is", "#", ":" or "ID" between. */
    private static boolean identifierNamedRightBefore(Tokens t, int start) {
        for (int k = start - 1, words = 0; k >= 0 && words < 3; k--) {
            if (t.kind[k] == PUNCT) {
                char c = t.first(k);
                if (c != ':' && c != '#' && c != '.') {
                    return false;
                }
                continue;
            }
            if (t.kind[k] != WORD) {
                return false;
            }
            String w = t.text.substring(t.s[k], t.e[k]).toLowerCase(java.util.Locale.ROOT);
            if (OWN_IDENTIFIER.contains(w)) {
                return true;
            }
            if (!BETWEEN_NAME_AND_NUMBER.contains(w)) {
                return false;
            }
            words++;
        }
        return false;
    }

    private static boolean cpt(Tokens t, int g) {
        char a = t.first(g);
        char b = t.c[t.s[g] + 1];
        return a == '9' && (b == '0' || b == '9' || b == '6' || b == '7');
    }

    /** Prepositions a ZIP code follows as a place, in English, Spanish and Portuguese. */
    private static final java.util.Set<String> ZIP_PREPOSITIONS = WordSet.of("in", "to", "from", "near", "inside",
            "outside", "within", "into", "al", "en", "del", "para", "pro", "pra", "na", "no");
    /** Verbs of moving and living in Spanish and Portuguese, beside the cues' English place verbs. */
    private static final java.util.Set<String> PLACE_VERBS_ABROAD = WordSet.of("mudamos", "mudé", "mude", "mudó",
            "mudo", "mudaron", "vivo", "vive", "vivimos", "viven", "mora", "moro", "moramos", "mudou", "mudei",
            "trabajo", "trabaja", "busca", "buscamos");

    /**
     * A five-digit number standing alone as the place of a move, a home or a job ("moved to 60629 last spring",
     * "jobs inside 33125"): a place preposition before it and a verb or noun of moving, living or working within
     * three words before that; not what it counts ("up to 10000 steps"), not a round amount ("went to 20000").
     */
    private boolean zipAlone(Tokens t, int g) {
        int p = g - 1;
        if (p < 1 || t.kind[p] != WORD || t.ws[g] != 1 || !ZIP_PREPOSITIONS.contains(wordText(t, p)
                .toLowerCase(java.util.Locale.ROOT)) || value(t, g) < 501 || value(t, g) % 500 == 0
                || t.isPunct(g - 2, '$') || unitAfter(t, g) && !eq(t, g + 1, "in")) {
            return false;
        }
        if (g + 1 < t.n && t.kind[g + 1] == WORD && t.ws[g + 1] == 1 && NumberReading.pluralOfEverydayNoun(
                wordText(t, g + 1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (eq(t, p - 1, "up") || eq(t, p - 1, "down") || eq(t, p - 1, "from")) {
            return false; // "went up to 12500": an amount
        }
        for (int k = p - 1; k >= Math.max(0, p - 3); k--) {
            if (t.kind[k] != WORD) {
                continue;
            }
            String w = wordText(t, k).toLowerCase(java.util.Locale.ROOT);
            if ((flags(t, k) & PLACE_VERB) != 0 || PLACE_VERBS_ABROAD.contains(w)
                    || w.endsWith("s") && (Lexicon.table().get(w, 0, w.length() - 1) & PLACE_VERB) != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean unitAfter(Tokens t, int g) {
        int k = g + 1;
        return k < t.n && t.ws[k] <= 1 && (flags(t, k) & UNIT_OF_MEASURE) != 0;
    }

    /**
     * A unit right after an age-like number, except "in" opening a phrase of time ("92 in the spring", "93 in
     * March", "91 in a month"): "in" is then the preposition, not inches.
     */
    private boolean unitAfterAge(Tokens t, int g) {
        int n = g + 2;
        if (eq(t, g + 1, "in") && n < t.n && t.kind[n] == WORD && (eq(t, n, "the") || eq(t, n, "a") || eq(t, n, "an")
                || eq(t, n, "two") || eq(t, n, "few") || (flags(t, n) & (MONTH | WEEKDAY)) != 0)) {
            return false;
        }
        return unitAfter(t, g);
    }

    private boolean age(Tokens t, int g) {
        int k = g + 1;
        if (t.isPunct(k, '-')) {
            k++;
        }
        if (k < t.n && t.kind[k] == WORD) {
            String w = t.text.substring(t.s[k], t.e[k]).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("yo") || w.equals("yr") || w.equals("yrs")) {
                return true;
            }
            if ((w.equals("year") || w.equals("years")) && k + 1 < t.n) {
                int m = k + 1;
                if (t.isPunct(m, '-')) {
                    m++;
                }
                if (m < t.n && t.kind[m] == WORD) {
                    String o = t.text.substring(t.s[m], t.e[m]).toLowerCase(java.util.Locale.ROOT);
                    return o.equals("old") || o.equals("of") || o.equals("young");
                }
            }
            if (w.equals("y") && (t.isPunct(k + 1, '/') || t.isPunct(k + 1, '.') && eq(t, k + 2, "o"))) {
                return true; // "91 y/o", "93 y.o."
            }
        }
        int p = g - 1;
        if (p >= 0 && t.kind[p] == WORD) {
            String w = t.text.substring(t.s[p], t.e[p]).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("age") || w.equals("aged") || w.equals("turned") || w.equals("turning")
                    || w.equals("turns") || w.equals("ages")) {
                return true;
            }
            // "her grandfather is 97", "she is 92", "who is 96"; not "the score is 95"
            if ((w.equals("is") || w.equals("was")) && p >= 2 && t.isPunct(p - 1, ',') && t.claimed[p - 2]
                    && isCap(t, p - 2) && !unitAfterAge(t, g)) {
                return true; // "Her mother, Chioma, is 91"
            }
            if ((w.equals("is") || w.equals("was")) && p >= 1 && t.kind[p - 1] == WORD
                    && ((flags(t, p - 1) & KIN) != 0 || person(t, p - 1)) && !unitAfterAge(t, g)
                    && !t.isPunct(g + 1, '/') && !t.isPunct(g + 1, '%')) {
                return true;
            }
            if (w.equals("a") && p >= 2 && t.kind[p - 1] == WORD && (flags(t, p - 2) & KIN) != 0) {
                return true;
            }
            if (w.equals("of") && p >= 1 && t.kind[p - 1] == WORD
                    && (flags(t, p - 1) & (KIN | Lexicon.PERSON_NOUN)) != 0 && !notAnAge(t, g)) {
                return true; // "a widow of 96", "a man of 93"
            }
        }
        if (p >= 1 && t.isPunct(p, ':') && t.kind[p - 1] == WORD) {
            return eq(t, p - 1, "age") || NumberReading.ageField(t.text, t.s[p - 1], t.e[p - 1])
                    && !notAnAge(t, g); // "Edad: 94", "Alter: 91"
        }
        if (notAnAge(t, g)) {
            return false;
        }
        // "Grandfather (97)", "Thaddea (93) came in", "her great-aunt, 102, is", "Widower, 90, referred"
        int q = p >= 1 && t.kind[p] == WORD && (eq(t, p, "now") || eq(t, p, "almost") || eq(t, p, "nearly")
                || eq(t, p, "just") || eq(t, p, "barely") || eq(t, p, "recently")) ? p - 1 : p; // "Grandmother, now 93,"
        if (q >= 0 && t.isPunct(q, '(') && turningSoon(t, g + 1)) {
            return true; // "(99 this August)", "(97 next month)": the age a person is about to turn
        }
        if (q >= 1 && (t.isPunct(q, '(') && (t.isPunct(g + 1, ')') || t.isPunct(g + 1, ','))
                || t.isPunct(q, ',') && (t.isPunct(g + 1, ',') || t.isPunct(g + 1, ')')))) {
            return personWord(t, q - 1);
        }
        // "Pt is 94", "Dad (Clarence) is 93", "she's almost 100", "he will be 91"
        int c = p;
        boolean toBe = false; // "will be", "would be", "'ll be": the copula in the future
        while (c >= 0 && t.kind[c] == WORD && (eq(t, c, "now") || eq(t, c, "almost") || eq(t, c, "nearly")
                || eq(t, c, "about") || eq(t, c, "just") || eq(t, c, "only") || eq(t, c, "already") || eq(t, c, "still")
                || eq(t, c, "over") || eq(t, c, "around") || eq(t, c, "be") || eq(t, c, "will") || eq(t, c, "soon"))) {
            toBe |= eq(t, c, "be");
            c--;
        }
        if (toBe && c >= 0 && t.kind[c] == WORD && !unitAfterAge(t, g) && !notAnAge(t, g)) {
            int subject = c;
            if (eq(t, c, "ll") && c >= 2 && (t.isPunct(c - 1, '\'') || t.isPunct(c - 1, '\u2019'))) {
                subject = c - 2; // "she'll be 92"
            } else if (eq(t, c, "would") || eq(t, c, "will") || eq(t, c, "gonna") || eq(t, c, "to")) {
                subject = c - 1; // "mom would be 95", "dad is going to be 90"
                if (subject >= 0 && eq(t, c, "to") && eq(t, subject, "going")) {
                    subject -= 2;
                }
            }
            if (subject >= 0 && personWord(t, subject)) {
                return true; // "mom will be 92 in the spring", "she'll be 93 next month"
            }
        }
        boolean copula = c >= 0 && t.kind[c] == WORD && (eq(t, c, "is") || eq(t, c, "was") || eq(t, c, "turns")
                || t.len(c) == 1 && (t.first(c) == 's' || t.first(c) == 'S') && (t.isPunct(c - 1, '\'')
                || t.isPunct(c - 1, '\u2019')));
        if (copula) {
            int subject = c - 1;
            if (t.isPunct(subject, '\'') || t.isPunct(subject, '\u2019')) {
                subject--; // "she's"
            }
            if (t.isPunct(subject, ')')) {
                while (subject > 0 && !t.isPunct(subject, '(')) {
                    subject--; // "Dad (Clarence) is 93"
                }
                subject--;
            }
            if (personWord(t, subject)) {
                return true;
            }
        }
        // "At 96 he still drives", "died at 101", "still working at 93"
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "at")) {
            int n = g + 1;
            if (n < t.n && (t.isPunct(n, ',') || t.kind[n] == WORD && (eq(t, n, "he") || eq(t, n, "she")
                    || eq(t, n, "they")))) {
                return true;
            }
            int b = p - 1;
            return b >= 0 && t.kind[b] == WORD && (eq(t, b, "died") || eq(t, b, "passed") || eq(t, b, "away")
                    || eq(t, b, "retired") || eq(t, b, "still") || eq(t, b, "living") || eq(t, b, "driving")
                    || eq(t, b, "working") || eq(t, b, "alive"));
        }
        return false;
    }

    /** "this August 14", "next month", "in June", "on Sunday": when a birthday falls, after an age. */
    private boolean turningSoon(Tokens t, int n) {
        if (n + 1 >= t.n || t.kind[n] != WORD || t.kind[n + 1] != WORD
                || !(eq(t, n, "this") || eq(t, n, "next") || eq(t, n, "in") || eq(t, n, "on"))) {
            return false;
        }
        return (flags(t, n + 1) & (MONTH | WEEKDAY)) != 0 || eq(t, n + 1, "month") || eq(t, n + 1, "year")
                || eq(t, n + 1, "week") || eq(t, n + 1, "spring") || eq(t, n + 1, "summer") || eq(t, n + 1, "fall")
                || eq(t, n + 1, "winter") || eq(t, n + 1, "birthday");
    }

    /** A number that is a measure, a score or a time, not an age: "95%", "100 lbs", "98.6", "120/80". */
    private boolean notAnAge(Tokens t, int g) {
        int n = g + 1;
        if (unitAfterAge(t, g) || t.isPunct(n, '/') || t.isPunct(n, '%') || t.isPunct(n, ':')
                || t.isPunct(n, '.') && n + 1 < t.n && t.kind[n + 1] == NUM && t.ws[n + 1] == 0) {
            return true;
        }
        if (n < t.n && t.kind[n] == WORD && t.ws[n] == 1 && (eq(t, n, "lbs") || eq(t, n, "pounds") || eq(t, n, "degrees")
                || eq(t, n, "bpm") || eq(t, n, "percentile") || eq(t, n, "laps") || eq(t, n, "meetings"))) {
            return true;
        }
        for (int k = g - 1, seen = 0; k >= 0 && seen < 3; k--) {
            if (t.kind[k] == PUNCT) {
                if (".!?;".indexOf(t.first(k)) >= 0) {
                    break;
                }
                continue;
            }
            seen++;
            long f = flags(t, k);
            if ((f & (SCALE_CUE | NOT_ID | CLINICAL)) != 0 && (f & (KIN | Lexicon.PERSON_NOUN)) == 0) {
                return true; // "PHQ-9 of 95", "BP 120", "scored 98"
            }
        }
        return false;
    }

    /** A word standing for a person an age can belong to: a relation, "Pt", a pronoun, a name found. */
    private boolean personWord(Tokens t, int k) {
        if (k < 0 || t.kind[k] != WORD) {
            return false;
        }
        long f = flags(t, k);
        return (f & (KIN | Lexicon.PERSON_NOUN)) != 0 && (f & UNIT_OF_MEASURE) == 0 || person(t, k);
    }

    /** A word that stands for a person: a pronoun, "who", or a name already found. */
    private boolean person(Tokens t, int k) {
        return eq(t, k, "she") || eq(t, k, "he") || eq(t, k, "who") || eq(t, k, "they") || eq(t, k, "i")
                || t.claimed[k] && isCap(t, k);
    }

    /** A British number plate by its shape, two letters and two digits, then three letters: "AB12 CDE". */
    private static boolean britishPlate(Tokens t, int i) {
        int a = t.s[i];
        if (t.len(i) != 4 || i + 1 >= t.n || t.ws[i + 1] != 1 || t.kind[i + 1] != WORD || t.len(i + 1) != 3) {
            return false;
        }
        char[] c = t.c;
        int b = t.s[i + 1];
        return capital(c[a]) && capital(c[a + 1]) && Character.isDigit(c[a + 2]) && Character.isDigit(c[a + 3])
                && capital(c[b]) && capital(c[b + 1]) && capital(c[b + 2]);
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** "NSW 2016", "Melbourne VIC 3000": an Australian state or territory in capitals before a number. */
    private boolean australianStateBefore(Tokens t, int start) {
        int p = start - 1;
        if (p < 0 || t.kind[p] != WORD || t.ws[start] != 1 || !allCaps(t, p)) {
            return false;
        }
        return eq(t, p, "nsw") || eq(t, p, "vic") || eq(t, p, "qld") || eq(t, p, "tas") || eq(t, p, "act")
                || eq(t, p, "nt") || eq(t, p, "wa") || eq(t, p, "sa");
    }

    private boolean stateBefore(Tokens t, int start) {
        int p = start - 1;
        if (p >= 0 && t.kind[p] == PUNCT && t.first(p) == ',') {
            p--;
        }
        if (p < 0 || t.kind[p] != WORD || (flags(t, p) & STATE) == 0) {
            return false;
        }
        // a two-letter state must be written in capitals ("IL", not "in")
        return t.len(p) != 2 || allCaps(t, p);
    }

    private int streetAddress(Tokens t, int g) {
        int k = g + 1;
        boolean direction = false;
        if (k < t.n && t.kind[k] == WORD && (flags(t, k) & DIRECTION) != 0 && isCap(t, k)) {
            direction = true;
            k++;
            if (t.isPunct(k, '.')) {
                k++;
            }
        }
        int words = 0;
        int street = -1;
        int lastWord = -1;
        while (k < t.n && words < 5 && t.ws[k] == 1) {
            if (t.kind[k] == ALNUM && words == 0 && ordinal(t, k)) {
                words++;
                lastWord = k;
                k++;
                continue;
            }
            if (t.kind[k] != WORD || !isCap(t, k)) {
                break;
            }
            words++;
            if ((flags(t, k) & STREET) != 0 && words >= 2) {
                street = k;
                break;
            }
            if ((flags(t, k) & (MONTH | WEEKDAY | TITLE)) == 0 && words <= 2) {
                lastWord = k;
            }
            k++;
        }
        if (street < 0 && direction && lastWord > g && (t.isPunct(lastWord + 1, ',') || lastWord + 1 >= t.n
                || t.kind[lastWord + 1] == PUNCT || t.kind[lastWord + 1] == WORD && !upper(t.first(lastWord + 1)))) {
            street = lastWord; // "6430 N. Sheridan", "4410 W. Belden, 2nd floor": a number and a direction make a street
        }
        if (street < 0) {
            return -1;
        }
        int end = street;
        if (t.isPunct(end + 1, '.')) {
            end++;
        }
        if (end + 1 < t.n && t.ws[end + 1] == 1 && t.kind[end + 1] == WORD && t.len(end + 1) <= 2 && upper(t.first(end + 1))
                && (t.len(end + 1) == 1 || allCaps(t, end + 1)) && (flags(t, end + 1) & DIRECTION) != 0) {
            end++; // "410 Queens Quay W", "1200 Main St NW": a direction after the street
        }
        return unitAfterAddress(t, end);
    }

    /**
     * USPS Publication 28's common street suffixes and their abbreviations: in lower case an address is read by its
     * structure (a house number, one to three name words, one of these), since no capital marks it ("412 juniper ct").
     */
    private static final java.util.Set<String> USPS_SUFFIXES = WordSet.of("street", "st", "avenue", "ave", "av", "road",
            "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "court", "ct", "way", "place", "pl", "terrace", "ter",
            "parkway", "pkwy", "highway", "hwy", "circle", "cir", "trail", "trl", "expressway", "expy", "pike", "plaza");
    /**
     * USPS suffixes only a street is written with, so an ordinal before one is a street in any case ("5th ave",
     * "3rd st"); not "pl" (a place in a race) nor "dr" (a doctor).
     */
    static final java.util.Set<String> STREET_ABBREVIATIONS = WordSet.of("st", "ave", "av", "blvd", "rd", "ln",
            "ct", "ter", "pkwy", "hwy", "cir", "trl", "expy");
    private static final java.util.Set<String> LOWER_DIRECTIONS = WordSet.of("n", "s", "e", "w", "ne", "nw", "se", "sw",
            "north", "south", "east", "west");
    /** Words a counted phrase has between a number and a noun that is also a street word ("1 more way", "5 min drive"). */
    private static final java.util.Set<String> NOT_STREET_NAMES = WordSet.of("more", "other", "different", "same", "whole",
            "long", "short", "extra", "only", "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "my", "his",
            "her", "their", "our", "your", "its", "year", "years", "yr", "yrs", "kids", "times", "way", "ways", "hour",
            "hours", "hr", "hrs", "min", "mins", "minute", "minutes", "mile", "miles", "day", "days", "week", "weeks",
            "month", "months", "block", "blocks", "step", "steps", "people", "cars", "lanes", "car", "wrong", "right",
            "left", "sessions", "session", "pm", "am", "x", "out", "per", "each", "every", "weird", "bad", "good", "new");

    /**
     * A house number, an optional direction, one to three lower-case name words (or an ordinal) and a USPS suffix:
     * "88 w harrison st", "640 e 9th st", "1200 pleasant valley pkwy". Counted phrases and measures stay.
     */
    private int lowerStreetAddress(Tokens t, int g) {
        int k = g + 1;
        if (k < t.n && t.kind[k] == WORD && LOWER_DIRECTIONS.contains(low(t, k))) {
            k++;
            if (t.isPunct(k, '.')) {
                k++;
            }
        }
        int words = 0;
        while (k < t.n && t.ws[k] == 1 && words < 4) {
            boolean ord = t.kind[k] == ALNUM && ordinal(t, k);
            if (!ord && (t.kind[k] != WORD || isCap(t, k))) {
                return -1;
            }
            String w = low(t, k);
            if (words >= 1 && USPS_SUFFIXES.contains(w)) {
                int end = k;
                if (t.isPunct(end + 1, '.')) {
                    end++;
                }
                return unitAfterAddress(t, end);
            }
            if (!ord && (NOT_STREET_NAMES.contains(w) || (flags(t, k) & (UNIT_OF_MEASURE | Lexicon.NUMBER_WORD
                    | MONTH | WEEKDAY | CLINICAL)) != 0)) {
                return -1;
            }
            words++;
            k++;
        }
        return -1;
    }

    private static String low(Tokens t, int k) {
        return t.text.substring(t.s[k], t.e[k]).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean decimalBefore(Tokens t, int g) {
        return g > 0 && t.ws[g] == 0 && (t.isPunct(g - 1, '.') || t.isPunct(g - 1, '$') || t.isPunct(g - 1, ','));
    }

    /** The address goes on over its unit: ", Apt 2B", " #4", ", 2nd floor rear", ", apto 51", ", Unit 3". */
    private int unitAfterAddress(Tokens t, int end) {
        int u = end + 1;
        if (t.isPunct(u, ',')) {
            u++;
        }
        if (u < t.n && t.kind[u] == WORD && unitAfterStreetWord(t, u)) {
            int v = u + 1;
            if (t.isPunct(v, '.')) {
                v++;
            }
            if (t.isPunct(v, '#')) {
                v++;
            }
            if (v < t.n && (t.kind[v] == NUM || t.kind[v] == ALNUM || (t.kind[v] == WORD && t.len(v) == 1))) {
                end = v;
            }
        } else if (t.isPunct(u, '#') && u + 1 < t.n && (t.kind[u + 1] == NUM || t.kind[u + 1] == ALNUM)) {
            end = u + 1;
        } else if (u < t.n && t.kind[u] == ALNUM && ordinal(t, u) && u + 1 < t.n && t.kind[u + 1] == WORD
                && (eq(t, u + 1, "floor") || eq(t, u + 1, "fl"))) {
            end = u + 1; // ", 2nd floor"
            if (end + 1 < t.n && t.kind[end + 1] == WORD && (eq(t, end + 1, "rear") || eq(t, end + 1, "front")
                    || eq(t, end + 1, "left") || eq(t, end + 1, "right"))) {
                end++;
            }
        } else if (u < t.n && t.kind[u] == WORD && (eq(t, u, "rear") || eq(t, u, "basement") || eq(t, u, "garden"))
                && u > end + 1) {
            end = u; // ", rear", ", basement"
        }
        return end;
    }

    private static boolean unitWord(Tokens t, int i) {
        char c = t.first(i);
        if (c >= 'A' && c <= 'Z') {
            c += 32; // eq() below matches ASCII only, so other chars need no folding
        }
        if (c != 'a' && c != 'u' && c != 's' && c != 'd' && c != 'p' && c != 'f' && c != 'r' && c != 'b' && c != 'l'
                && c != 't') {
            return false;
        }
        return eq(t, i, "apt") || eq(t, i, "apartment") || eq(t, i, "unit") || eq(t, i, "suite") || eq(t, i, "ste")
                || eq(t, i, "apto") || eq(t, i, "depto") || eq(t, i, "dpto") || eq(t, i, "piso") || eq(t, i, "flat");
    }

    /** A unit word that only follows an address: ", floor 2", ", Rm 4", ", Lot 12". */
    private static boolean unitAfterStreetWord(Tokens t, int i) {
        return unitWord(t, i) || eq(t, i, "floor") || eq(t, i, "fl") || eq(t, i, "rm") || eq(t, i, "room")
                || eq(t, i, "bldg") || eq(t, i, "lot") || eq(t, i, "space") || eq(t, i, "trailer");
    }

    private static boolean ordinal(Tokens t, int i) {
        int len = t.len(i);
        if (len < 3 || len > 5) {
            return false;
        }
        String suffix = t.text.substring(t.e[i] - 2, t.e[i]).toLowerCase(java.util.Locale.ROOT);
        if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return false;
        }
        for (int k = t.s[i]; k < t.e[i] - 2; k++) {
            if (!Character.isDigit(t.c[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean luhn(Tokens t, int[] g, int count) {
        int sum = 0;
        boolean dbl = false;
        for (int c = count - 1; c >= 0; c--) {
            for (int k = t.e[g[c]] - 1; k >= t.s[g[c]]; k--) {
                int d = t.c[k] - '0';
                if (dbl) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
                dbl = !dbl;
            }
        }
        return sum % 10 == 0;
    }

    // ---------------------------------------------------------------- context

    /** Flags of the words in the {@code max} tokens before {@code i}, within the sentence. */
    private long contextWords(Tokens t, int i, int max) {
        return contextWords(t, i, max, false);
    }

    /**
     * {@link #contextWords} without an "out" that no "of" follows (round 28): "out" reads a score only as "out of"
     * ("7 out of 10"); otherwise it is a verb's particle, and "moved out 2/20", "kicked out 10/24" date the move.
     */
    private long contextWordsBesideOut(Tokens t, int i, int max) {
        return contextWords(t, i, max, true);
    }

    /**
     * The flags of the words before {@code i} in its sentence; {@code skipParticleOut}: leave out an "out" that no "of"
     * follows.
     */
    private long contextWords(Tokens t, int i, int max, boolean skipParticleOut) {
        long f = 0;
        for (int k = i - 1, seen = 0; k >= 0 && seen < max; k--) {
            if (t.kind[k] == PUNCT) {
                char c = t.first(k);
                if ((c == '.' || c == '!' || c == '?') && t.ws[k + 1 < t.n ? k + 1 : k] != 0) {
                    break;
                }
                continue;
            }
            if (!skipParticleOut || !particleOut(t, k)) {
                f |= flags(t, k);
            }
            seen++;
            if (t.ws[k] == 2) {
                break;
            }
        }
        return f;
    }

    /** An "out" that no "of" follows: a verb's particle ("moved out"), not a score's "out of". */
    private static boolean particleOut(Tokens t, int k) {
        return t.len(k) == 3 && t.text.regionMatches(true, t.s[k], "out", 0, 3)
                && !(k + 1 < t.n && t.len(k + 1) == 2 && t.text.regionMatches(true, t.s[k + 1], "of", 0, 2));
    }

    /**
     * Identifier context before token {@code i}: the nearest specific context word within six
     * words (generic words like "number" or "#" only when nothing specific is near), plus NOT_ID
     * when a clinical-code word is nearer.
     */
    private long context(Tokens t, int i) {
        long weak = 0;
        for (int k = i - 1, seen = 0; k >= 0 && seen < 6; k--) {
            if (t.kind[k] == PUNCT) {
                char c = t.first(k);
                if ((c == '.' || c == '!' || c == '?' || c == ';') && k + 1 < t.n && t.ws[k + 1] != 0
                        && !(c == '.' && numberAbbreviation(t, k - 1))) {
                    break;
                }
                if (c == '#') {
                    weak |= CTX_ID;
                }
                continue;
            }
            if (t.kind[k] == NUM) {
                seen++;
                continue;
            }
            long f = flags(t, k);
            seen++;
            if ((f & NOT_ID) != 0 && (f & ANY_ID_CONTEXT) == 0) {
                return NOT_ID;
            }
            if ((f & ANY_ID_CONTEXT) != 0) {
                if ((f & FILLER) != 0) {
                    weak |= f & ANY_ID_CONTEXT;
                } else {
                    return (f & (ANY_ID_CONTEXT | NOT_ID)) | STRONG_ID;
                }
            }
            if (t.ws[k] == 2) {
                break;
            }
        }
        return weak;
    }

    /** "No." and "Nos." before a number abbreviate "number": their full stop ends no sentence. */
    private static boolean numberAbbreviation(Tokens t, int k) {
        return k >= 0 && t.kind[k] == WORD && t.ws[k + 1] == 0 && (eq(t, k, "no") || eq(t, k, "nos"));
    }

    /**
     * "bed 14B", "locker #212", "room 318" on an inpatient unit: the number of a bed, a locker or a room in a
     * facility records where a client was, so it goes with the client's other identifiers; the last token, or
     * -1. A room is such a record only where the sentence names a stay (hospital, unit, ward, jail, shelter,
     * dorm...); an office's "room 3" or a "group room" is not.
     */
    private int facilityRecord(Tokens t, int start) {
        int last = start;
        int p = start - 1;
        if (t.isPunct(p, '#') || t.isPunct(p, '.') && numberAbbreviation(t, p - 1)) {
            p -= t.isPunct(p, '#') ? 1 : 2;
        }
        if (p < 0 || t.kind[p] != WORD || t.len(p) > 6 || t.kind[start] == NUM && t.len(start) > 4
                || t.kind[start] == ALNUM && !FACILITY_NUMBER.matcher(t.text.substring(t.s[start], t.e[start])).matches()) {
            return -1;
        }
        int n = last + 1;
        if (t.isPunct(n, ':') || n < t.n && t.kind[n] == WORD && (eq(t, n, "am") || eq(t, n, "pm") || eq(t, n, "min")
                || eq(t, n, "minutes") || eq(t, n, "hours") || eq(t, n, "hrs") || eq(t, n, "times") || eq(t, n, "nights")
                || eq(t, n, "days") || eq(t, n, "weeks"))) {
            return -1; // "bed 10:30", "bed 3 nights"
        }
        if (eq(t, p, "bed") || eq(t, p, "locker") || eq(t, p, "cell") || eq(t, p, "bunk")) {
            return last;
        }
        if (!(eq(t, p, "room") || eq(t, p, "rm")) || p >= 1 && t.kind[p - 1] == WORD && (eq(t, p - 1, "group")
                || eq(t, p - 1, "exam") || eq(t, p - 1, "waiting") || eq(t, p - 1, "therapy")
                || eq(t, p - 1, "conference") || eq(t, p - 1, "office") || eq(t, p - 1, "class"))) {
            return -1;
        }
        for (int k = Math.max(0, start - 12); k < Math.min(t.n, start + 12); k++) {
            if (t.kind[k] == WORD && FACILITY_STAY.contains(t.text.substring(t.s[k], t.e[k])
                    .toLowerCase(java.util.Locale.ROOT))) {
                return last;
            }
        }
        return -1;
    }

    private static final Pattern FACILITY_NUMBER = Pattern.compile("[0-9]{1,4}[A-Za-z]?|[A-Za-z][0-9]{1,4}");

    /** Words that make a room number part of a stay: where the client slept, was held or was treated. */
    private static final java.util.Set<String> FACILITY_STAY = WordSet.of("hospital", "hospitalized",
            "inpatient", "admitted", "admission", "unit", "ward", "floor", "icu", "er", "ed", "psych", "rehab",
            "residential", "detox", "shelter", "jail", "dorm", "hotel", "motel", "nursing", "facility", "discharged",
            "stay", "staying", "bed");

    private static String idType(long ctx) {
        if ((ctx & CTX_MRN) != 0) {
            return PhiCategory.MRN;
        }
        if ((ctx & CTX_PLAN) != 0) {
            return PhiCategory.HEALTH_PLAN;
        }
        if ((ctx & CTX_VEHICLE) != 0) {
            return PhiCategory.VEHICLE;
        }
        if ((ctx & CTX_LICENSE) != 0) {
            return PhiCategory.LICENSE;
        }
        if ((ctx & CTX_ACCOUNT) != 0) {
            return PhiCategory.ACCOUNT;
        }
        if ((ctx & CTX_DEVICE) != 0) {
            return PhiCategory.DEVICE;
        }
        if ((ctx & CTX_SSN) != 0) {
            return PhiCategory.SSN;
        }
        if ((ctx & CTX_FAX) != 0) {
            return PhiCategory.FAX;
        }
        if ((ctx & CTX_PHONE) != 0 && (ctx & CTX_ID) == 0) {
            return PhiCategory.PHONE;
        }
        if ((ctx & (CTX_ID | CTX_PHONE)) != 0) {
            return PhiCategory.ID;
        }
        return null;
    }

    // ---------------------------------------------------------------- alphanumerics

    private static final Pattern AGE_GLUED = Pattern.compile("(?i)(9\\d|1[01]\\d|12[0-5])(yo|yof|yom|yrs?|y/o)");

    private int alnum(Tokens t, int i, List<PhiSpan> out) {
        if ((eq(t, i, "1er") || eq(t, i, "1re")) && i + 1 < t.n && t.ws[i + 1] == 1
                && (flags(t, i + 1) & (MONTH | Lexicon.FOREIGN_MONTH)) != 0) {
            int end = yearAfter(t, i + 1);
            int from = i >= 1 && (eq(t, i - 1, "le") || eq(t, i - 1, "du") || eq(t, i - 1, "au")) ? i - 1 : dateStart(t, i);
            emit(t, out, from, end, PhiCategory.DATE, 0.85); // "le 1er avril", "1er janvier 2024"
            return end + 1;
        }
        if (britishPlate(t, i)) {
            emit(t, out, i, i + 1, PhiCategory.VEHICLE, 0.85);
            return i + 2;
        }
        if (underscore(t, i, i)) {
            int last = i;
            while (last + 2 < t.n && t.ws[last + 1] == 0 && t.isPunct(last + 1, '.') && t.kind[last + 2] != PUNCT
                    && t.ws[last + 2] == 0) {
                last += 2;
            }
            emit(t, out, i, last, PhiCategory.USERNAME, 0.8); // notes never use underscores
            return last + 1;
        }
        if (t.len(i) >= 3 && t.len(i) <= 6 && (t.first(i) == '9' || t.first(i) == '1')
                && AGE_GLUED.matcher(t.text.substring(t.s[i], t.e[i])).matches()) {
            emit(t, out, i, i, PhiCategory.AGE, 0.85); // "93yo", "91yof": an age over 89 with its unit glued on
            return i + 1;
        }
        int decade = decadeAge(t, i);
        if (decade >= 0) {
            emit(t, out, decade, i, PhiCategory.AGE, 0.8); // "in her late 90s"
            return i + 1;
        }
        int room = facilityRecord(t, i);
        if (room >= 0) {
            emit(t, out, i, room, PhiCategory.ID, 0.75);
            return room + 1;
        }
        if ((t.first(i) == 'N' || t.first(i) == 'M') && ProperNounContext.remarkCode(t.text, t.s[i], t.e[i])) {
            return i + 1; // "RARC N386": a payer's remark, no one's number
        }
        int postcode = postcode(t, i);
        if (postcode > i) {
            emit(t, out, i, postcode, PhiCategory.ZIP, 0.8);
            return postcode + 1;
        }
        // the whole dash-joined token: "D482-1937-6650", "1EG4-TE5-MK73", "XJH4432219"
        int last = idTail(t, i);
        int letters = 0;
        int digits = 0;
        StringBuilder compact = new StringBuilder(24);
        for (int k = i; k <= last; k++) {
            if (t.kind[k] == PUNCT) {
                continue;
            }
            for (int c = t.s[k]; c < t.e[k]; c++) {
                char ch = t.c[c];
                compact.append(Character.toUpperCase(ch));
                if (Character.isDigit(ch)) {
                    digits++;
                } else {
                    letters++;
                }
            }
        }
        // clinical shapes: ICD-10 codes, doses, ordinals, times, "PHQ9"
        if (last == i) {
            if (icd10(t, i) || ordinal(t, i) || doseOrTime(t, i)) {
                if (ordinal(t, i)) {
                    int corner = intersection(t, i);
                    if (corner > i) {
                        emit(t, out, i, corner, PhiCategory.ADDRESS, 0.8);
                        return corner + 1;
                    }
                    if (i + 1 < t.n && t.ws[i + 1] == 1 && (isCap(t, i + 1) && (flags(t, i + 1) & STREET) != 0
                            || t.kind[i + 1] == WORD && STREET_ABBREVIATIONS.contains(low(t, i + 1)))) {
                        int end = i + 1;
                        if (t.isPunct(end + 1, '.') && t.ws[end + 1] == 0) {
                            end++;
                        }
                        end = cornerTail(t, end); // "35th Street and Halsted", "W 25th Pl"
                        emit(t, out, i, end, PhiCategory.ADDRESS, 0.8);
                        return end + 1;
                    }
                    if (t.len(i) >= 4 && ordinalValue(t, i) >= 90 && ordinalValue(t, i) <= 125 && (i + 1 < t.n
                            && t.kind[i + 1] == WORD && eq(t, i + 1, "birthday") || possessorBefore(t, i)
                            && (i + 1 >= t.n || t.kind[i + 1] == PUNCT))) {
                        emit(t, out, i, i, PhiCategory.AGE, 0.85); // "her 95th birthday" tells an age over 89
                        return i + 1;
                    }
                    return ordinalDate(t, i, out);
                }
                return skipIcdTail(t, i);
            }
            if ((flags(t, i) & (CLINICAL | STOP | UNIT_OF_MEASURE)) != 0) {
                return i + 1;
            }
        }
        String id = compact.toString();
        if (id.length() == 17 && vin(id)) {
            emit(t, out, i, last, PhiCategory.VEHICLE, 0.95);
            return last + 1;
        }
        if (id.length() == 11 && mbi(id)) {
            emit(t, out, i, last, PhiCategory.HEALTH_PLAN, 0.9);
            return last + 1;
        }
        long ctx = context(t, i);
        if (t.kind[i] == WORD) {
            ctx |= flags(t, i) & ANY_ID_CONTEXT; // "MRN-00482913", "SN-88213-KX"
        }
        if ((ctx & NOT_ID) != 0) {
            return last + 1;
        }
        if ((ctx & CTX_VEHICLE) != 0 && id.length() <= 4 && last + 1 < t.n && t.ws[last + 1] == 1
                && (t.kind[last + 1] == NUM || t.kind[last + 1] == ALNUM) && t.len(last + 1) <= 4) {
            emit(t, out, i, last + 1, PhiCategory.VEHICLE, 0.85); // "plate 7JK 392": a plate written in two groups
            return last + 2;
        }
        if (underscore(t, i, last)) {
            emit(t, out, i, last, PhiCategory.USERNAME, 0.8); // "h0ney_trap99": notes never use underscores
            return last + 1;
        }
        if (decade(t, i, last)) {
            return last + 1; // "mid-2000s", "late-90s": a time of life, not a code
        }
        if (digits >= 2 && id.length() >= 4) {
            String type = idType(ctx);
            if (type != null && !type.equals(PhiCategory.PHONE)) {
                emit(t, out, i, last, type, 0.85);
                return last + 1;
            }
            if ((digits >= 5 && letters >= 1 && id.length() >= 7 || last > i && digits >= 4 && id.length() >= 5)
                    && !formName(t, i, last)) {
                emit(t, out, i, last, PhiCategory.ID, 0.6); // "E-20931", "LUC-S-2290371"
                return last + 1;
            }
        }
        if (digits >= 1 && letters >= 2 && id.length() >= 5 && upperCode(t, i, last)) {
            emit(t, out, i, last, PhiCategory.ID, 0.6); // "8GM2KL", "SOBR4LF": a code in capitals
            return last + 1;
        }
        return last + 1;
    }

    /** "form DS-2019", "the I-864 form", "a CMS-1500 claim form": the name of a form, which names nobody. */
    private boolean formName(Tokens t, int i, int last) {
        int p = prevWord(t, i);
        if (p >= 0 && eq(t, p, "the")) {
            p = prevWord(t, p);
        }
        if (p >= 0 && (eq(t, p, "form") || eq(t, p, "forms"))) {
            return true;
        }
        int n = last + 1;
        if (n < t.n && t.kind[n] == WORD && t.ws[n] == 1 && (eq(t, n, "claim") || eq(t, n, "visa"))) {
            n++;
        }
        return n < t.n && t.kind[n] == WORD && t.ws[n] == 1 && (eq(t, n, "form") || eq(t, n, "forms")
                || eq(t, n, "petition") || eq(t, n, "application"));
    }

    /** "mid-2000s", "early-90s", "late-1980s": a word of time, a hyphen and a decade. */
    private static boolean decade(Tokens t, int i, int last) {
        if (last != i + 2 || t.kind[i] != WORD || !t.isPunct(i + 1, '-')) {
            return false;
        }
        int a = t.s[last];
        int z = t.e[last];
        if (z - a != 3 && z - a != 5 || t.c[z - 1] != 's') {
            return false;
        }
        for (int c = a; c < z - 1; c++) {
            if (!Character.isDigit(t.c[c])) {
                return false;
            }
        }
        return eq(t, i, "mid") || eq(t, i, "early") || eq(t, i, "late") || eq(t, i, "pre") || eq(t, i, "post");
    }

    private static final Pattern UK_OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern UK_INWARD = Pattern.compile("[0-9][A-Z]{2}");
    private static final Pattern CA_FSA = Pattern.compile("[A-Z][0-9][A-Z]");
    private static final Pattern CA_LDU = Pattern.compile("[0-9][A-Z][0-9]");

    /** A UK ("N19 3SB") or Canadian ("M5V 2T6") postcode: its last token, or {@code i}. */
    private static int postcode(Tokens t, int i) {
        if (i + 1 >= t.n || t.ws[i + 1] != 1 || t.kind[i + 1] != ALNUM) {
            return i;
        }
        String a = t.text.substring(t.s[i], t.e[i]);
        String b = t.text.substring(t.s[i + 1], t.e[i + 1]);
        if (UK_OUTWARD.matcher(a).matches() && UK_INWARD.matcher(b).matches()
                || CA_FSA.matcher(a).matches() && CA_LDU.matcher(b).matches()) {
            return i + 1;
        }
        return i;
    }

    private static boolean underscore(Tokens t, int from, int to) {
        for (int k = t.s[from]; k < t.e[to]; k++) {
            if (t.c[k] == '_') {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits, letters all capitals, no dash: a serial, plate or product code. */
    private static boolean upperCode(Tokens t, int from, int to) {
        if (from != to) {
            return false;
        }
        for (int k = t.s[from]; k < t.e[to]; k++) {
            if (Character.isLowerCase(t.c[k])) {
                return false;
            }
        }
        return true;
    }

    /** "63rd and Cottage Grove", "47th & Ashland": a street corner. */
    private int intersection(Tokens t, int i) {
        int k = i + 1;
        if (k >= t.n || t.ws[k] != 1) {
            return i;
        }
        boolean and = t.kind[k] == WORD && eq(t, k, "and");
        if (!(and || t.isPunct(k, '&'))) {
            return i;
        }
        k++;
        int end = i;
        while (k < t.n && t.ws[k] == 1 && (isCap(t, k) || (t.kind[k] == ALNUM && ordinal(t, k))) && k - i <= 4
                && (flags(t, k) & (STOP | CLINICAL)) == 0) {
            end = k;
            k++;
        }
        return end;
    }

    private int skipIcdTail(Tokens t, int i) {
        if (t.isPunct(i + 1, '.') && t.ws[i + 1] == 0 && i + 2 < t.n && t.ws[i + 2] == 0
                && (t.kind[i + 2] == NUM || t.kind[i + 2] == ALNUM)) {
            return i + 3;
        }
        return i + 1;
    }

    private static boolean icd10(Tokens t, int i) {
        int len = t.len(i);
        if (len != 3) {
            return false;
        }
        char a = t.first(i);
        return a >= 'A' && a <= 'Z' && a != 'U' && Character.isDigit(t.c[t.s[i] + 1])
                && Character.isLetterOrDigit(t.c[t.s[i] + 2]);
    }

    private boolean doseOrTime(Tokens t, int i) {
        int k = t.s[i];
        while (k < t.e[i] && (Character.isDigit(t.c[k]))) {
            k++;
        }
        if (k == t.s[i] || k == t.e[i] || k - t.s[i] >= 6) {
            return false; // six digits and more are no dose or count: "48120937X" is a member number's check letter
        }
        for (int c = k; c < t.e[i]; c++) {
            if (Character.isDigit(t.c[c])) {
                return false;
            }
        }
        return (lex.get(t.c, k, t.e[i]) & UNIT_OF_MEASURE) != 0;
    }

    /** The number of an ordinal token: 95 for "95th". */
    private static long ordinalValue(Tokens t, int i) {
        long v = 0;
        for (int c = t.s[i]; c < t.e[i] - 2; c++) {
            v = v * 10 + (t.c[c] - '0');
        }
        return v;
    }

    private int ordinalDate(Tokens t, int i, List<PhiSpan> out) {
        long day = ordinalValue(t, i);
        if (day < 1 || day > 31) {
            return i + 1;
        }
        int m = i + 1;
        if (m < t.n && t.kind[m] == WORD && eq(t, m, "of")) {
            m++;
        }
        if (m < t.n && (flags(t, m) & MONTH) != 0 && monthWord(t, m)) {
            int end = yearAfter(t, m);
            emit(t, out, dateStart(t, i), end, PhiCategory.DATE, 0.9);
            return end + 1;
        }
        // "on the 14th", "can we do the 14th instead?", "Tuesday the 3rd"; not "the 3rd relapse"
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")
                && (dayNotCount(t, i) || ofTheMonth(t, i) > i || dayCueBefore(t, p - 1) && !countedAfter(t, i))) {
            int end = ofTheMonth(t, i);
            emit(t, out, dateStart(t, i), end, PhiCategory.DATE, 0.8);
            return end + 1;
        }
        // "Saturday 16th", "Mon, 3rd": a weekday names the day whatever follows
        int w = t.isPunct(p, ',') ? p - 1 : p;
        if (w >= 0 && t.kind[w] == WORD && (flags(t, w) & WEEKDAY) != 0 && !countedAfter(t, i)) {
            emit(t, out, dateStart(t, i), i, PhiCategory.DATE, 0.8);
            return i + 1;
        }
        return i + 1;
    }

    /** "the 17th of next month", "the 3rd of this month": the date's last token, or {@code i}. */
    private static int ofTheMonth(Tokens t, int i) {
        if (i + 3 < t.n && eq(t, i + 1, "of") && (eq(t, i + 2, "next") || eq(t, i + 2, "this") || eq(t, i + 2, "the")
                || eq(t, i + 2, "last")) && eq(t, i + 3, "month")) {
            return i + 3;
        }
        return i;
    }

    /**
     * A word before "the Nth" that makes it a day of the month: "on", "by", "until", "before", "after",
     * "since", "through" or a weekday ("moved it to Saturday the 16th", "due by the 3rd").
     */
    private boolean dayCueBefore(Tokens t, int q) {
        return q >= 0 && t.kind[q] == WORD && (eq(t, q, "on") || eq(t, q, "by") || eq(t, q, "until")
                || eq(t, q, "till") || eq(t, q, "through") || eq(t, q, "since") || eq(t, q, "before")
                || eq(t, q, "after") || eq(t, q, "from") || eq(t, q, "til") || eq(t, q, "thru")
                || eq(t, q, "due") || eq(t, q, "around") || eq(t, q, "starting") || eq(t, q, "effective")
                || (flags(t, q) & WEEKDAY) != 0 || eventVerb(t, q) >= 0 || meetingOrMoveBefore(t, q)
                || dayPartOf(t, q));
    }

    /** Words of a day or its part that "of" joins to the day it names: "the night of the 4th", "the weekend of". */
    private static final java.util.Set<String> DAY_PARTS_BEFORE_OF = WordSet.of("night", "morning", "evening",
            "afternoon", "day", "weekend", "week");

    /** Word {@code q} is "of" after a day or a part of one: "the night of the 4th" (round 38). */
    private static boolean dayPartOf(Tokens t, int q) {
        return eq(t, q, "of") && q >= 1 && t.kind[q - 1] == WORD && DAY_PARTS_BEFORE_OF.contains(low(t, q - 1));
    }

    /** Verbs that set a meeting on a day: "see you the 3rd", "moved it to the ninth", "pushed to the 2nd". */
    private static final String[] MOVE_VERBS = {"move", "moved", "moving", "push", "pushed", "switch", "switched",
        "change", "changed", "reschedule", "rescheduled", "bump", "bumped"};

    /**
     * Word {@code q} closes a verb of meeting or moving a day: "see you" or "meet you" ("see you the third"), or
     * "to" after a verb of moving with or without "it" between ("can we move to the 2nd", "pushed it to the ninth").
     */
    private static boolean meetingOrMoveBefore(Tokens t, int q) {
        if (eq(t, q, "you")) {
            return q >= 1 && t.kind[q - 1] == WORD && (eq(t, q - 1, "see") || eq(t, q - 1, "meet"));
        }
        if (!eq(t, q, "to") || q < 1 || t.kind[q - 1] != WORD) {
            return false;
        }
        int v = eq(t, q - 1, "it") && q >= 2 && t.kind[q - 2] == WORD ? q - 2 : q - 1;
        return lowerIn(t, v, MOVE_VERBS);
    }

    /** After "the Nth": a counted thing ("the 3rd time", "on the 2nd floor", "the 5th session"), so no date. */
    private boolean countedAfter(Tokens t, int i) {
        int k = i + 1;
        if (k >= t.n || t.kind[k] != WORD || t.ws[k] == 0) {
            return false;
        }
        if (everyMonthAfter(t, i)) {
            return true;
        }
        for (String w : COUNTED) {
            if (eq(t, k, w)) {
                return true;
            }
        }
        return (flags(t, k) & UNIT_OF_MEASURE) != 0;
    }

    /** "the first of each month", "the 15th of every month": a day that comes back, no one date (round 35). */
    private static boolean everyMonthAfter(Tokens t, int i) {
        return i + 2 < t.n && t.kind[i + 1] == WORD && eq(t, i + 1, "of") && t.kind[i + 2] == WORD
                && (eq(t, i + 2, "each") || eq(t, i + 2, "every"));
    }

    private static final String[] COUNTED = {"time", "times", "session", "sessions", "visit", "visits", "grade",
        "grader", "floor", "place", "round", "try", "attempt", "attempts", "step", "steps", "percentile", "birthday",
        "anniversary", "child", "kid", "baby", "one", "ones", "period", "shift", "inning", "quarter", "draft", "edition",
        "version", "chapter", "page", "lesson", "level", "stage", "trimester", "cycle", "dose", "relapse", "episode",
        "admission", "hospitalization", "marriage", "husband", "wife", "year", "month", "week", "day", "night",
        "person", "call", "text", "rehab", "job", "school", "semester", "term", "street", "st", "ave",
        "avenue", "district", "ward", "precinct", "amendment", "century", "cousin", "generation", "gen", "question",
        "questions", "item", "items", "problem", "exercise", "worksheet", "module"};

    /** After "the Nth": nothing, punctuation or a little word, so N names a day, not a count ("the 3rd time"). */
    private boolean dayNotCount(Tokens t, int i) {
        int k = i + 1;
        if (everyMonthAfter(t, i)) {
            return false;
        }
        if (k >= t.n || t.kind[k] != WORD || (flags(t, k) & SLANG) != 0) {
            return true; // "pushed to the 28th ugh"
        }
        for (String w : AFTER_A_DAY) {
            if (eq(t, k, w)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] AFTER_A_DAY = {"instead", "and", "at", "for", "or", "so", "but", "when", "because",
        "then", "is", "was", "if", "to", "until", "through", "thru", "since", "before", "after", "in", "on", "unless",
        "which", "that", "she", "he", "they", "we", "i", "you", "it", "about", "with", "from", "by", "regarding",
        "re", "during", "night", "morning", "afternoon", "evening"};

    /** A date's first token, moved back over "the" and a weekday: "Tuesday the 3rd", "Thursday, Oct. 10". */
    private int dateStart(Tokens t, int i) {
        int start = i;
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")) {
            start = p;
            p--;
        }
        if (t.isPunct(p, ',')) {
            p--;
        }
        if (t.isPunct(p, '.') && p >= 1 && t.ws[p] == 0) {
            p--; // "Mon., Oct. 7"
        }
        if (p >= 0 && t.kind[p] == WORD && (flags(t, p) & WEEKDAY) != 0 && !t.claimed[p]) {
            start = p;
        } else if (p >= 0 && foreignWeekdayStart(t, p) >= 0) {
            start = foreignWeekdayStart(t, p); // "jueves 6/2", "sexta-feira, 12 de setembro", "thứ Hai, ngày 3"
        }
        return start;
    }

    /**
     * The first token of a weekday in another language that ends at {@code p} ("jueves", "segunda-feira", "thứ
     * Hai", "Lunes"; calendar-names.txt), or -1. Only a date follows a weekday with a day number after it.
     */
    private int foreignWeekdayStart(Tokens t, int p) {
        if (p < 0 || p >= t.n || t.kind[p] != WORD) {
            return -1;
        }
        if (eq(t, p, "feira") && p >= 2 && t.isPunct(p - 1, '-') && t.ws[p] == 0 && t.ws[p - 1] == 0
                && CalendarNames.weekday(wordText(t, p - 2))) {
            return p - 2;
        }
        if (p >= 1 && t.kind[p - 1] == WORD && t.ws[p] == 1 && CalendarNames.twoWordWeekday(wordText(t, p - 1), wordText(t, p))) {
            return p - 1;
        }
        return CalendarNames.weekday(wordText(t, p)) ? p : -1;
    }

    /**
     * Tagalog's ordinal day, "ika-" and a day number, with its month after "ng" ("ika-3 ng Marso") or its weekday
     * before it ("Lunes, ika-5"): the last token of the date, or {@code i}. "ika-3 na beses" counts times.
     */
    private int tagalogDay(Tokens t, int i) {
        if (!eq(t, i, "ika") || !t.isPunct(i + 1, '-') || t.ws[i + 1] != 0 || i + 2 >= t.n || t.kind[i + 2] != NUM
                || t.ws[i + 2] != 0 || t.len(i + 2) > 2 || value(t, i + 2) < 1 || value(t, i + 2) > 31) {
            return i;
        }
        if (i + 4 < t.n && eq(t, i + 3, "ng") && (flags(t, i + 4) & (MONTH | Lexicon.FOREIGN_MONTH)) != 0) {
            return i + 4;
        }
        return dateStart(t, i) < i ? i + 2 : i;
    }

    private static String wordText(Tokens t, int i) {
        return t.text.substring(t.s[i], t.e[i]);
    }

    private static final String[] DAY_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"};

    /** "twenty-third", "ninth", "thirty-first": the last token of a day written as an ordinal word, or -1. */
    private int dayWord(Tokens t, int k) {
        if (k >= t.n || t.kind[k] != WORD) {
            return -1;
        }
        if ((eq(t, k, "twenty") || eq(t, k, "thirty")) && t.isPunct(k + 1, '-') && t.ws[k + 1] == 0 && k + 2 < t.n
                && t.ws[k + 2] == 0) {
            for (int d = 0; d < 9; d++) {
                if (eq(t, k + 2, DAY_WORDS[d])) {
                    return k + 2;
                }
            }
            return -1;
        }
        for (String d : DAY_WORDS) {
            if (eq(t, k, d)) {
                return k;
            }
        }
        return -1;
    }

    /** VIN: 17 chars without I, O, Q, with the check digit in position 9. */
    static boolean vin(String v) {
        String values = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
        int[] translit = {1, 2, 3, 4, 5, 6, 7, 8, 0, 1, 2, 3, 4, 5, 0, 7, 0, 9, 2, 3, 4, 5, 6, 7, 8, 9};
        int sum = 0;
        boolean letters = false;
        for (int k = 0; k < 17; k++) {
            char c = v.charAt(k);
            int val;
            if (c >= '0' && c <= '9') {
                val = c - '0';
            } else if (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q') {
                val = translit[c - 'A'];
                letters = true;
            } else {
                return false;
            }
            sum += val * weights[k];
        }
        int check = sum % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return letters && v.charAt(8) == expected && values.length() > 0;
    }

    /** Medicare Beneficiary Identifier: C A AN N A AN N A A N N, letters without S L O I B Z. */
    static boolean mbi(String m) {
        String pattern = "CAXNAXNAANN";
        for (int k = 0; k < 11; k++) {
            char c = m.charAt(k);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z' && "SLOIBZ".indexOf(c) < 0;
            switch (pattern.charAt(k)) {
                case 'C':
                    if (!(digit && c != '0')) {
                        return false;
                    }
                    break;
                case 'N':
                    if (!digit) {
                        return false;
                    }
                    break;
                case 'A':
                    if (!letter) {
                        return false;
                    }
                    break;
                default:
                    if (!(digit || letter)) {
                        return false;
                    }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- words

    private int word(Tokens t, int i, List<PhiSpan> out) {
        int tagalogDay = tagalogDay(t, i);
        if (tagalogDay > i) {
            emit(t, out, dateStart(t, i), tagalogDay, PhiCategory.DATE, 0.85); // "ika-3 ng Marso", "Lunes, ika-5"
            return tagalogDay + 1;
        }
        // the filter of holiday first words first: it is one probe, the slot's test reads the words before
        if (WordTable.mayContain(holidayStarts, t.hash[i]) && holidaySlot(t, i)
                && (flags(t, i) & (Lexicon.HOLIDAY | Lexicon.PHRASE_START)) != 0) {
            int day = holidayOnDay(t, i, flags(t, i), out); // "relapsed on New Year's Eve", "sober since thanksgiving"
            if (day > i) {
                return day + 1;
            }
        }
        if (!upper(t.first(i)) && placeSlot(t, i) && (WordTable.mayContain(placeStarts, t.hash[i])
                || districtWord(t, i + 1) || districtWord(t, i + 2))) {
            int place = lowercasePlace(t, i, out);
            if (place > i) {
                return place + 1; // "picked up hours at costco", "we live in the south loop"
            }
        }
        if (!upper(t.first(i)) && t.first(i) != 'p' && !t.isPunct(i + 1, '-') && !WordTable.mayContain(selfCues, t.hash[i])
                && !unitWord(t, i) && !(t.len(i) == 2 && t.isPunct(i + 1, '.') && eq(t, i, "ul"))
                && !(t.isPunct(i + 1, '#') && t.ws[i + 1] == 0)) {
            int p = i - 1;
            if (t.isPunct(p, ',')) {
                p--;
            }
            boolean cueBefore = p >= 0 && t.kind[p] == WORD && (WordTable.mayContain(nameCues, t.hash[p])
                    || p >= 1 && eq(t, p, "and") && eq(t, p - 1, "me") || selfIntroduction(t, p));
            boolean verbAfter = i + 1 < t.n && t.kind[i + 1] == WORD && t.ws[i + 1] == 1
                    && WordTable.mayContain(personVerbs, t.hash[i + 1]);
            boolean andPerson = p >= 1 && t.kind[p] == WORD && eq(t, p, "and") && t.claimed[p - 1];
            boolean pair = i + 2 < t.n && t.kind[i + 1] == WORD && eq(t, i + 1, "and") && t.kind[i + 2] == WORD
                    && !upper(t.first(i + 2));
            boolean reddit = t.len(i) == 1 && t.isPunct(i + 1, '/') && t.ws[i + 1] == 0;
            if (!cueBefore && !verbAfter && !andPerson && !pair && !reddit) {
                return i + 1; // most words: lowercase, no cue around them, nothing to find
            }
        }
        long f = flags(t, i);
        if (i + 1 < t.n && t.kind[i + 1] == WORD && t.ws[i + 1] == 1 && isCap(t, i) && isCap(t, i + 1)
                && ProperNounContext.storm(t.text, t.s[i + 1])) {
            return i + 2; // "Hurricane Helene": a storm, neither a place nor a person
        }
        if (t.isPunct(i + 1, '-') && t.ws[i + 1] == 0 && i + 2 < t.n && t.ws[i + 2] == 0
                && (t.kind[i + 2] == NUM || t.kind[i + 2] == ALNUM)) {
            if (((f & CLINICAL) != 0 || ((f & (STOP | UNIT_OF_MEASURE)) != 0 || t.len(i) <= 2
                    && (f & ANY_ID_CONTEXT) == 0) && t.len(i + 2) <= 2) && !(t.kind[i + 2] != WORD && t.len(i + 2) >= 4)) {
                int skipped = skipClinicalDash(t, i); // "PHQ-9", "GAD-7", "COVID-19", "Type-2"
                if (skipped > i) {
                    return skipped;
                }
                return alnum(t, i, out);
            }
            if ((f & ANY_ID_CONTEXT) == 0 || (f & CTX_DEVICE) != 0 || allCaps(t, i)) {
                return alnum(t, i, out); // "XJH-443-2219", "SN-88213-KX", "AUTH-55120-B"
            }
        }
        if ((allCaps(t, i) || t.len(i) == 1 && upper(t.first(i))) && t.len(i) <= 4 && i + 1 < t.n
                && t.kind[i + 1] == NUM && t.ws[i + 1] == 1 && t.len(i + 1) <= 5 && (context(t, i) & CTX_VEHICLE) != 0) {
            emit(t, out, i, i + 1, PhiCategory.VEHICLE, 0.85); // "plate KTR 4471"
            return i + 2;
        }
        if ((f & MONTH) != 0 && (monthWord(t, i) || lowercaseMonthDay(t, i))) {
            int end = monthDate(t, i);
            int pointer = monthWord(t, i) ? relativeMonthStart(t, i) : -1;
            if (end > i || pointer >= 0) {
                emit(t, out, pointer >= 0 ? pointer : dateStart(t, i), end, PhiCategory.DATE, 0.9);
                return end + 1;
            }
        }
        if ((f & MONTH) != 0 && monthWord(t, i) && i + 2 < t.n && t.ws[i + 1] == 0 && t.ws[i + 2] == 0
                && (t.isPunct(i + 1, '\u2013') || t.isPunct(i + 1, '-')) && (flags(t, i + 2) & MONTH) != 0
                && monthWord(t, i + 2) && rangeEventBefore(t, i)) {
            emit(t, out, i, i + 2, PhiCategory.DATE, 0.85); // "sober Jan\u2013Feb", "since the arrest in Nov-Dec"
            return i + 3;
        }
        if ((f & Lexicon.FOREIGN_MONTH) != 0 && i + 1 < t.n && t.kind[i + 1] == NUM && t.ws[i + 1] == 1
                && t.len(i + 1) <= 2 && value(t, i + 1) >= 1 && value(t, i + 1) <= 31 && upper(t.first(i))
                && !eq(t, i, "mayo") && !eq(t, i, "mai") && !eq(t, i, "mars")
                && !(i + 2 < t.n && t.kind[i + 2] == WORD && (flags(t, i + 2) & UNIT_OF_MEASURE) != 0)) {
            emit(t, out, i, i + 1, PhiCategory.DATE, 0.85); // "Disyembre 15", "Marzo 3": a month, then its day
            return i + 2;
        }
        if ((f & Lexicon.FOREIGN_MONTH) != 0 && i + 1 < t.n && t.kind[i + 1] == NUM && t.ws[i + 1] == 1
                && t.len(i + 1) == 4 && value(t, i + 1) >= 1900 && value(t, i + 1) <= 2100) {
            emit(t, out, foreignDayBefore(t, i), i + 1, PhiCategory.DATE, 0.85); // "Hunyo 2021", "Lipiec 2019"
            return i + 2;
        }
        if (t.kind[i] == WORD && t.len(i) >= 3 && holidayContext(t, i) && HOLIDAYS.contains(t.text.substring(t.s[i], t.e[i])
                .toLowerCase(java.util.Locale.ROOT))) {
            int end = holidayDate(t, i, out);
            if (end > i || t.claimed[i]) {
                return end + 1;
            }
        }
        if ((f & Lexicon.NUMBER_WORD) != 0) {
            int spelled = spelledDateOrAge(t, i, out);
            if (spelled > i) {
                return spelled;
            }
        }
        if ((f & CTX_USER) != 0 && !multiplier(t, i)) {
            int end = handleAfter(t, i, out);
            if (end > i) {
                return end;
            }
        }
        if (poBox(t, i)) {
            int k = i;
            while (k < t.n && !(t.kind[k] == NUM)) {
                k++;
            }
            emit(t, out, i, k, PhiCategory.ADDRESS, 0.9);
            return k + 1;
        }
        int rural = ruralBox(t, i);
        if (rural > i) {
            emit(t, out, i, rural, PhiCategory.ADDRESS, 0.85);
            return rural + 1;
        }
        int abroad = streetAbroad(t, i);
        if (abroad >= 0) {
            int from = i > 0 && t.kind[i - 1] == NUM && t.ws[i] == 1 && !t.claimed[i - 1] && abroad > i ? i - 1 : i;
            emit(t, out, from, abroad, PhiCategory.ADDRESS, 0.8);
            return abroad + 1;
        }
        if (unitWord(t, i) && (isCap(t, i) || eq(t, i, "apartment") || eq(t, i, "apt"))) {
            int v = i + 1;
            if (t.isPunct(v, '#')) {
                v++;
            }
            if (v < t.n && t.ws[v] <= 1 && (t.kind[v] == ALNUM || (t.kind[v] == NUM && t.len(v) <= 5))) {
                int end = v;
                if (t.isPunct(v + 1, ',') && v + 2 < t.n && t.kind[v + 2] == NUM) {
                    int street = streetAddress(t, v + 2);
                    if (street > v + 2) {
                        end = street; // "Flat 2, 17 Marlowe Road"
                    }
                }
                emit(t, out, i, end, PhiCategory.ADDRESS, 0.8);
                return end + 1;
            }
        }
        int handle = handleShape(t, i, out);
        if (handle > i) {
            return handle;
        }
        if (eq(t, i, "nonagenarian") || eq(t, i, "centenarian") || eq(t, i, "supercentenarian")) {
            emit(t, out, i, i, PhiCategory.AGE, 0.8); // the word tells an age over 89
            return i + 1;
        }
        int decade = eq(t, i, "nineties") ? decadeAge(t, i) : -1;
        if (decade >= 0) {
            emit(t, out, decade, i, PhiCategory.AGE, 0.8); // "in his early nineties"
            return i + 1;
        }
        if (allCaps(t, i) && t.len(i) <= 5 && (f & (VOCABULARY | CLINICAL | STATE | TITLE | KIN | UNIT_OF_MEASURE
                | ANY_ID_CONTEXT | SLANG | MONTH | WEEKDAY | STOP | Lexicon.PHRASE_START)) == 0
                && !(i + 1 < t.n && t.ws[i + 1] == 1 && isCap(t, i + 1)) && institutionCue(t, i)) {
            emit(t, out, i, i, PhiCategory.LOCATION, 0.7); // "a sophomore at NIU", "her UIC student ID", "works for CPD"
            return i + 1;
        }
        if (!upper(t.first(i))) {
            return namesAndPlaces(t, i, f, out);
        }
        // "Toronto Alexithymia Scale", "Geneva Convention": a title, no place and no person. Reading a title's
        // words is costly and most capitalized words are neither, so the readers below run first and the
        // title is asked only when they found something; what they wrote is then taken back.
        int found = out.size();
        if (t.journaled == null) {
            t.journaled = new int[t.n];
        }
        t.journal = 0;
        t.journaling = true;
        int next = namesAndPlaces(t, i, f, out);
        t.journaling = false;
        if ((next != i + 1 || out.size() != found) && ProperNounContext.eponymousTitle(t.text, t.s[i], t.e[i])) {
            out.subList(found, out.size()).clear();
            for (int k = 0; k < t.journal; k++) {
                t.claimed[t.journaled[k]] = false;
            }
            return i + 1;
        }
        return next;
    }

    /** The street, business, phrase, organization, person and place readers of word(), in that order. */
    private int namesAndPlaces(Tokens t, int i, long f, List<PhiSpan> out) {
        if (upper(t.first(i)) && (flags(t, i) & STREET) != 0) {
            int street = streetWordFirst(t, i, out);
            if (street > i) {
                return street; // "Avenida Reforma 220" before "at Avenida ..." reads as a venue
            }
        }
        if ((f & (Lexicon.STORE | Lexicon.TEAM | Lexicon.PHRASE_START)) != 0
                && (upper(t.first(i)) || (f & Lexicon.PHRASE_START) != 0 && phrase(t, i, Lexicon.STORE) > i)) {
            // a chain of two or more words is one written lowercase too: "at the planet fitness on western"
            int business = business(t, i, f, out);
            if (business > i) {
                return business;
            }
        }
        int phrase = vocabularyPhrase(t, i);
        int cue = prevWord(t, i);
        if (phrase > i && !(cue >= 0 && (flags(t, cue) & (KIN | TITLE | NAMING)) != 0 && (f & (FIRST | SURNAME)) != 0)) {
            return phrase + 1; // "Christmas Eve", "Serenity Prayer", "The Body Keeps the Score"; not "her son Michael Jordan Reyes"
        }
        if (upper(t.first(i)) && t.len(i) > 3 && t.c[t.e[i] - 1] == 's'
                && (lex.get(t.c, t.s[i], t.e[i] - 1) & VOCABULARY) != 0) {
            return i + 1; // "Wednesdays", "Saturdays"
        }
        int end = upper(t.first(i)) ? organization(t, i, f, out) : i;
        if (end > i) {
            return end;
        }
        if (upper(t.first(i)) || eq(t, i, "ul")) {
            end = streetWordFirst(t, i, out);
            if (end > i) {
                return end;
            }
        }
        if (upper(t.first(i))) {
            end = streetWithoutNumber(t, i, f, out);
            if (end > i) {
                return end;
            }
            end = hyphenatedName(t, i, out);
            if (end > i) {
                return end;
            }
        }
        end = person(t, i, f, out);
        if (end > i) {
            return end;
        }
        end = place(t, i, f, out);
        if (end > i) {
            return end;
        }
        return i + 1;
    }

    /** "the twenty-third of September", "ninety-three" (an age). */
    private int spelledDateOrAge(Tokens t, int i, List<PhiSpan> out) {
        if (vocabularyPhrase(t, i) > i) {
            return i; // "Fourth of July" is a holiday, not a date of the client's
        }
        int day = dayWord(t, i);
        if (day >= 0) {
            int m = day + 1;
            if (m < t.n && t.kind[m] == WORD && eq(t, m, "of")) {
                m++;
            }
            if (m < t.n && (flags(t, m) & MONTH) != 0 && monthWord(t, m) && m > day + 1) {
                int end = yearAfter(t, m);
                emit(t, out, dateStart(t, i), end, PhiCategory.DATE, 0.85);
                return end + 1;
            }
            // "on the nineteenth", "can we move to the thirtieth?": a day of the month without the month
            int p = i - 1;
            if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")
                    && (dayNotCount(t, day) || dayCueBefore(t, p - 1) && !countedAfter(t, day))) {
                boolean high = day > i || !(eq(t, i, "first") || eq(t, i, "second") || eq(t, i, "third")
                        || eq(t, i, "fourth") || eq(t, i, "fifth") || eq(t, i, "sixth") || eq(t, i, "seventh")
                        || eq(t, i, "eighth") || eq(t, i, "ninth") || eq(t, i, "tenth"));
                int q = p - 1;
                boolean cue = dayCueBefore(t, q);
                if (high || cue) {
                    emit(t, out, dateStart(t, i), day, PhiCategory.DATE, 0.75);
                    return day + 1;
                }
            }
            return i;
        }
        if (eq(t, i, "ninety") || eq(t, i, "hundred") && i >= 1 && (eq(t, i - 1, "a") || eq(t, i - 1, "one"))) {
            int end = i;
            if (t.isPunct(i + 1, '-') && t.ws[i + 1] == 0 && i + 2 < t.n && t.kind[i + 2] == WORD) {
                end = i + 2;
            } else if (eq(t, i, "hundred") && i + 2 < t.n && eq(t, i + 1, "and") && t.kind[i + 2] == WORD
                    && (flags(t, i + 2) & Lexicon.NUMBER_WORD) != 0 || i + 2 < t.n && eq(t, i + 1, "and")
                    && eq(t, i, "hundred") && smallNumberWord(t, i + 2)) {
                end = i + 2; // "a hundred and two"
            } else if (eq(t, i, "ninety") && i + 1 < t.n && t.ws[i + 1] == 1 && t.kind[i + 1] == WORD
                    && t.len(i + 1) <= 5 && smallNumberWord(t, i + 1) && !eq(t, i + 1, "ten")) {
                end = i + 1; // "ninety two", as speech-to-text writes it
            }
            int next = end + 1;
            if (next < t.n && t.kind[next] == WORD && (flags(t, next) & UNIT_OF_MEASURE) != 0
                    && !eq(t, next, "years") && !(eq(t, next, "in") && next + 1 < t.n && t.kind[next + 1] != PUNCT)) {
                return i; // "ninety minutes"; "ninety-three in March" is no length in inches
            }
            if (next < t.n && t.kind[next] == WORD && (eq(t, next, "percent") || eq(t, next, "times"))) {
                return i;
            }
            if (scoreOrCountAround(t, eq(t, i, "hundred") ? i - 1 : i, next)) {
                return i; // "scored one hundred and twelve", "count back from one hundred by sevens" (round 35)
            }
            emit(t, out, eq(t, i, "hundred") ? i - 1 : i, end, PhiCategory.AGE, 0.8);
            return end + 1;
        }
        return i;
    }

    /** Words of a score or a count before a spelled number: it is no age there. */
    private static final String[] SCORE_OR_COUNT = {"score", "scored", "scores", "scoring", "count", "counted",
        "counting", "counts", "backwards", "backward", "points", "iq", "tally", "reps"};

    /**
     * A score or a count around a spelled number from {@code s} ({@code next} the word after it): a word of
     * {@link #SCORE_OR_COUNT} in the eight tokens before, or "by" and a plural number word after ("by sevens"), or
     * "points" after.
     */
    private static boolean scoreOrCountAround(Tokens t, int s, int next) {
        for (int k = s - 1; k >= 0 && k >= s - 8; k--) {
            if (t.kind[k] == PUNCT && ".!?".indexOf(t.first(k)) >= 0) {
                break;
            }
            if (t.kind[k] == WORD) {
                for (String w : SCORE_OR_COUNT) {
                    if (eq(t, k, w)) {
                        return true;
                    }
                }
            }
        }
        return next < t.n && t.kind[next] == WORD && (eq(t, next, "points") || eq(t, next, "by") && next + 1 < t.n
                && t.kind[next + 1] == WORD && (eq(t, next + 1, "sevens") || eq(t, next + 1, "threes")
                || eq(t, next + 1, "fives") || eq(t, next + 1, "twos") || eq(t, next + 1, "tens")));
    }

    private static final String[] SMALL_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    private static boolean smallNumberWord(Tokens t, int k) {
        for (String w : SMALL_NUMBERS) {
            if (eq(t, k, w)) {
                return true;
            }
        }
        return false;
    }

    private static int skipClinicalDash(Tokens t, int i) {
        int k = i;
        for (int m = i + 2; m < t.n && t.isPunct(m - 1, '-') && t.ws[m - 1] == 0 && t.ws[m] == 0; m += 2) {
            int digits = 0;
            for (int c = t.s[m]; c < t.e[m]; c++) {
                digits += Character.isDigit(t.c[c]) ? 1 : 0;
            }
            if (digits >= 4) {
                return i; // "CPS-CB-0081273": an identifier, not "PHQ-9"
            }
        }
        while (k + 2 < t.n && t.isPunct(k + 1, '-') && t.ws[k + 1] == 0 && t.ws[k + 2] == 0 && t.kind[k + 2] != PUNCT) {
            k += 2;
        }
        return k + 1;
    }

    /**
     * The word before {@code i} is one after which a holiday can name the day of an event (cheap test, before any
     * lookup): "on", "since", "last", "until", an article, "after", "of", Spanish "en", "desde", "el", "la".
     */
    private static boolean holidaySlot(Tokens t, int i) {
        int p = i - 1;
        if (p < 0 || t.kind[p] == PUNCT && ".!?".indexOf(t.first(p)) >= 0) {
            return true; // "Memorial Day weekend we went camping": holidayOnDay reads a sentence's start
        }
        if (t.kind[p] != WORD || t.ws[i] != 1) {
            return false;
        }
        if (eventVerb(t, p) >= 0) {
            return true; // "relapsed Easter Sunday", "moved out Thanksgiving weekend"
        }
        if (eq(t, p, "over") || eq(t, p, "during") || eq(t, p, "around") || eq(t, p, "at") || eq(t, p, "for")
                || eq(t, p, "this") || eq(t, p, "next") || eq(t, p, "that") || lowerIn(t, p, SCHEDULING)) {
            return true; // "hospitalized over Christmas", "at Easter brunch", "for Labor Day weekend": holidayOnDay reads them
        }
        if (t.len(p) > 5) {
            return false;
        }
        return eq(t, p, "on") || eq(t, p, "since") || eq(t, p, "last") || eq(t, p, "past") || eq(t, p, "until")
                || eq(t, p, "till") || eq(t, p, "til") || eq(t, p, "the") || eq(t, p, "after") || eq(t, p, "before")
                || eq(t, p, "of") || eq(t, p, "en") || eq(t, p, "desde") || eq(t, p, "hasta") || eq(t, p, "el")
                || eq(t, p, "la");
    }

    /** Verbs of a life event whose object can be the day it happened, without "on": "relapsed Easter Sunday". */
    private static final String[] EVENT_VERBS = {"relapsed", "died", "passed", "born", "overdosed", "od'd",
            "moved", "left", "separated", "divorced", "married", "quit", "arrested", "hospitalized", "admitted",
            "discharged", "attempted", "deployed", "graduated", "proposed", "miscarried", "evicted", "released",
            "murió", "falleció", "nació", "recayó"};
    /** Particles of a phrasal event verb: "moved out", "broke up", "ran away", "kicked out". */
    private static final String[] EVENT_PARTICLES = {"out", "away", "up", "in", "back", "home"};

    /**
     * The first token of a life-event verb ending right before {@code p + 1} ("relapsed", "moved out", "kicked
     * out", "broke up", "ran away"), or -1. Its object can be the day of the event.
     */
    private static int eventVerb(Tokens t, int p) {
        if (p < 0 || t.kind[p] != WORD) {
            return -1;
        }
        if (lowerIn(t, p, EVENT_VERBS)) {
            return p;
        }
        if (lowerIn(t, p, EVENT_PARTICLES) && p >= 1 && t.kind[p - 1] == WORD && t.ws[p] == 1
                && (lowerIn(t, p - 1, EVENT_VERBS) || lowerIn(t, p - 1, PHRASAL_EVENT_VERBS))) {
            return p - 1;
        }
        return -1;
    }

    /** Verbs of the schedule right before a holiday: "skip Memorial Day", "working Christmas", "miss Easter". */
    private static final String[] SCHEDULING = {"skip", "miss", "missed", "cancel", "move", "reschedule", "book",
            "working", "work", "worked"}; // "Spent Memorial Day at the Lake" stays (PatternPhiDetectorTest)
    /** Words that open a clause after a holiday at a sentence's start: "Memorial Day weekend we went camping". */
    private static final String[] CLAUSE_SUBJECTS = {"i", "we", "he", "she", "they", "my", "his", "her", "our",
            "their", "me", "mom", "dad", "pt", "client"};
    /** One day's gatherings a holiday names: "at Easter brunch", "during Thanksgiving dinner" (round 19). */
    private static final String[] GATHERINGS = {"brunch", "dinner", "lunch", "party", "cookout", "barbecue", "bbq",
            "picnic", "gathering", "dance", "parade", "service", "mass"};
    /** Words before a holiday's weekend that make it a closure's, no event's: "closed over Labor Day weekend". */
    private static final String[] CLOSINGS = {"closed", "close", "closes", "open", "off", "shut"};
    /** Verbs that name a life event only with a particle: "kicked out", "broke up", "ran away". */
    private static final String[] PHRASAL_EVENT_VERBS = {"kicked", "broke", "split", "ran", "came", "checked",
            "locked", "threw"};

    /**
     * Whether token {@code p}'s lowercase is in {@code words}: asked of most words (the holiday slot), so an ASCII
     * word is compared in place (its lowercase has its length) and only other words build the lowercase string.
     */
    private static boolean lowerIn(Tokens t, int p, String[] words) {
        char[] c = t.c;
        int s = t.s[p];
        int len = t.e[p] - s;
        for (int k = s; k < s + len; k++) {
            if (c[k] >= 128) {
                String lower = t.text.substring(s, s + len).toLowerCase(java.util.Locale.ROOT);
                return java.util.Arrays.asList(words).contains(lower);
            }
        }
        for (String w : words) {
            if (w.length() == len && eq(t, p, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A holiday tied to an event of the person's: "relapsed on New Year's Eve", "sober since Thanksgiving", "her
     * father died last Christmas Eve", "the week after Diwali", "murió en Nochebuena", "la Navidad pasada". Under
     * Safe Harbor the day of an event is a date element however it is written, as "last November" is. A holiday
     * that modifies a noun ("on Christmas presents", "since Thanksgiving break"), a custom ("on Christmas she always
     * visits"), "the last Christmas" and a holiday without such a word before it ("Easter brunch was hard", "the
     * holidays") stay; a birthday names no day. Returns the date's last token, or {@code i}.
     */
    private int holidayOnDay(Tokens t, int i, long f, List<PhiSpan> out) {
        int end = (f & Lexicon.PHRASE_START) != 0 ? phrase(t, i, Lexicon.HOLIDAY) : i;
        for (int k = i + 1; k < t.n && k <= i + 6 && (f & Lexicon.PHRASE_START) != 0; k++) {
            if (t.kind[k] == PUNCT && t.first(k) == '-' && t.ws[k] == 0 && k + 1 < t.n && t.ws[k + 1] == 0) {
                continue; // "Eid al-Fitr", "Eid-ul-Adha": the phrase reader stops at a hyphen
            }
            if (t.kind[k] != WORD || t.ws[k] > 1 || t.ws[k] == 0 && !t.isPunct(k - 1, '-')) {
                break;
            }
            if ((lex.get(t.c, t.s[i], t.e[k]) & Lexicon.HOLIDAY) != 0 && k > end) {
                end = k;
            }
        }
        if (end == i && (f & Lexicon.HOLIDAY) == 0) {
            return i;
        }
        int n = end + 1;
        int holidayEnd = end;
        if (n < t.n && t.kind[n] == WORD && t.ws[n] == 1 && (eq(t, n, "day") || eq(t, n, "eve") || eq(t, n, "morning")
                || eq(t, n, "night") || eq(t, n, "evening") || eq(t, n, "afternoon") || eq(t, n, "weekend")
                || eq(t, n, "sunday") || eq(t, n, "week"))) {
            end = n++; // "Christmas morning", "Easter weekend", "Easter Sunday", "Thanksgiving week"
        }
        boolean weekend = end > i && eq(t, end, "weekend");
        // round 41: a noun after a holiday's time word modifies the time word, not the holiday ("since Memorial Day
        // weekend fight"): the holiday is still read by its cue, and the span keeps to the holiday
        boolean timed = end > holidayEnd && nounAfter(t, n);
        if (timed) {
            end = holidayEnd;
        }
        boolean gathering = false;
        int y = n < t.n && t.kind[n] == WORD && eq(t, n, "of") ? n + 1
                : t.isPunct(n, ',') && t.ws[n] == 0 && n + 1 < t.n && t.kind[n + 1] == NUM ? n + 1 : n;
        if (y < t.n && t.kind[y] == NUM && t.ws[y] == 1 && t.len(y) == 4 && value(t, y) >= 1900 && value(t, y) <= 2100) {
            end = y; // "since Thanksgiving 2024", "Christmas of 2019": the year belongs to the date
            n = y + 1;
        }
        boolean shortYear = apostropheYear(t, y) > y;
        if (shortYear) {
            end = y + 1; // "Christmas '15", "Thanksgiving of '19": one day of one year, whatever the cue
            n = y + 2;
        }
        boolean past = n < t.n && t.kind[n] == WORD && t.ws[n] == 1 && (eq(t, n, "pasada") || eq(t, n, "pasado"));
        if (past) {
            end = n; // "la Navidad pasada"
        } else if (n < t.n && t.kind[n] == WORD && t.ws[n] == 1 && lowerIn(t, n, GATHERINGS)) {
            end = n; // "at Easter brunch": one day's gathering, dated when a preposition of time or place puts it
            gathering = true;
        } else if (!timed && nounAfter(t, n)) {
            return i; // "Christmas lights", "Halloween costume"
        } else if (n < t.n && t.kind[n] == WORD && (eq(t, n, "is") || eq(t, n, "was") || eq(t, n, "are")
                || eq(t, n, "were") || eq(t, n, "will") || eq(t, n, "falls") || eq(t, n, "fell") || eq(t, n, "comes")
                || eq(t, n, "came") || eq(t, n, "es") || eq(t, n, "fue"))) {
            return i; // "Since Christmas is coming": the holiday is a clause's subject, "since" gives a reason
        }
        int from = i;
        int p = i - 1;
        boolean article = p >= 0 && t.kind[p] == WORD && (eq(t, p, "the") || eq(t, p, "el") || eq(t, p, "la"));
        if (article) {
            p--;
        }
        // round 39: "after Eid this year", "on Easter last year": the year after the holiday pins one day of one year
        boolean yearPinned = n + 1 < t.n && t.kind[n] == WORD && t.kind[n + 1] == WORD && t.ws[n] == 1
                && (eq(t, n, "this") || eq(t, n, "last") || eq(t, n, "that")) && eq(t, n + 1, "year");
        boolean cue = past || shortYear || yearPinned;
        boolean custom = false; // "on Christmas" may be every year's; "since", "last" and "after" point at one
        if (weekend && !article && p >= 0 && t.kind[p] == WORD && !lowerIn(t, p, CLOSINGS)
                && !(p >= 1 && t.kind[p - 1] == WORD && lowerIn(t, p - 1, CLOSINGS))) {
            // "plans for Labor Day weekend", "over Memorial Day weekend": one year's weekend (round 19); as a
            // sentence's subject ("Labor Day weekend at the lake was the first sober holiday") it stays
            cue = true;
            custom = true;
        } else if (p >= 0 && t.kind[p] == WORD && !article && (lowerIn(t, p, SCHEDULING) || eq(t, p, "this")
                || eq(t, p, "next"))) {
            cue = true; // "can we skip Memorial Day", "this Easter", "next Thanksgiving": one day of a year
            custom = true;
            from = eq(t, p, "this") || eq(t, p, "next") ? p : i;
        } else if ((gathering || weekend) && !article && sentenceStart(t, i) && n < t.n && t.kind[n] == WORD
                && lowerIn(t, n, CLAUSE_SUBJECTS)) {
            cue = true; // "Memorial Day weekend we went camping": the phrase dates the clause after it (round 19)
            custom = true;
        } else if (gathering && article && eq(t, i - 1, "the") && !sentenceStart(t, i - 1)) {
            cue = true; // "at the Memorial Day cookout", "ruined the Easter brunch": one day's gathering
            custom = true;
        }
        if (p >= 0 && t.kind[p] == WORD && !cue) {
            if (eventVerb(t, p) >= 0) {
                cue = true; // "relapsed Easter Sunday", "died the Fourth of July, 1986": the verb's day
                from = article && eq(t, i - 1, "the") ? i - 1 : i; // "el" stays out, as Spanish dates are marked
            } else if (!article && (eq(t, p, "last") || eq(t, p, "past") && p >= 1 && eq(t, p - 1, "this"))) {
                from = eq(t, p, "past") ? p - 1 : p;
                cue = !(from >= 1 && eq(t, from - 1, "the")); // "the last Christmas we had": the final one
            } else if (eq(t, p, "since") || eq(t, p, "until") || eq(t, p, "till") || eq(t, p, "til")
                    || eq(t, p, "desde") || eq(t, p, "hasta")) {
                cue = true;
            } else if ((eq(t, p, "over") || eq(t, p, "during") || eq(t, p, "around")) && eventVerb(t, p - 1) >= 0) {
                cue = true; // "hospitalized over Christmas": the event's day, as after "on"
                custom = true;
            } else if (gathering && (eq(t, p, "at") || eq(t, p, "during") || eq(t, p, "after") || eq(t, p, "since")
                    || eq(t, p, "before") || eq(t, p, "from"))) {
                cue = true; // "the fight started at Easter brunch" (round 19); "Easter brunch was hard" stays

            } else if (eq(t, p, "on") || eq(t, p, "en")) {
                cue = true;
                custom = true;
            } else if ((eq(t, p, "after") || eq(t, p, "before") || eq(t, p, "of")) && p >= 1 && t.kind[p - 1] == WORD
                    && (eq(t, p - 1, "day") || eq(t, p - 1, "night") || eq(t, p - 1, "week") || eq(t, p - 1, "weekend")
                    || eq(t, p - 1, "morning") || eq(t, p - 1, "evening") || eq(t, p - 1, "eve")
                    || (flags(t, p - 1) & WEEKDAY) != 0)) {
                from = p >= 2 && eq(t, p - 2, "the") ? p - 2 : p - 1; // "the week after Easter"
                cue = true;
            } else if ((eq(t, p, "after") || eq(t, p, "before")) && !article && p >= 1 && t.kind[p - 1] == WORD
                    && (eventVerb(t, p - 1) >= 0 || eq(t, p - 1, "right") || eq(t, p - 1, "just")
                    || eq(t, p - 1, "since"))) {
                cue = true; // "died right before Memorial Day", "relapsed after Christmas" (round 19)
                custom = true;
            } else if (article && !eq(t, i - 1, "the") && !sentenceStart(t, i - 1) && !(eq(t, p, "de")
                    || eq(t, p, "del") || eq(t, p, "a") || eq(t, p, "para") || eq(t, p, "por") || eq(t, p, "con")
                    || eq(t, p, "durante") || eq(t, p, "sobre") || eq(t, p, "que") || eq(t, p, "y"))) {
                cue = true; // "murió el Día de los Muertos": a Spanish article alone dates the verb
                custom = true;
            }
        }
        if (!cue || custom && customary(t, i)) {
            return i;
        }
        return dateIfUnclaimed(t, out, from, end, 0.8) ? end : i;
    }

    /** Emits a date over tokens {@code from..end} unless another rule has claimed one of them. */
    private boolean dateIfUnclaimed(Tokens t, List<PhiSpan> out, int from, int end, double score) {
        for (int k = from; k <= end; k++) {
            if (t.claimed[k]) {
                return false;
            }
        }
        emit(t, out, from, end, PhiCategory.DATE, score);
        return true;
    }

    /**
     * A lowercase noun at {@code n} makes the name before it its modifier: "Christmas tree", "Valentine's card",
     * "target practice". Function words, chat words, verbs in -ed and adverbs in -ly are no nouns.
     */
    private boolean nounAfter(Tokens t, int n) {
        if (n >= t.n || t.kind[n] != WORD || t.ws[n] != 1 || !lower(t.first(n))) {
            return false;
        }
        if ((flags(t, n) & (STOP | Lexicon.AUX | Lexicon.SLANG | WEEKDAY | MONTH | Lexicon.PLACE_PREP | KIN
                | Lexicon.NUMBER_WORD)) != 0) {
            return false; // "on Christmas with her", "since Easter tbh", "on Christmas my dad"
        }
        for (int k = n + 1; k < Math.min(t.n, n + 3); k++) {
            if (t.kind[k] == WORD && eq(t, k, "ago")) {
                return false; // "on Memorial Day two years ago": how long ago, no noun the holiday modifies
            }
        }
        int len = t.len(n);
        char a = t.c[t.e[n] - 2];
        char b = t.c[t.e[n] - 1];
        if (len > 3 && (a == 'e' && b == 'd' || a == 'l' && b == 'y')) {
            return false; // "since Thanksgiving basically", "on Easter relapsed"
        }
        return !WordList.spanish().isCommonWord(t.text, t.s[n], t.e[n]);
    }

    /** The word before {@code i}, past "the", puts someone somewhere: "at", "from", "to", "in", "near", "works for". */
    private static boolean placeSlot(Tokens t, int i) {
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")) {
            p--;
        }
        if (p < 0 || t.kind[p] != WORD || t.len(p) > 7) {
            return false;
        }
        return eq(t, p, "at") || eq(t, p, "from") || eq(t, p, "to") || eq(t, p, "in") || eq(t, p, "near")
                || eq(t, p, "outside") || eq(t, p, "for") || eq(t, p, "by") || eq(t, p, "behind") || eq(t, p, "inside")
                || eq(t, p, "into") || eq(t, p, "around");
    }

    /**
     * A place written without capitals in a place slot ({@link #placeSlot}): a store chain, restaurant or employer
     * of the lists ("got hours at costco", "meet me at panera", "she works for kroger"; a chain whose name is an
     * English word, "target", only before no noun: not "target practice"); a neighbourhood or town of the lists,
     * with a compass word before it ("in the south loop", "moved to east rogers park"); a compass word before an
     * unknown word ("north plainfieldia"); a run ending in a district word ("the mission district", "crown
     * heights"). Generic places ("the gym", "the pharmacy", "work", "school") are on no list and stay. The last
     * token, or {@code i}.
     */
    private int lowercasePlace(Tokens t, int i, List<PhiSpan> out) {
        long f = flags(t, i);
        int end = (f & Lexicon.PHRASE_START) != 0 ? phrase(t, i, Lexicon.STORE) : i;
        if (end > i || (f & Lexicon.STORE) != 0 && t.len(i) >= 3) {
            boolean word = end == i && ordinary(t, i);
            int p = prevWord(t, i);
            if (p >= 0 && eq(t, p, "the")) {
                p = prevWord(t, p);
            }
            if (word && !(employerBefore(t, i) || p >= 0 && (eq(t, p, "at") || eq(t, p, "to")) && !nounAfter(t, i + 1))
                    || eq(t, p, "in") && word) {
                return i;
            }
            end = possessive(t, end);
            if (!placeContext(t, i, end)) {
                return i;
            }
            emit(t, out, i, end, PhiCategory.LOCATION, 0.7);
            return end;
        }
        if (t.kind[i] != WORD || (f & (STOP | Lexicon.SLANG | KIN | MONTH | WEEKDAY)) != 0 && (f & DIRECTION) == 0) {
            return i; // function words are no place's start here: most words after "to" and "in", and cheap to skip
        }
        boolean function = (f & STATE) != 0 && (f & DIRECTION) == 0; // "kansas" of "kansas city": only a longer name
        if (function && (eq(t, i, "the") || eq(t, i, "a") || eq(t, i, "an") || i + 1 >= t.n || !lower(t.first(i + 1)))) {
            return i; // "in the Bronx", "to New York": the capital rules read those
        }
        int k = i;
        if ((f & DIRECTION) != 0 && t.len(i) >= 4) {
            if (i + 1 >= t.n || t.kind[i + 1] != WORD || t.ws[i + 1] != 1 || !lower(t.first(i + 1))) {
                return i;
            }
            k = i + 1; // "south loop", "west humboldt park"
        }
        int best = -1;
        int m = k;
        for (int words = 1; words <= 3 && m < t.n; words++) {
            if (words > 1) {
                m++;
                if (m >= t.n || t.kind[m] != WORD || t.ws[m] != 1) {
                    break;
                }
            }
            long cf = lex.get(t.c, t.s[k], t.e[m]);
            if ((cf & CITY) != 0 && (cf & STATE) == 0) {
                best = m; // not "new york", a state as well, which Safe Harbor allows
            }
        }
        if (best >= 0 && (k > i || best > k || !function && !ordinary(t, k)
                && (flags(t, k) & (VOCABULARY | FIRST | SURNAME)) == 0)) {
            emit(t, out, i, best, PhiCategory.LOCATION, 0.7);
            return best;
        }
        if (function) {
            return i;
        }
        if (k > i && (flags(t, k) & (STOP | VOCABULARY | Lexicon.SLANG | CLINICAL)) == 0 && !ordinary(t, k)
                && t.len(k) >= 4 && !WordList.spanish().isCommonWord(t.text, t.s[k], t.e[k])) {
            emit(t, out, i, k, PhiCategory.LOCATION, 0.7); // "north plainfieldia"
            return k;
        }
        int d = k + 1;
        if (!districtWord(t, d) && d + 1 < t.n && t.kind[d] == WORD && t.ws[d] == 1 && (flags(t, d) & STOP) == 0) {
            d++; // "the old town district": two words before the district word
        }
        if (districtWord(t, d)
                && !GENERIC_QUALIFIERS.contains(lowerWord(t, d - 1)) && (flags(t, d - 1) & (STOP | CLINICAL)) == 0
                && !GENERIC_QUALIFIERS.contains(lowerWord(t, i))) {
            emit(t, out, i, d, PhiCategory.LOCATION, 0.7); // "the mission district", "crown heights"
            return d;
        }
        return i;
    }

    private static String lowerWord(Tokens t, int k) {
        return t.text.substring(t.s[k], t.e[k]).toLowerCase(java.util.Locale.ROOT);
    }

    /** Last words of a neighbourhood's name that are rarely anything else after a place word. */
    private static boolean districtWord(Tokens t, int k) {
        return k < t.n && t.kind[k] == WORD && t.ws[k] == 1 && (eq(t, k, "district") || eq(t, k, "heights")
                || eq(t, k, "borough") || eq(t, k, "township") || eq(t, k, "barrio") || eq(t, k, "colonia"));
    }

    /** Words before a district word that make it a kind of district, not one: "the school district". */
    private static final java.util.Set<String> GENERIC_QUALIFIERS = WordSet.of("school", "water", "fire", "sewer",
            "park", "police", "business", "shopping", "historic", "financial", "garment", "theater", "theatre",
            "entertainment", "fashion", "warehouse", "industrial", "congressional", "electoral", "voting", "court",
            "judicial", "legislative", "sales", "new", "great", "dizzying", "lofty", "same", "other", "whole", "entire",
            "local", "county", "city", "town", "downtown", "red", "light", "central", "ward", "my", "our", "your");

    /** Words of a custom rather than one day: "on Christmas she always visits", "every year on Easter". */
    private static boolean customary(Tokens t, int i) {
        for (int k = Math.max(0, i - 8); k < Math.min(t.n, i + 9); k++) {
            if (t.kind[k] == PUNCT && k > i && ".;!?".indexOf(t.first(k)) >= 0) {
                break;
            }
            if (t.kind[k] == WORD && (eq(t, k, "always") || eq(t, k, "every") || eq(t, k, "usually") || eq(t, k, "each")
                    || eq(t, k, "often") || eq(t, k, "typically") || eq(t, k, "siempre") || eq(t, k, "cada")
                    || eq(t, k, "todos"))) {
                return true;
            }
        }
        return false;
    }

    /** A year after, or "after", "before", "of" just before: the only places a holiday names one day (cheap test). */
    private static boolean holidayContext(Tokens t, int i) {
        return i + 1 < t.n && t.kind[i + 1] == NUM || i >= 1 && near(t, i - 1) || i >= 2 && near(t, i - 2);
    }

    private static boolean near(Tokens t, int k) {
        return t.kind[k] == WORD && (eq(t, k, "after") || eq(t, k, "before") || eq(t, k, "of"));
    }

    /** "12 febbraio 2024": the day number before a foreign month, else the month itself. */
    private static int foreignDayBefore(Tokens t, int fm) {
        int d = fm - 1;
        if (t.isPunct(d, '.') && t.ws[fm] == 1 && t.ws[d] == 0) {
            d--; // "3. März 2024"
        }
        if (d >= 0 && t.kind[d] == NUM && t.len(d) <= 2 && value(t, d) >= 1 && value(t, d) <= 31) {
            return d >= 1 && (eq(t, d - 1, "el") || eq(t, d - 1, "le") || eq(t, d - 1, "il")) ? d - 1 : d;
        }
        return fm;
    }

    /** Words before a month range that tie it to an event: "sober Jan\u2013Feb", "since the arrest in Nov\u2013Dec". */
    private static final java.util.Set<String> RANGE_EVENTS = WordSet.of("sober", "clean", "since", "during",
            "between", "until", "relapsed", "hospitalized", "admitted", "deployed", "incarcerated", "inpatient", "stayed",
            "from", "jail", "rehab", "homeless", "separated", "suspended");
    /** Nouns of an event a Spanish or Portuguese day number dates ("la audiencia es el 15"). */
    private static final java.util.Set<String> SPANISH_DATED_EVENTS = WordSet.of("cita", "audiencia", "corte", "juicio",
            "fecha", "consulta", "reunión", "reunion", "entrevista", "vuelo", "cumpleaños", "boda", "cirugía", "cirugia",
            "operación", "operacion", "mudanza", "audiência", "aniversário", "aniversario", "viagem", "viaje",
            "prova", "examen", "exame", "julgamento", "casamento", "velorio", "funeral", "entierro", "enterro");

    private static boolean rangeEventBefore(Tokens t, int i) {
        for (int p = i - 1; p >= Math.max(0, i - 4); p--) {
            if (t.kind[p] == WORD && RANGE_EVENTS.contains(t.text.substring(t.s[p], t.e[p]).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (t.ws[p + 1] == 2) {
                return false;
            }
        }
        return false;
    }

    /**
     * "o dia 8", "no dia 15", "el día 3", and "el 15" after the noun of an event in the sentence: a day of the month in
     * Spanish or Portuguese; the token the span starts at, or -1. A count after it ("el 15 por ciento", "dia 3 de
     * tratamento") is no date.
     */
    private int dayAfterDateWord(Tokens t, int g) {
        if (g < 1 || t.kind[g - 1] != WORD || t.ws[g] != 1) {
            return -1;
        }
        int n = g + 1;
        boolean endsHere = n >= t.n || t.kind[n] == PUNCT && !t.isPunct(n, '%') || t.kind[n] == WORD
                && DAY_FOLLOWERS.contains(t.text.substring(t.s[n], t.e[n]).toLowerCase(java.util.Locale.ROOT));
        if (!endsHere) {
            return -1;
        }
        if (eq(t, g - 1, "dia") || eq(t, g - 1, "día")) {
            return g >= 2 && t.kind[g - 2] == WORD && DAY_ARTICLES.contains(t.text.substring(t.s[g - 2], t.e[g - 2])
                    .toLowerCase(java.util.Locale.ROOT)) ? g - 2 : -1;
        }
        if (!eq(t, g - 1, "el")) {
            return -1;
        }
        for (int p = g - 2; p >= Math.max(0, g - 8); p--) {
            if (t.kind[p] == WORD && SPANISH_DATED_EVENTS.contains(t.text.substring(t.s[p], t.e[p]).toLowerCase(java.util.Locale.ROOT))) {
                return g - 1;
            }
            if (t.ws[p + 1] == 2) {
                break;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> DAY_ARTICLES = WordSet.of("o", "no", "el", "al", "del", "do", "para",
            "pro", "ao", "até", "ate", "desde", "hasta", "un", "um");
    private static final java.util.Set<String> DAY_FOLLOWERS = WordSet.of("y", "o", "e", "que", "pero", "mas", "a",
            "al", "del", "do", "da", "en", "em", "às", "as", "las", "la");

    private static boolean vietWord(Tokens t, int i, String withMarks, String without) {
        String w = t.text.substring(t.s[i], t.e[i]).toLowerCase(java.util.Locale.ROOT);
        return w.equals(withMarks) || w.equals(without);
    }

    /**
     * "last November", "mid-April", "early March 2024", "the end of June": a month of the person's life is a date
     * element under Safe Harbor even without its day; the pointer word is part of the span. A month alone ("October
     * is busy"), and after "since" or "until", which as often date a public event ("the war since February"), stays,
     * as do lowercase "may" and "march".
     */
    private int relativeMonthStart(Tokens t, int i) {
        int p = i - 1;
        if (t.isPunct(p, '-') && t.ws[i] == 0 && t.ws[p] == 0) {
            p--; // "mid-July"
        }
        if (p < 0 || t.kind[p] != WORD || t.claimed[p]) {
            return -1;
        }
        String w = t.text.substring(t.s[p], t.e[p]).toLowerCase(java.util.Locale.ROOT);
        if (w.equals("of") && p >= 1 && (eq(t, p - 1, "end") || eq(t, p - 1, "beginning") || eq(t, p - 1, "middle"))) {
            return p - 1 >= 1 && eq(t, p - 2, "the") ? p - 2 : p - 1; // "the end of August"
        }
        if (!MONTH_POINTERS.contains(w)) {
            return -1;
        }
        if (w.equals("past") && p >= 1 && eq(t, p - 1, "this")) {
            return p - 1; // "this past June"
        }
        return p;
    }

    /**
     * "Easter 2023", "Christmas of 2021", "the Friday after Thanksgiving", "the night of Halloween 2022": a holiday
     * that fixes a day of the person's life; the last token, or {@code i}.
     */
    private int holidayDate(Tokens t, int i, List<PhiSpan> out) {
        int end = i;
        int k = i + 1;
        if (k < t.n && t.kind[k] == WORD && eq(t, k, "of")) {
            k++;
        }
        if (k < t.n && t.kind[k] == NUM && t.len(k) == 4 && value(t, k) >= 1900 && value(t, k) <= 2100) {
            end = k;
        } else if (apostropheYear(t, k) > k) {
            end = k + 1; // "Christmas '15", "Easter of '09"
        }
        int from = i;
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")) {
            p--; // "the Friday after the Fourth"
        }
        if (p >= 1 && t.kind[p] == WORD && (eq(t, p, "after") || eq(t, p, "before")) && t.kind[p - 1] == WORD
                && ((flags(t, p - 1) & WEEKDAY) != 0 || eq(t, p - 1, "day") || eq(t, p - 1, "night")
                || eq(t, p - 1, "week") || eq(t, p - 1, "weekend") || eq(t, p - 1, "morning"))) {
            from = p - 1 >= 1 && eq(t, p - 2, "the") ? p - 2 : p - 1;
        } else if (p >= 2 && eq(t, p, "of") && (eq(t, p - 1, "night") || eq(t, p - 1, "day") || eq(t, p - 1, "eve")
                || eq(t, p - 1, "morning"))) {
            from = eq(t, p - 2, "the") ? p - 2 : p - 1;
        }
        if (from == i && end == i) {
            return i;
        }
        return dateIfUnclaimed(t, out, from, end, 0.85) ? end : i;
    }

    private boolean monthWord(Tokens t, int i) {
        String w = t.text.substring(t.s[i], t.e[i]);
        if (w.equalsIgnoreCase("may") || w.equalsIgnoreCase("march") || w.equalsIgnoreCase("jan")
                || w.equalsIgnoreCase("sun") || w.equalsIgnoreCase("sat")) {
            return upper(w.charAt(0));
        }
        return true;
    }

    /**
     * "march 9", "may 3rd, 2024": in a message written without capitals the months that are also verbs
     * ("march", "may") or names ("jan") are a date when a day follows that counts nothing ("march 9 miles").
     */
    private boolean lowercaseMonthDay(Tokens t, int i) {
        int d = i + 1;
        if (!lower(t.first(i)) || d >= t.n || t.ws[d] != 1 || !(t.kind[d] == NUM && t.len(d) <= 2
                && value(t, d) >= 1 && value(t, d) <= 31 || t.kind[d] == ALNUM && ordinal(t, d))) {
            return false;
        }
        return t.ws[d] == 1 && (d + 1 < t.n && (flags(t, d + 1) & (MONTH | WEEKDAY)) != 0 || dayNotCount(t, d));
    }

    /** "March 14", "Mar. 14th, 2025", "March 2024", "March of 2024". */
    private int monthDate(Tokens t, int i) {
        int k = i + 1;
        if (t.isPunct(k, '-') && t.ws[k] == 0 && k + 1 < t.n && t.kind[k + 1] == NUM && t.ws[k + 1] == 0
                && (t.len(k + 1) == 4 || t.len(k + 1) == 2)) {
            return k + 1; // "May-2021"
        }
        if (k < t.n && t.ws[k] == 1 && dayWord(t, k) >= 0) {
            return yearAfter(t, dayWord(t, k)); // "October twenty-third"
        }
        if (t.isPunct(k, '.') && t.ws[k] == 0) {
            k++;
        }
        if (k < t.n && t.ws[k] == 1) {
            if (t.kind[k] == NUM && t.len(k) <= 2 && value(t, k) >= 1 && value(t, k) <= 31) {
                return yearAfter(t, k);
            }
            if (t.kind[k] == ALNUM && ordinal(t, k)) {
                return yearAfter(t, k);
            }
            if (t.kind[k] == NUM && t.len(k) == 4 && value(t, k) >= 1900 && value(t, k) <= 2100) {
                return k;
            }
            if (t.kind[k] == WORD && eq(t, k, "of") && k + 1 < t.n
                    && t.kind[k + 1] == NUM && t.len(k + 1) == 4) {
                return k + 1;
            }
            int shortYear = apostropheYear(t, k);
            if (shortYear > k) {
                return shortYear; // "dec '19", "June '21": a month of a year the apostrophe shortens
            }
            if (t.kind[k] == WORD && eq(t, k, "of") && k + 1 < t.n && apostropheYear(t, k + 1) > k) {
                return k + 2; // "March of '20"
            }
        }
        if (t.isPunct(k, ',') && k + 1 < t.n && t.kind[k + 1] == NUM && t.len(k + 1) == 4) {
            return k + 1;
        }
        return i;
    }

    private int yearAfter(Tokens t, int k) {
        int m = k + 1;
        if (t.isPunct(m, ',')) {
            m++;
        }
        if ((t.isPunct(m, '\'') || t.isPunct(m, '\u2019')) && m + 1 < t.n && t.kind[m + 1] == NUM && t.len(m + 1) == 2
                && t.ws[m + 1] == 0) {
            return m + 1; // "Jan 5th, '24"
        }
        if (m < t.n && t.kind[m] == NUM && t.len(m) == 4 && t.ws[m] <= 1) {
            long y = value(t, m);
            if (y >= 1900 && y <= 2100) {
                return m;
            }
        }
        return k;
    }

    /**
     * "RR 2 Box 41", "HC 64, Box 2011", "Blk 5 Lot 12": a rural route or highway contract box, or a block and lot
     * (how addresses are written in the Philippines and in subdivisions); the last token, or {@code i}. A bare
     * "RR 18" is a respiratory rate, so a route needs its box.
     */
    private static int ruralBox(Tokens t, int i) {
        boolean route = (eq(t, i, "rr") || eq(t, i, "hc")) && allCaps(t, i);
        boolean block = (eq(t, i, "blk") || eq(t, i, "block")) && upper(t.first(i));
        if (!route && !block) {
            return i;
        }
        int k = i + 1;
        if (t.isPunct(k, '#') || t.isPunct(k, '.') && t.ws[k] == 0) {
            k++;
        }
        if (k >= t.n || t.kind[k] != NUM && t.kind[k] != ALNUM || t.len(k) > 4) {
            return i;
        }
        int m = k + 1;
        if (t.isPunct(m, ',')) {
            m++;
        }
        if (m + 1 < t.n && t.kind[m] == WORD && (route ? eq(t, m, "box") : eq(t, m, "lot"))
                && (t.kind[m + 1] == NUM || t.kind[m + 1] == ALNUM) && t.len(m + 1) <= 5) {
            return m + 1;
        }
        return i;
    }

    /**
     * A street written the way other countries write it: a number before a street word that comes first ("23
     * Rue Laval") or a German compound ending in -straße, -weg, -allee... before its number ("Hauptstraße 12");
     * the last token, or -1.
     */
    private int streetAbroad(Tokens t, int i) {
        boolean numberAfter = i + 1 < t.n && t.ws[i + 1] == 1 && (t.kind[i + 1] == NUM || t.kind[i + 1] == ALNUM);
        boolean numberBefore = i > 0 && t.kind[i - 1] == NUM && t.ws[i] == 1 && t.len(i - 1) <= 5;
        if (!numberAfter && !numberBefore || !isCap(t, i)) {
            return -1; // most capitalized words have no number beside them: no lookups
        }
        if (numberAfter && t.len(i) > 5 && GERMAN_STREET.matcher(t.text.substring(t.s[i], t.e[i])
                .toLowerCase(java.util.Locale.ROOT)).matches()) {
            int n = i + 1;
            if (n < t.n && t.ws[n] == 1 && (t.kind[n] == NUM && t.len(n) <= 4 || t.kind[n] == ALNUM && t.len(n) <= 5
                    && Character.isDigit(t.first(n)))) {
                return n;
            }
            return -1;
        }
        if (!streetWordComesFirst(t, i)) {
            return -1;
        }
        int k = i + 1;
        int last = -1;
        while (k < t.n && t.ws[k] == 1 && t.kind[k] == WORD && k - i <= 4) {
            if (isCap(t, k) && (flags(t, k) & (MONTH | WEEKDAY)) == 0) {
                last = k;
            } else if (!STREET_PARTICLES.contains(t.text.substring(t.s[k], t.e[k]).toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            k++;
        }
        if (last < 0) {
            return -1;
        }
        // "23 Rue Laval": the number before the street word (a number after it is streetWordFirst's)
        return numberBefore ? last : -1;
    }

    /** Whether token {@code i} is one of {@link #STREET_FIRST}, without copying it. */
    private boolean streetWordComesFirst(Tokens t, int i) {
        if ((flags(t, i) & STREET) == 0 && !eq(t, i, "cra") && !eq(t, i, "chemin") && !eq(t, i, "rambla")) {
            return false;
        }
        for (String w : STREET_FIRST) {
            if (eq(t, i, w)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern GERMAN_STREET = Pattern.compile(
            ".+(straße|strasse|str|weg|allee|gasse|platz|damm|ring|ufer|chaussee)");
    /** Street words written before the street's name in Latin America and Europe ("Rua Augusta", "ul. Długa"). */
    private static final java.util.Set<String> STREET_FIRST = WordSet.of("rue", "calle", "avenida", "rua", "via",
            "viale", "piazza", "plaza", "carrera", "cra", "paseo", "travessa", "estrada", "calzada", "camino", "jirón",
            "avenue", "praça", "carretera", "ulica", "ul", "chemin", "rambla");
    private static final java.util.Set<String> STREET_PARTICLES = WordSet.of("de", "del", "la", "las", "los",
            "le", "du", "des", "di", "da", "do", "dos", "das", "della", "dei", "y", "e");

    private boolean poBox(Tokens t, int i) {
        char c0 = t.first(i);
        if ((c0 == 'P' || c0 == 'p') && (t.len(i) == 1 || eq(t, i, "po"))) {
            boolean p = t.len(i) == 1;
            int k = i + 1;
            while (k < t.n && k < i + 5 && t.kind[k] == PUNCT && t.first(k) == '.') {
                k++;
            }
            if (k < t.n && t.kind[k] == WORD && t.first(k) == 'O' && p) {
                k++;
                if (t.isPunct(k, '.')) {
                    k++;
                }
            }
            return k + 1 < t.n && t.kind[k] == WORD && eq(t, k, "box")
                    && t.kind[k + 1] == NUM;
        }
        return false;
    }

    /** A lowercase "x" before a small count is a multiplier, not the platform: "90837 x 4", "pushups x 3 sets". */
    private static boolean multiplier(Tokens t, int i) {
        return t.len(i) == 1 && t.first(i) == 'x' && i + 1 < t.n && t.kind[i + 1] == NUM && t.len(i + 1) <= 3
                && (i + 2 >= t.n || t.ws[i + 2] == 1 || t.kind[i + 2] == PUNCT);
    }

    private int handleAfter(Tokens t, int i, List<PhiSpan> out) {
        int k = i + 1;
        int hops = 0;
        while (k < t.n && hops < 4 && (t.kind[k] == PUNCT || (flags(t, k) & (FILLER | CTX_USER)) != 0)
                && !(t.kind[k] == PUNCT && t.first(k) == '@')) {
            if (t.kind[k] == PUNCT && ".!?".indexOf(t.first(k)) >= 0) {
                return i;
            }
            k++;
            hops++;
        }
        if (k >= t.n || t.kind[k] == PUNCT && t.first(k) != '@') {
            return i;
        }
        int startTok = k;
        int last = k;
        boolean marks = t.first(k) == '@';
        while (last + 1 < t.n && t.ws[last + 1] == 0 && (t.kind[last + 1] != PUNCT
                || ((t.first(last + 1) == '.' || t.first(last + 1) == '-') && last + 2 < t.n && t.ws[last + 2] == 0
                && t.kind[last + 2] != PUNCT))) {
            last++;
            marks = true;
        }
        for (int c = t.s[startTok]; c < t.e[last]; c++) {
            char ch = t.c[c];
            if (ch == '_' || Character.isDigit(ch)) {
                marks = true;
            }
        }
        if (!marks && !(last == startTok && t.kind[startTok] == WORD && t.len(startTok) >= 6
                && !upper(t.first(startTok)) && (flags(t, startTok) & (SLANG | VOCABULARY | STOP)) == 0
                && !english.isOrdinary(t.text, t.s[startTok], t.e[startTok]))) {
            return i; // a handle needs a mark, unless it is words run together no dictionary has ("thequietgardener")
        }
        emit(t, out, startTok, last, PhiCategory.USERNAME, 0.85);
        return last + 1;
    }

    // ---------------------------------------------------------------- people

    private int person(Tokens t, int i, long f, List<PhiSpan> out) {
        boolean cap = upper(t.first(i));
        int p = prevWord(t, i);
        long pf = flags(t, p);
        if (!cap) {
            return lowercasePerson(t, i, f, p, pf, out);
        }
        // "Dr. Alvarez", "Aunt Linda": a title written as one
        boolean title = false;
        int tp = i - 1;
        if (t.isPunct(tp, '.') && t.ws[tp] == 0) {
            tp--;
        }
        if (tp >= 0 && t.kind[tp] == WORD && (flags(t, tp) & TITLE) != 0 && upper(t.first(tp))
                && tp != i) {
            title = true;
        }
        boolean kin = p >= 0 && (pf & KIN) != 0;
        boolean naming = p >= 0 && (pf & NAMING) != 0;
        if (!naming && p >= 0 && eq(t, p, "is")) {
            int pp = prevWord(t, p);
            naming = pp >= 0 && (flags(t, pp) & NAMING) != 0 && "name".regionMatches(true, 0, t.text, t.s[pp], 4);
        }
        boolean cue = title || kin || naming;
        if (describedBy(t, i)) {
            return i + 3; // "Capgras-like beliefs", "Gottman-informed work": a description, not a person
        }
        // "her dog Maple", "dressed as Wonder Woman", "drinks Jameson" name no one; that context is the
        // costliest to read, so it is asked below only where the word would otherwise be written or skipped
        boolean mayNameNoOne = !title && !kin;

        if (t.len(i) == 1) {
            if (mayNameNoOne && namesNoOne(t, i)) {
                return i;
            }
            // initial: "J. Alvarez"
            if (t.isPunct(i + 1, '.') && isCap(t, i + 2) && t.ws[i + 2] == 1
                    && (flags(t, i + 2) & (SURNAME | FIRST)) != 0 && (flags(t, i + 2) & (STOP | CLINICAL)) == 0
                    && t.first(i) != 'I' && t.first(i) != 'A') {
                int end = extendName(t, i + 2);
                emit(t, out, i, end, PhiCategory.PERSON, 0.8);
                return end + 1;
            }
            if (initialAsName(t, i)) {
                int end = t.isPunct(i + 1, '.') && t.ws[i + 1] == 0 ? i + 1 : i;
                emit(t, out, i, end, PhiCategory.PERSON, 0.7);
                return end + 1;
            }
            return i;
        }
        boolean acronym = allCaps(t, i);
        if ((f & CLINICAL) != 0 && !title) {
            return i;
        }
        // "Mounjaro 5 mg", "BuzzFeed": a product, not a person. Reading that context is costly and most words
        // end below with nothing found, so it is asked only where the word would otherwise be skipped or written.
        if (t.isPunct(i + 1, '-') && t.ws[i + 1] == 0 && i + 2 < t.n && t.ws[i + 2] == 0
                && (lex.get(t.c, t.s[i], t.e[i + 2]) & CLINICAL) != 0) {
            return mayNameNoOne && namesNoOne(t, i) || product(t, i, cue) ? i : i + 3; // "Stanley-Brown" safety plan
        }
        boolean first = (f & FIRST) != 0;
        if ((f & EPONYM) != 0 && (citation(t, i) || !cue && (f & (FIRST | SURNAME | CITY)) == 0)) {
            return i; // "Linehan", "Gottman method", "Miller and Rollnick": a citation, not a person
        }
        // a word that is no listed name still acts as one when it owns what people own: "Brick's truck"
        int subjectStrength = first || possessiveAfter(t, i) && sentenceStart(t, i) && (f & (VOCABULARY | KIN | TITLE
                | CLINICAL | Lexicon.PERSON_NOUN | Lexicon.COLLECTIVE)) == 0 ? subjectOfVerb(t, i) : 0;
        boolean subject = subjectStrength >= 2; // "April was discharged", "Hope didn't come"
        if ((f & (MONTH | WEEKDAY)) != 0 && !cue && !subject) {
            return i;
        }
        if (acronym && (f & FIRST) == 0 && !cue && !(t.len(i) == 2 && (f & VOCABULARY) == 0 && strongVerbAfter(t, i))) {
            return i; // acronyms, but "JD wants feedback" is a person's initials
        }
        boolean start = sentenceStart(t, i);
        // a given name that is also an everyday word ("Art", "Willow") needs the context a word-name needs
        boolean stop = (f & STOP) != 0 || first && common(t, i);
        boolean surname = (f & SURNAME) != 0;
        boolean vocabulary = (f & (PUBLIC | STATE | MONTH | WEEKDAY)) != 0;
        boolean unknown = !acronym && (f & (VOCABULARY | STOP | TITLE | CITY)) == 0 && !nameWord(t, i)
                && !ordinary(t, i);
        double score;
        if (cue && (!stop || first || surname)) {
            score = 0.95;
        } else if (first && !stop && !vocabulary) {
            score = 0.85;
        } else if (first && stop && !start && !vocabulary && !(p >= 0 && (eq(t, p, "a") || eq(t, p, "an") || eq(t, p, "the")))) {
            score = 0.7; // "told Rose", not "an Amber Alert"
        } else if ((first || surname) && !vocabulary && !common(t, i)
                && !placePrepBefore(t, i)) {
            score = 0.8; // "Okafor no-showed", "Kowalski from HR": a listed name that is no English word
        } else if (first && strongVerbAfter(t, i)) {
            score = 0.8; // "Destiny said"
        } else if (first && start && !vocabulary && !stop && (anyVerbAfter(t, i) || t.isPunct(i + 1, '(')
                || i + 2 < t.n && eq(t, i + 1, "and") && isCap(t, i + 2) && (flags(t, i + 2) & FIRST) != 0)) {
            score = 0.75; // "Max is already at the max dose", "Sky (they/them) said"
        } else if (!acronym && (f & (KIN | TITLE | Lexicon.PERSON_NOUN | Lexicon.COLLECTIVE | CLINICAL | STATE)) == 0
                && ((f & VOCABULARY) == 0 || first) && calledAfter(t, i)) {
            score = 0.8; // "Cricket is what everyone calls her", "Prince is his first name"
        } else if (first && start && subjectOfVerb(t, i) >= 1 && lowercaseTwin(t, i)) {
            score = 0.75; // "Frank was frank today", "Max is at the max dose": the name and the word side by side
        } else if (!start && !acronym && (f & (VOCABULARY | KIN | TITLE | Lexicon.PERSON_NOUN | Lexicon.COLLECTIVE | CLINICAL
                | CITY | STATE | UNIT_OF_MEASURE)) == 0 && clauseOpenerBefore(t, i)
                && (verbStrength(t, i + 1) >= 1 || presentVerb(t, i + 1))) {
            score = 0.7; // "When Marigold gets home", "because Wolf would not": the subject of a clause
        } else if (subject && (f & (PUBLIC | STATE | KIN | TITLE)) == 0 || subjectStrength == 3 && (f & (KIN | TITLE)) == 0) {
            score = 0.75; // "Melody didn't come", "Robin's landlord", "Chase in billing said": a name that is a word
        } else if ((f & (VOCABULARY | KIN | TITLE | Lexicon.PERSON_NOUN | Lexicon.COLLECTIVE | UNIT_OF_MEASURE)) == 0 && !acronym
                && common(t, i) && humanVerbAfter(t, i)) {
            score = 0.7; // "Tanner said", "Gale texted": a word a person's name can be, before a person's verb
        } else if (pronounsAfter(t, i) && (f & (VOCABULARY | KIN | TITLE | Lexicon.PERSON_NOUN)) == 0 && !acronym) {
            score = 0.8; // "Tempest (she/her)": a person's pronouns
        } else if (!start && p >= 0 && (pf & CONTACT) != 0 && (pf & (KIN | TITLE)) == 0 && !upper(t.first(p)) && !acronym
                && (f & (VOCABULARY | KIN | TITLE | CLINICAL | Lexicon.STORE | Lexicon.TEAM | Lexicon.COLLECTIVE
                | Lexicon.PERSON_NOUN)) == 0 && ((f & STOP) == 0 || first || surname)) {
            score = 0.7; // "spoke with Gale", "texted Summer": a capitalized word after a contact verb
        } else if ((first || (f & (STOP | KIN | TITLE)) == 0) && (f & VOCABULARY) == 0
                && (vocative(t, i) || inListOfPeople(t, i, out))) {
            score = 0.8; // "Hey Dale,", "Violet, Benedikt and Yusra"
        } else if ((first || surname) && nextIsSurname(t, i)) {
            score = 0.8;
        } else if (first && fullNameAhead(t, i)) {
            score = 0.75; // "Summer Hill called", "Will Best is the new case manager": a given name and a surname
        } else if (surname && !stop && !start && (f & (STATE | CITY)) == 0 && !vocabulary) {
            score = 0.75;
        } else if ((f & (STOP | CITY | STATE | PLACE_SUFFIX | STREET | KIN | TITLE | Lexicon.PERSON_NOUN
                | Lexicon.COLLECTIVE)) == 0 && (!start || !common(t, i))
                && !(isCap(t, i - 1) && t.ws[i] == 1 && !t.claimed[i - 1]) && unknownActsLikeName(t, i, start, out)) {
            score = 0.7;
        } else if (acronym && t.len(i) == 2 && strongVerbAfter(t, i)) {
            score = 0.7; // "JD wants feedback"
        } else if (unknown && !placePrepBefore(t, i) && !endsVocabularyPhrase(t, i)) {
            score = 0.7; // a capitalized word no dictionary knows: "Okafor", "Lindqvist"
        } else {
            return i;
        }
        if ((f & CITY) != 0 && !cue && (placeCue(t, i) || stateAfter(t, i)) || !cue && suffixAfter(t, i)
                || !cue && placeSuffixNext(t, i)) {
            return i; // "moved to Austin", "Gary, IN", "Kane County": a place
        }
        if (mayNameNoOne && namesNoOne(t, i) || product(t, i, cue)) {
            return i;
        }
        int end = extendName(t, i);
        if (end + 1 < t.n && t.isPunct(end + 1, ',') && end + 2 < t.n && (flags(t, end + 2) & STATE) != 0
                && isCap(t, end + 2) && !cue && !first) {
            return i; // "Springfield, IL"
        }
        if (unknown && end == i && possessiveAfter(t, i) && (i + 3 >= t.n || t.kind[i + 3] == PUNCT
                || t.kind[i + 3] == WORD && (eq(t, i + 3, "in") || eq(t, i + 3, "on") || eq(t, i + 3, "at")))) {
            emit(t, out, i, i + 2, PhiCategory.LOCATION, 0.7); // "Portillo's in Addison", "at Delilah's on Lincoln"
            return i + 3;
        }
        int from = i;
        if (i >= 1 && t.ws[i] == 1 && isCap(t, i - 1) && !t.claimed[i - 1] && !sentenceStart(t, i - 1)
                && (flags(t, i - 1) & (ORG_SUFFIX | PLACE_SUFFIX)) != 0 && (flags(t, i - 1) & (TITLE | KIN)) == 0) {
            from = i - 1; // "Temple Sholom", "Camp Tecumseh"
        }
        emit(t, out, from, end, PhiCategory.PERSON, score);
        return end + 1;
    }

    /** A product's name written where a person's could be, unless a cue says it is a person's. */
    private boolean product(Tokens t, int i, boolean cue) {
        return !cue && ProperNounContext.product(t.text, t.s[i], t.e[i], english.list());
    }

    /**
     * An animal's, a character's or a product's name ("her dog Maple", "dressed as Wonder Woman", "drinks
     * Jameson"); word() has already ruled out a word of an instrument's title ("Glasgow Coma Scale").
     */
    private static boolean namesNoOne(Tokens t, int i) {
        return ProperNounContext.namesNoOneButTitle(t.text, t.s[i], t.e[i]);
    }

    /** A lowercase name: after a relation or contact cue ("my mom june", "texted jenny"), or a given name no dictionary has. */
    private int lowercasePerson(Tokens t, int i, long f, int p, long pf, List<PhiSpan> out) {
        if (t.len(i) < 2 || t.kind[i] != WORD || (f & (SLANG | UNIT_OF_MEASURE | CLINICAL)) != 0) {
            return i;
        }
        boolean first = (f & FIRST) != 0;
        boolean stop = (f & STOP) != 0;
        boolean common = common(t, i);
        boolean verb = strongVerbAfter(t, i);
        if (t.isPunct(i - 1, '.') && i >= 2 && t.kind[i - 2] == WORD && (flags(t, i - 2) & TITLE) != 0) {
            p = i - 2; // "ms. tasha"
            pf = flags(t, p);
        }
        boolean cue = p >= 0 && ((pf & (KIN | NAMING | CONTACT)) != 0 || (pf & TITLE) != 0 && t.len(p) <= 4
                || selfIntroduction(t, p));
        boolean name;
        boolean introduced = selfIntroduction(t, p) && (i + 1 >= t.n || t.kind[i + 1] == PUNCT
                || eq(t, i + 1, "again") || eq(t, i + 1, "here") || eq(t, i + 1, "from"));
        if (cue) {
            name = first && (!stop || verb || introduced) || !common && !stop && (f & VOCABULARY) == 0;
        } else if ((f & VOCABULARY) != 0) {
            name = false;
        } else if (first && !stop && (f & (KIN | Lexicon.PERSON_NOUN)) == 0 && lower(t.first(0)) && clauseOpenerBefore(t, i)
                && verbStrength(t, i + 1) >= 1) {
            name = true; // "idk if cole is mad at me": a given name as the subject of a clause
        } else if (p >= 1 && eq(t, p, "and") && eq(t, p - 1, "me")) {
            name = !stop && (f & (KIN | SLANG)) == 0; // "me and sol", "me and saoirse"
        } else if (p >= 1 && eq(t, p, "and") && t.claimed[p - 1]) {
            name = first && !stop || !common; // "jess and tay"
        } else if (i + 2 < t.n && eq(t, i + 1, "and") && t.kind[i + 2] == WORD && lower(t.first(i + 2)) && !common && (f & STOP) == 0
                && !common(t, i + 2) && (flags(t, i + 2) & (SLANG | VOCABULARY)) == 0
                && !ordinary(t, i)) {
            name = true; // "jess and tay are": two words no dictionary knows, joined like two people
        } else {
            // a lowercase given name alone ("kayla"), unless it is a Spanish word ("esperanza", "luz")
            name = first && !stop && !common && !WordList.spanish().isCommonWord(t.text, t.s[i], t.e[i])
                    || verb && !common && !stop;
        }
        if (!name) {
            return i;
        }
        emit(t, out, i, i, PhiCategory.PERSON, 0.7);
        return i + 1;
    }

    /** The word ends a vocabulary phrase of up to four words: "van der Kolk", "Fourth of July". */
    private boolean endsVocabularyPhrase(Tokens t, int i) {
        if ((flags(t, i) & Lexicon.PHRASE_END) == 0) {
            return false;
        }
        for (int from = i - 1; from >= 0 && from >= i - 4; from--) {
            if (t.kind[from] == PUNCT && t.ws[from + 1] != 0) {
                return false;
            }
            if ((lex.get(t.c, t.s[from], t.e[i]) & (VOCABULARY | CLINICAL)) != 0 && singleSpaced(t, from, i)) {
                return true;
            }
        }
        return false;
    }

    /** "its marcus", "this is dre", "im ana": a message naming its writer. */
    private static boolean selfIntroduction(Tokens t, int p) {
        if (p < 0 || t.kind[p] != WORD) {
            return false;
        }
        if (eq(t, p, "its") || eq(t, p, "im")) {
            return true;
        }
        return eq(t, p, "is") && p >= 1 && t.kind[p - 1] == WORD && eq(t, p - 1, "this");
    }

    /**
     * How clearly the word is the subject of what follows: 2 for a verb no noun phrase starts with ("Hope
     * didn't", "Hyacinth mailed", "Dale would not", "Robin's landlord", "Chase in billing at X said",
     * "Ivy and her husband"), 1 for a copula or modal alone ("Summer is", "Joy was"), 0 otherwise ("Art
     * therapy", "Gene testing").
     */
    private int subjectOfVerb(Tokens t, int i) {
        if (possessiveAfter(t, i)) {
            int k = i + 3;
            return k < t.n && t.kind[k] == WORD && ((flags(t, k) & (KIN | TITLE | Lexicon.PERSON_NOUN)) != 0
                    || ProperNounContext.personalThing(t.text, t.s[k], t.e[k])) ? 3 : 0; // "Brick's truck"
        }
        int k = i + 1;
        if (t.isPunct(k, '(') && k + 1 < t.n) {
            // "Buck (her stepfather)", "Storm (chosen name)", "Thaddea (93)": a note on who the person is
            int n = k + 1;
            return t.kind[n] == NUM || t.kind[n] == WORD && (flags(t, n) & (KIN | Lexicon.PERSON_NOUN)) != 0
                    || eq(t, n, "his") || eq(t, n, "chosen") || eq(t, n, "legal") || eq(t, n, "preferred")
                    || eq(t, n, "age") || eq(t, n, "not") ? 2 : 1;
        }
        if (k >= t.n || t.kind[k] != WORD || t.ws[k] != 1) {
            return 0;
        }
        for (int hops = 0; hops < 2 && k < t.n && t.kind[k] == WORD; hops++) {
            int verb = verbStrength(t, k);
            if (verb != 0 || hops == 1) {
                return verb;
            }
            if ((eq(t, k, "and") || eq(t, k, "&")) && k + 1 < t.n) {
                int n = k + 1;
                if ((isCap(t, n) && (flags(t, n) & (FIRST | SURNAME)) != 0 && (flags(t, n) & VOCABULARY) == 0)
                        || (eq(t, n, "her") || eq(t, n, "his") || eq(t, n, "their") || eq(t, n, "my"))
                        && n + 1 < t.n && (flags(t, n + 1) & KIN) != 0) {
                    return isCap(t, n) ? 2 : 3; // "Ivy and Teodor", "Chastity and her wife"
                }
                return 0;
            }
            if (eq(t, k, "in") || eq(t, k, "from") || eq(t, k, "at") || eq(t, k, "with") || eq(t, k, "on")) {
                // "Chase in billing at Sinai said": a verb after a short place or department phrase
                for (int m = k + 1; m < t.n && m <= k + 7; m++) {
                    if (t.kind[m] == PUNCT) {
                        return 0;
                    }
                    if (t.kind[m] == WORD && !upper(t.first(m)) && verbStrength(t, m) == 2) {
                        return 2;
                    }
                }
                return 0;
            }
            long kf = flags(t, k);
            if ((kf & Lexicon.AUX) == 0 || (kf & SPEECH_VERB) != 0) {
                return 0;
            }
            k++; // an adverb: "Dale never called", "Hope still hasn't"
        }
        return 0;
    }

    /** 2 for a clear verb (a reporting verb, a past tense, a negated auxiliary), 1 for a bare copula or modal. */
    private int verbStrength(Tokens t, int k) {
        if (k >= t.n || t.kind[k] != WORD || upper(t.first(k))) {
            return 0;
        }
        long kf = flags(t, k);
        if (t.isPunct(k + 1, '\'') || t.isPunct(k + 1, '\u2019')) {
            if (k + 2 < t.n && t.len(k + 2) == 1 && (t.first(k + 2) == 't' || t.first(k + 2) == 'T')) {
                return 2; // "didn't", "won't", "isn't"
            }
        }
        boolean copula = eq(t, k, "is") || eq(t, k, "was") || eq(t, k, "has") || eq(t, k, "had");
        if ((kf & SPEECH_VERB) != 0 && !copula) {
            return 2; // "Dusty left", "Sterling reports", "Drew drew"
        }
        if ((kf & Lexicon.AUX) != 0 && (kf & SPEECH_VERB) == 0 && !eq(t, k, "is") && !eq(t, k, "was")
                && !eq(t, k, "has") && !eq(t, k, "had") && (kf & STOP) != 0 && t.len(k) > 3
                && !(eq(t, k, "will") || eq(t, k, "would") || eq(t, k, "could") || eq(t, k, "should")
                || eq(t, k, "might") || eq(t, k, "must"))) {
            return 0; // an adverb alone
        }
        if ((kf & (Lexicon.AUX | SPEECH_VERB)) != 0) {
            int n = k + 1;
            if (n < t.n && t.kind[n] == WORD && (eq(t, n, "not") || eq(t, n, "never") || eq(t, n, "been")
                    || eq(t, n, "being") || pastTense(t, n))) {
                return 2; // "would not", "was discharged", "has been"
            }
            for (int m = n; copula && m < t.n && m < n + 5 && t.kind[m] == WORD; m++) {
                if (eq(t, m, "name") || eq(t, m, "nickname") || eq(t, m, "calls") || eq(t, m, "call")) {
                    return 2; // "Prince is his actual first name", "Cricket is what everyone calls her"
                }
            }
            return (kf & Lexicon.AUX) != 0 || (kf & SPEECH_VERB) != 0 ? 1 : 0;
        }
        return pastTense(t, k) ? 2 : 0;
    }

    /**
     * "County Road 12", "State Route 9", "Rural Route 2, Box 14": a rural address by its numbered road; the last
     * token, or {@code i}.
     */
    private int numberedRoad(Tokens t, int i) {
        int k = i;
        if ((eq(t, k, "county") || eq(t, k, "state") || eq(t, k, "rural") || eq(t, k, "farm")) && k + 1 < t.n
                && t.ws[k + 1] == 1 && isCap(t, k + 1)) {
            k++;
        }
        if (k == i || !(eq(t, k, "route") || eq(t, k, "road") || eq(t, k, "rd") || eq(t, k, "highway")) || !isCap(t, k)) {
            return i; // "off Route 83", "Highway 41" alone are roads anyone drives, not an address
        }
        int n = k + 1;
        if (n >= t.n || t.ws[n] != 1 || t.kind[n] != NUM || t.len(n) > 4) {
            return i;
        }
        int end = n;
        int box = t.isPunct(end + 1, ',') ? end + 2 : end + 1;
        if (box + 1 < t.n && eq(t, box, "box") && t.kind[box + 1] == NUM) {
            end = box + 1; // "Rural Route 2, Box 14", "Rural Route 2 Box 14"
        }
        return end;
    }

    /** Around an acronym no list knows, words that make it a school or an employer: "at", "from", "out of", "works for", "student". */
    private boolean institutionCue(Tokens t, int i) {
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")) {
            p--;
        }
        if (p >= 0 && t.kind[p] == WORD && (eq(t, p, "at") || eq(t, p, "from") || eq(t, p, "attends")
                || eq(t, p, "attending") || eq(t, p, "attended") || eq(t, p, "of") && p >= 1 && eq(t, p - 1, "out"))
                || employerBefore(t, i)) {
            return true;
        }
        int n = i + 1;
        return n < t.n && t.kind[n] == WORD && t.ws[n] == 1 && (eq(t, n, "student") || eq(t, n, "students")
                || eq(t, n, "campus") || eq(t, n, "alum") || eq(t, n, "alumni") || eq(t, n, "freshman")
                || eq(t, n, "sophomore") || eq(t, n, "faculty") || eq(t, n, "professor") || eq(t, n, "dorm")
                || eq(t, n, "dorms"));
    }

    /**
     * "in her late 90s", "in his early nineties", "in their 90's": a person's decade over 89; the first token of
     * the age ("late", or the decade itself), or -1.
     */
    private static int decadeAge(Tokens t, int i) {
        boolean nineties = eq(t, i, "90s") || eq(t, i, "nineties") || t.kind[i] == NUM && eq(t, i, "90")
                && t.isPunct(i + 1, '\'') && i + 2 < t.n && eq(t, i + 2, "s");
        if (!nineties) {
            return -1;
        }
        int first = i;
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && (eq(t, p, "early") || eq(t, p, "mid") || eq(t, p, "late"))) {
            first = p;
            p--;
        }
        if (p >= 1 && t.kind[p] == WORD && (eq(t, p, "his") || eq(t, p, "her") || eq(t, p, "their"))
                && t.kind[p - 1] == WORD && eq(t, p - 1, "in")) {
            return first;
        }
        return -1;
    }

    /** "his", "her", "their" or a possessive "'s" right before: "Grandpa had his 97th.", "Nana's 100th". */
    private static boolean possessorBefore(Tokens t, int i) {
        int p = i - 1;
        return p >= 0 && t.kind[p] == WORD && (eq(t, p, "his") || eq(t, p, "her") || eq(t, p, "their")
                || t.len(p) == 1 && (t.first(p) == 's' || t.first(p) == 'S') && (t.isPunct(p - 1, '\'')
                || t.isPunct(p - 1, '\u2019')));
    }

    /**
     * "in the Car", "at the Lake", "to the City", "at the Y": one everyday noun after "the", capitalized for
     * emphasis or habit, names a kind of place; "at the Admiral Grill" or "from Kharkiv" do not read so.
     */
    private boolean genericNoun(Tokens t, int i) {
        int p = i - 1;
        if (t.len(i) < 2) {
            return true;
        }
        return p >= 0 && t.kind[p] == WORD && eq(t, p, "the") && !(i + 1 < t.n && t.ws[i + 1] == 1 && isCap(t, i + 1))
                && !possessiveAfter(t, i) && (flags(t, i) & (CITY | FIRST | SURNAME | Lexicon.STORE | Lexicon.TEAM)) == 0
                && common(t, i);
    }

    /** "Capgras-like", "Gottman-informed", "Kafka-esque": the word with a suffix that makes it a description. */
    private static boolean describedBy(Tokens t, int i) {
        int k = i + 2;
        return t.isPunct(i + 1, '-') && t.ws[i + 1] == 0 && k < t.n && t.ws[k] == 0 && t.kind[k] == WORD
                && (eq(t, k, "like") || eq(t, k, "type") || eq(t, k, "esque") || eq(t, k, "style") || eq(t, k, "based")
                || eq(t, k, "informed") || eq(t, k, "related"));
    }

    /** A lowercase word that opens a clause, so a capitalized word after it is the clause's subject. */
    private boolean clauseOpenerBefore(Tokens t, int i) {
        int p = i - 1;
        return p >= 0 && t.kind[p] == WORD && t.ws[i] == 1 && !upper(t.first(p)) && (eq(t, p, "when") || eq(t, p, "if")
                || eq(t, p, "because") || eq(t, p, "after") || eq(t, p, "before") || eq(t, p, "until")
                || eq(t, p, "since") || eq(t, p, "while") || eq(t, p, "though") || eq(t, p, "although")
                || eq(t, p, "unless") || eq(t, p, "once") || eq(t, p, "whenever") || eq(t, p, "but"))
                || p >= 0 && t.kind[p] == WORD && t.ws[i] == 1 && upper(t.first(p)) && sentenceStart(t, p) && (eq(t, p, "when")
                || eq(t, p, "if") || eq(t, p, "because") || eq(t, p, "after") || eq(t, p, "before") || eq(t, p, "since")
                || eq(t, p, "while") || eq(t, p, "once") || eq(t, p, "whenever") || eq(t, p, "until"));
    }

    /** A lowercase present-tense verb such as "gets", "wants", "calls": an everyday word in -s whose stem is one too. */
    private boolean presentVerb(Tokens t, int k) {
        if (k >= t.n || t.kind[k] != WORD || t.ws[k] != 1 || t.len(k) < 4 || !lower(t.first(k))) {
            return false;
        }
        int e = t.e[k];
        return t.c[e - 1] == 's' && t.c[e - 2] != 's' && t.c[e - 2] != '\'' && english.isCommon(t.text, t.s[k], e)
                && english.isCommon(t.text, t.s[k], e - 1) && (flags(t, k) & (VOCABULARY | CLINICAL)) == 0;
    }

    /** "is what everyone calls her", "is his first name", "was her nickname": the word is what a person is called. */
    private static boolean calledAfter(Tokens t, int i) {
        int k = i + 1;
        if (k >= t.n || t.ws[k] != 1 || !(eq(t, k, "is") || eq(t, k, "was"))) {
            return false;
        }
        for (int m = k + 1; m < t.n && m <= k + 5 && t.kind[m] == WORD; m++) {
            if (eq(t, m, "name") || eq(t, m, "nickname") || eq(t, m, "alias")) {
                return true;
            }
            if ((eq(t, m, "calls") || eq(t, m, "call") || eq(t, m, "called")) && m + 1 < t.n
                    && (eq(t, m + 1, "her") || eq(t, m + 1, "him") || eq(t, m + 1, "them") || eq(t, m + 1, "me"))) {
                return true;
            }
        }
        return false;
    }

    /** The same word stands lowercase elsewhere in the text: the capitalized one is the name ("Will will call"). */
    private static boolean lowercaseTwin(Tokens t, int i) {
        for (int k = 0; k < t.n; k++) {
            if (k != i && t.kind[k] == WORD && t.len(k) == t.len(i) && lower(t.first(k))
                    && t.text.regionMatches(true, t.s[k], t.text, t.s[i], t.len(i))) {
                return true;
            }
        }
        return false;
    }

    /** "(she/her)", "(they/them)", "(he/him)": a person's pronouns in parentheses after the word. */
    private static boolean pronounsAfter(Tokens t, int i) {
        int k = i + 1;
        if (!t.isPunct(k, '(') || k + 3 >= t.n || !t.isPunct(k + 2, '/')) {
            return false;
        }
        int w = k + 1;
        return eq(t, w, "she") || eq(t, w, "he") || eq(t, w, "they") || eq(t, w, "ze") || eq(t, w, "xe")
                || eq(t, w, "any");
    }

    /** The next word is a verb whose subject is a person: "said", "texted", "apologized". */
    private boolean humanVerbAfter(Tokens t, int i) {
        int k = i + 1;
        return k < t.n && t.kind[k] == WORD && t.ws[k] == 1 && lower(t.first(k)) && (flags(t, k) & Lexicon.HUMAN_VERB) != 0;
    }

    /** A lowercase English word in -ed: "mailed", "confirmed", "discharged". */
    private boolean pastTense(Tokens t, int k) {
        return t.kind[k] == WORD && t.len(k) >= 5 && t.c[t.e[k] - 1] == 'd' && t.c[t.e[k] - 2] == 'e'
                && lower(t.first(k)) && common(t, k);
    }

    /**
     * A single capital letter that stands for a person: quoted after "as" or "called" ("only as \"T.\""),
     * or the subject of a verb ("J. is the boyfriend", "K still has a key"); not "Plan B", "Vitamin D",
     * "Type A", "Part B", "grade C".
     */
    private boolean initialAsName(Tokens t, int i) {
        char c = t.first(i);
        if (c == 'A' || c == 'I' || !upper(c) || t.ws[i] == 0 && i > 0 && t.kind[i - 1] == PUNCT
                && "-/&".indexOf(t.first(i - 1)) >= 0) {
            return false; // "CGI-S", "A/B", "Q&A"
        }
        int p = i - 1;
        if (t.isPunct(p, '"') || t.isPunct(p, '\u201c') || t.isPunct(p, '\'')) {
            int w = p - 1;
            return w >= 0 && t.kind[w] == WORD && (eq(t, w, "as") || eq(t, w, "called") || eq(t, w, "named")
                    || eq(t, w, "just") || eq(t, w, "only") || eq(t, w, "calls") || eq(t, w, "call"));
        }
        int b = prevWord(t, i);
        if (b >= 0 && (isCap(t, b) && !sentenceStart(t, i) || t.kind[b] == WORD && (eq(t, b, "plan") || eq(t, b, "vitamin")
                || eq(t, b, "type") || eq(t, b, "part") || eq(t, b, "grade") || eq(t, b, "hep") || eq(t, b, "hepatitis")
                || eq(t, b, "section") || eq(t, b, "schedule") || eq(t, b, "form") || eq(t, b, "option")
                || eq(t, b, "group") || eq(t, b, "level") || eq(t, b, "tier") || eq(t, b, "step") || eq(t, b, "phase")
                || eq(t, b, "cluster") || eq(t, b, "criterion") || eq(t, b, "exhibit") || eq(t, b, "an")
                || eq(t, b, "a") || eq(t, b, "got") || eq(t, b, "get") || eq(t, b, "gets") || eq(t, b, "an")))) {
            return false;
        }
        int k = t.isPunct(i + 1, '.') && t.ws[i + 1] == 0 ? i + 1 : i;
        if (possessiveAfter(t, k)) {
            return true; // "K's car"
        }
        int v = k + 1;
        if (v < t.n && t.kind[v] == WORD && (flags(t, v) & Lexicon.AUX) != 0 && (flags(t, v) & SPEECH_VERB) == 0) {
            v++; // "K still has"
        }
        return verbStrength(t, v) >= 1 && !(v < t.n && eq(t, v, "is") && v + 1 < t.n && eq(t, v + 1, "for"));
    }

    /** "Hey Dale,", "Hi Holly -", "Thanks Marlowe!", "Dear Teodor,": a name spoken to. */
    private boolean vocative(Tokens t, int i) {
        int p = i - 1;
        if (p < 0 || t.kind[p] != WORD || t.ws[i] != 1) {
            return false;
        }
        if (!(eq(t, p, "hey") || eq(t, p, "hi") || eq(t, p, "hello") || eq(t, p, "dear") || eq(t, p, "thanks")
                || eq(t, p, "morning") || eq(t, p, "sorry") || eq(t, p, "yo") || eq(t, p, "bye") || eq(t, p, "congrats")
                || eq(t, p, "you") && p >= 1 && eq(t, p - 1, "thank"))) {
            return false;
        }
        int k = i + 1;
        return k >= t.n || t.ws[k] == 2 || t.kind[k] == PUNCT && ",!.-:\u2014\u2013".indexOf(t.first(k)) >= 0;
    }

    /** "Violet, Benedikt and Yusra", "Tobiah, Linnet and Annika": a word in a list with a name in it. */
    private boolean inListOfPeople(Tokens t, int i, List<PhiSpan> out) {
        int p = i - 1;
        if (p >= 1 && (t.isPunct(p, ',') || t.kind[p] == WORD && eq(t, p, "and")) && t.claimed[p - 1]
                && !out.isEmpty() && PhiCategory.PERSON.equals(out.get(out.size() - 1).type())
                && out.get(out.size() - 1).end() == t.e[p - 1]) {
            return true;
        }
        int k = i + 1;
        if (!t.isPunct(k, ',') || k + 1 >= t.n || !isCap(t, k + 1)) {
            return false;
        }
        long nf = flags(t, k + 1);
        boolean nameNext = (nf & (VOCABULARY | STOP)) == 0 && ((nf & (FIRST | SURNAME)) != 0
                || !ordinary(t, k + 1));
        return nameNext && (k + 2 < t.n && (t.isPunct(k + 2, ',') || eq(t, k + 2, "and")));
    }

    /** Any verb after the word, "is" and "has" included: "Max is already", "Jack has been". */
    private boolean anyVerbAfter(Tokens t, int i) {
        int k = i + 1;
        return k < t.n && t.kind[k] == WORD && t.ws[k] == 1 && (flags(t, k) & SPEECH_VERB) != 0;
    }

    /** The word is on a name list or the dictionary knows it only capitalized. */
    private boolean nameWord(Tokens t, int i) {
        return (flags(t, i) & (FIRST | SURNAME | CITY)) != 0;
    }

    /** An eponym cited: "Gottman method", "Linehan's theory", "Porges' language", "Miller and Rollnick". */
    private boolean citation(Tokens t, int i) {
        if (t.isPunct(i - 1, '(') && (t.isPunct(i + 1, ')') || t.isPunct(i + 1, ',') && i + 2 < t.n && t.kind[i + 2] == NUM)
                && i >= 2 && t.kind[i - 2] == WORD && !upper(t.first(i - 2))
                && (flags(t, i - 2) & (KIN | TITLE | Lexicon.PERSON_NOUN)) == 0) {
            return true; // "parts language (Schwartz)", "attachment (Bowlby, 1969)": a source in parentheses
        }
        int k = i + 1;
        if (k < t.n && t.kind[k] == PUNCT && (t.first(k) == '\'' || t.first(k) == '\u2019') && t.ws[k] == 0) {
            return true;
        }
        if (k < t.n && t.kind[k] == WORD && t.ws[k] == 1) {
            if ((flags(t, k) & (CITATION | EPONYM)) != 0) {
                return true;
            }
            if (eq(t, k, "and") && k + 1 < t.n && (flags(t, k + 1) & EPONYM) != 0) {
                return true;
            }
        }
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && (eq(t, p, "using") || eq(t, p, "used") || eq(t, p, "per") || eq(t, p, "via")
                || eq(t, p, "reviewed") || eq(t, p, "covered") || eq(t, p, "applied") || eq(t, p, "recorded")
                || eq(t, p, "assigned") || eq(t, p, "introduced") || eq(t, p, "taught") || eq(t, p, "administered"))) {
            return true; // one uses a method, not a person
        }
        return p >= 1 && t.kind[p] == WORD && (eq(t, p, "and") || eq(t, p, "by")) && (flags(t, p - 1) & EPONYM) != 0;
    }

    private boolean placePrepBefore(Tokens t, int i) {
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")) {
            p--;
        }
        return p >= 0 && t.kind[p] == WORD && t.ws[i] == 1 && (eq(t, p, "in") || eq(t, p, "at") || eq(t, p, "from")
                || eq(t, p, "near") || eq(t, p, "outside") || eq(t, p, "to") || eq(t, p, "into"));
    }

    private boolean strongVerbAfter(Tokens t, int i) {
        int k = i + 1;
        if (k >= t.n || t.kind[k] != WORD || t.ws[k] != 1) {
            return false;
        }
        long nf = flags(t, k);
        return (nf & SPEECH_VERB) != 0 && (nf & STOP) == 0;
    }

    private boolean stateAfter(Tokens t, int last) {
        return t.isPunct(last + 1, ',') && last + 2 < t.n && (flags(t, last + 2) & STATE) != 0 && isCap(t, last + 2)
                && (t.len(last + 2) != 2 || allCaps(t, last + 2));
    }

    private boolean nextIsSurname(Tokens t, int i) {
        int k = i + 1;
        return k < t.n && t.ws[k] == 1 && isCap(t, k) && (flags(t, k) & SURNAME) != 0
                && (flags(t, k) & (CLINICAL | STOP)) == 0;
    }

    /** An unknown capitalized word behaves like a name: "Tavon said", "Tavon's", "Keisha and Tavon". */
    private boolean unknownActsLikeName(Tokens t, int i, boolean start, List<PhiSpan> out) {
        if (allCaps(t, i)) {
            return false;
        }
        if (possessiveAfter(t, i)) {
            return !start;
        }
        int k = i + 1;
        if (k < t.n && t.kind[k] == WORD && t.ws[k] == 1) {
            long nf = flags(t, k);
            if ((nf & SPEECH_VERB) != 0 && ((nf & STOP) == 0 || !start)) {
                return true;
            }
        }
        int p = i - 1;
        if (!start && p >= 1 && t.kind[p] == WORD && (t.text.regionMatches(true, t.s[p], "and", 0, 3) && t.len(p) == 3
                || t.text.regionMatches(true, t.s[p], "or", 0, 2) && t.len(p) == 2)) {
            return !out.isEmpty() && t.claimed[p - 1] && PhiCategory.PERSON.equals(out.get(out.size() - 1).type());
        }
        return false;
    }

    /**
     * Round 25b's policy: a listed given name followed by a capitalized listed surname is a full name whatever either
     * means as a word ("Summer Hill", "Will Best"). The exceptions are classes: the pair is a listed city or public
     * name ("Summer Hill" as a suburb only when the city list holds it), the surname is a month, a weekday, a street or
     * a place noun or is followed by one ("Grant Park", "Rose Hill Road"), the pair follows an article ("the Rose
     * Young award") or opens a longer capitalized run ("Martin Luther King"), which the public lists read.
     */
    private boolean fullNameAhead(Tokens t, int i) {
        int k = i + 1;
        if (t.len(i) < 2 || k >= t.n || t.ws[k] != 1 || t.kind[k] != WORD || !isCap(t, k) || allCaps(t, k)
                || !surnameWord(t, i, k)) {
            return false;
        }
        if ((lex.get(t.c, t.s[i], t.e[k]) & (CITY | STATE | Lexicon.PUBLIC | Lexicon.EPONYM)) != 0) {
            return false;
        }
        int n = k + 1;
        if (n < t.n && t.ws[n] == 1 && t.kind[n] == WORD && isCap(t, n)) {
            return false;
        }
        int p = i - 1;
        return p < 0 || t.kind[p] != WORD || !(eq(t, p, "the") || eq(t, p, "a") || eq(t, p, "an"));
    }

    /**
     * Round 25b: right after a listed given name, a listed surname is the surname whatever it also means ("Cedric
     * Black", "Monica White"); a street or place noun after it makes the pair a place ("Grant Park"), and a lower-case
     * people or group noun after the surname makes the surname an adjective of that noun.
     */
    private boolean surnameWord(Tokens t, int i, int k) {
        long f = flags(t, k);
        if (k != i + 1 || (flags(t, i) & FIRST) == 0 || (f & SURNAME) == 0 || (f & (MONTH | WEEKDAY | STREET
                | PLACE_SUFFIX)) != 0 || t.len(i) < 2) {
            return false;
        }
        int n = k + 1;
        return n >= t.n || t.kind[n] != WORD || t.ws[n] == 0 || isCap(t, n) || (flags(t, n) & (Lexicon.PERSON_NOUN
                | Lexicon.COLLECTIVE | STREET | PLACE_SUFFIX)) == 0;
    }

    /** The name continues over capitalized name-like words, initials, hyphens and O'Brien forms. */
    private int extendName(Tokens t, int i) {
        int end = i;
        int words = 1;
        while (words < 4) {
            int k = end + 1;
            if (k >= t.n) {
                break;
            }
            if (t.ws[k] == 0 && t.kind[k] == PUNCT && (t.first(k) == '-' || t.first(k) == '\'' || t.first(k) == '\u2019')
                    && k + 1 < t.n && t.ws[k + 1] == 0 && isCap(t, k + 1)) {
                end = k + 1; // "Smith-Jones", "O'Brien"
                continue;
            }
            if (t.ws[k] != 1 || !isCap(t, k)) {
                break;
            }
            long f = flags(t, k);
            if (t.len(k) == 1 && t.isPunct(k + 1, '.') && isCap(t, k + 2)) {
                end = k + 1; // middle initial
                words++;
                continue;
            }
            if ((f & (CLINICAL | MONTH | WEEKDAY | STREET | PLACE_SUFFIX)) != 0 && !surnameWord(t, i, k)
                    || allCaps(t, k)) {
                break;
            }
            if ((f & STOP) != 0 && (f & (FIRST | SURNAME)) == 0) {
                break;
            }
            if ((f & (STOP)) != 0 && (f & SURNAME) == 0) {
                break;
            }
            end = k;
            words++;
        }
        return end;
    }

    // ---------------------------------------------------------------- places

    private boolean placeCue(Tokens t, int i) {
        int p = i - 1;
        if (p < 0 || t.kind[p] != WORD || (flags(t, p) & PLACE_PREP) == 0) {
            return false;
        }
        long before = contextWords(t, p, 3);
        return (before & PLACE_VERB) != 0;
    }

    private int place(Tokens t, int i, long f, List<PhiSpan> out) {
        if (!isCap(t, i) || allCaps(t, i) && t.len(i) <= 3) {
            return i;
        }
        // cities from the list, longest first: "Oak Park", "St. Louis", "Salt Lake City"
        int best = -1;
        int k = i;
        for (int words = 1; words <= 4 && k < t.n; words++) {
            if (words > 1) {
                int m = k + 1;
                if (t.isPunct(m, '.') && t.ws[m] == 0) {
                    m++;
                }
                if (m >= t.n || t.ws[m] != 1 || !isCap(t, m)) {
                    break;
                }
                k = m;
            }
            long cf = k == i ? f : lex.get(t.c, t.s[i], t.e[k]); // f: the word's own flags, already read
            if ((cf & CITY) != 0) {
                best = k;
            }
        }
        if ((f & DIRECTION) != 0 && t.len(i) >= 4 && i + 1 < t.n && t.ws[i + 1] == 1 && isCap(t, i + 1)
                && (best < 0) && ((flags(t, i + 1) & CITY) != 0 || (flags(t, i + 1) & VOCABULARY) == 0
                && !ordinary(t, i + 1))) {
            emit(t, out, i, i + 1, PhiCategory.LOCATION, 0.8); // "West Chicago", "East Moline"
            return i + 2;
        }
        boolean cue = placeCue(t, i);
        boolean stateAfter = false;
        int last = best >= 0 ? best : i;
        if (t.isPunct(last + 1, ',') && last + 2 < t.n && (flags(t, last + 2) & STATE) != 0 && isCap(t, last + 2)) {
            stateAfter = true;
        }
        if (best >= 0) {
            boolean single = best == i;
            boolean ambiguous = single && (f & (CLINICAL | FIRST | SURNAME | STOP | STATE | PUBLIC | EPONYM)) != 0;
            if (!ambiguous || cue || stateAfter) {
                emit(t, out, i, best, PhiCategory.LOCATION, 0.85);
                return best + 1;
            }
        }
        boolean okWord = (f & (CLINICAL | STATE | MONTH | WEEKDAY | STREET | PUBLIC)) == 0
                && ((f & EPONYM) == 0 || cue);
        boolean plain = okWord && (f & STOP) == 0;
        if (okWord && !allCaps(t, i) && placePrepBefore(t, i) && !sentenceStart(t, i) && (f & TITLE) == 0
                && !(i + 1 < t.n && (t.kind[i + 1] == NUM || t.kind[i + 1] == ALNUM)) && !genericNoun(t, i)) {
            cue = true; // "in Normal", "at Caterpillar", "from Kharkiv": a capitalized word after a place word
            plain = true;
        }
        // "moved to Evanston", "grew up in Round Lake", "Kenosha, WI", "Cook County"
        if ((plain && (cue || stateAfter)) || (okWord && (suffixAfter(t, i) || placeSuffixNext(t, i)))) {
            int end = i;
            while (end + 1 < t.n && t.ws[end + 1] == 1 && isCap(t, end + 1) && end - i < 2
                    && (flags(t, end + 1) & (STOP | CLINICAL | STATE | MONTH | WEEKDAY)) == 0) {
                end++;
            }
            if (end + 1 < t.n && t.ws[end + 1] == 1 && t.kind[end + 1] == WORD
                    && (flags(t, end + 1) & PLACE_SUFFIX) != 0 && isCap(t, end + 1)) {
                end++;
            }
            end = possessive(t, end);
            emit(t, out, i, end, PhiCategory.LOCATION, 0.8);
            return end + 1;
        }
        return i;
    }

    /** "dkowalski_mom", "u/quietlakes_throwaway", "moth#4412", "xXShadowChaseXx": handles by their shape. */
    private int handleShape(Tokens t, int i, List<PhiSpan> out) {
        if (t.ws[i] == 0 && i > 0 && t.kind[i - 1] != PUNCT) {
            return i;
        }
        int last = i;
        if (eq(t, i, "u") && t.isPunct(i + 1, '/') && t.ws[i + 1] == 0 && i + 2 < t.n
                && t.kind[i + 2] != PUNCT && t.ws[i + 2] == 0) {
            emit(t, out, i, i + 2, PhiCategory.USERNAME, 0.85);
            return i + 3;
        }
        if (t.isPunct(i + 1, '#') && t.ws[i + 1] == 0 && i + 2 < t.n && t.kind[i + 2] == NUM && t.len(i + 2) == 4
                && t.ws[i + 2] == 0) {
            emit(t, out, i, i + 2, PhiCategory.USERNAME, 0.85);
            return i + 3;
        }
        if (underscore(t, i, last)) {
            emit(t, out, i, last, PhiCategory.USERNAME, 0.8);
            return last + 1;
        }
        int inner = 0;
        for (int k = t.s[i] + 1; k < t.e[i]; k++) {
            if (upper(t.c[k]) && lower(t.c[k - 1])) {
                inner++;
            }
        }
        if (inner >= 2 && t.len(i) >= 8 && (flags(t, i) & (VOCABULARY | CLINICAL)) == 0) {
            emit(t, out, i, i, PhiCategory.USERNAME, 0.7);
            return i + 1;
        }
        return i;
    }

    /** The last token of the longest vocabulary phrase (two to six tokens) starting at {@code i}, or {@code i}. */
    private int vocabularyPhrase(Tokens t, int i) {
        return phrase(t, i, VOCABULARY | CLINICAL);
    }

    /** The last token of the longest phrase (two to six tokens) starting at {@code i} with a flag of {@code mask}, or {@code i}. */
    private int phrase(Tokens t, int i, long mask) {
        if ((flags(t, i) & Lexicon.PHRASE_START) == 0) {
            return i;
        }
        int best = i;
        int k = i;
        int hash = t.hash[i]; // the table's hash of the text from word i on, extended word by word
        int hashed = t.e[i];
        for (int words = 1; words < 6; words++) {
            int m = k + 1;
            if (t.isPunct(m, '\'') && t.ws[m] == 0 && m + 1 < t.n && (t.ws[m + 1] == 0
                    || t.ws[m + 1] == 1 && t.c[t.e[k] - 1] == 's')) {
                m++; // "New Year's Eve"; "Presidents' Day", a plural's possessive (round 39)
            }
            if (m >= t.n || t.kind[m] != WORD || t.ws[m] > 1 || t.ws[m] == 0 && t.kind[m - 1] != PUNCT) {
                break;
            }
            k = m;
            for (; hashed < t.e[k]; hashed++) {
                hash = 31 * hash + WordTable.foldForHash(t.c[hashed]);
            }
            if ((lex.get(t.c, t.s[i], t.e[k], hash) & mask) != 0 && singleSpaced(t, i, k)) {
                best = k;
            }
        }
        return best;
    }

    private static boolean singleSpaced(Tokens t, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (t.ws[k] == 1 && t.s[k] - t.e[k - 1] != 1) {
                return false;
            }
        }
        return true;
    }

    /** "Argyle St", "W 25th Pl", "Devon Ave", and corners: "Clark and Division", "Halsted & 79th". */
    private int streetWithoutNumber(Tokens t, int i, long f, List<PhiSpan> out) {
        int k = i;
        if ((f & DIRECTION) != 0 && t.len(i) <= 5 && k + 1 < t.n && t.ws[k + 1] == 1
                && (isCap(t, k + 1) || t.kind[k + 1] == ALNUM && ordinal(t, k + 1))) {
            k++;
        }
        int name = k;
        if (!(isCap(t, name) || t.kind[name] == ALNUM && ordinal(t, name)) || (flags(t, name) & (TITLE | CLINICAL)) != 0) {
            return i;
        }
        int street = name + 1;
        if (street < t.n && t.ws[street] == 1 && isCap(t, street) && (flags(t, street) & STREET) != 0
                && (t.len(street) <= 4 || !isCap(t, street + 1)) && !(eq(t, street, "dr") && isCap(t, street + 2))
                && (flags(t, name) & (STOP)) == 0 && !sentenceStart(t, street)) {
            int end = street;
            if (t.isPunct(end + 1, '.') && t.ws[end + 1] == 0) {
                end++;
            }
            end = cornerTail(t, end);
            emit(t, out, i, end, PhiCategory.ADDRESS, 0.8);
            return end + 1;
        }
        // a corner after "at", "on", "near", "of", "from"...; or any corner with a numbered street ("Kostka and 63rd")
        int p = i - 1;
        boolean cue = p >= 0 && t.kind[p] == WORD && (eq(t, p, "at") || eq(t, p, "on") || eq(t, p, "near")
                || eq(t, p, "of") || eq(t, p, "from") || eq(t, p, "to") || eq(t, p, "by") || eq(t, p, "off")
                || eq(t, p, "around") || eq(t, p, "past") || eq(t, p, "between"));
        if (name + 2 < t.n && t.ws[name + 1] == 1 && (t.isPunct(name + 1, '&') || eq(t, name + 1, "and"))
                && t.ws[name + 2] == 1 && (cue && isCap(t, name + 2) || t.kind[name + 2] == ALNUM && ordinal(t, name + 2))
                && (flags(t, name + 2) & (TITLE | CLINICAL | VOCABULARY)) == 0 && (f & (VOCABULARY | CLINICAL)) == 0
                && (cue || !sentenceStart(t, i) && (f & (FIRST | STOP)) == 0)) {
            int end = name + 2;
            if (end + 1 < t.n && t.ws[end + 1] == 1 && isCap(t, end + 1) && (flags(t, end + 1) & STREET) != 0) {
                end++;
            }
            emit(t, out, i, end, PhiCategory.ADDRESS, 0.75);
            return end + 1;
        }
        return i;
    }

    /** A street goes on to the corner it makes: "Western Ave and 71st", "35th Street and Halsted". */
    private int cornerTail(Tokens t, int end) {
        int a = end + 1;
        if (a + 1 < t.n && t.ws[a] == 1 && t.ws[a + 1] == 1 && (eq(t, a, "and") || t.isPunct(a, '&'))
                && (isCap(t, a + 1) && (flags(t, a + 1) & (TITLE | CLINICAL | VOCABULARY | FIRST)) == 0
                || t.kind[a + 1] == ALNUM && ordinal(t, a + 1))) {
            int e = a + 1;
            if (e + 1 < t.n && t.ws[e + 1] == 1 && isCap(t, e + 1) && (flags(t, e + 1) & STREET) != 0) {
                e++;
            }
            return e;
        }
        return end;
    }

    /**
     * A street written the way Latin America and Europe write it, street word first: "Rua Augusta 1204,
     * apto 51", "Calle Durango 88", "Carrera 7 #71-21", "ul. Długa 14/3".
     */
    private int streetWordFirst(Tokens t, int i, List<PhiSpan> out) {
        int road = numberedRoad(t, i);
        if (road > i) {
            emit(t, out, i, road, PhiCategory.ADDRESS, 0.75);
            return road + 1;
        }
        if (!streetWordComesFirst(t, i)) {
            return i;
        }
        int k = i + 1;
        if (t.isPunct(k, '.')) {
            k++;
        }
        int words = 0;
        while (k < t.n && t.ws[k] == 1 && words < 4 && (isCap(t, k) || words > 0 || k + 1 < t.n && isCap(t, k + 1))
                && (isCap(t, k) || t.kind[k] == WORD && STREET_PARTICLES.contains(t.text.substring(t.s[k], t.e[k])))) {
            k++; // "Calle de Alcalá", "Rua dos Andradas": the particles of a name
            words++;
        }
        if (k >= t.n || t.kind[k] != NUM || t.ws[k] != 1 || words == 0 && t.kind[k] != NUM) {
            return i;
        }
        int end = k;
        if (words == 0) {
            // "Carrera 7 #71-21", "Calle 45 No. 12-34": a numbered street and then the house number
            int h = end + 1;
            if (t.isPunct(h, '#')) {
                h++;
            } else if (h < t.n && (eq(t, h, "no") || eq(t, h, "n")) ) {
                h++;
                if (t.isPunct(h, '.') || t.isPunct(h, '\u00ba') || t.isPunct(h, '\u00b0')) {
                    h++;
                }
            } else {
                return i;
            }
            if (h >= t.n || t.kind[h] != NUM) {
                return i;
            }
            end = h;
        }
        // "14/3", "71-21": the rest of the number
        while (end + 2 < t.n && t.ws[end + 1] == 0 && (t.isPunct(end + 1, '-') || t.isPunct(end + 1, '/'))
                && t.kind[end + 2] == NUM && t.ws[end + 2] == 0) {
            end += 2;
        }
        end = unitAfterAddress(t, end);
        emit(t, out, i, end, PhiCategory.ADDRESS, 0.8);
        return end + 1;
    }

    /** "Port-au-Prince", "Hye-jin Park", "Mazar-i-Sharif": a hyphenated name with a part no dictionary knows. */
    private int hyphenatedName(Tokens t, int i, List<PhiSpan> out) {
        if (!t.isPunct(i + 1, '-') || t.ws[i + 1] != 0 || i + 2 >= t.n || t.ws[i + 2] != 0 || t.kind[i + 2] != WORD) {
            return i;
        }
        if (describedBy(t, i)) {
            return i + 3; // "Capgras-like beliefs", "Gottman-informed work": a description, not a person
        }
        int k = i;
        boolean unknown = false;
        while (true) {
            long pf = flags(t, k);
            if (allCaps(t, k)) {
                return i; // "EDE-Q", "WISC-V": an instrument's acronym
            }
            if ((pf & (VOCABULARY | CLINICAL)) == 0 && t.len(k) >= 2 && !ordinary(t, k)
                    || (pf & (FIRST | SURNAME | CITY)) != 0 && (pf & STOP) == 0) {
                unknown = true;
            }
            if (t.isPunct(k + 1, '-') && t.ws[k + 1] == 0 && k + 2 < t.n && t.ws[k + 2] == 0 && t.kind[k + 2] == WORD) {
                k += 2;
            } else {
                break;
            }
        }
        if ((lex.get(t.c, t.s[i], t.e[k]) & (VOCABULARY | CLINICAL)) != 0) {
            return k + 1; // "Kübler-Ross", "Myers-Briggs": vocabulary
        }
        if (!unknown) {
            return i;
        }
        String type = placePrepBefore(t, i) ? PhiCategory.LOCATION : PhiCategory.PERSON;
        int end = k;
        if (type.equals(PhiCategory.PERSON)) {
            end = extendName(t, k);
        }
        emit(t, out, i, end, type, 0.75);
        return end + 1;
    }

    // ---------------------------------------------------------------- organizations and facilities

    /**
     * An employer, school, church, venue or other facility: a run of capitalized words that ends in
     * an organization word ("Lakeshore Behavioral Health", "Midwest Cold Storage LLC", "Family
     * Service of Glencoe", "Motel 6"), or any capitalized run after an employment cue ("works at
     * Deloitte", "drives for Uber", "tends bar at The Green Mill").
     */
    private int organization(Tokens t, int i, long f, List<PhiSpan> out) {
        if ((f & (TITLE | KIN)) != 0 && (f & ORG_SUFFIX) == 0) {
            return i; // "Dr. Alvarez at ...": a person first
        }
        if ((f & (ORG_SUFFIX | PLACE_SUFFIX | FIRST | SURNAME | CITY)) == 0 && (f & EPONYM) != 0 && possessiveAfter(t, i)
                || sentenceStart(t, i) && (f & (ORG_SUFFIX | PLACE_SUFFIX | FIRST | SURNAME | CITY | PUBLIC)) == 0
                && common(t, i) && !(i + 1 < t.n && t.ws[i + 1] == 1 && (flags(t, i + 1) & ORG_SUFFIX) != 0)) {
            return i; // "Reviewed Gottman's Sound Relationship House": a verb and a cited model, no organization
        }
        int last = -1;
        int k = i;
        int words = 0;
        boolean allClinical = true;
        while (k < t.n && words < 9) {
            if (k > i) {
                int next = nextRunWord(t, k - 1);
                if (next < 0) {
                    break;
                }
                k = next;
            }
            long kf = flags(t, k);
            words++;
            if ((kf & ORG_SUFFIX) != 0 && k > i && !allCaps(t, k) || k > i && allCaps(t, k) && (kf & ORG_SUFFIX) != 0
                    && t.len(k) <= 4) {
                last = k;
            } else if ((kf & CLINICAL) == 0 || (kf & (PUBLIC | CITY | FIRST | SURNAME | ORG_SUFFIX)) != 0) {
                allClinical = false; // "Mosque Foundation", "Temple Sholom" start with an organization word
            }
            k++;
        }
        if (last >= 0 && vocabularyPhrase(t, last) > last) {
            return i; // "Spent Memorial Day at the lake": a holiday, no organization
        }
        if (last < 0 && (f & ORG_SUFFIX) != 0 && i + 2 < t.n && t.kind[i + 1] == WORD && eq(t, i + 1, "of")) {
            last = i; // "University of Notre Dame": the of-phrase is added below
        }
        boolean employer = employerBefore(t, i) || last < 0 && venueBefore(t, i, f);
        if (last < 0 && !employer) {
            return i;
        }
        if (last >= 0) {
            last = ofPhrase(t, last);
            int m;
            int suffix = last;
            while ((eq(t, suffix, "station") || eq(t, suffix, "base")) && (m = nextRunWord(t, last)) > 0
                    && m - last <= 2 && m - suffix <= 4 && (flags(t, m) & (VOCABULARY | TITLE | KIN | FIRST)) == 0) {
                last = m; // "Naval Station Great Lakes", "Air Force Base Scott"
            }
            if ((m = nextRunWord(t, last)) > 0 && m == last + 1 && (flags(t, m) & Lexicon.TEAM) != 0) {
                last = m; // "Logan Square Lions": a team named after a place
            }
        }
        if (last < 0) {
            // after an employment cue the whole capitalized run is the employer
            last = i;
            int m;
            while ((m = nextRunWord(t, last)) > 0 && m - i < 12) {
                last = m;
            }
            if ((f & (CLINICAL | STOP)) != 0 && last == i && (f & PUBLIC) == 0 || allCaps(t, i) && last == i
                    && (f & CLINICAL) != 0) {
                return i;
            }
        } else if (allClinical) {
            return i; // "Partial Hospitalization Program", "Behavioral Health": a service, no name in it
        }
        // a number or code right after the name belongs to it: "Motel 6", "Warehouse 3", "Amazon MDW2"
        int tail = last + 1;
        if (tail < t.n && t.ws[tail] == 1 && (t.kind[tail] == NUM && t.len(tail) <= 4 && (flags(t, last) & ORG_SUFFIX) != 0
                && (!unitAfter(t, tail) || tail + 1 < t.n && (eq(t, tail + 1, "in") || eq(t, tail + 1, "at"))) || t.kind[tail] == ALNUM && t.len(tail) <= 6 && upper(t.first(tail))
                && !icd10(t, tail))) {
            last = tail;
        }
        emit(t, out, i, possessive(t, last), PhiCategory.LOCATION, 0.75);
        return possessive(t, last) + 1;
    }

    /**
     * A run of two or more capitalized words after "at" or "from" that is no vocabulary phrase and no
     * person's name: a business, a church or a hospital by its own name ("at Greater Mount Zion Baptist",
     * "from Ingalls Memorial").
     */
    private boolean venueBefore(Tokens t, int i, long f) {
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")) {
            p--;
        }
        if (p < 0 || t.kind[p] != WORD || !(eq(t, p, "at") || eq(t, p, "from") || eq(t, p, "by")) || sentenceStart(t, i)
                || (f & (TITLE | KIN | MONTH | WEEKDAY | STATE | FIRST)) != 0 || allCaps(t, i)) {
            return false;
        }
        int m = nextRunWord(t, i);
        if (m < 0 || m - i > 3 || vocabularyPhrase(t, i) >= m) {
            return false;
        }
        // not a name and surname ("a text from Lopez Garcia") and not all vocabulary ("at Christmas Eve")
        long a = f;
        long b = flags(t, m);
        return (a & VOCABULARY) == 0 || (b & VOCABULARY) == 0 && (b & (FIRST | SURNAME)) == 0;
    }

    /**
     * A store chain or a team where the note puts someone ("at Costco", "shifts at Menards", "the Costco in
     * Niles", "the Bears game"): a place, like any business; elsewhere ("a Target run") a brand.
     */
    private int business(Tokens t, int i, long f, List<PhiSpan> out) {
        int end = (f & Lexicon.STORE) != 0 ? i : -1;
        int phrase = phrase(t, i, Lexicon.STORE);
        if (phrase > i) {
            end = phrase;
        }
        if (end >= 0) {
            end = possessive(t, end);
            if (!placeContext(t, i, end)) {
                return i;
            }
            emit(t, out, i, end, PhiCategory.LOCATION, 0.75);
            return end + 1;
        }
        if ((f & Lexicon.TEAM) == 0 || allCaps(t, i)) {
            return i;
        }
        int p = prevWord(t, i);
        int n = i + 1;
        boolean team = p >= 0 && eq(t, p, "the") && !sentenceStart(t, i) || employerBefore(t, i)
                || n < t.n && t.kind[n] == WORD && (eq(t, n, "game") || eq(t, n, "games") || eq(t, n, "fan")
                || eq(t, n, "fans") || eq(t, n, "season") || eq(t, n, "tickets") || eq(t, n, "jersey")
                || eq(t, n, "won") || eq(t, n, "lost") || eq(t, n, "lose") || eq(t, n, "win") || eq(t, n, "play")
                || eq(t, n, "practice") || eq(t, n, "tryouts") || eq(t, n, "roster"));
        if (!team || followedTeam(t, i)) {
            return i;
        }
        int from = i;
        if (i >= 1 && t.ws[i] == 1 && isCap(t, i - 1) && !sentenceStart(t, i - 1) && (flags(t, i - 1) & CITY) != 0) {
            from = i - 1; // "Chicago Bears"
        }
        emit(t, out, from, possessive(t, i), PhiCategory.LOCATION, 0.75);
        return possessive(t, i) + 1;
    }

    /** Verbs of following a team from afar: what someone roots for, not where anyone is. */
    private static final java.util.Set<String> FOLLOWING = WordSet.of("love", "loves", "loved", "like", "likes",
            "liked", "hate", "hates", "hated", "follow", "follows", "followed", "support", "supports", "supported",
            "adore", "adores");

    /**
     * "loves the Cubs and the Bears", "only follows the Packers": "the" and a team after a verb of following, or after
     * "and" or "or" joining it to a capitalized name so followed, is the team someone roots for; where the next word is a game, a
     * ticket or a season ("likes the Bears game") the round-2 reading of a place stays.
     */
    private boolean followedTeam(Tokens t, int i) {
        int n = i + 1;
        if (n < t.n && t.kind[n] == WORD && (eq(t, n, "game") || eq(t, n, "games") || eq(t, n, "tickets")
                || eq(t, n, "stadium") || eq(t, n, "match"))) {
            return false;
        }
        int the = prevWord(t, i);
        for (int joins = 0; the >= 0 && eq(t, the, "the") && joins < 3; joins++) {
            int v = prevWord(t, the);
            if (v < 0 || t.kind[v] != WORD) {
                return false;
            }
            if (FOLLOWING.contains(t.text.substring(t.s[v], t.e[v]).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            int joined = prevWord(t, v);
            if (!(eq(t, v, "and") || eq(t, v, "or")) || joined < 0 || !isCap(t, joined)) {
                return false;
            }
            the = prevWord(t, joined); // the name before "and": "the Cubs and the Bears"
        }
        return false;
    }

    /** Words around a business that put someone there: "at", "from", "outside", "works at", "in Niles", "parking lot". */
    private boolean placeContext(Tokens t, int i, int end) {
        int p = i - 1;
        while (p >= 0 && t.kind[p] == WORD && (eq(t, p, "the") || eq(t, p, "a") || eq(t, p, "this") || eq(t, p, "that")
                || eq(t, p, "same") || eq(t, p, "local") || eq(t, p, "nearest") || eq(t, p, "closest"))) {
            p--;
        }
        if (p >= 0 && t.kind[p] == WORD && (eq(t, p, "at") || eq(t, p, "from") || eq(t, p, "to") || eq(t, p, "outside")
                || eq(t, p, "near") || eq(t, p, "behind") || eq(t, p, "into") || eq(t, p, "inside") || eq(t, p, "by")
                || eq(t, p, "across") || eq(t, p, "opposite") || eq(t, p, "in"))) {
            return true;
        }
        if (employerBefore(t, i)) {
            return true;
        }
        if (p >= 1 && t.kind[p] == WORD && eq(t, p, "of") && t.kind[p - 1] == WORD && (eq(t, p - 1, "office")
                || eq(t, p - 1, "branch") || eq(t, p - 1, "plant") || eq(t, p - 1, "warehouse") || eq(t, p - 1, "campus")
                || eq(t, p - 1, "headquarters") || eq(t, p - 1, "factory") || eq(t, p - 1, "location"))) {
            return true; // "the Austin office of Accenture": a workplace
        }
        int n = end + 1;
        if (n < t.n && t.kind[n] == WORD && t.ws[n] == 1) {
            if (eq(t, n, "parking") || eq(t, n, "lot") || eq(t, n, "store") || eq(t, n, "location") || eq(t, n, "branch")
                    || eq(t, n, "pharmacy") || eq(t, n, "shift") || eq(t, n, "shifts") || eq(t, n, "manager")
                    || eq(t, n, "employee") || eq(t, n, "job")) {
                return true;
            }
            return (eq(t, n, "in") || eq(t, n, "on") || eq(t, n, "near") || eq(t, n, "off") || eq(t, n, "at")) && n + 1 < t.n
                    && (isCap(t, n + 1) || t.kind[n + 1] == NUM || t.kind[n + 1] == ALNUM);
        }
        return false;
    }

    /** An organization's name goes on over "of"/"at" and a capitalized run: "Church of Christ", "Pediatrics at Uptown". */
    private int ofPhrase(Tokens t, int last) {
        int m = last + 1;
        if (m + 1 < t.n && t.ws[m] == 1 && t.kind[m] == WORD && (eq(t, m, "of") || eq(t, m, "at"))) {
            int n = m + 1;
            if (eq(t, n, "the") && n + 1 < t.n) {
                n++;
            }
            if (n < t.n && t.ws[n] == 1 && isCap(t, n) && (flags(t, n) & (STATE | WEEKDAY | MONTH)) == 0) {
                int end = n;
                int next;
                while ((next = nextRunWord(t, end)) > 0 && next - n < 5 && !eq(t, next - 1, "of")) {
                    end = next;
                }
                return end;
            }
        }
        // "Inc.", "Co.": the abbreviation's full stop
        if (t.isPunct(m, '.') && t.ws[m] == 0 && t.len(last) <= 4 && (flags(t, last) & ORG_SUFFIX) != 0
                && (eq(t, last, "inc") || eq(t, last, "co") || eq(t, last, "corp") || eq(t, last, "ltd")
                || eq(t, last, "bros") || eq(t, last, "assn") || eq(t, last, "dept") || eq(t, last, "univ")
                || eq(t, last, "intl") || eq(t, last, "mfg") || eq(t, last, "sch") || eq(t, last, "hosp"))
                && (m + 1 >= t.n || t.ws[m + 1] != 0 || t.kind[m + 1] == PUNCT)) {
            return m;
        }
        return last;
    }

    /** The "'s" after a venue's name belongs to it: "Portillo's", "Delilah's". */
    private static int possessive(Tokens t, int last) {
        return possessiveAfter(t, last) ? last + 2 : last;
    }

    /** The next word of a capitalized run after token {@code k}, over connectors and possessives, or -1. */
    private int nextRunWord(Tokens t, int k) {
        int m = k + 1;
        if (m >= t.n) {
            return -1;
        }
        // "Lurie Children's", "St. Hedwig", "Jewel-Osco", "Chen & Patel"
        if (t.kind[m] == PUNCT && t.ws[m] == 0) {
            char c = t.first(m);
            if ((c == '\'' || c == '\u2019') && m + 1 < t.n && t.kind[m + 1] == WORD && t.len(m + 1) == 1
                    && t.ws[m + 1] == 0 && (t.first(m + 1) == 's' || t.first(m + 1) == 'S')) {
                m += 2;
                if (m < t.n && t.ws[m] == 1 && isCap(t, m)) {
                    return m;
                }
                return -1;
            }
            if ((c == '.' && t.len(k) <= 3 || c == '-' || (c == '\'' || c == '\u2019') && t.len(k) == 1)
                    && m + 1 < t.n && isCap(t, m + 1) && t.ws[m + 1] <= 1) {
                return m + 1;
            }
            return -1;
        }
        if (t.ws[m] != 1) {
            return -1;
        }
        if (isCap(t, m) || t.kind[m] == ALNUM && upper(t.first(m))) {
            return m;
        }
        if (t.isPunct(m, '&') && m + 1 < t.n && isCap(t, m + 1)) {
            return m + 1;
        }
        if (t.kind[m] == WORD && m + 1 < t.n && t.ws[m + 1] == 1 && (eq(t, m, "of") || eq(t, m, "and")
                || eq(t, m, "at") && (flags(t, k) & ORG_SUFFIX) != 0 || eq(t, m, "de") || eq(t, m, "del")
                || eq(t, m, "la") || eq(t, m, "for"))) {
            int n = m + 1;
            if (eq(t, n, "the") && n + 1 < t.n && t.ws[n + 1] == 1) {
                n++;
            }
            if (isCap(t, n)) {
                return n;
            }
        }
        return -1;
    }

    /** "works at", "drives for", "volunteers at the", "job at": the next capitalized run is an employer. */
    private boolean employerBefore(Tokens t, int i) {
        int p = i - 1;
        if (p >= 0 && t.kind[p] == WORD && eq(t, p, "the")) {
            p--;
        }
        // "from" too: one leaves an employer or a school from it ("laid off from", "furloughed from", "retired from")
        if (p < 0 || t.kind[p] != WORD || !(eq(t, p, "at") || eq(t, p, "for") || eq(t, p, "with") || eq(t, p, "by")
                || eq(t, p, "from"))) {
            return false;
        }
        for (int k = p - 1, seen = 0; k >= 0 && seen < 4; k--) {
            if (t.kind[k] == PUNCT) {
                if (".;!?".indexOf(t.first(k)) >= 0) {
                    return false;
                }
                continue;
            }
            seen++;
            if ((flags(t, k) & EMPLOYER) != 0 || eq(t, p, "from") && LEAVING.contains(lowerWord(t, k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbs of leaving a job or a school, every inflection, read only before "from" ("furloughed from the IRS",
     * "retired from the Postal Service"); kept out of the lexicon's cue flags, which the token models read.
     */
    private static final java.util.Set<String> LEAVING = WordSet.of("furlough", "furloughs", "furloughed",
            "resign", "resigns", "resigned", "resigning", "retire", "retires", "retired", "retiring", "quit", "quits",
            "quitting", "terminated", "dismissed", "expelled", "suspended", "graduated", "graduates", "graduate",
            "graduating", "withdrew", "dropped", "discharged");

    /** "in Crystal Lake", "Oak Park, IL", "Crystal Lake 60014": a name word before a place word is a place. */
    private boolean placeSuffixNext(Tokens t, int i) {
        int k = i + 1;
        if (k >= t.n || t.ws[k] != 1 || !isCap(t, k) || (flags(t, k) & PLACE_SUFFIX) == 0) {
            return false;
        }
        return placePrepBefore(t, i) || t.isPunct(k + 1, ',') || k + 1 < t.n && t.kind[k + 1] == NUM && t.len(k + 1) == 5;
    }

    private boolean suffixAfter(Tokens t, int i) {
        int k = i + 1;
        if (k >= t.n || t.ws[k] != 1 || t.kind[k] != WORD) {
            return false;
        }
        long f = flags(t, k);
        if ((f & PLACE_SUFFIX) == 0) {
            return false;
        }
        String w = t.text.substring(t.s[k], t.e[k]).toLowerCase(java.util.Locale.ROOT);
        // "Cook County", "Pilsen neighborhood"; "Park" or "Lake" alone are too common to count without a cue
        return w.equals("county") || w.equals("township") || w.equals("parish") || w.equals("neighborhood")
                || w.equals("neighbourhood") || w.equals("borough");
    }
}
