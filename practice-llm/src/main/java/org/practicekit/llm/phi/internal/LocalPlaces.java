package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Places and institutions written the way locals say them, in lower case and by a short name (issue 13, round 32):
 * "camping at tahoe", "drove over cajon pass", "she goes to lincoln high", "officers from dallas pd", "fishing at lake
 * lanier", "va a la secundaria roosevelt". The slot is read, not the word: a place preposition (or a verb of going
 * somewhere) opens it, and the run after it is a place when
 * <ul>
 *   <li>a gazetteer knows it whole (neighbourhoods, GeoNames' cities, organizations named alone, the care systems);
 *   a run that English has as an everyday word ("reading", "mobile", "orange", "hope") counts only after a verb of
 *   living or moving and where no noun follows it ("moved to reading last year", never "switched to a mobile plan");</li>
 *   <li>its last word is a place or institution noun ({@code [PLACE_HEAD]}: pass, district, heights, tech, pd, high,
 *   elementary, medical...) or its first word one that comes first ({@code [PLACE_HEAD_FIRST]}: lake, mount, fort) and
 *   the rest of the run is named: a word no dictionary has, or one a name or place list holds ("lincoln high", not
 *   "my old high" or "the er");</li>
 *   <li>a compass point and "side" or "end" ("grew up in the south side"), unless "of" follows ("the west side of
 *   the building");</li>
 *   <li>in Spanish, a school's or the police's noun comes before a named run ("la secundaria roosevelt", "la policía
 *   de houston").</li>
 * </ul>
 * Asked last in the guard's residual check, only for what nothing else replaced. A state, a country, a month or a
 * public agency is never such a place.
 */
final class LocalPlaces {
    private static final Set<String> HEADS = NotIdentifiers.CLASSES.get("PLACE_HEAD");
    private static final Set<String> HEADS_FIRST = NotIdentifiers.CLASSES.get("PLACE_HEAD_FIRST");
    private static final Set<String> CARE_SYSTEMS = NotIdentifiers.CLASSES.get("CARE_SYSTEM");
    /** Words that open a place slot right before the run, or before "the", "el", "la" and the run. */
    private static final Set<String> OPENERS = WordSet.of("in", "at", "to", "from", "near", "over", "into", "outside",
            "around", "through", "thru", "via", "across", "towards", "toward", "en", "desde", "por", "hacia",
            "hiked", "hikes", "hiking", "visited", "visiting", "attends", "attended", "attend");
    /** Verbs of living or moving: only after one of them does an everyday word of a gazetteer count as a place. */
    private static final Set<String> LIVING = WordSet.of("live", "lives", "living", "lived", "moved", "move", "moving",
            "moves", "relocated", "relocating", "raised", "born", "up", "staying", "stays", "stayed", "vive", "vivo",
            "vivimos", "mudamos", "mudó", "mudo", "nació", "nacio", "back");
    /** Words after which the run ends without a noun of its own: "moved to reading last year". */
    private static final Set<String> RUN_ENDS = WordSet.of("and", "or", "with", "for", "last", "this", "next", "when",
            "since", "after", "before", "in", "at", "on", "now", "but", "so", "until", "because", "where", "to",
            "from", "y", "con", "el", "hace", "desde", "por", "para", "cuando");
    private static final Set<String> BY_OR_OUT_OF = WordSet.of("by", "of");
    /** Words of grammar no dictionary above marks as everyday in every language read: never a name's word. */
    private static final Set<String> FUNCTION_WORDS = WordSet.of("el", "la", "los", "las", "del", "de", "un", "una",
            "mi", "su", "sus", "mis", "para", "por", "con", "que", "en", "y", "al", "lol", "lmao", "tbh", "idk", "omg");
    private static final Set<String> DIRECTIONS = WordSet.of("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest");
    private static final Set<String> SIDES = WordSet.of("side", "end");
    /**
     * Words a part of town is called by after "the" (round 35): "the heights", "the flats", "the bottoms". Everyday
     * nouns too ("afraid of heights", "new flats"), so only in the slot {@link #area} reads; "hills", "hood" and
     * "projects" name no one part of a town and stay out.
     */
    private static final Set<String> AREA_WORDS = WordSet.of("heights", "flats", "bottoms", "bottom", "valley",
            "hollow", "bluffs", "eastside", "westside", "northside", "southside", "east-side", "west-side",
            "north-side", "south-side");
    /** A compass word and "side" run together, which names a part of town with or without "the": "in southside". */
    private static final Set<String> COMPASS_AREAS = WordSet.of("eastside", "westside", "northside", "southside");
    /** A home's nouns before the preposition: "my apartment in the heights flooded". */
    private static final Set<String> HOMES = WordSet.of("apartment", "apt", "house", "home", "place", "condo",
            "trailer", "room", "basement", "duplex", "unit", "townhouse", "shelter", "out", "over", "grew", "stay",
            "rent", "rents", "renting", "rented", "from", "lives", "lived");
    private static final Set<String> ARTICLES = WordSet.of("the", "el", "la", "los", "las");
    /** Words a name may hold between its named words and its head: "mesa community college", "miami dade college". */
    private static final Set<String> INNER = WordSet.of("community", "state", "county", "city", "junior", "senior",
            "regional", "general", "technical", "memorial", "valley", "children's", "de", "del", "st", "saint",
            "santa", "san", "north", "south", "east", "west", "new", "high", "middle", "medical", "university");
    /** Spanish nouns put before a school's or the police's name: "la secundaria roosevelt", "policía de houston". */
    private static final Set<String> BEFORE_NAME = WordSet.of("escuela", "secundaria", "primaria", "preparatoria",
            "prepa", "colegio", "universidad", "policía", "policia", "clínica", "clinica", "hospital");
    /** Never the place itself: a state, a country's or people's name, a day, a relation, a title, a month. */
    private static final long NEVER = Lexicon.STATE | Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.HOLIDAY | Lexicon.KIN
            | Lexicon.TITLE | Lexicon.NUMBER_WORD | Lexicon.CLINICAL;
    /** A list that names a modifier of a head: "lincoln high", "dallas pd", "jackson memorial". */
    private static final long NAMES = Lexicon.CITY | Lexicon.SURNAME | Lexicon.FIRST | Lexicon.EMPLOYER;
    /** The first words of the local lists' entries ("hyde", "jackson", "st."). */
    private static final Set<String> LOCAL_FIRST = firstWords();
    private static final int LONGEST = 5;
    private static final WordList SPANISH = WordList.spanish();
    private final WordTable lex;
    private final WordList english;

    LocalPlaces(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
    }

    /** The lower-case local places of {@code text} in a place slot, as place spans (ordered, apart). */
    List<PhiSpan> spans(String text) {
        int[] w = words(text);
        int n = w.length / 2;
        List<PhiSpan> out = List.of();
        int i = 0;
        while (i < n) {
            int end = -1;
            int s = w[2 * i];
            if (Character.isLowerCase(text.charAt(s)) && WordSet.containsLower(BEFORE_NAME, text, s, w[2 * i + 1])) {
                end = namedAfter(text, w, n, i);
            }
            if (i > 0) {
                int area = area(text, w, n, i);
                if (area > 0) {
                    if (out.isEmpty()) {
                        out = new ArrayList<>(2);
                    }
                    out.add(new PhiSpan(s, w[2 * (area - 1) + 1], PhiCategory.LOCATION, 0.6));
                    i = area;
                    continue;
                }
            }
            if (end < 0 && i > 0 && opener(text, w, i - 1)) {
                // "por el paso": a name may hold its article; else the run starts after it ("the heights")
                end = run(text, w, n, i, i - 1);
                if (end < 0 && i < n - 1 && WordSet.containsLower(ARTICLES, text, s, w[2 * i + 1])) {
                    end = run(text, w, n, i + 1, i - 1);
                    s = w[2 * (i + 1)];
                }
            }
            if (end < 0) {
                i++;
                continue;
            }
            if (out.isEmpty()) {
                out = new ArrayList<>(2);
            }
            out.add(new PhiSpan(s, w[2 * (end - 1) + 1], PhiCategory.LOCATION, 0.6));
            i = end;
        }
        return out;
    }

    /**
     * A part of town by its informal name (round 35), in any case: "the" and an area word ("moved to the heights",
     * "over by the Flats", "grew up in the bottoms"), a compass point's side or end, and a compass word run together
     * ("lives on the south side", "in southside"), after a place preposition or "on", when "of" does not follow
     * ("the heights of her panic", "the south side of the room") and the run ends there or a verb of living or a
     * home's noun stands before the preposition ("my apartment in the heights flooded"). A direction alone ("out
     * east") and an area word that a noun follows ("the Eastside kids") are no place. The end (word index) or -1.
     */
    private int area(String text, int[] w, int n, int i) {
        int ws = w[2 * i];
        char c = text.charAt(ws);
        if (c != 't' && c != 'T' && c != 'e' && c != 'E' && c != 'w' && c != 'W' && c != 'n' && c != 'N' && c != 's'
                && c != 'S') {
            return -1; // "the" and the compass words: most words cost one char
        }
        int k = i;
        boolean article = text.regionMatches(true, ws, "the", 0, 3) && w[2 * i + 1] - ws == 3;
        if (article) {
            k++;
        }
        if (k >= n) {
            return -1;
        }
        int e;
        boolean compass = WordSet.containsLower(COMPASS_AREAS, text, w[2 * k], w[2 * k + 1]);
        if (compass || article && WordSet.containsLower(AREA_WORDS, text, w[2 * k], w[2 * k + 1])) {
            e = k + 1;
        } else if (k + 1 < n && WordSet.containsLower(DIRECTIONS, text, w[2 * k], w[2 * k + 1])
                && WordSet.containsLower(SIDES, text, w[2 * k + 2], w[2 * k + 3]) && adjacent(text, w, k)) {
            e = k + 2;
        } else {
            return -1;
        }
        boolean on = text.regionMatches(true, w[2 * (i - 1)], "on", 0, 2) && w[2 * (i - 1) + 1] - w[2 * (i - 1)] == 2;
        if (!on && !opener(text, w, i - 1)) {
            return -1;
        }
        if (e < n && text.regionMatches(true, w[2 * e], "of", 0, 2) && w[2 * e + 1] - w[2 * e] == 2) {
            return -1;
        }
        if (e == k + 1 && !compass) {
            // "the valley", "the flats" are also the land's and a shoe's: only where someone lives, stays or is from
            return lifeBefore(text, w, i - 1) ? e : -1;
        }
        return endsRun(text, w, n, e) || lifeBefore(text, w, i - 1) ? e : -1;
    }

    /** A verb of living, staying or moving, a home's noun, or "out"/"over", in the three words before the opener. */
    private static boolean lifeBefore(String text, int[] w, int opener) {
        for (int k = opener - 1; k >= 0 && k >= opener - 3; k--) {
            if (WordSet.containsLower(LIVING, text, w[2 * k], w[2 * k + 1])
                    || WordSet.containsLower(HOMES, text, w[2 * k], w[2 * k + 1])) {
                return true;
            }
        }
        return false;
    }

    private boolean opener(String text, int[] w, int k) {
        if (w[2 * k + 1] - w[2 * k] > 9) {
            return false;
        }
        if (WordSet.containsLower(OPENERS, text, w[2 * k], w[2 * k + 1])) {
            return true;
        }
        // "brought in by mesa pd", "dropped out of santa monica college": "of" only after "out", never "a lot of"
        return k > 0 && WordSet.containsLower(BY_OR_OUT_OF, text, w[2 * k], w[2 * k + 1])
                && (text.regionMatches(true, w[2 * k], "by", 0, 2) || text.regionMatches(true, w[2 * (k - 1)], "out", 0,
                        3) && w[2 * (k - 1) + 1] - w[2 * (k - 1)] == 3);
    }

    /** The end (word index, exclusive) of the longest place run from word {@code r}, or -1. */
    private int run(String text, int[] w, int n, int r, int opener) {
        int max = r;
        while (max < n && max - r < LONGEST && lowerWord(text, w, max) && (max == r || adjacent(text, w, max - 1))) {
            max++;
        }
        for (int e = max; e > r; e--) {
            if (place(text, w, n, r, e, opener)) {
                return e;
            }
        }
        return -1;
    }

    private boolean place(String text, int[] w, int n, int r, int e, int opener) {
        int s = w[2 * r];
        boolean afterArticle = r - 1 > opener;
        int end = w[2 * (e - 1) + 1];
        for (int k = r; k < e; k++) {
            if ((lex.get(text, w[2 * k], w[2 * k + 1]) & NEVER) != 0) {
                return false;
            }
        }
        // the local lists are asked only for a run whose first word starts one of their entries: no string is built
        // for most runs, and GeoNames is asked through the word table
        String phrase = WordSet.containsLower(LOCAL_FIRST, text, s, w[2 * r + 1])
                ? text.substring(s, end).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'') : null;
        boolean local = phrase != null && localName(phrase);
        if (local || (lex.get(text, s, end) & Lexicon.CITY) != 0) {
            if (phrase != null && SentenceSlots.AGENCIES.contains(phrase) || afterArticle && !local) {
                return false; // a public office is no place (round 11); "por las rosas": a town's name has no article
            }
            // "reading", "mobile"; "las rosas", "el paso": a town's name that is an everyday word after its article
            int last = w[2 * (e - 1)];
            boolean everyday = (e - r == 1 || e - r == 2 && WordSet.containsLower(ARTICLES, text, s, w[2 * r + 1]))
                    && (english.isCommonWord(text, last, end) || SPANISH.contains(text, last, end)
                    || end - last > 3 && text.charAt(end - 1) == 's' && SPANISH.contains(text, last, end - 1));
            return !everyday || livingBefore(text, w, opener) && endsRun(text, w, n, e);
        }
        if (e - r < 2) {
            return false;
        }
        if (e - r == 2 && WordSet.containsLower(DIRECTIONS, text, s, w[2 * r + 1])
                && WordSet.containsLower(SIDES, text, w[2 * r + 2], w[2 * r + 3])) {
            // "grew up in the south side", "moved to the west end": a city's part, unless "of" names another thing's
            return e >= n || !text.regionMatches(true, w[2 * e], "of", 0, 2) || w[2 * e + 1] - w[2 * e] != 2;
        }
        if (WordSet.containsLower(HEADS, text, w[2 * (e - 1)], w[2 * (e - 1) + 1])) {
            return named(text, w, r, e - 1, false);
        }
        return WordSet.containsLower(HEADS_FIRST, text, s, w[2 * r + 1]) && named(text, w, r + 1, e, false)
                && !english.isCommonWord(text, w[2 * (r + 1)], w[2 * (r + 1) + 1]);
    }

    private static Set<String> firstWords() {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> list : List.of(SentenceSlots.NEIGHBOURHOODS, SentenceSlots.ORGANIZATIONS, CARE_SYSTEMS)) {
            for (String entry : list) {
                int space = entry.indexOf(' ');
                all.add(space < 0 ? entry : entry.substring(0, space));
            }
        }
        return WordSet.copyOf(all);
    }

    private static boolean localName(String phrase) {
        return SentenceSlots.NEIGHBOURHOODS.contains(phrase) || SentenceSlots.ORGANIZATIONS.contains(phrase)
                || CARE_SYSTEMS.contains(phrase);
    }


    /**
     * The words {@code [from, to)} name a place: each is named (no everyday word, or a name or place list has it) or a
     * word names are built of ("santa monica", "mesa community"), and one at least is named. With {@code spanish} a
     * Spanish word is everyday too ("la clínica para confirmar"); an English name may hold one ("cajon pass").
     */
    private boolean named(String text, int[] w, int from, int to, boolean spanish) {
        boolean any = false;
        for (int k = from; k < to; k++) {
            int a = w[2 * k];
            int b = w[2 * k + 1];
            long f = lex.get(text, a, b);
            boolean name = (f & NAMES) != 0 && (f & Lexicon.PUBLIC) == 0
                    || (f & Lexicon.SLANG) == 0 && b - a >= 3 && !english.isCommonWord(text, a, b)
                    && !WordSet.containsLower(FUNCTION_WORDS, text, a, b) && !(spanish && SPANISH.contains(text, a, b));
            if (!name && !WordSet.containsLower(INNER, text, a, b)) {
                return false;
            }
            any |= name;
        }
        return any;
    }

    /** "la secundaria roosevelt", "la policía de houston": the end of the named run after the noun, or -1. */
    private int namedAfter(String text, int[] w, int n, int i) {
        int k = i + 1;
        if (k < n - 1 && (WordSet.containsLower(WordSet.of("de", "del"), text, w[2 * k], w[2 * k + 1]))) {
            k++;
        }
        int e = k;
        while (e < n && e - k < 3 && lowerWord(text, w, e) && adjacent(text, w, e - 1)
                && named(text, w, e, e + 1, true)) {
            e++;
        }
        return e > k ? e : -1;
    }

    private boolean livingBefore(String text, int[] w, int opener) {
        return opener > 0 && WordSet.containsLower(LIVING, text, w[2 * (opener - 1)], w[2 * (opener - 1) + 1]);
    }

    private static boolean endsRun(String text, int[] w, int n, int e) {
        if (e >= n) {
            return true;
        }
        int gap = w[2 * (e - 1) + 1];
        if (gap < text.length() && ",.;:!?)".indexOf(text.charAt(gap)) >= 0) {
            return true;
        }
        return WordSet.containsLower(RUN_ENDS, text, w[2 * e], w[2 * e + 1]);
    }

    private static boolean lowerWord(String text, int[] w, int k) {
        char c = text.charAt(w[2 * k]);
        return Character.isLowerCase(c);
    }

    /** Two words joined by one space, nothing else: a comma or a line break ends the run. */
    private static boolean adjacent(String text, int[] w, int k) {
        return w[2 * (k + 1)] == w[2 * k + 1] + 1 && text.charAt(w[2 * k + 1]) == ' ';
    }

    /**
     * Words as [start, end) pairs in one int array: letters and digits with inner apostrophes, hyphens and ampersands
     * ("bed-stuy", "tri-c", "joe's"); a placeholder of the text already pseudonymized ("[PERSON_1]") stands for a
     * word no run crosses.
     */
    private static int[] words(String text) {
        int[] out = new int[32];
        int m = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int s = i;
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close > i) {
                    i = close + 1;
                } else {
                    i++;
                    continue;
                }
            } else if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            } else {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || i + 1 < n
                        && "'\u2019-&".indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                }
            }
            if (m + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[m++] = s;
            out[m++] = i;
        }
        return m == out.length ? out : java.util.Arrays.copyOf(out, m);
    }
}
