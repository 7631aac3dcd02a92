package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Places a client goes to, is held at or rides to, named without a cue the other readers take (issue 13, round 36).
 * Each slot is read by its grammar and word classes of not-identifiers.txt, never by a list of names:
 * <ul>
 *   <li>"the", an ordinal and a unit of the police or of a town ({@code [POLICE_UNIT]}): "the 9th precinct", "the
 *   23rd district"; the unit and a number after a place preposition ("at Precinct 12");</li>
 *   <li>a transit line by its colour or name after a word of riding or a place preposition ("took the red line", "on
 *   the Expo Line"); "crossed a red line", "the bottom line" and "the line" stay;</li>
 *   <li>a named run before a stop's noun ({@code [TRANSIT_STOP]}: "Fairmount station", "the Greyhound station"); the
 *   run must name something (a listed word or one no dictionary has), so "the police station", "a bus stop" stay;</li>
 *   <li>in Spanish and Portuguese, a place noun ({@code [PLACE_NOUN_ES_PT]}) after an article or preposition of the
 *   language, then a capitalized run, a number or a line's colour ("la clínica San Rafael", "el parque de la 8", "la
 *   línea verde", "na escola Rui Barbosa", "la comisaría 14"); a number before a unit is a count ("hospital 3
 *   días") and a line's number a hotline's as often ("la línea 988");</li>
 *   <li>a fair of a county or a state one was at ("a fight at the county fair"), a festival named in one word ("went to Ribfest") and a
 *   word no dictionary has after "went to" or "was at" ("went to lollapalooza");</li>
 *   <li>a facility's name in lower case after a verb of being taken or discharged, in a sentence with a word of care,
 *   when its last word ends such names ({@code [FACILITY_NAME_END]}: "sent to cedar crest after the overdose").</li>
 * </ul>
 * Asked last by {@link ResidualCheck#namesToReplace}, for what nothing else replaced, so the detector's deny-by-default
 * reading gets it too. A pass over the text looks for the slots' key words without allocating and builds the word
 * list only when one is there.
 */
final class UncuedPlaces {
    private static final Set<String> STOPS = NotIdentifiers.CLASSES.get("TRANSIT_STOP");
    private static final Set<String> COLOURS = NotIdentifiers.CLASSES.get("LINE_COLOUR");
    private static final Set<String> POLICE_UNITS = NotIdentifiers.CLASSES.get("POLICE_UNIT");
    private static final Set<String> PLACE_NOUNS = NotIdentifiers.CLASSES.get("PLACE_NOUN_ES_PT");
    private static final Set<String> FACILITY_ENDS = NotIdentifiers.CLASSES.get("FACILITY_NAME_END");
    private static final Set<String> CARE = NotIdentifiers.CLASSES.get("CARE_WORD");
    private static final Set<String> STOP_KINDS = NotIdentifiers.CLASSES.get("STOP_KIND");
    /** Words of an emergency besides {@code [CARE_WORD]} that make a lower-case run after "sent to" a facility. */
    private static final Set<String> EMERGENCY = WordSet.of("ambulance", "ems", "paramedics", "od", "overdose",
            "overdosed", "od'd", "5150", "hold", "meds", "nurses", "sober", "sobriety", "relapse", "relapsed",
            "withdrawal", "withdrawals", "program", "residential", "iop", "php", "aa", "na");
    /** Nouns of a line one rides. */
    private static final Set<String> LINES = WordSet.of("line", "línea", "linea", "linha");
    /** Words of riding or of place before "the" and a line: "took the red line", "on the Blue Line". */
    private static final Set<String> RIDING = WordSet.of("on", "off", "onto", "take", "took", "takes", "taking",
            "ride", "rode", "rides", "riding", "by", "near", "from", "to", "via", "catch", "caught", "catches",
            "along", "transfer", "transferred", "switch", "switched", "toma", "tomo", "tomé", "tome", "pega", "pego",
            "peguei", "en", "na", "no", "pela", "pelo", "por");
    /** Verbs of riding: before "the" and a line named by a capitalized word. */
    private static final Set<String> RIDES = WordSet.of("take", "took", "takes", "taking", "ride", "rode", "rides",
            "riding", "catch", "caught", "catches", "transfer", "transferred", "switch", "switched");
    /** Articles and prepositions of Spanish and Portuguese before a place noun. */
    private static final Set<String> ES_PT_BEFORE = WordSet.of("el", "la", "los", "las", "al", "del", "en", "o", "a",
            "na", "no", "da", "do", "em", "para", "pela", "pelo", "desde", "hasta", "hacia", "cerca", "ao", "à", "às",
            "nos", "nas", "dos", "das", "um", "uma", "una", "un");
    /** Those no English text writes before a noun: only they open the slot before a noun English has too ("hospital"). */
    private static final Set<String> ES_PT_ONLY = WordSet.of("el", "la", "los", "las", "al", "del", "en", "na", "da",
            "em", "pela", "pelo", "desde", "hasta", "hacia", "ao", "nos", "nas", "dos", "das", "uma", "una");
    /** Articles of Spanish and Portuguese kept in the span: "la clínica San Rafael". */
    private static final Set<String> ES_PT_ARTICLES = WordSet.of("el", "la", "los", "las", "o", "a");
    /** Small words between a place noun and its name or number: "el parque de la 8", "escola do Carmo". */
    private static final Set<String> ES_PT_OF = WordSet.of("de", "del", "do", "da", "dos", "das", "la", "el");
    /** Units after a number that make it a count, not a place's number: "hospital 3 días". */
    private static final Set<String> ES_PT_UNITS = WordSet.of("días", "dias", "día", "dia", "horas", "hora", "años",
            "anos", "año", "ano", "meses", "mes", "mês", "semanas", "semana", "minutos", "veces", "vezes", "vez",
            "pesos", "reais", "dólares", "dolares", "personas", "pessoas", "camas", "pisos", "andares", "x");
    /** Place prepositions before a unit of the police and its number: "at Precinct 12". */
    private static final Set<String> PLACE_PREPS = WordSet.of("at", "to", "from", "in", "near", "by", "into", "outside");
    /**
     * Words before "the" and a fair: being at it ("a fight at the county fair"); "go back to the County Fair" names an
     * occasion (round 23's convention), so "to" is not one.
     */
    private static final Set<String> FAIR_PREPS = WordSet.of("at");
    private static final Set<String> FAIR_OWNERS = WordSet.of("county", "state");
    private static final Set<String> FAIRS = WordSet.of("fair", "fairgrounds", "carnival", "rodeo", "expo");
    /** Verbs of going somewhere before "to": "went to lollapalooza" (no infinitive follows these). */
    private static final Set<String> WENT = WordSet.of("went", "headed", "drove", "flew", "drives", "heads");
    /** Verbs of being somewhere before "at": "was at bonnaroo", "got arrested at". */
    private static final Set<String> WAS = WordSet.of("was", "were", "been", "met", "stayed", "arrested", "caught",
            "working");
    /** Verbs of being taken to, held at or let out of a facility. */
    private static final Set<String> CARRIED = WordSet.of("took", "taken", "brought", "rushed", "sent", "transported",
            "transferred", "admitted", "discharged", "released", "readmitted", "committed", "placed", "went", "stayed",
            "stays", "detoxed", "landed", "ended", "checked", "goes", "attends", "attended");
    private static final Set<String> CARRIED_PREPS = WordSet.of("to", "from", "at", "into");
    /** Words after a run that leave it whole: a preposition, a conjunction, an adverb of time. */
    private static final Set<String> RUN_ENDS = WordSet.of("and", "or", "with", "for", "last", "this", "next", "when",
            "since", "after", "before", "in", "at", "on", "now", "but", "so", "until", "because", "where", "to", "from",
            "again", "twice", "yesterday", "today", "tonight", "by", "then", "while", "once", "overnight", "x2", "x3",
            "y", "e", "con", "com", "el", "la", "hace", "desde", "por", "para", "cuando", "quando", "depois", "después",
            "despues", "no", "na", "en", "em", "que", "porque", "mas", "pero", "todos", "todas", "all", "every");
    /** A run word that is no place: a day, a relation, a title. */
    private static final long NOT_PLACE = Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.HOLIDAY | Lexicon.KIN
            | Lexicon.TITLE;
    /** Flags of a word that names something. */
    private static final long LISTED = Lexicon.PUBLIC | Lexicon.STORE | Lexicon.CITY | Lexicon.SURNAME;
    private static final int LONGEST_RUN = 3;

    private final WordTable lex;
    private final WordList english;

    UncuedPlaces(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
    }

    /** The places of {@code text} read by their slot, as spans (ordered, apart). */
    List<PhiSpan> spans(String text) {
        if (!anyKeyWord(text)) {
            return List.of();
        }
        List<int[]> words = WordSpans.of(text, WordSpans.APOSTROPHE_AMPERSAND);
        List<PhiSpan> out = List.of();
        Boolean care = null;
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            if (w[1] - w[0] > 14 || text.charAt(w[0]) == '[') {
                continue;
            }
            PhiSpan found = null;
            if (WordSet.containsLower(POLICE_UNITS, text, w[0], w[1])) {
                found = policeUnit(text, words, i);
            }
            if (found == null && WordSet.containsLower(LINES, text, w[0], w[1])) {
                found = line(text, words, i);
            }
            if (found == null && WordSet.containsLower(STOPS, text, w[0], w[1])) {
                found = stop(text, words, i);
            }
            if (found == null && WordSet.containsLower(PLACE_NOUNS, text, w[0], w[1])) {
                found = spanishOrPortuguese(text, words, i);
            }
            if (found == null && WordSet.containsLower(FAIRS, text, w[0], w[1])) {
                found = fair(text, words, i);
            }
            if (found == null && (WordSet.containsLower(WENT, text, w[0], w[1])
                    || WordSet.containsLower(WAS, text, w[0], w[1]))) {
                found = unknownVenue(text, words, i);
            }
            if (found == null && WordSet.containsLower(CARRIED, text, w[0], w[1])) {
                if (care == null) {
                    care = careWord(text, words);
                }
                found = care ? lowerCaseFacility(text, words, i) : null;
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

    /** Whether a key word of a slot stands in the text: no allocation. */
    private static boolean anyKeyWord(String text) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - s < 2 || i - s > 14) {
                continue;
            }
            if (WordSet.containsLower(POLICE_UNITS, text, s, i) || WordSet.containsLower(LINES, text, s, i)
                    || WordSet.containsLower(STOPS, text, s, i) || WordSet.containsLower(PLACE_NOUNS, text, s, i)
                    || WordSet.containsLower(FAIRS, text, s, i) || WordSet.containsLower(WENT, text, s, i)
                    || WordSet.containsLower(WAS, text, s, i) || WordSet.containsLower(CARRIED, text, s, i)
                    || i - s > 5 && text.regionMatches(true, i - 4, "fest", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** "the 9th precinct", "at Precinct 12": a unit of the police or a town by its ordinal or number. */
    private PhiSpan policeUnit(String text, List<int[]> words, int i) {
        if (i >= 2 && adjacent(text, words.get(i - 1), words.get(i)) && ordinal(text, words.get(i - 1))
                && adjacent(text, words.get(i - 2), words.get(i - 1)) && lower(text, words.get(i - 2), "the")) {
            return span(words, i - 2, i + 1); // "the 9th precinct"
        }
        if (i >= 1 && i + 1 < words.size() && adjacent(text, words.get(i), words.get(i + 1))
                && number(text, words.get(i + 1)) && (WordSet.containsLower(PLACE_PREPS, text, words.get(i - 1)[0],
                words.get(i - 1)[1]) || WordSet.containsLower(ES_PT_ARTICLES, text, words.get(i - 1)[0],
                words.get(i - 1)[1])) && !unitAfter(text, words, i + 1)) {
            int from = WordSet.containsLower(ES_PT_ARTICLES, text, words.get(i - 1)[0], words.get(i - 1)[1]) ? i - 1 : i;
            return span(words, from, i + 2); // "at Precinct 12", "la comisaría 14"
        }
        return null;
    }

    /** "took the red line", "on the Expo Line", "la línea verde", "a linha azul". */
    private PhiSpan line(String text, List<int[]> words, int i) {
        int[] w = words.get(i);
        boolean english = w[1] - w[0] == 4 && text.regionMatches(true, w[0], "line", 0, 4);
        if (english) {
            // "the" + a colour or a capitalized name + "line", after a word of riding or place
            if (i < 3) {
                return null;
            }
            int[] name = words.get(i - 1);
            int[] the = words.get(i - 2);
            int[] opener = words.get(i - 3);
            if (!adjacent(text, name, w) || !adjacent(text, the, name) || !lower(text, the, "the")
                    || !adjacent(text, opener, the)) {
                return null;
            }
            boolean colour = WordSet.containsLower(COLOURS, text, name[0], name[1]) && name[1] - name[0] <= 6
                    && english(text, name);
            boolean named = Character.isUpperCase(text.charAt(name[0])) && Character.isUpperCase(text.charAt(w[0]))
                    && named(text, name);
            // a line named by a capitalized word only after a verb of riding: "called the Trevor Line" is a hotline
            if (!(colour && WordSet.containsLower(RIDING, text, opener[0], opener[1])
                    || named && WordSet.containsLower(RIDES, text, opener[0], opener[1]))) {
                return null;
            }
            return span(words, i - 2, i + 1);
        }
        // "la línea verde", "a linha 4": the line's colour or number after it, an article before it
        if (i + 1 >= words.size() || i == 0 || !adjacent(text, w, words.get(i + 1))) {
            return null;
        }
        int[] after = words.get(i + 1);
        if (!WordSet.containsLower(COLOURS, text, after[0], after[1]) || english(text, after)) {
            return null; // "la línea 988", "a linha 188": a line with a number is as often a hotline
        }
        int[] before = words.get(i - 1);
        if (!adjacent(text, before, w) || !WordSet.containsLower(ES_PT_BEFORE, text, before[0], before[1])) {
            return null;
        }
        int from = WordSet.containsLower(ES_PT_ARTICLES, text, before[0], before[1]) ? i - 1 : i;
        return span(words, from, i + 2);
    }

    /** "Fairmount station", "the Greyhound station", "Harlow stop": a named run before a stop's noun. */
    private PhiSpan stop(String text, List<int[]> words, int i) {
        int start = i;
        while (start > 0 && i - start < LONGEST_RUN && adjacent(text, words.get(start - 1), words.get(start))
                && capitalized(text, words.get(start - 1))) {
            start--;
        }
        if (start == i) {
            return null;
        }
        // a run that opens the sentence may be only a capital of the sentence: a word before it must open the slot
        if (start == 0 || !adjacent(text, words.get(start - 1), words.get(start))) {
            return null;
        }
        boolean hasName = false;
        for (int k = start; k < i; k++) {
            int[] w = words.get(k);
            long f = lex.get(text, w[0], w[1]);
            if ((f & NOT_PLACE) != 0 || (f & Lexicon.STATE) != 0 && i - start == 1) {
                return null;
            }
            hasName |= named(text, w) || start > 0 && !sentenceStart(text, words.get(start)[0])
                    && !WordSet.containsLower(STOP_KINDS, text, w[0], w[1]); // "the Greyhound station"
            if (WordSet.containsLower(STOP_KINDS, text, w[0], w[1]) && k == i - 1) {
                return null; // "Grand Central's bus stop": a kind of stop right before its noun names the kind
            }
        }
        if (!hasName) {
            return null; // "the Police station", "a Bus Stop"
        }
        int from = lower(text, words.get(start - 1), "the") ? start - 1 : start;
        return span(words, from, i + 1);
    }

    /** "la clínica San Rafael", "el parque de la 8", "na escola Rui Barbosa", "o posto Vila Nova". */
    private PhiSpan spanishOrPortuguese(String text, List<int[]> words, int i) {
        if (i == 0 || i + 1 >= words.size() || !adjacent(text, words.get(i - 1), words.get(i))) {
            return null;
        }
        int[] before = words.get(i - 1);
        int[] noun = words.get(i);
        if (!WordSet.containsLower(ES_PT_BEFORE, text, before[0], before[1])
                || !Character.isLowerCase(text.charAt(noun[0])) // "del Instituto Nacional": an institution's own name
                || english.isCommonWord(text, noun[0], noun[1]) && !WordSet.containsLower(ES_PT_ONLY, text, before[0],
                before[1])) {
            return null;
        }
        int k = i + 1;
        int between = 0;
        while (k < words.size() && between < 2 && adjacent(text, words.get(k - 1), words.get(k))
                && WordSet.containsLower(ES_PT_OF, text, words.get(k)[0], words.get(k)[1])
                && Character.isLowerCase(text.charAt(words.get(k)[0]))) {
            k++;
            between++;
        }
        if (k >= words.size() || !adjacent(text, words.get(k - 1), words.get(k))) {
            return null;
        }
        int end;
        int[] first = words.get(k);
        if (number(text, first)) {
            if (unitAfter(text, words, k) || WordSet.containsLower(LINES, text, noun[0], noun[1])) {
                return null; // "hospital 3 días": a count; "la línea 988": a hotline
            }
            end = k + 1;
        } else if (capitalized(text, first)) {
            end = k;
            while (end < words.size() && end - k < LONGEST_RUN && (capitalized(text, words.get(end))
                    || end > k && end + 1 < words.size() && ES_PT_OF.contains(low(text, words.get(end)))
                    && capitalized(text, words.get(end + 1))) && adjacent(text, words.get(end - 1), words.get(end))) {
                end++;
            }
            for (int r = k; r < end; r++) {
                long f = lex.get(text, words.get(r)[0], words.get(r)[1]);
                if ((f & (Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.HOLIDAY)) != 0) {
                    return null;
                }
            }
        } else {
            return null;
        }
        int from = WordSet.containsLower(ES_PT_ARTICLES, text, before[0], before[1]) ? i - 1 : i;
        return span(words, from, end);
    }

    /** "at the county fair", "went to Ribfest": a fair of a county or a state, or a festival named in one word. */
    private PhiSpan fair(String text, List<int[]> words, int i) {
        if (i < 3) {
            return null;
        }
        int[] owner = words.get(i - 1);
        int[] the = words.get(i - 2);
        int[] prep = words.get(i - 3);
        if (adjacent(text, owner, words.get(i)) && adjacent(text, the, owner) && adjacent(text, prep, the)
                && lower(text, the, "the") && WordSet.containsLower(FAIR_OWNERS, text, owner[0], owner[1])
                && WordSet.containsLower(FAIR_PREPS, text, prep[0], prep[1])) {
            return span(words, i - 2, i + 1);
        }
        return null;
    }

    /**
     * "went to lollapalooza", "was at Ribfest": a word no dictionary has, or a festival's one word, right after a verb
     * of going and "to" or a verb of being and "at".
     */
    private PhiSpan unknownVenue(String text, List<int[]> words, int i) {
        if (i + 2 >= words.size()) {
            return null;
        }
        int[] verb = words.get(i);
        int[] prep = words.get(i + 1);
        int[] name = words.get(i + 2);
        boolean going = WordSet.containsLower(WENT, text, verb[0], verb[1]);
        if (!adjacent(text, verb, prep) || !adjacent(text, prep, name)
                || !lower(text, prep, going ? "to" : "at")) {
            return null;
        }
        int len = name[1] - name[0];
        if (len < 5 || len > 14 || !allLetters(text, name)) {
            return null;
        }
        boolean festival = Character.isUpperCase(text.charAt(name[0])) && len > 5
                && text.regionMatches(true, name[1] - 4, "fest", 0, 4);
        if (!festival) {
            long f = lex.get(text, name[0], name[1]);
            if (Character.isUpperCase(text.charAt(name[0])) || f != 0 || english.isCommonWord(text, name[0], name[1])) {
                return null; // capitalized runs are the other readers'; a word any list knows is theirs too
            }
        }
        if (i + 3 < words.size() && adjacent(text, name, words.get(i + 3))
                && !WordSet.containsLower(RUN_ENDS, text, words.get(i + 3)[0], words.get(i + 3)[1])) {
            return null; // a noun after it names something else
        }
        return span(words, i + 2, i + 3);
    }

    /** "sent to cedar crest after the overdose": a lower-case facility name after a verb of being taken. */
    private PhiSpan lowerCaseFacility(String text, List<int[]> words, int i) {
        int k = i + 1;
        int skipped = 0;
        while (k < words.size() && skipped < 2 && adjacent(text, words.get(k - 1), words.get(k))
                && !WordSet.containsLower(CARRIED_PREPS, text, words.get(k)[0], words.get(k)[1])
                && Character.isLowerCase(text.charAt(words.get(k)[0])) && words.get(k)[1] - words.get(k)[0] <= 8) {
            k++;
            skipped++;
        }
        if (k + 2 >= words.size() || !adjacent(text, words.get(k - 1), words.get(k))
                || !WordSet.containsLower(CARRIED_PREPS, text, words.get(k)[0], words.get(k)[1])) {
            return null;
        }
        int[] first = words.get(k + 1);
        int[] last = words.get(k + 2);
        if (!adjacent(text, words.get(k), first) || !adjacent(text, first, last)
                || !Character.isLowerCase(text.charAt(first[0])) || !Character.isLowerCase(text.charAt(last[0]))
                || !WordSet.containsLower(FACILITY_ENDS, text, last[0], last[1]) || !allLetters(text, first)
                || first[1] - first[0] < 3) {
            return null;
        }
        long f = lex.get(text, first[0], first[1]);
        if ((f & (Lexicon.STOP | NOT_PLACE)) != 0 && (f & LISTED) == 0) {
            return null; // "to my house", "to the place", "from her house"
        }
        if (k + 3 < words.size() && adjacent(text, last, words.get(k + 3))
                && !WordSet.containsLower(RUN_ENDS, text, words.get(k + 3)[0], words.get(k + 3)[1])) {
            return null;
        }
        return span(words, k + 1, k + 3);
    }

    private static boolean careWord(String text, List<int[]> words) {
        for (int[] w : words) {
            int len = w[1] - w[0];
            if (len >= 2 && len <= 13 && (WordSet.containsLower(CARE, text, w[0], w[1])
                    || WordSet.containsLower(EMERGENCY, text, w[0], w[1]))
                    && !(len == 2 && Character.isLowerCase(text.charAt(w[0])) && text.regionMatches(w[0], "ed", 0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** A word that names: one a public, store, city or surname list holds, or one no dictionary has. */
    private boolean named(String text, int[] w) {
        long f = lex.get(text, w[0], w[1]);
        return (f & LISTED) != 0 || !english.isCommonWord(text, w[0], w[1]) && allLetters(text, w);
    }

    /** A colour the English dictionary knows: "red" is English, "verde" is not. */
    private boolean english(String text, int[] w) {
        return english.isCommonWord(text, w[0], w[1]);
    }

    private static boolean unitAfter(String text, List<int[]> words, int k) {
        return k + 1 < words.size() && adjacent(text, words.get(k), words.get(k + 1))
                && (WordSet.containsLower(ES_PT_UNITS, text, words.get(k + 1)[0], words.get(k + 1)[1])
                || (Lexicon.table().get(text, words.get(k + 1)[0], words.get(k + 1)[1])
                & (Lexicon.UNIT | Lexicon.UNIT_OF_MEASURE)) != 0);
    }

    /** An ordinal in digits ("9th", "23rd"). */
    private static boolean ordinal(String text, int[] w) {
        int d = w[0];
        while (d < w[1] && Character.isDigit(text.charAt(d))) {
            d++;
        }
        if (d == w[0] || d - w[0] > 3 || w[1] - d != 2) {
            return false;
        }
        char a = Character.toLowerCase(text.charAt(d));
        char b = Character.toLowerCase(text.charAt(d + 1));
        return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
    }

    /** One to three digits. */
    private static boolean number(String text, int[] w) {
        if (w[1] - w[0] > 3) {
            return false;
        }
        for (int k = w[0]; k < w[1]; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allLetters(String text, int[] w) {
        for (int k = w[0]; k < w[1]; k++) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalized(String text, int[] w) {
        return Character.isUpperCase(text.charAt(w[0])) && text.charAt(w[0]) != 'I' || w[1] - w[0] > 1
                && Character.isUpperCase(text.charAt(w[0]));
    }

    /** Whether only blanks and a sentence's end mark stand before {@code at} (or nothing). */
    private static boolean sentenceStart(String text, int at) {
        int k = at;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k == 0) {
            return true;
        }
        char c = text.charAt(k - 1);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"';
    }

    private static int lastEnd(List<PhiSpan> out) {
        return out.isEmpty() ? 0 : out.get(out.size() - 1).end();
    }

    private static PhiSpan span(List<int[]> words, int from, int to) {
        return new PhiSpan(words.get(from)[0], words.get(to - 1)[1], PhiCategory.LOCATION, 0.6);
    }

    /** Two words joined by one space, nothing else. */
    private static boolean adjacent(String text, int[] a, int[] b) {
        return b[0] == a[1] + 1 && text.charAt(a[1]) == ' ';
    }

    private static boolean lower(String text, int[] w, String word) {
        return w[1] - w[0] == word.length() && text.regionMatches(true, w[0], word, 0, word.length());
    }

    private static String low(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT);
    }
}
