package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Places, institutions and employers named the short way (issue 13, round 34), read from the slot around the name,
 * never from the name: a public list releases "Regions", "Memorial", "St. Paul" or "Amazon" as a bank, a holiday, a
 * saint or a brand, and only the words around them say it is where someone was taken, lives or works. Asked last by
 * {@link ResidualCheck#namesToReplace}, for what nothing else replaced. The slots:
 * <ul>
 *   <li>a verb of being taken, going or attending ({@link #MOVING_VERBS}), at most two words of its object, then
 *   "to", "at", "from" or "into" and a capitalized run, in a sentence that holds a word of care or of school
 *   ({@code [CARE_WORD]}, {@link #CARE_OR_SCHOOL}) outside the run: "took him to Regions after the OD", "brought to
 *   Presbyterian by EMS", "she goes to Washington now, 9th grade" is left (a state);</li>
 *   <li>a town that opens with Saint, St., San, Santa, Fort, Ft., Port, Mount or Mt. after a preposition or verb of
 *   place ("drove through St. Paul"); never after a word of prayer ("prayed to St. Jude") or before a noun that makes
 *   it a plant, a fault or a feast ("St. John's wort", "San Andreas fault", "St. Patrick's Day");</li>
 *   <li>a road by its shape after a word of travel: "I 94" with a space, a state's two letters and a number
 *   ("MN-62", "WI 29");</li>
 *   <li>a street by a compass word and an ordinal after a preposition of place ("on east 38th"), or an ordinal after
 *   "side of", "corner of" ("the south side of 35th"); a counted noun after it keeps it a count ("west 5th grade");</li>
 *   <li>an employer's form field whose label is no bare "Employer" ("Job: Amazon", "Work - Costco", "Place of
 *   employment: 3M") and a company before a department one writes to or works with ("letter to Kaiser HR", "called
 *   Target payroll"): the run must name an organization (a listed word, or one no dictionary knows).</li>
 * </ul>
 * A run holding a month, weekday, holiday, relation, title or state is no place, nor one a language or a clinical word
 * no public list holds opens ("goes to Spanish class", "took him to AA").
 */
final class ShortFormPlaces {
    private static final Set<String> CARE = NotIdentifiers.CLASSES.get("CARE_WORD");
    private static final Set<String> CARE_SYSTEMS = NotIdentifiers.CLASSES.get("CARE_SYSTEM");
    /** Verbs that carry someone to an institution or have them attend one: the run after their preposition is it. */
    private static final Set<String> MOVING_VERBS = WordSet.of("took", "taken", "take", "brought", "bring", "rushed",
            "sent", "transported", "airlifted", "drove", "driven", "went", "goes", "go", "going", "attends", "attend",
            "attended", "attending", "enrolled", "transferred", "admitted", "discharged", "landed", "placed",
            "committed", "checked", "ended", "released", "readmitted", "started", "starts", "switched");
    /** Words of care or school besides {@code [CARE_WORD]} that make the run after a verb of moving an institution. */
    private static final Set<String> CARE_OR_SCHOOL = WordSet.of("ambulance", "ems", "paramedics", "od", "overdose",
            "overdosed", "od'd", "ed", "ward", "unit", "5150", "hold", "nurses", "meds", "grade", "kindergarten", "freshman",
            "sophomore", "junior", "senior", "semester", "teacher", "teachers", "principal", "homework", "classes",
            "iep", "504", "suspended", "expelled", "bullied", "recess", "preschool", "daycare");
    private static final Set<String> PREPOSITIONS = WordSet.of("to", "at", "from", "into");
    /** Words that may stand between the verb and its preposition: its object or particle ("took him", "ended up"). */
    private static final Set<String> OBJECT_WORDS = WordSet.of("him", "her", "me", "them", "us", "my", "his", "our",
            "their", "up", "back", "over", "son", "daughter", "kid", "kids", "mom", "dad", "brother", "sister", "pt",
            "client", "patient", "in", "out");
    /** First words of a town named for a saint, a fort, a port or a mountain. */
    private static final Set<String> TOWN_FIRST = WordSet.of("st", "saint", "san", "santa", "fort", "ft", "port",
            "mount", "mt");
    /** Words before such a town that place someone there. */
    private static final Set<String> PLACE_OPENERS = WordSet.of("in", "from", "to", "through", "near", "outside",
            "around", "toward", "towards", "into", "visiting", "visited", "visit", "moved", "lives", "live", "living",
            "lived", "raised", "born", "back", "via", "past", "of");
    /** Words of prayer before a saint: "prayed to St. Jude" names the saint. */
    private static final Set<String> PRAYER = WordSet.of("pray", "prayed", "prays", "praying", "prayer", "prayers",
            "novena", "devotion", "devoted", "candle", "medal", "feast", "like");
    /** Nouns after a saint's or a fort's name that make it no town. */
    private static final Set<String> NOT_TOWN_AFTER = WordSet.of("wort", "fault", "day", "eve", "medal", "prayer",
            "novena", "feast", "gospel", "letter", "epistle");
    /** Words of travel before a road by its shape. */
    private static final Set<String> TRAVEL = WordSet.of("on", "off", "onto", "take", "took", "taking", "takes",
            "via", "from", "to", "near", "down", "up", "along", "drove", "drive", "driving", "drives", "merged",
            "merging", "exit", "north", "south", "east", "west", "northbound", "southbound", "eastbound", "westbound",
            "crossing", "crossed", "avoid", "avoids", "by");
    /** Compass words before a street's ordinal. */
    private static final Set<String> COMPASS = WordSet.of("east", "west", "north", "south", "e", "w", "n", "s");
    /** Prepositions of place before a compass word and a street's ordinal. */
    private static final Set<String> STREET_OPENERS = WordSet.of("on", "off", "onto", "near", "at", "by", "to", "from",
            "down", "up", "along", "past", "over", "of", "and");
    /** Nouns before "of" and an ordinal that make it a street: "the south side of 35th". */
    private static final Set<String> STREET_PARTS = WordSet.of("side", "corner", "end", "block");
    /** Nouns a counted ordinal takes that a street's never does. */
    private static final Set<String> COUNTED = WordSet.of("grade", "grader", "graders", "floor", "period", "place",
            "time", "times", "year", "birthday", "anniversary", "percentile", "row", "inning", "round", "century",
            "day", "week", "month", "session", "visit", "attempt", "draft", "edition", "cousin", "generation");
    /** Labels of a form's employer field besides the bare "Employer", which SentenceSlots reads. */
    private static final Set<String> EMPLOYER_LABELS = WordSet.of("job", "work", "workplace", "employment",
            "place of employment", "place of work", "works at", "works for", "employed at", "employed by", "company",
            "current job", "job/employer", "work/school", "job/school", "occupation/employer", "employer/occupation",
            "where employed", "works");
    /** Verbs and nouns of work before "at", "for" or "by" and the employer: "works for 3M", "hired by Medtronic". */
    private static final Set<String> WORK_WORDS = WordSet.of("works", "worked", "working", "work", "employed",
            "hired", "job", "shifts", "interning", "interned", "internship");
    private static final Set<String> WORK_PREPOSITIONS = WordSet.of("at", "for", "by");
    /** Departments of an employer one writes to or deals with: "letter to Kaiser HR". */
    private static final Set<String> DEPARTMENTS = WordSet.of("hr", "payroll", "corporate");
    private static final Set<String> DEPARTMENT_OPENERS = WordSet.of("to", "at", "from", "with", "called", "emailed",
            "contacted", "the", "my", "his", "her", "their", "our", "your", "told", "call", "email", "contact");
    /** A word of the run that makes it no place: a day, a relation, a title, a state or country. */
    private static final long NOT_PLACE = Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.HOLIDAY | Lexicon.KIN
            | Lexicon.TITLE | Lexicon.STATE;
    /** A clinical word a public or payer list holds too is a company's name ("Amazon"). */
    private static final long ALSO_A_NAME = Lexicon.PUBLIC | Lexicon.STORE | Lexicon.CTX_PLAN;
    /** Flags of a word that names something; a given name or surname counts only when English has no such word. */
    private static final long LISTED = Lexicon.PUBLIC | Lexicon.STORE | Lexicon.CITY;
    /** Nouns of a kind of place, capitalized alone: "went to Church", "sent to Rehab" name no one place. */
    private static final Set<String> KINDS_OF_PLACE = WordSet.of("church", "temple", "mosque", "synagogue", "hospital",
            "college", "school", "jail", "prison", "shelter", "mall", "park", "club", "station", "campus", "beach",
            "rehab", "detox", "court", "work", "home", "class", "gym", "camp", "treatment", "daycare", "preschool");
    private static final int LONGEST_RUN = 3;

    private final WordTable lex;
    private final WordList english;

    ShortFormPlaces(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
    }

    /** The places of {@code text} read by their slot, as place spans (ordered, apart). */
    List<PhiSpan> spans(String text) {
        List<int[]> words = null;
        List<PhiSpan> out = List.of();
        boolean careOrSchool = false;
        boolean careChecked = false;
        // one pass over the words; the list is built only once a slot's opener is seen
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - s > 13 || !opener(text, s, i)) {
                continue;
            }
            words = words(text);
            break;
        }
        if (words == null) {
            return out;
        }
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            if (w[0] < lastEnd(out)) {
                continue;
            }
            int len = w[1] - w[0];
            if (len > 13 || text.charAt(w[0]) == '[') {
                continue;
            }
            PhiSpan found = null;
            if (WordSet.containsLower(WORK_WORDS, text, w[0], w[1]) && (found = employer(text, words, i)) != null) {
                // "works for 3M": what the other readers left of an employer after a word of work
            } else if (WordSet.containsLower(MOVING_VERBS, text, w[0], w[1])) {
                if (!careChecked) {
                    careOrSchool = careOrSchoolWord(text, words);
                    careChecked = true;
                }
                found = careOrSchool ? carried(text, words, i) : null;
            } else if (WordSet.containsLower(TOWN_FIRST, text, w[0], w[1]) && Character.isUpperCase(text.charAt(w[0]))) {
                found = town(text, words, i);
            } else if ((len == 1 && text.charAt(w[0]) == 'I' || len == 2 && Character.isUpperCase(text.charAt(w[0]))
                    && Character.isUpperCase(text.charAt(w[0] + 1))) && (found = road(text, words, i)) != null) {
                // "I 94", "MN-62"; two capitals that open no road may still be a department ("HR")
            } else if (WordSet.containsLower(COMPASS, text, w[0], w[1]) || WordSet.containsLower(STREET_PARTS, text, w[0], w[1])) {
                found = street(text, words, i);
            } else if (WordSet.containsLower(DEPARTMENTS, text, w[0], w[1]) && (len == 2 ? text.charAt(w[0]) == 'H'
                    : true)) {
                found = department(text, words, i);
            }
            if (found == null && (i == 0 || lineStartBefore(text, w[0]) || fieldBreakBefore(text, w[0]))) {
                found = employerField(text, words, i);
            }
            if (found != null && found.start() >= lastEnd(out)) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(found);
            }
        }
        return out;
    }

    private static int lastEnd(List<PhiSpan> out) {
        return out.isEmpty() ? 0 : out.get(out.size() - 1).end();
    }

    /** Whether the word may open one of the slots: no allocation. */
    private static boolean opener(String text, int s, int e) {
        int len = e - s;
        if (len == 1 && text.charAt(s) == 'I') {
            return true;
        }
        if (len == 2 && Character.isUpperCase(text.charAt(s)) && Character.isUpperCase(text.charAt(s + 1))
                && e < text.length() && (text.charAt(e) == '-' || text.charAt(e) == ' ')) {
            return true;
        }
        return WordSet.containsLower(MOVING_VERBS, text, s, e) || WordSet.containsLower(WORK_WORDS, text, s, e) || WordSet.containsLower(TOWN_FIRST, text, s, e)
                || WordSet.containsLower(COMPASS, text, s, e) || WordSet.containsLower(STREET_PARTS, text, s, e)
                || WordSet.containsLower(DEPARTMENTS, text, s, e) || WordSet.containsLower(EMPLOYER_LABELS, text, s, e)
                || len >= 5 && text.regionMatches(true, s, "place", 0, 5);
    }

    /** Whether the text holds a word of care or school anywhere (the slot's sentence is checked by the caller's run). */
    private static boolean careOrSchoolWord(String text, List<int[]> words) {
        for (int[] w : words) {
            int len = w[1] - w[0];
            if (len >= 2 && len <= 13 && (WordSet.containsLower(CARE, text, w[0], w[1])
                    || WordSet.containsLower(CARE_OR_SCHOOL, text, w[0], w[1]))
                    && !(len == 2 && text.regionMatches(true, w[0], "ed", 0, 2) && Character.isLowerCase(text.charAt(w[0])))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "took him to Regions after the OD": a verb of moving at {@code i}, its object, a preposition and a capitalized
     * run that a word of care or school in the same sentence, outside the run, makes an institution.
     */
    private PhiSpan carried(String text, List<int[]> words, int i) {
        int k = i + 1;
        int skipped = 0;
        while (k < words.size() && skipped < 2 && adjacent(text, words.get(k - 1), words.get(k))
                && !WordSet.containsLower(PREPOSITIONS, text, words.get(k)[0], words.get(k)[1])
                && WordSet.containsLower(OBJECT_WORDS, text, words.get(k)[0], words.get(k)[1])) {
            k++;
            skipped++;
        }
        if (k >= words.size() - 1 || !adjacent(text, words.get(k - 1), words.get(k))
                || !WordSet.containsLower(PREPOSITIONS, text, words.get(k)[0], words.get(k)[1])) {
            return null;
        }
        int r = k + 1;
        if (lower(text, words.get(r), "the") && r + 1 < words.size() && adjacent(text, words.get(r), words.get(r + 1))) {
            r++;
        }
        int[] run = run(text, words, r);
        if (run == null || !place(text, words, run[0], run[1], false, true)) {
            return null;
        }
        if (run[1] < words.size() && adjacent(text, words.get(run[1] - 1), words.get(run[1]))
                && Character.isLowerCase(text.charAt(words.get(run[1])[0]))
                && !WordSet.containsLower(CARE, text, words.get(run[1])[0], words.get(run[1])[1])
                && english.isCommonWord(text, words.get(run[1])[0], words.get(run[1])[1])
                && !FUNCTION_AFTER.contains(low(text, words.get(run[1])))) {
            return null; // "to Spanish class", "to Target stores": a noun after the run names something else
        }
        if (!careInSentence(text, words, i, run[0], run[1])) {
            return null;
        }
        return span(words, run[0], run[1]);
    }

    /** Words after a run that leave it a name: a preposition, an adverb of time, a conjunction. */
    private static final Set<String> FUNCTION_AFTER = WordSet.of("by", "after", "for", "on", "in", "at", "and", "but",
            "now", "again", "last", "this", "since", "until", "with", "from", "to", "overnight", "yesterday", "today",
            "tonight", "when", "because", "so", "then", "where", "x3", "twice", "once", "as", "before", "while", "or");

    /** A word of care or school in the sentence of the slot, outside the run. */
    private static boolean careInSentence(String text, List<int[]> words, int verb, int runStart, int runEnd) {
        int from = verb;
        while (from > 0 && !sentenceBreak(text, words.get(from - 1)[1], words.get(from)[0])) {
            from--;
        }
        for (int k = from; k < words.size(); k++) {
            if (k > from && sentenceBreak(text, words.get(k - 1)[1], words.get(k)[0])) {
                break;
            }
            if (k >= runStart && k < runEnd) {
                continue;
            }
            int[] w = words.get(k);
            int len = w[1] - w[0];
            if (len >= 2 && len <= 13 && (WordSet.containsLower(CARE, text, w[0], w[1])
                    || WordSet.containsLower(CARE_OR_SCHOOL, text, w[0], w[1]))
                    && !(len == 2 && Character.isLowerCase(text.charAt(w[0])) && text.regionMatches(w[0], "ed", 0, 2))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                // "St. Paul": a period after a short abbreviation ends nothing
                return !(c == '.' && k - from == 0 && shortAbbreviation(text, from));
            }
        }
        return false;
    }

    private static boolean shortAbbreviation(String text, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return WordSet.containsLower(TOWN_FIRST, text, s, end) || WordSet.containsLower(ABBREVIATIONS, text, s, end);
    }

    private static final Set<String> ABBREVIATIONS = WordSet.of("dr", "mr", "mrs", "ms", "e", "w", "n", "s");

    /** "drove through St. Paul", "moved to Fort Myers", "from Port St. Lucie": the town after a word of place. */
    private PhiSpan town(String text, List<int[]> words, int i) {
        if (i == 0) {
            return null;
        }
        int[] before = words.get(i - 1);
        if (!adjacent(text, before, words.get(i)) || !WordSet.containsLower(PLACE_OPENERS, text, before[0], before[1])) {
            return null;
        }
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (WordSet.containsLower(PRAYER, text, words.get(k)[0], words.get(k)[1])) {
                return null; // "prayed to St. Jude", "a St. Christopher medal"
            }
        }
        int[] first = words.get(i);
        int next = i + 1;
        if (next >= words.size() || !joined(text, first, words.get(next))) {
            return null;
        }
        int end = next;
        while (end < words.size() && end - next < 2 && Character.isUpperCase(text.charAt(words.get(end)[0]))
                && (end == next || joined(text, words.get(end - 1), words.get(end)))) {
            long f = lex.get(text, words.get(end)[0], words.get(end)[1]);
            if ((f & (Lexicon.HOLIDAY | Lexicon.MONTH | Lexicon.WEEKDAY)) != 0) {
                return null;
            }
            end++;
        }
        if (end == next) {
            return null;
        }
        if (end < words.size() && joined(text, words.get(end - 1), words.get(end))
                && WordSet.containsLower(NOT_TOWN_AFTER, text, words.get(end)[0], words.get(end)[1])) {
            return null; // "St. John's wort", "the San Andreas fault", "St. Patrick's Day"
        }
        return span(words, i, end);
    }

    /** "on I 94", "took MN-62 north", "WI 29": a road by its shape after a word of travel. */
    private PhiSpan road(String text, List<int[]> words, int i) {
        int[] w = words.get(i);
        if (i == 0 || !adjacent(text, words.get(i - 1), w)
                || !WordSet.containsLower(TRAVEL, text, words.get(i - 1)[0], words.get(i - 1)[1])) {
            return null;
        }
        int len = w[1] - w[0];
        if (len == 1) {
            // "I 94": the pronoun never stands before a bare number after "on" or "took"
            if (i + 1 >= words.size() || !adjacent(text, w, words.get(i + 1)) || !routeNumber(text, words.get(i + 1))) {
                return null;
            }
            return span(words, i, i + 2 + directionAfter(text, words, i + 1));
        }
        if (!STATE_CODES.contains(text.substring(w[0], w[1]))) {
            return null;
        }
        int[] num = i + 1 < words.size() ? words.get(i + 1) : null;
        boolean joinedNumber = num != null && num[0] == w[1] + 1 && (text.charAt(w[1]) == '-' || text.charAt(w[1]) == ' ');
        if (!joinedNumber || !routeNumber(text, num)) {
            return null;
        }
        return span(words, i, i + 2 + directionAfter(text, words, i + 1));
    }

    /** A route's number: one to three digits, with a letter of direction glued at most ("35W"). */
    private static boolean routeNumber(String text, int[] w) {
        int d = w[0];
        while (d < w[1] && Character.isDigit(text.charAt(d))) {
            d++;
        }
        return d > w[0] && d - w[0] <= 3 && (d == w[1] || w[1] - d == 1 && "NSEW".indexOf(text.charAt(d)) >= 0);
    }

    /** 1 when a capital letter of direction follows the number ("I 94 E"), else 0. */
    private static int directionAfter(String text, List<int[]> words, int k) {
        if (k + 1 < words.size() && adjacent(text, words.get(k), words.get(k + 1))) {
            int[] d = words.get(k + 1);
            String s = text.substring(d[0], d[1]);
            if (s.equals("N") || s.equals("S") || s.equals("E") || s.equals("W") || s.equals("NB") || s.equals("SB")
                    || s.equals("EB") || s.equals("WB")) {
                return 1;
            }
        }
        return 0;
    }

    /** The postal codes of the states, read before a route's number only. */
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "SR", "CR", "US");

    /**
     * "on east 38th", "off W 7th St": a compass word and an ordinal after a preposition of place; "the south side of
     * 35th": an ordinal after a street's part and "of".
     */
    private PhiSpan street(String text, List<int[]> words, int i) {
        if (i == 0 || i + 1 >= words.size()) {
            return null;
        }
        int[] w = words.get(i);
        int[] before = words.get(i - 1);
        boolean compass = WordSet.containsLower(COMPASS, text, w[0], w[1]);
        if (compass) {
            if (!adjacent(text, before, w) || !WordSet.containsLower(STREET_OPENERS, text, before[0], before[1])) {
                return null;
            }
            if (w[1] - w[0] == 1 && Character.isLowerCase(text.charAt(w[0]))) {
                return null; // "e", "s" in lower case are letters more often than compass points
            }
            int[] ord = words.get(i + 1);
            if (!joined(text, w, ord) || ordinal(text, ord) < 1 || countedAfter(text, words, i + 1)) {
                return null;
            }
            return span(words, i, i + 2 + streetWordAfter(text, words, i + 1));
        }
        // "side of 35th": the part's "of", then the ordinal
        if (i + 2 >= words.size() || !lower(text, words.get(i + 1), "of") || !adjacent(text, w, words.get(i + 1))
                || !adjacent(text, words.get(i + 1), words.get(i + 2))) {
            return null;
        }
        int k = i + 2;
        if (lower(text, words.get(k), "the") && k + 1 < words.size()) {
            k++;
        }
        int[] ord = words.get(k);
        int value = ordinal(text, ord);
        if (value <= 31 || countedAfter(text, words, k)) {
            return null; // "the end of the 3rd", a day of a month
        }
        return span(words, k, k + 1 + streetWordAfter(text, words, k));
    }

    /** The value of an ordinal written in digits ("38th", "1st"), or -1. */
    private static int ordinal(String text, int[] w) {
        int d = w[0];
        while (d < w[1] && Character.isDigit(text.charAt(d))) {
            d++;
        }
        if (d == w[0] || d - w[0] > 3 || w[1] - d != 2) {
            return -1;
        }
        String suffix = text.substring(d, w[1]).toLowerCase(java.util.Locale.ROOT);
        if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
            return -1;
        }
        return Integer.parseInt(text, w[0], d, 10);
    }

    private static boolean countedAfter(String text, List<int[]> words, int k) {
        return k + 1 < words.size() && adjacent(text, words.get(k), words.get(k + 1))
                && WordSet.containsLower(COUNTED, text, words.get(k + 1)[0], words.get(k + 1)[1]);
    }

    /** 1 when a street's own word follows ("38th St", "5th avenue"), else 0. */
    private int streetWordAfter(String text, List<int[]> words, int k) {
        return k + 1 < words.size() && joined(text, words.get(k), words.get(k + 1))
                && (lex.get(text, words.get(k + 1)[0], words.get(k + 1)[1]) & Lexicon.STREET) != 0 ? 1 : 0;
    }

    /** "works for 3M", "hired by Medtronic": a named run right after a word of work and its preposition. */
    private PhiSpan employer(String text, List<int[]> words, int i) {
        int k = i + 1;
        if (k + 1 >= words.size() || !adjacent(text, words.get(i), words.get(k))
                || !WordSet.containsLower(WORK_PREPOSITIONS, text, words.get(k)[0], words.get(k)[1])) {
            return null;
        }
        int[] run = run(text, words, k + 1);
        if (run == null || !adjacent(text, words.get(k), words.get(k + 1)) || !place(text, words, run[0], run[1], true)) {
            return null;
        }
        return span(words, run[0], run[1]);
    }

    /** "letter to Kaiser HR", "called Target payroll": the company before a department one deals with. */
    private PhiSpan department(String text, List<int[]> words, int i) {
        int start = i;
        while (start > 0 && i - start < LONGEST_RUN && capitalized(text, words.get(start - 1))
                && adjacent(text, words.get(start - 1), words.get(start))) {
            start--;
        }
        if (start == i || start == 0 || !adjacent(text, words.get(start - 1), words.get(start))) {
            return null;
        }
        int[] d = words.get(start - 1);
        if (!WordSet.containsLower(DEPARTMENT_OPENERS, text, d[0], d[1]) || !place(text, words, start, i, true, true)) {
            return null;
        }
        return span(words, start, i);
    }

    /** "Job: Amazon", "Work - Costco", "Place of employment: 3M": the run after an employer's field label. */
    private PhiSpan employerField(String text, List<int[]> words, int i) {
        int k = i;
        StringBuilder label = null;
        int sep = -1;
        for (; k < Math.min(words.size(), i + 3); k++) {
            int[] w = words.get(k);
            if (w[1] - w[0] > 12) {
                return null;
            }
            if (label == null) {
                label = new StringBuilder();
            } else {
                char between = text.charAt(words.get(k - 1)[1]);
                if (between != ' ' && between != '/') {
                    return null;
                }
                label.append(between);
            }
            label.append(text, w[0], w[1]);
            sep = separatorAfter(text, w[1]);
            if (sep >= 0) {
                break;
            }
        }
        if (sep < 0 || label == null || !EMPLOYER_LABELS.contains(label.toString().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        int r = k + 1;
        if (r >= words.size() || words.get(r)[0] != sep) {
            return null;
        }
        int[] run = run(text, words, r);
        if (run == null || !place(text, words, run[0], run[1], true, true)) {
            return null; // a health system the clinical list carries is an employer here too ("Work: Kaiser")
        }
        return span(words, run[0], run[1]);
    }

    /** The start of the value after a field's separator (":" or a dash between blanks) at {@code e}, or -1. */
    private static int separatorAfter(String text, int e) {
        int k = e;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length()) {
            return -1;
        }
        char c = text.charAt(k);
        if (c == ':' || (c == '-' || c == '\u2013' || c == '\u2014') && k > e) {
            k++;
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            return k;
        }
        return -1;
    }

    private static boolean lineStartBefore(String text, int at) {
        int k = at;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k == 0 || text.charAt(k - 1) == '\n';
    }

    /** Two blanks, a bar or a semicolon before the word: the next field of a form's line. */
    private static boolean fieldBreakBefore(String text, int at) {
        int k = at;
        int blanks = 0;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
            blanks++;
        }
        return blanks >= 2 || k > 0 && (text.charAt(k - 1) == '|' || text.charAt(k - 1) == ';');
    }

    /** The capitalized run from {@code k} (word indices, end exclusive), or null. */
    private static int[] run(String text, List<int[]> words, int k) {
        if (k >= words.size() || !capitalized(text, words.get(k))) {
            return null;
        }
        int end = k + 1;
        while (end < words.size() && end - k < LONGEST_RUN && capitalized(text, words.get(end))
                && joined(text, words.get(end - 1), words.get(end))) {
            end++;
        }
        return new int[] {k, end};
    }

    /**
     * A run that may be a place or an organization: no day, relation, title or state, no language, no clinical word no
     * public list holds; with {@code named}, one word a list holds or none knows, or the run listed as an organization.
     */
    private boolean place(String text, List<int[]> words, int from, int to, boolean named) {
        return place(text, words, from, to, named, false);
    }

    /**
     * As above; with {@code facilityOrEmployer} a clinical word counts as a name where the slot says institution: a
     * health system before its HR ("Kaiser HR"), a hospital's own word ("Memorial") after a verb of being taken.
     */
    private boolean place(String text, List<int[]> words, int from, int to, boolean named, boolean facilityOrEmployer) {
        // before a department any clinical word the run holds is the health system's ("Kaiser HR")
        boolean departmentAfter = to < words.size() && WordSet.containsLower(DEPARTMENTS, text, words.get(to)[0],
                words.get(to)[1]);
        String phrase = text.substring(words.get(from)[0], words.get(to - 1)[1]).toLowerCase(java.util.Locale.ROOT);
        boolean listed = SentenceSlots.ORGANIZATIONS.contains(phrase) && !SentenceSlots.AGENCIES.contains(phrase);
        boolean hasName = listed;
        for (int k = from; k < to; k++) {
            int[] w = words.get(k);
            if (text.charAt(w[0]) == '[') {
                return false;
            }
            long f = lex.get(text, w[0], w[1]);
            boolean clinicalName = facilityOrEmployer && (CARE_SYSTEMS.contains(low(text, w))
                    || (f & Lexicon.ORG_SUFFIX) != 0 || named && departmentAfter);
            if ((f & NOT_PLACE) != 0 || (f & Lexicon.CLINICAL) != 0 && (f & ALSO_A_NAME) == 0 && !listed && !clinicalName
                    || PublicNamesByKind.languageName(text, w[0], w[1]) || WordMentions.credential(text, w[0], w[1])) {
                return false;
            }
            hasName |= (f & LISTED) != 0 || !english.isCommonWord(text, w[0], w[1])
                    || clinicalName && (f & Lexicon.CLINICAL) != 0; // "Kaiser HR": a health system before its HR
        }
        if (to - from == 1 && KINDS_OF_PLACE.contains(phrase)) {
            return false;
        }
        return !named || hasName;
    }

    private static PhiSpan span(List<int[]> words, int from, int to) {
        return new PhiSpan(words.get(from)[0], words.get(to - 1)[1], PhiCategory.LOCATION, 0.6);
    }

    private static boolean capitalized(String text, int[] w) {
        char c = text.charAt(w[0]);
        return Character.isUpperCase(c) || Character.isDigit(c) && w[1] - w[0] >= 2
                && Character.isUpperCase(text.charAt(w[0] + 1));
    }

    /** Two words joined by one space, nothing else. */
    private static boolean adjacent(String text, int[] a, int[] b) {
        return b[0] == a[1] + 1 && text.charAt(a[1]) == ' ';
    }

    /** Joined by a space, or by ". " after an abbreviation ("St. Paul", "E. 38th"). */
    private static boolean joined(String text, int[] a, int[] b) {
        return adjacent(text, a, b) || b[0] == a[1] + 2 && text.charAt(a[1]) == '.' && text.charAt(a[1] + 1) == ' '
                && shortAbbreviation(text, a[1]);
    }

    private static boolean lower(String text, int[] w, String word) {
        return w[1] - w[0] == word.length() && text.regionMatches(true, w[0], word, 0, word.length());
    }

    private static String low(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<int[]> words(String text) {
        return WordSpans.of(text, WordSpans.APOSTROPHE_AMPERSAND);
    }
}
