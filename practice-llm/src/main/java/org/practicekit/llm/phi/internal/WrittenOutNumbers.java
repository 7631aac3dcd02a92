package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.INSTRUMENT;
import static org.practicekit.llm.phi.internal.Lexicon.SCALE_CUE;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Numbers the guard's residual check reads by their shape, denying by default: a phone number spelled
 * digit by digit or in words ("7 0 8, 5 5 5, ...", "nine one seven five ..."), and a month/day written
 * with a slash ("4/10", "10/4/25"), which is a date unless a scale, a score or a count reads it. Stateless.
 */
public final class WrittenOutNumbers {
    private WrittenOutNumbers() {
    }

    /** Digits of spelled numbers; "oh" and "o" only between other digits. */
    private static final List<String> DIGIT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine");

    /**
     * The digits' names in the other languages clients read a number in (round 35): Spanish, Portuguese, French,
     * Italian, Tagalog and Vietnamese, with and without accents, each its value. Words of three letters or fewer that
     * are no English digit ("un", "um", "ba", "hai") count only inside a run, like "oh"; so does every word of a
     * language whose digits are everyday words elsewhere ("lima", "bay", "sau", "chin", "nam", "tam", "bon").
     */
    private static final String[][] DIGIT_WORDS_ABROAD = {
        {"cero", "zéro", "zero", "sero", "không", "khong"},
        {"uno", "un", "um", "una", "isa", "một", "mot"},
        {"dos", "dois", "duas", "deux", "due", "dalawa", "hai"},
        {"tres", "três", "trois", "tre", "tatlo", "ba"},
        {"cuatro", "quatro", "quatre", "quattro", "apat", "bốn", "bon"},
        {"cinco", "cinq", "cinque", "lima", "năm", "nam"},
        {"seis", "sei", "anim", "sáu", "sau"},
        {"siete", "sete", "sept", "sette", "pito", "bảy", "bay"},
        {"ocho", "oito", "huit", "otto", "walo", "tám", "tam"},
        {"nueve", "nove", "neuf", "siyam", "chín", "chin"},
    };

