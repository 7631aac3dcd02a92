package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CITY;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.HOLIDAY;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.List;
import org.practicekit.core.text.WordList;
import java.util.Set;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Places a local knows and no list holds, read by policy in the place slot (issue 13, round 26). Two policies, each
 * decided by default with its exceptions stated as classes:
 * <ul>
 * <li><em>a person's name in a street's slot is a street</em>: after "on", "off", "down", "along" or "onto" with a
 * word of being on a street before it ("lives on", "over on", "walking down"), a given name followed by given names,
 * surnames or an initial, in one case, that closes its phrase ("lives on Martin Luther King", "hangs out on Malcolm
 * X", "live off cesar chavez"). Not a street: a name followed by a noun it modifies or by "Day" ("on MLK Day"), a
 * name after "hung up on" (a person hung up on);</li>
 * <li><em>a facility after a payer's or an agency's name, and a town after a facility, is a place whatever the
 * name's public reading</em>: a payer, health system or federal agency named by its brand is public ("Kaiser denied",
 * "the VA approved"), but followed by a facility noun ("the Kaiser ER", "the VA clinic") or by "in" and a town ("the
 * VA in Tomah", "kaiser in vallejo") it is where someone is seen. The town must be a name the place slot takes (not a
 * state, nation, month or everyday word in capitals) or, in lower case, a city the gazetteer holds;</li>
 * <li><em>a part of town named with everyday words</em>: after "in", "from", "through", "around" or "near" with a
 * word of living, growing up, moving or walking before it, a run of two or three words all capitalized mid-sentence
 * that closes its phrase ("grew up in Five Points", "lives over in East Liberty", "walks home through Spanish
 * Harlem"): English writes a kind of neighbourhood in lower case, so capitals there name one. Not a part of town: a
 * run ending in a setting, department, school subject or kind of facility ("lives in Group Home", "grew up in Foster
 * Care"), a run opening or ending with a kind of event or weather ("flooded in Hurricane Ida"), a run holding a
 * calendar, clinical, kin or person word, a state or nation as a whole, a public name, a therapy or a law.</li>
 * </ul>
 */
final class LocalSites {
    /** Prepositions of a street: "on", "off", "down", "along", "onto". */
    private static final Set<String> STREET_CUES = WordSet.of("on", "off", "down", "along", "onto");
    /**
     * Words before such a preposition that make it a street's rather than a program's, a show's or a person's: the
     * place slot's own ("lives on", "over on", "robbed on") and a few more verbs of walking and driving.
     */
    private static final Set<String> ON_A_STREET = PlaceSlots.onAStreet("walks", "drive", "moved", "ran",
            "running", "turned", "turn");
    /** Verbs before "up on" that take a person: "hung up on", "gave up on", "caught up on". */
    private static final Set<String> UP_ON_PERSON = WordSet.of("hung", "hang", "hangs", "hanging", "gave", "give",
            "giving", "caught", "catch", "checked", "check", "picked", "pick", "followed", "follow", "backed");
    /**
     * Facility nouns after a payer's, health system's or agency's name: where someone is seen, not the plan or the
     * office that decides ("the Kaiser ER", "the VA clinic", "the Kaiser urgent care").
     */
    private static final Set<String> FACILITY_NOUNS = WordSet.of("er", "ed", "clinic", "hospital", "urgent",
            "care", "medical", "center", "centre", "pharmacy", "campus", "vamc", "cboc", "emergency", "room", "psych",
            "ward", "unit", "facility", "inpatient", "detox", "walk-in", "lab", "labs");
    /** Federal health agencies whose own facilities treat people: the VA, the Indian Health Service. */
    private static final Set<String> FACILITY_AGENCIES = WordSet.of("va", "vamc", "ihs", "tricare");
    /** Payer and health-system first words (the payer section of public-names.txt). */
    private static final Set<String> HEALTH_SYSTEMS = PlaceSlots.healthSystems();

    /** Prepositions of a part of town. */
    private static final Set<String> TOWN_CUES = WordSet.of("in", "from", "through", "around", "near");
    /** Words of living, growing up, moving and walking that tie such a preposition to where someone is. */
    private static final Set<String> LIVING = WordSet.of("live", "lives", "lived", "living", "grew", "raised",
            "born", "moved", "move", "moving", "stays", "stay", "stayed", "staying", "walks", "walk", "walked",
            "walking", "drove", "drive", "driving", "house", "apartment", "apt", "place", "home", "neighborhood",
            "neighbourhood", "rent", "rents", "renting", "rented", "settled", "relocated", "homeless", "sleeps",
            "sleeping", "slept", "shelter", "over", "out", "back");
    /** Never in a part of town's name: calendar, clinical, kin and person words. */
    private static final long NOT_IN_TOWN = MONTH | WEEKDAY | HOLIDAY | CLINICAL | Lexicon.KIN | Lexicon.PERSON_NOUN
            | Lexicon.TITLE | Lexicon.TEAM | STATE;

    /**
     * Kinds of event and weather written before or after their own name ("in Hurricane Ida", "in Operation Desert
     * Storm", "in the Camp Fire", "in Winter Storm Uri"): an occasion, not a part of town.
     */
    private static final Set<String> EVENT_KINDS = WordSet.of("hurricane", "tropical", "typhoon", "cyclone", "storm",
            "tornado", "blizzard", "earthquake", "flood", "fire", "wildfire", "operation", "war", "battle", "fair",
            "festival", "marathon", "parade", "olympics", "games", "series", "cup", "bowl", "tour", "season");

    private final WordTable lex;
    private final WordList english;

    LocalSites(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
    }

    /**
     * The end (exclusive) of a street named for a person starting at {@code start} after the preposition at
     * {@code cue}, or {@code start}.
     */
    int streetForPerson(String text, SentenceSlots.Words words, int cue, int start) {
        int n = words.size();
        if (!STREET_CUES.contains(words.low(cue)) || cue < 1 || !ON_A_STREET.contains(words.low(cue - 1))
                || words.low(cue - 1).equals("up") && cue >= 2 && UP_ON_PERSON.contains(words.low(cue - 2))
                || (words.flags(lex, start) & FIRST) == 0 || words.get(start)[1] - words.get(start)[0] < 3) {
            return start;
        }
        boolean upper = Character.isUpperCase(text.charAt(words.get(start)[0]));
        int k = start + 1;
        while (k < n && k - start < 3 && SentenceSlots.adjacent(text, words, k - 1, k)) {
            int s = words.get(k)[0];
            int len = words.get(k)[1] - s;
            boolean initial = len == 1 && Character.isUpperCase(text.charAt(s)); // "Malcolm X", "Booker T"
            // a capitalized middle or last name no list holds is a name too ("Martin Luther King")
            boolean named = (words.flags(lex, k) & (FIRST | SURNAME)) != 0
                    || upper && len >= 3 && !english.isCommonWord(words.low(k)) && words.flags(lex, k) == 0;
            if (!initial && (!named || Character.isUpperCase(text.charAt(s)) != upper)) {
                break;
            }
            k++;
        }
        if (k == start + 1) {
            return start; // one given name after "out on" is a person ("walked out on Maria")
        }
        if (k < n && SentenceSlots.adjacent(text, words, k - 1, k)) {
            String next = words.low(k);
            if (next.equals("day") || next.equals("'s") || Character.isUpperCase(text.charAt(words.get(k)[0]))
                    || (words.flags(lex, k) & (HOLIDAY | CLINICAL)) != 0 || !UnlistedPlaces.closes(next)) {
                return start; // "on MLK Day", "on John Smith's couch", "on Frida Kahlo paintings"
            }
        }
        return k;
    }

    /**
     * The span (from, to exclusive) of a payer's or agency's facility starting at {@code start}, with the town after
     * it, or {@code null}: "the VA in Tomah", "the Kaiser ER", "kaiser in vallejo", "the VA clinic in Bend".
     */
    int[] facility(String text, SentenceSlots.Words words, int start) {
        int n = words.size();
        String low = words.low(start);
        boolean agency = FACILITY_AGENCIES.contains(low);
        if (!agency && !(HEALTH_SYSTEMS.contains(low) && !english.isCommonWord(low))) {
            return emergencyDepartmentOf(text, words, start);
        }
        int k = start + 1;
        if (k + 1 < n && SentenceSlots.adjacent(text, words, k - 1, k) && SentenceSlots.adjacent(text, words, k, k + 1)
                && Character.isUpperCase(text.charAt(words.get(k)[0])) && (words.flags(lex, k) & CITY) != 0
                && FACILITY_NOUNS.contains(words.low(k + 1))) {
            k++; // "the Kaiser Oakland ER": the system's site by its town
        }
        int nouns = k;
        while (k < n && k - nouns < 3 && SentenceSlots.adjacent(text, words, k - 1, k)
                && FACILITY_NOUNS.contains(words.low(k))) {
            k++;
        }
        boolean noun = k > nouns;
        if (noun && words.low(k - 1).equals("care") && !words.low(k - 2).equals("urgent")) {
            return null; // "Kaiser care" is the plan's
        }
        int end = town(text, words, k);
        if (end > k) {
            return new int[] {start, end};
        }
        return noun && !words.low(k - 1).equals("medical") ? new int[] {start, k} : null;
    }

    /** Nouns of a hospital's emergency department: the words before one in a place slot name the hospital. */
    private static final Set<String> EMERGENCY_NOUNS = WordSet.of("er", "ed", "icu", "pes", "emergency");
    /** What "emergency" names a department with: "emergency room", not "emergency contact". */
    private static final Set<String> EMERGENCY_HEADS = WordSet.of("room", "department", "dept");
    /** Words of kind, not of name, that stand before an emergency department: "the pediatric ER", "the local ED". */
    private static final Set<String> KINDS_OF_ER = WordSet.of("local", "nearest", "closest", "nearby", "main",
            "same", "other", "new", "old", "big", "small", "busy", "pediatric", "peds", "adult", "psych",
            "psychiatric", "hospital", "hospital's", "county", "city", "regular", "general", "urgent", "real",
            "actual", "last", "first", "next", "whole", "usual", "different", "trauma", "medical", "the", "a", "an",
            "my", "his", "her", "our", "their", "your", "its", "that", "this", "some", "any", "another", "to", "at",
            "in", "of", "and", "or", "with", "for", "by", "from", "on");
    private static final long NOT_A_NAME = CLINICAL | Lexicon.KIN | Lexicon.PERSON_NOUN
            | Lexicon.NUMBER_WORD | MONTH | WEEKDAY | HOLIDAY | Lexicon.AUX | Lexicon.UNIT_OF_MEASURE;

    /**
     * Round 41: one to three words in a place slot right before an emergency department's noun name the hospital,
     * whatever their public reading ("at mercy ER", "in the Beaumont ER", "at advocate illinois masonic er"): a
     * kind of department ("the pediatric ER", "the local ED") names none. Span: the name words, or {@code null}.
     */
    private int[] emergencyDepartmentOf(String text, SentenceSlots.Words words, int start) {
        int n = words.size();
        int k = start;
        while (k < n && k - start < 3 && (k == start || SentenceSlots.adjacent(text, words, k - 1, k))
                && !EMERGENCY_NOUNS.contains(words.low(k))) {
            if (KINDS_OF_ER.contains(words.low(k)) || (words.flags(lex, k) & NOT_A_NAME) != 0
                    || !Character.isLetter(text.charAt(words.get(k)[0]))) {
                return null;
            }
            k++;
        }
        if (k == start || k >= n || !SentenceSlots.adjacent(text, words, k - 1, k)
                || !EMERGENCY_NOUNS.contains(words.low(k))) {
            return null;
        }
        String noun = words.low(k);
        boolean acronym = noun.length() <= 3 && Character.isUpperCase(text.charAt(words.get(k)[0]));
        boolean department = noun.equals("emergency") ? k + 1 < n && SentenceSlots.adjacent(text, words, k, k + 1)
                && EMERGENCY_HEADS.contains(words.low(k + 1)) : acronym
                || noun.length() <= 3 && (k + 1 >= n || !SentenceSlots.adjacent(text, words, k, k + 1));
        return department ? new int[] {start, k} : null;
    }

    /**
     * The end of "in" and a town after a facility at {@code k}, or {@code k}: a name the place slot takes, or a city
     * the gazetteer holds in lower case; never a state, nation, month, weekday or holiday.
     */
    private int town(String text, SentenceSlots.Words words, int k) {
        int n = words.size();
        if (k + 1 >= n || !words.low(k).equals("in") || !SentenceSlots.adjacent(text, words, k, k + 1)) {
            return k;
        }
        int t = k + 1;
        int s = words.get(t)[0];
        int e = words.get(t)[1];
        int end = t + 1;
        if (t + 1 < n && SentenceSlots.adjacent(text, words, t, t + 1)
                && (lex.get(text, s, words.get(t + 1)[1]) & CITY) != 0) {
            end = t + 2; // "kaiser in san leandro", "the VA in Palo Alto"
        }
        long whole = lex.get(text, s, words.get(end - 1)[1]);
        if ((whole & (STATE | MONTH | WEEKDAY | HOLIDAY)) != 0 || PlaceSlots.nationWord(words.low(t))
                || e - s < 3) {
            return k;
        }
        if (Character.isUpperCase(text.charAt(s))) {
            return (whole & CITY) != 0 || !english.isCommonWord(words.low(t)) ? end : k;
        }
        return (whole & CITY) != 0 && !english.isCommonWord(words.low(t)) ? end : k;
    }

    /**
     * The end (exclusive) of a part of town named with capitalized words after the preposition at {@code cue},
     * starting at {@code start}, or {@code start}.
     */
    int partOfTown(String text, SentenceSlots.Words words, int cue, int start) {
        int n = words.size();
        if (!TOWN_CUES.contains(words.low(cue)) || !tiedToLiving(words, cue) || start == 0) {
            return start;
        }
        int k = start;
        while (k < n && k - start < 3 && (k == start || SentenceSlots.adjacent(text, words, k - 1, k))) {
            int s = words.get(k)[0];
            int e = words.get(k)[1];
            if (e - s < 2 || !Character.isUpperCase(text.charAt(s)) || SentenceSlots.acronym(text, s, e)
                    || PlaceSlots.hasDigit(words.low(k)) || text.charAt(s) == '[') {
                break;
            }
            if ((words.flags(lex, k) & NOT_IN_TOWN) != 0) {
                return start;
            }
            k++;
        }
        if (k - start < 2) {
            return start; // one capitalized word is read by the slot's own test
        }
        if (k < n && SentenceSlots.adjacent(text, words, k - 1, k) && !UnlistedPlaces.closes(words.low(k))
                && !words.low(k).equals("as")) {
            return start; // "in Little League games": a name modifying a noun
        }
        String last = words.low(k - 1);
        if (UnlistedPlaces.setting(last) || UnlistedPlaces.kind(last) || EVENT_KINDS.contains(last)
                || EVENT_KINDS.contains(words.low(start))) {
            return start; // "lives in Group Home", "grew up in Foster Care", "flooded in Hurricane Ida"
        }
        int s = words.get(start)[0];
        int e = words.get(k - 1)[1];
        StringBuilder name = new StringBuilder(words.low(start));
        for (int j = start + 1; j < k; j++) {
            name.append(' ').append(words.low(j));
        }
        if ((lex.get(text, s, e) & (NOT_IN_TOWN | Lexicon.PUBLIC)) != 0 || PlaceSlots.nationWord(name.toString())
                || PlaceSlots.PUBLIC_NAMES.contains(name.toString()) || PlaceSlots.TREATMENTS.reads(text, s, e)) {
            return start; // "raised in South Korea", "grew up in Alcoholics Anonymous"
        }
        return k;
    }

    /** Whether a word of living or moving stands up to three words before the preposition at {@code cue}. */
    private static boolean tiedToLiving(SentenceSlots.Words words, int cue) {
        for (int k = Math.max(0, cue - 3); k < cue; k++) {
            if (LIVING.contains(words.low(k))) {
                return true;
            }
        }
        return false;
    }
}