    /**
     * French numbers read in pairs ("zéro six, douze, trente-quatre"): each is two digits of the number; a unit
     * joined to a ten by a hyphen ("trente-quatre", "soixante-dix-huit") adds none.
     */
    private static final Set<String> PAIR_WORDS = WordSet.of("dix", "onze", "douze", "treize", "quatorze", "quinze",
            "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "quatre-vingt", "quatre-vingts");

    /** The value {@link #digitWord} gives a French pair word: two digits, no single value. */
    private static final int PAIR = 100;

    /** Digit words that are everyday words or names elsewhere: never the first of a run. */
    private static final Set<String> ONLY_IN_RUN = Set.of("sept", "lima", "bay", "sau", "chin", "nam", "tam", "bon",
            "mot");

    /** Digit words by their first letter (a-z), so a word is compared only with the few that could be it. */
    private static final int[][] BY_INITIAL = new int[26][];
    private static final String[] ALL_DIGIT_WORDS;
    private static final int[] ALL_DIGIT_VALUES;

    static {
        List<String> names = new java.util.ArrayList<>();
        List<Integer> values = new java.util.ArrayList<>();
        for (int v = 0; v < 10; v++) {
            names.add(DIGIT_WORDS.get(v));
            values.add(v);
            for (String w : DIGIT_WORDS_ABROAD[v]) {
                if (!names.contains(w)) {
                    names.add(w);
                    values.add(v);
                }
            }
        }
        for (String w : PAIR_WORDS) {
            names.add(w);
            values.add(PAIR);
        }
        ALL_DIGIT_WORDS = names.toArray(new String[0]);
        ALL_DIGIT_VALUES = values.stream().mapToInt(Integer::intValue).toArray();
        for (int c = 0; c < 26; c++) {
            List<Integer> at = new java.util.ArrayList<>();
            for (int k = 0; k < ALL_DIGIT_WORDS.length; k++) {
                if (ALL_DIGIT_WORDS[k].charAt(0) == 'a' + c) {
                    at.add(k);
                }
            }
            BY_INITIAL[c] = at.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Adds a {@code PHONE} span over each run of seven or more digits written one or a few at a time,
     * as digits or words, joined by spaces, commas, dots, dashes or parentheses. A count ("one, two,
     * three, ...") goes up by one each step and is left alone.
     */
    static void phones(String text, List<PhiSpan> out) {
        phones(text, text.toCharArray(), out);
    }

    /** {@link #phones(String, List)} reading {@code chars}, the chars of {@code text}: no index check per char. */
    static void phones(String text, char[] chars, List<PhiSpan> out) {
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            // a run starts only at a digit or at a word whose first letter starts a digit's name: skip the rest fast
            if (c >= 128 || !RUN_START[c] || c > '9' && i > 0 && NameTokens.letterOrDigit(chars[i - 1])) {
                i++;
                continue;
            }
            int runStart = -1;
            int runEnd = -1;
            int digits = 0;
            int tokens = 0;
            int small = 0;
            int spelled = 0;
            boolean counting = true;
            int last = -2;
            boolean afterPair = false;
            int k = i;
            while (k < n) {
                int t = k;
                while (t < n && separator(chars[t])) {
                    t++;
                }
                if (t > k && tokens > 0 && gap(chars, k, t) > 3) {
                    break;
                }
                int te = t;
                int value;
                int count;
                if (te < n && isDigit(chars[te])) {
                    while (te < n && isDigit(chars[te])) {
                        te++;
                    }
                    count = te - t;
                    value = count == 1 ? chars[t] - '0' : -1;
                    if (count > 4 || te < n && NameTokens.letter(chars[te])) {
                        break;
                    }
                    afterPair = false;
                } else {
                    while (te < n && NameTokens.letter(chars[te])) {
                        te++;
                    }
                    value = digitWord(text, t, te, tokens > 0);
                    if (value < 0 && tokens == 0 && lastDigitsCue(text, t)) {
                        value = digitWord(text, t, te, true); // "ends in oh one nine two"
                    }
                    if (value < 0) {
                        break;
                    }
                    boolean joined = afterPair && t - k == 1 && chars[k] == '-'; // "trente-quatre": one pair
                    count = joined ? 0 : value == PAIR ? 2 : 1;
                    afterPair = value == PAIR || joined;
                    if (value == PAIR) {
                        value = -1;
                    }
                    spelled++;
                }
                if (runStart < 0) {
                    runStart = t;
                }
                if (count > 0) {
                    counting &= value >= 0 && (last < -1 || Math.abs(value - last) == 1);
                    last = value;
                    tokens++;
                    small += count == 1 ? 1 : 0;
                }
                digits += count;
                runEnd = te;
                k = te;
            }
            boolean pairs = spelled > 0 && tokens >= 4 && digits >= 8 && small * 2 < tokens; // "zéro six, douze, ..."
            if (runStart >= 0 && digits >= 7 && tokens >= 4 && (small >= 4 || pairs) && !counting
                    && (spelled > 0 || small * 2 >= tokens)) {
                out.add(new PhiSpan(runStart, runEnd, PhiCategory.PHONE, 0.6));
                i = runEnd;
            } else if (runStart >= 0 && digits == 4 && tokens == 4 && spelled > 0 && !counting
                    && lastDigitsCue(text, runStart)) {
                out.add(new PhiSpan(runStart, runEnd, PhiCategory.PHONE, 0.6)); // "ends in oh one nine two"
                i = runEnd;
            } else {
                i = runStart >= 0 ? Math.max(runEnd, i + 1) : nextToken(chars, i);
            }
        }
        extensions(text, chars, out);
    }

    /** Words before a number's last digits: "ends in", "ending in", "last four". */
    private static boolean lastDigitsCue(String text, int s) {
        int p = s;
        while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == ':')) {
            p--;
        }
        return endsWithWord(text, p, "ends in") || endsWithWord(text, p, "ending in")
                || endsWithWord(text, p, "last four") || endsWithWord(text, p, "last 4")
                || endsWithWord(text, p, "termina en") || endsWithWord(text, p, "termina em");
    }

    private static boolean endsWithWord(String text, int end, String words) {
        int s = end - words.length();
        return s >= 0 && text.regionMatches(true, s, words, 0, words.length())
                && (s == 0 || !NameTokens.letterOrDigit(text.charAt(s - 1)));
    }

    /**
     * An extension alone, its names after "ext", "ext." or "extension" ("ext two", "extension four twelve"), its
     * digits there only after a possessive ("her ext. is 4412"; "the adjuster at Travelers, ext 4471" is an office's
     * switchboard, which the corpora count no one's), or after a lone "x" where someone is reached (a word of contact
     * before it) when three or more digits follow and no digit or unit reads it ("my desk is x 214"; "2 x 214", "x 3
     * weeks" stay). The extension of a full number is already inside the number's span.
     */
    private static void extensions(String text, char[] chars, List<PhiSpan> out) {
        int n = chars.length;
        int from = 0;
        while (true) {
            int s = indexOfExtWord(chars, from);
            if (s < 0) {
                return;
            }
            int wordEnd = s;
            while (wordEnd < n && NameTokens.letter(chars[wordEnd])) {
                wordEnd++;
            }
            from = wordEnd;
            int len = wordEnd - s;
            boolean lone = len == 1 && (chars[s] == 'x' || chars[s] == 'X');
            if (!(lone || len == 3 && text.regionMatches(true, s, "ext", 0, 3)
                    || len == 9 && text.regionMatches(true, s, "extension", 0, 9))) {
                continue;
            }
            int k = wordEnd;
            if (!lone && k < n && chars[k] == '.') {
                k++;
            }
            if (k < n && chars[k] == ':') {
                k++;
            }
            while (k < n && chars[k] == ' ') {
                k++;
            }
            if (!lone && k + 2 < n && k > wordEnd && text.regionMatches(true, k, "is ", 0, 3)) {
                k += 3; // "her ext. is 4412"
                while (k < n && chars[k] == ' ') {
                    k++;
                }
            }
            if (k == wordEnd && !(lone || k < n && isDigit(chars[k])) || k >= n) {
                continue;
            }
            int e = k;
            int digits = 0;
            if (isDigit(chars[k])) {
                while (e < n && isDigit(chars[e])) {
                    e++;
                }
                digits = e - k;
                if (digits > 5 || e < n && (NameTokens.letter(chars[e]) || chars[e] == '/' || chars[e] == '%'
                        || chars[e] == '.' && e + 1 < n && isDigit(chars[e + 1]))) {
                    continue;
                }
            } else if (!lone) {
                int words = 0;
                int q = k;
                while (q < n) {
                    int we = q;
                    while (we < n && NameTokens.letter(chars[we])) {
                        we++;
                    }
                    if (we == q || spokenUpToNinetyNine(text, q, we) < 0) {
                        break;
                    }
                    words++;
                    e = we;
                    q = we;
                    while (q < n && (chars[q] == ' ' || chars[q] == '-')) {
                        q++;
                    }
                }
                digits = words;
            }
            if (digits == 0 || unitAfter(text, e) || lone && (digits < 3 || digitBefore(chars, s) || !contactBefore(text, s))) {
                continue;
            }
            if (!lone && s > 0 && NameTokens.letterOrDigit(chars[s - 1])) {
                continue;
            }
            if (!lone && isDigit(chars[k]) && !ownerBefore(text, s)) {
                continue; // "adjuster at Travelers, ext 4471": an office's switchboard, no one's own number
            }
            if (!covered(out, s, e)) {
                out.add(new PhiSpan(s, e, PhiCategory.PHONE, 0.6));
            }
            from = e;
        }
    }

    /** Words of reaching someone, one of which must stand in the five words before a lone "x 214". */
    private static final Set<String> CONTACT_WORDS = WordSet.of("call", "calls", "called", "reach", "dial", "desk",
            "line", "number", "phone", "cell", "office", "voicemail", "vm", "direct", "transfer", "ask", "text", "fax",
            "ext", "extension");

    /** A possessive before an extension in digits: "her ext. is 4412", "my desk, ext 214". */
    private static final Set<String> OWNERS = WordSet.of("my", "her", "his", "their", "your", "mi", "su", "mon", "ma",
            "meu", "minha");

    private static boolean ownerBefore(String text, int s) {
        return wordBefore(text, s, OWNERS);
    }

    private static boolean contactBefore(String text, int s) {
        return wordBefore(text, s, CONTACT_WORDS);
    }

    /** One of {@code words} in the five words before {@code s}. */
    private static boolean wordBefore(String text, int s, Set<String> words) {
        int p = s;
        for (int w = 0; w < 5 && p > 0; w++) {
            while (p > 0 && !Character.isLetter(text.charAt(p - 1))) {
                p--;
            }
            int e = p;
            while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
                p--;
            }
            if (e > p && WordSet.containsLower(words, text, p, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code found} (ordered spans of the rules) with the numbers {@link #phones(String, List)} reads added: a run the
     * rules read in pieces ("douze" as a name, "one hundred" as an age) is one number, so spans inside it give way;
     * one that crosses its edge keeps it out.
     */
    public static List<PhiSpan> withSpelledPhones(String text, List<PhiSpan> found) {
        List<PhiSpan> phones = new java.util.ArrayList<>(2);
        phones(text, phones);
        if (phones.isEmpty()) {
            return found;
        }
        List<PhiSpan> all = new java.util.ArrayList<>(found);
        for (PhiSpan p : phones) {
            boolean crossed = false;
            boolean same = false;
            for (PhiSpan f : found) {
                if (f.start() < p.end() && p.start() < f.end()) {
                    same |= f.start() <= p.start() && p.end() <= f.end();
                    crossed |= f.start() < p.start() || f.end() > p.end();
                }
            }
            if (same || crossed) {
                continue;
            }
            all.removeIf(f -> f.start() >= p.start() && f.end() <= p.end());
            all.add(p);
        }
        all.sort(java.util.Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return all;
    }

    private static int indexOfExtWord(char[] chars, int from) {
        for (int k = from; k < chars.length; k++) {
            char c = chars[k];
            if ((c == 'x' || c == 'X' || c == 'e' || c == 'E') && (k == 0 || !NameTokens.letterOrDigit(chars[k - 1]))) {
                return k;
            }
        }
        return -1;
    }

    /** A digit (and blanks) right before {@code s}: "2 x 214" multiplies. */
    private static boolean digitBefore(char[] chars, int s) {
        int p = s - 1;
        while (p >= 0 && chars[p] == ' ') {
            p--;
        }
        return p >= 0 && isDigit(chars[p]);
    }

    /** A unit or a word of time after a number: "x 100 mg", "x 120 days". */
    private static boolean unitAfter(String text, int e) {
        int k = e;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        int we = k;
        while (we < text.length() && Character.isLetter(text.charAt(we))) {
            we++;
        }
        return we > k && ((Lexicon.table().get(text, k, we) & UNIT_OF_MEASURE) != 0
                || WordSet.containsLower(TIME_UNITS, text, k, we));
    }

    private static final Set<String> TIME_UNITS = WordSet.of("day", "days", "week", "weeks", "month", "months",
            "year", "years", "hour", "hours", "min", "mins", "minutes", "times", "reps", "sets", "mg", "ml", "mcg");

    private static boolean covered(List<PhiSpan> spans, int s, int e) {
        for (PhiSpan p : spans) {
            if (p.start() < e && p.end() > s) {
                return true;
            }
        }
        return false;
    }

    /** "four", "twelve", "twenty" as 0-99 for an extension's words, or -1. */
    private static int spokenUpToNinetyNine(String text, int s, int e) {
        int v = digitWord(text, s, e, true);
        if (v >= 0 && v < 10) {
            return v;
        }
        for (int k = 0; k < TEENS.size(); k++) {
            if (TEENS.get(k).length() == e - s && text.regionMatches(true, s, TEENS.get(k), 0, e - s)) {
                return 10 + k;
            }
        }
        for (int k = 2; k < TENS.size(); k++) {
            if (TENS.get(k).length() == e - s && text.regionMatches(true, s, TENS.get(k), 0, e - s)) {
                return 10 * k;
            }
        }
        return -1;
    }

    private static final String DIGIT_INITIALS = "zotfsenZOTFSEN";
    /** ASCII characters a run may start with: digits and the first letters of the digits' names in any language. */
    private static final boolean[] RUN_START = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            RUN_START[c] = true;
        }
        for (String w : ALL_DIGIT_WORDS) {
            RUN_START[w.charAt(0)] = true;
            RUN_START[Character.toUpperCase(w.charAt(0))] = true;
        }
    }

    /** The marks between two tokens of a run; a run of dots or an ellipsis counts as one ("five five five... zero"). */
    private static int gap(char[] text, int from, int to) {
        int marks = 0;
        int len = 0;
        for (int k = from; k < to; k++) {
            boolean moreDots = (text[k] == '.' || text[k] == '\u2026') && k > from && (text[k - 1] == '.'
                    || text[k - 1] == '\u2026');
            if (moreDots) {
                continue;
            }
            len++;
            marks += text[k] == ' ' ? 0 : 1;
        }
        return Math.max(marks, len > 3 ? len : 0);
    }

    private static int nextToken(char[] text, int i) {
        int k = i;
        while (k < text.length && NameTokens.letterOrDigit(text[k])) {
            k++;
        }
        return Math.max(k, i + 1);
    }

    /** The chars a spelled run may have between its digits: " ,.-()" and the ellipsis. */
    private static boolean separator(char c) {
        return c == ' ' || c == ',' || c == '.' || c == '-' || c == '(' || c == ')' || c == '\u2026';
    }

    private static int digitWord(String text, int s, int e, boolean inRun) {
        int len = e - s;
        if (len < 1 || len > 13) {
            return -1;
        }
        char c0 = Character.toLowerCase(text.charAt(s));
        if (c0 < 'a' || c0 > 'z') {
            return -1;
        }
        for (int k : BY_INITIAL[c0 - 'a']) {
            String w = ALL_DIGIT_WORDS[k];
            if (w.length() == len && text.regionMatches(true, s, w, 0, len)) {
                int v = ALL_DIGIT_VALUES[k];
                // words that are everyday words too count only inside a run: "un", "um", "una", "due", "tre", "sei",
                // "sept" (a month), "lima", "bay", "chin"
                if (!inRun && v != PAIR && (len <= 3 && !DIGIT_WORDS.contains(w) && !w.equals("dos")
                        || ONLY_IN_RUN.contains(w))) {
                    return -1;
                }
                return v;
            }
        }
        return inRun && (len == 1 && (text.charAt(s) == 'o' || text.charAt(s) == 'O')
                || len == 2 && text.regionMatches(true, s, "oh", 0, 2)) ? 0 : -1;
    }

    /**
     * A month/day or month/day/year written with slashes, read as a date unless what is around it makes it
     * a score ("rated 4/10", "PHQ-9 14/27", "MoCA 24/30"), a count ("session 4/12", "5/7 days") or a
     * fraction ("1/2 of", "\"3/4\""). Numbers that cannot be a date ("24/7", "50/50", "120/80") are not.
     */
    static boolean slashDate(String text, int s, int e, WordTable lex) {
        int a = s;
        while (a < e && isDigit(text.charAt(a))) {
            a++;
        }
        if (a == s || a - s > 2 || a >= e || text.charAt(a) != '/') {
            return false;
        }
        int b = a + 1;
        while (b < e && isDigit(text.charAt(b))) {
            b++;
        }
        if (b == a + 1 || b - a - 1 > 2) {
            return false;
        }
        boolean year = false;
        if (b < e) {
            int c = b + 1;
            while (c < e && isDigit(text.charAt(c))) {
                c++;
            }
            if (text.charAt(b) != '/' || c != e || !(c - b - 1 == 2 || c - b - 1 == 4)) {
                return false;
            }
            year = true;
        }
        int first = Integer.parseInt(text, s, a, 10);
        int second = Integer.parseInt(text, a + 1, b, 10);
        boolean monthDay = first >= 1 && first <= 12 && second >= 1 && second <= 31;
        boolean dayMonth = first >= 13 && first <= 31 && second >= 1 && second <= 12;
        if (year) {
            return monthDay || dayMonth; // "10/4/25", "14/3/2024": no score has three parts
        }
        if (monthDay && dateRangeEnd(text, s, second)) {
            return true; // "7/3–7/10": the end of a range after a month and day over another total is a day too
        }
        if (s > 0 && "/-.:$#".indexOf(text.charAt(s - 1)) >= 0 || e < text.length() && "/-%".indexOf(text.charAt(e)) >= 0
                || text.startsWith("9/11", s) && e - s == 4) {
            return false; // part of a longer number or a rate, or the day everyone names
        }
        if (!monthDay) {
            // "back home 22/10": a day first is a date unless the text reads two numbers ("24/7", "BP 13/8"); round 23b
            return NumberReading.dayMonthByDefault(text, s, a, a + 1, b) && !sameTotalNearby(text, s, e, second);
        }
        NumberReading.Fraction slot = NumberReading.fractionSlot(text, s, e); // read alike by the rules
        return slot == NumberReading.Fraction.DATE || slot == NumberReading.Fraction.UNREAD
                && !scoreOrCount(text, s, e, first, second, lex);
    }

    private static final List<String> TEENS = List.of("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    /** Words after which a number spoken in words is a birth date: the slot decides, not the numbers. */
    private static final Set<String> BIRTH_SLOT = WordSet.of("born", "birthday", "dob", "birthdate", "d.o.b");
    /** Words after which a spoken number is a date only with its year: "since six three oh nine", not "until four thirty". */
    private static final Set<String> TIME_SLOT = WordSet.of("on", "since", "until", "till");

    /**
     * Dates spoken in words in a date's slot (round 28): a month number and a day, in words, after "born",
     * "birthday", "DOB", "date of birth" (and "is"/"was"/"on" between), with a spoken year or without it ("born four
     * seven ninety-one", "birthday is ten five"); after "on", "since", "until" only with the year, since two numbers
     * there are a time ("until four thirty"). Words are DatesByPolicy's [start, end) ranges; spans go to {@code out}.
     */
    static void spokenDates(String text, List<int[]> words, List<PhiSpan> out) {
        for (int k = 0; k + 2 < words.size(); k++) {
            int[] w = words.get(k);
            char c = text.charAt(w[0]);
            if (c != 'b' && c != 'B' && c != 'd' && c != 'D' && c != 'o' && c != 'O' && c != 's' && c != 'S'
                    && c != 'u' && c != 'U' && c != 't' && c != 'T') {
                continue; // no slot word starts with another letter: most words cost one char
            }
            boolean birth = WordSet.containsLower(BIRTH_SLOT, text, w[0], w[1])
                    || k >= 2 && lower(text, w[0], w[1]).equals("birth") && lower(text, words.get(k - 1)[0],
                            words.get(k - 1)[1]).equals("of") && lower(text, words.get(k - 2)[0], words.get(k - 2)[1])
                            .equals("date");
            boolean time = !birth && WordSet.containsLower(TIME_SLOT, text, w[0], w[1]);
            if (!birth && !time) {
                continue;
            }
            int m = k + 1;
            while (m < words.size() && m <= k + 2 && linkWord(text, words.get(m))) {
                m++; // "born on", "birthday is", "DOB was"
            }
            if (m + 1 >= words.size()) {
                continue;
            }
            int month = spokenNumber(text, words.get(m));
            int[] dw = words.get(m + 1);
            int day = spokenNumber(text, dw);
            int dayEnd = dw[1];
            int next = m + 2;
            if (day >= 20 && day % 10 == 0 && next < words.size() && day < 30) {
                int unit = spokenNumber(text, words.get(next)); // "twenty two" written apart
                if (unit >= 1 && unit <= 9) {
                    day += unit;
                    dayEnd = words.get(next)[1];
                    next++;
                }
            }
            if (month < 1 || month > 12 || day < 1 || day > 31 || text.substring(words.get(m)[1], dw[0]).strip()
                    .length() > 0 && !text.substring(words.get(m)[1], dw[0]).isBlank()) {
                continue;
            }
            int yearEnd = spokenYear(text, words, next);
            if (time && yearEnd < 0) {
                continue;
            }
            out.add(new PhiSpan(words.get(m)[0], yearEnd > 0 ? yearEnd : dayEnd, "DATE", 0.85));
        }
    }

    /** A birth word or "on", "since", "until", "till": a word after which a date stands. */
    static boolean datesWhatFollows(String text, int[] w) {
        return WordSet.containsLower(BIRTH_SLOT, text, w[0], w[1]) || WordSet.containsLower(TIME_SLOT, text, w[0], w[1]);
    }

    private static boolean linkWord(String text, int[] w) {
        String s = lower(text, w[0], w[1]);
        return s.equals("is") || s.equals("was") || s.equals("on") || s.equals("of") || s.equals("date");
    }

    /** The end of a spoken year starting at word {@code k} ("eighty-four", "oh six", "two thousand one", "nineteen ninety"), or -1. */
    private static int spokenYear(String text, List<int[]> words, int k) {
        if (k >= words.size() || !text.substring(words.get(k - 1)[1], words.get(k)[0]).isBlank()) {
            return -1;
        }
        int[] w = words.get(k);
        String s = lower(text, w[0], w[1]);
        if (k + 1 < words.size() && (s.equals("oh") || s.equals("two") && lower(text, words.get(k + 1)[0],
                words.get(k + 1)[1]).equals("thousand") || s.equals("nineteen"))) {
            int n = k + 1;
            if (s.equals("two")) {
                n++;
                if (n < words.size() && lower(text, words.get(n)[0], words.get(n)[1]).equals("and")) {
                    n++;
                }
                if (n < words.size() && spokenNumber(text, words.get(n)) > 0) {
                    return words.get(n)[1];
                }
                return words.get(k + 1)[1];
            }
            int v = spokenNumber(text, words.get(n));
            return v >= (s.equals("oh") ? 0 : 10) && v <= (s.equals("oh") ? 9 : 99) ? words.get(n)[1] : -1;
        }
        int v = spokenNumber(text, w);
        return v >= 20 ? w[1] : -1; // "eighty-four", "ninety": a year of two digits
    }

    private static final List<String> ORDINALS = List.of("", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    /** A day's ordinal in words, 1 to 31 ("ninth", "twenty-first", "thirtieth"), or -1. */
    static int spokenOrdinal(String text, int[] w) {
        String s = lower(text, w[0], w[1]);
        int o = ORDINALS.indexOf(s);
        if (o > 0) {
            return o;
        }
        if (s.equals("thirtieth")) {
            return 30;
        }
        int hyphen = s.indexOf('-');
        if (hyphen < 0) {
            return -1;
        }
        int ten = TENS.indexOf(s.substring(0, hyphen));
        int unit = ORDINALS.indexOf(s.substring(hyphen + 1));
        int n = ten >= 2 && unit >= 1 && unit <= 9 ? ten * 10 + unit : -1;
        return n <= 31 ? n : -1;
    }

    /** A number of one word in words, 1 to 99 ("seven", "twelve", "twenty-two", "eighty"), or -1. */
    static int spokenNumber(String text, int[] w) {
        String s = lower(text, w[0], w[1]);
        int d = DIGIT_WORDS.indexOf(s);
        if (d > 0) {
            return d;
        }
        int t = TEENS.indexOf(s);
        if (t >= 0) {
            return 10 + t;
        }
        int hyphen = s.indexOf('-');
        String tens = hyphen > 0 ? s.substring(0, hyphen) : s;
        int ten = TENS.indexOf(tens);
        if (ten < 2) {
            return -1;
        }
        if (hyphen < 0) {
            return ten * 10;
        }
        int unit = DIGIT_WORDS.indexOf(s.substring(hyphen + 1));
        return unit > 0 ? ten * 10 + unit : -1;
    }

    /** Denominators of the instruments a therapy note scores: PHQ-9, GAD-7, MoCA and MMSE, PHQ-8, AUDIT-C. */
    private static final Set<Integer> INSTRUMENT_TOTALS = Set.of(27, 21, 30, 24, 12, 10, 5, 4, 6, 9, 7, 8, 3);

    private static boolean scoreOrCount(String text, int s, int e, int first, int second, WordTable lex) {
        if (gatheringDate(text, s, e, first)) {
            return false;
        }
        int n = skipSpaces(text, e);
        int ne = ProperNounContext.wordEnd(text, n);
        if (ne > n) {
            // a unit after: "8/2 mg" (what a fraction counts, "5/7 days", is NumberReading's)
            if ((lex.get(text, n, ne) & (UNIT_OF_MEASURE | SCALE_CUE)) != 0) {
                return true;
            }
        }
        if (first > second && second != 10) {
            // a score never exceeds its total; "12/3" and "4/1" read as dates
            return fraction(text, s, e, first, second);
        }
        // a word that reads a score or a count among the six words before, within the sentence
        int w = s;
        int eqSign = s - 1;
        while (eqSign >= 0 && text.charAt(eqSign) == ' ') {
            eqSign--;
        }
        if (eqSign > 0 && text.charAt(eqSign) == '=') {
            w = eqSign; // "ASRS = 5/6": the instrument stands before the sign
        }
        // round 39: a pair that can be a month and a day is a date unless a frame claims it. An instrument named
        // within six words claims it ("PHQ-9 at intake 12/27"); a generic word of rating or counting ("day",
        // "group", "week", "attendance") only as the pair's head, over linking words alone ("mood was 4/10",
        // "rated her sleep a 7/10"): "IOP group roster 7/15", "end of day 7/12", "next week, 7/20" stay dates
        boolean head = true;
        for (int words = 0; words < 6; words++) {
            int p = ProperNounContext.prevWordStart(text, w, true);
            if (p < 0 || sentenceBreak(text, p, w)) {
                break;
            }
            int pe = ProperNounContext.wordEnd(text, p);
            if (particleOut(text, p, pe)) {
                w = p; // round 28: "moved out 2/20": a verb's particle; only "out of" reads a score
                continue;
            }
            if (text.indexOf(',', pe) >= 0 && text.indexOf(',', pe) < w) {
                head = false; // "next week, 7/20": a comma closes the frame of a rating word
            }
            if (words == 0 && WordSet.containsLower(DATE_ACRONYMS, text, p, pe)) {
                return false; // "DOS 8/8": the label of a date, even where a list has it as a clinical term
            }
            long f = lex.get(text, p, pe);
            if ((f & INSTRUMENT) != 0 || (f & CLINICAL) != 0 && words < 2 && Character.isUpperCase(text.charAt(p))
                    || (f & SCALE_CUE) != 0 && ProperNounContext.acronymAt(text, p, pe) // "PHQ-9 at intake 12/27"
                    || ProperNounContext.acronymAt(text, p, pe) && words == 0 && !WordSet.containsLower(DATE_ACRONYMS, text, p, pe)
                    || words == 0 && innerCapital(text, p, pe)) { // "Mini-Cog 3/5", "BDI-II": an instrument's name
                return INSTRUMENT_TOTALS.contains(second) || second % 5 == 0;
            }
            if (head && ((f & SCALE_CUE) != 0 || WordSet.containsLower(SCORE_WORDS, text, p, pe))) {
                if (timeOfDay(text, p, pe)) {
                    return false; // "end of day 7/12", "the week 6/9": a span of time the date names
                }
                return INSTRUMENT_TOTALS.contains(second) || second % 5 == 0;
            }
            if (words == 0 && (f & Lexicon.WEEKDAY) != 0) {
                return false; // "Tues 4/9": a day
            }
            if (!WordSet.containsLower(FRAME_LINKS, text, p, pe)) {
                head = false;
            }
            w = p;
        }
        // "8/10 to 3/10", "went from 12/27 to 8/27": a score beside another of the same total
        return sameTotalNearby(text, s, e, second) || fraction(text, s, e, first, second)
                || first <= second && COMMON_SCALES.contains(second) && !dateCueBefore(text, s);
    }

    /**
     * A dash glued before {@code s} and a month/day pair glued before the dash whose total differs from
     * {@code second}: "7/3–7/10", "12/28-1/4" (round 39). Scores over one total ("8/10-3/10") share it.
     */
    private static boolean dateRangeEnd(String text, int s, int second) {
        if (s < 4 || "-–—".indexOf(text.charAt(s - 1)) < 0) {
            return false;
        }
        if (text.charAt(s - 2) == ']' && text.lastIndexOf("[DATE_", s - 2) >= Math.max(0, s - 12)) {
            return true; // the range's first day already replaced by the detector: "[DATE_1]–7/10"
        }
        int b = s - 1;
        int be = b;
        while (b > 0 && isDigit(text.charAt(b - 1)) && be - b < 2) {
            b--;
        }
        if (b == be || b < 2 || text.charAt(b - 1) != '/') {
            return false;
        }
        int a = b - 1;
        int ae = a;
        while (a > 0 && isDigit(text.charAt(a - 1)) && ae - a < 2) {
            a--;
        }
        if (a == ae || a > 0 && (isDigit(text.charAt(a - 1)) || text.charAt(a - 1) == '/')) {
            return false;
        }
        int month = Integer.parseInt(text, a, ae, 10);
        int day = Integer.parseInt(text, b, be, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= 31 && day != second;
    }

    /** Occasions held on one day, singular: a pair beside one names its day, not a count of them (round 41). */
    private static final Set<String> GATHERINGS = WordSet.of("session", "group", "attendance", "roster", "visit",
            "appointment", "appt", "meeting", "class", "huddle");
    /** Words before an occasion that point at one still to come, which no rating has been given yet. */
    private static final Set<String> COMING = WordSet.of("next", "following", "upcoming");

    /**
     * A month/day pair that dates one occasion (round 41): the heading of an occasion's note closed by a colon
     * ("IOP group 3/12:", "Group attendance 1/8:"), a singular occasion after a pair over one ("5/16 session
     * billed": a count of them is plural, "3/12 sessions"), the next occasion ("next session 1/9").
     */
    private static boolean gatheringDate(String text, int s, int e, int first) {
        int n = skipSpaces(text, e);
        int p = ProperNounContext.prevWordStart(text, s, true);
        boolean after = p >= 0 && WordSet.containsLower(GATHERINGS, text, p, ProperNounContext.wordEnd(text, p));
        if (after && n < text.length() && text.charAt(n) == ':') {
            return true;
        }
        if (after && text.lastIndexOf(',', s) < p) {
            int q = ProperNounContext.prevWordStart(text, p, false);
            if (q >= 0 && WordSet.containsLower(COMING, text, q, ProperNounContext.wordEnd(text, q))) {
                return true;
            }
        }
        int ne = ProperNounContext.wordEnd(text, n);
        return first > 1 && ne > n && ne - n < 12 && WordSet.containsLower(GATHERINGS, text, n, ne);
    }

    /** Words that leave a rating word the head of the pair after them: "mood was 4/10", "rated it a 7/10". */
    private static final Set<String> FRAME_LINKS = WordSet.of("is", "was", "were", "are", "be", "been", "at", "of", "a",
            "an", "it", "about", "around", "like", "now", "today", "tonight", "currently", "still", "only", "down", "up",
            "to", "from", "went", "as", "her", "his", "my", "their", "the", "this", "that", "avg", "average", "overall",
            "score", "rating", "self", "reported", "reports", "rated", "rates", "out", "approx", "approximately", "~");
    /** Words of time that a rating word after them names, not counts: "end of day 7/12", "the week 6/9". */
    private static final Set<String> TIME_NOUNS = WordSet.of("day", "week", "weekend", "month");
    private static final Set<String> TIME_DETERMINERS = WordSet.of("of", "the", "next", "this", "that", "end");

    private static boolean timeOfDay(String text, int p, int pe) {
        if (!WordSet.containsLower(TIME_NOUNS, text, p, pe)) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, true);
        return q >= 0 && !sentenceBreak(text, q, p)
                && WordSet.containsLower(TIME_DETERMINERS, text, q, ProperNounContext.wordEnd(text, q));
    }

    /** An "out" that no "of" follows: a verb's particle ("kicked out 10/24"), not a score's "out of". */
    private static boolean particleOut(String text, int p, int pe) {
        if (pe - p != 3 || !text.regionMatches(true, p, "out", 0, 3)) {
            return false;
        }
        int n = skipSpaces(text, pe);
        return !(text.regionMatches(true, n, "of", 0, 2) && ProperNounContext.wordEnd(text, n) == n + 2);
    }

    /**
     * Totals of the rating scales clients and clinicians use without naming them ("6/10 for mood", "3/5 for sleep"):
     * without a date word before it, such a pair is a rating. Any other total ("9/14", "3/28") stays a date.
     */
    private static final Set<Integer> COMMON_SCALES = Set.of(5, 7, 10); // round 23b: "3/4", "2/3" alone are days
    /** Words that put a date after them: "on 5/10", "since 3/4", "DOS 4/5". */
    private static final Set<String> DATE_WORDS = WordSet.of("on", "since", "by", "until", "till", "til", "before", "after",
            "from", "thru", "through", "due", "dated", "date", "dos", "dob", "el", "de", "em", "para", "starting", "next",
            "last", "this", "of", "born", "discharged", "admitted", "moved", "started", "ended", "relapsed", "was", "is");

    private static boolean dateCueBefore(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, true);
        return p >= 0 && WordSet.containsLower(DATE_WORDS, text, p, ProperNounContext.wordEnd(text, p))
                || (p >= 0 && (Lexicon.table().get(text, p, ProperNounContext.wordEnd(text, p))
                        & (Lexicon.WEEKDAY | Lexicon.MONTH | Lexicon.DATE_CUE)) != 0);
    }

    /**
     * A share ("3/4 of", "1/2 tab") or an instrument's score right after its name ("CAGE 2/4", "AUDIT-C 5/12"): the
     * detector's release of a small total, read alike with the guard (round 23b: such totals are days otherwise).
     */
    static boolean shareOrInstrumentScore(String text, int s, int e, int first, int second) {
        if (fraction(text, s, e, first, second)) {
            return true;
        }
        int p = ProperNounContext.prevWordStart(text, s, true);
        if (p < 0 || sentenceBreak(text, p, s) || !INSTRUMENT_TOTALS.contains(second)) {
            return false;
        }
        int pe = ProperNounContext.wordEnd(text, p);
        if (WordSet.containsLower(DATE_ACRONYMS, text, p, pe)) {
            return false; // "DOS 1/21": a date's own label
        }
        return (Lexicon.table().get(text, p, pe) & INSTRUMENT) != 0 || ProperNounContext.acronymAt(text, p, pe)
                || innerCapital(text, p, pe);
    }

    /** "of" after a part in Spanish, Portuguese, French and German (round 23b). */
    private static final Set<String> OF_ABROAD = WordSet.of("de", "del", "da", "do", "des", "du", "der");

    static boolean fraction(String text, int s, int e, int first, int second) {
        if (!(first < second && second <= 4)) {
            return false;
        }
        char before = s > 0 ? text.charAt(s - 1) : ' ';
        if (before == '"' || before == '\u201c' || before == '~') {
            return true; // "revised to \"3/4\""
        }
        int n = skipSpaces(text, e);
        int ne = ProperNounContext.wordEnd(text, n);
        String next = ne > n ? lower(text, n, ne) : "";
        return next.equals("of") || next.equals("a") || next.equals("an") || next.equals("the") || next.equals("tab")
                || next.equals("tablet") || next.equals("pill") || next.equals("cup") || next.equals("dose")
                || next.equals("mile") || next.equals("hour") || next.equals("way")
                || OF_ABROAD.contains(next); // "3/4 der Aufgaben", "1/2 de la pastilla": "of" in the clients' languages
    }

    private static boolean sameTotalNearby(String text, int s, int e, int second) {
        String total = "/" + second;
        int from = Math.max(0, s - 30);
        int to = Math.min(text.length(), e + 30);
        int k = indexBefore(text, total, from, to);
        while (k >= 0 && k < to) {
            if ((k < s || k > e) && k > 0 && isDigit(text.charAt(k - 1))
                    && (k + total.length() >= text.length() || !isDigit(text.charAt(k + total.length())))) {
                return true;
            }
            k = indexBefore(text, total, k + 1, to);
        }
        return false;
    }

    /** {@code text.indexOf(s, from)} if it is below {@code to}, else -1, reading no further than {@code to}. */
    private static int indexBefore(String text, String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.startsWith(s, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean innerCapital(String text, int s, int e) {
        for (int k = s + 1; k < e; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return Character.isUpperCase(text.charAt(s));
            }
        }
        return false;
    }

    private static boolean sentenceBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?' || c == ';') && k + 1 < to && text.charAt(k + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SCORE_WORDS = WordSet.of("subscore", "subscale", "total", "positive", "peaked",
            "dropped", "fell", "rose", "improved", "worsened", "activation", "belief", "closeness", "behaviors",
            "behaviours", "part", "domain", "criteria", "screen", "screener", "questionnaire", "inventory", "test",
            "correct", "recall", "trials", "out");

    /**
     * Acronyms that name a date, not an instrument: "DOS 3/4", "DOB 6/2". Any other acronym reads a score only right
     * beside the number ("BDI 3/5"); two words off, "CPT 90837 on 2/12" is a date by default.
     */
    private static final Set<String> DATE_ACRONYMS = WordSet.of("dos", "dob", "dod", "doi", "doa", "eob", "era", "eta",
            "appt", "adm", "dc", "d/c");

    private static String lower(String text, int s, int e) {
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static int skipSpaces(String text, int k) {
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
