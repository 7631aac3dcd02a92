package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.HOLIDAY;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.NUMBER_WORD;
import static org.practicekit.llm.phi.internal.Lexicon.PERSON_NOUN;
import static org.practicekit.llm.phi.internal.Lexicon.PUBLIC;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.TEAM;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.List;
import java.util.Set;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Places no list of the project holds, read by the slot alone (issue 13, round 25): a local bar, a park, a road by
 * its nickname or a place named with an ordinary word is written the way a name is, and the slot says it is a place.
 * Two policies, each deny by default with its exceptions stated as classes:
 * <ul>
 * <li><em>a capitalized name after "the"</em> in a place slot ("at the Depot", "outside the Junction", "on the
 * Skyway"): English writes a kind of place after "the" in lower case, so a capital there mid-sentence names one.
 * Not a place: a generic kind of facility or service capitalized out of respect ("the Hospital", "the ER"), a
 * calendar word, a state, a team or service, a public name or program, a clinical word, an agency;</li>
 * <li><em>a capitalized name ending in a place noun without a determiner</em> ("at Crystal lake", "off Rattler
 * Hill"): English puts an article before a singular place noun used as a common noun ("at the lake"),
 * so a bare one with a modifier is a name. Not a place: a modifier that is a determiner, pronoun, number, kin or
 * person word, or a calendar word, and a phrase the public or clinical lists hold.</li>
 * </ul>
 * Texts written in title case (most words capitalized) give no evidence by capitals and are not read.
 */
final class UnlistedPlaces {
    /** Prepositions that put someone at, in or on a place. */
    static final Set<String> PLACE_CUES = WordSet.of("at", "in", "near", "outside", "inside", "behind", "off",
            "on", "to", "from", "by", "around", "past", "across", "over", "under", "toward", "towards", "into",
            "onto", "along", "down");
    /** Never part of a place's name: calendar, people, states, measures, teams and services. */
    private static final long NEVER = STATE | MONTH | WEEKDAY | HOLIDAY | KIN | PERSON_NOUN | TITLE | NUMBER_WORD
            | UNIT_OF_MEASURE | TEAM;
    /**
     * Kinds of facility, setting and service a writer capitalizes without naming one ("the Hospital", "the Post
     * Office", "the Health Department"): a capital after "the" on them is respect, not a name.
     */
    private static final Set<String> KINDS = WordSet.of("hospital", "hospitals", "clinic", "pharmacy", "er", "ed", "icu", "office", "post", "school",
            "church", "court", "courthouse", "jail", "prison", "library", "hospice", "shelter", "unit", "ward",
            "department", "dept", "program", "center", "centre", "agency", "house", "senate", "state", "city",
            "county", "town", "government", "army", "navy", "marines", "military", "air", "coast", "guard",
            "police", "fire", "bank", "store", "home", "group", "class", "internet", "web", "news", "bible",
            "quran", "torah", "gospel", "lord", "universe", "world", "earth", "moon", "sun", "beach", "park",
            "mall", "gym", "lake", "river", "ocean", "sea", "mountains", "woods", "desert", "north", "south",
            "east", "west", "midwest", "states", "us", "usa", "uk", "eu", "un", "board", "district", "region",
            "campus", "dorms", "dorm", "cafeteria", "lobby", "waiting", "front", "back", "end", "beginning",
            "future", "past", "present", "moment", "morning", "evening", "afternoon", "night", "weekend",
            "spring", "summer", "fall", "autumn", "winter", "holidays", "team", "band", "company", "firm",
            "ministry", "temple", "mosque", "synagogue", "chapel", "cathedral", "vet", "dentist", "doctor",
            "doctors", "emergency", "urgent", "dmv", "va", "ssa", "irs", "dcfs", "cps", "apartment",
            "apartments", "building", "car", "truck", "van", "bus", "train", "plane", "room", "kitchen", "yard",
            "basement", "garage", "hotel", "motel", "hall", "club", "bar", "pub", "restaurant");
    /**
     * Nouns that make a phrase a place: water and land, parks and trails, roads and their nicknames' heads, shops,
     * bars, eateries, gyms and care sites (the heads of the place names in GeoNames' feature classes and a business
     * directory's categories).
     */
    private static final Set<String> PLACE_HEADS = WordSet.of("lake", "lakes", "pond", "creek", "river", "falls",
            "bay", "cove", "beach", "island", "springs", "spring", "reservoir", "marsh", "park", "trail", "trailhead",
            "loop", "ridge", "hill", "hills", "hollow", "canyon", "gulch", "mesa", "bluff", "bluffs", "woods",
            "forest", "meadow", "meadows", "gardens", "garden", "grove", "preserve", "campground", "curve", "bend",
            "connector", "cutoff", "bypass", "spur", "pass", "grade", "crossing", "overpass", "underpass", "bridge",
            "tunnel", "diner", "grill", "tavern", "pub", "saloon", "lounge", "cantina", "taqueria", "pizzeria",
            "bistro", "cafe", "café", "bakery", "deli", "bodega", "market", "mall", "plaza", "outlet", "outlets",
            "gym", "fitness", "crossfit", "dojo", "billiards", "lanes", "arena", "rink", "hospital", "clinic",
            "infirmary", "hardware", "nails", "salon", "barbershop", "motel", "inn", "lodge", "marina", "pier",
            "boardwalk", "square", "commons", "terrace", "heights", "estates", "acres", "manor", "village");
    /** Modifiers that make the phrase a kind of place, not a name: determiners, pronouns, numbers, quantities. */
    private static final Set<String> NOT_NAME_MODIFIERS = WordSet.of("the", "a", "an", "my", "his", "her", "our",
            "their", "your", "its", "this", "that", "these", "those", "some", "any", "every", "each", "no", "one",
            "another", "other", "same", "which", "what", "whose", "local", "nearby", "next", "last", "first", "new",
            "old", "big", "little", "small", "public", "state", "city", "county", "national", "private", "main",
            "closest", "nearest", "usual", "regular", "favorite", "favourite", "fav", "only", "few", "many", "more",
            "most", "all", "both", "such", "own", "dog", "kids", "children's", "water", "theme", "amusement",
            "trailer", "mobile", "skate", "ball", "urgent", "er", "psych", "mental", "general", "community", "and",
            "or", "to", "of", "in", "at", "on", "for", "with", "from", "by", "is", "was", "be", "been", "get", "got");

    /**
     * Words that may follow a place's name in the same phrase: function words, verbs of being and time words. Any
     * other word right after a capitalized name makes the name its modifier ("the Chrome browser").
     */
    private static final Set<String> CLOSERS = WordSet.of("and", "or", "but", "so", "with", "for", "to", "on", "at",
            "in", "by", "near", "from", "after", "before", "when", "while", "because", "since", "until", "till",
            "til", "like", "again", "every", "last", "this", "that", "yesterday", "today", "tonight", "tomorrow",
            "now", "then", "is", "was", "are", "were", "has", "had", "all", "most", "anymore", "lol", "a", "the",
            "where", "which", "who", "if", "as", "alone", "too", "twice", "once", "each", "almost", "mostly",
            "sometimes", "always", "often", "during", "over", "around", "without", "instead", "either");

    /** Whether the lower-case word is a kind of facility or setting a writer capitalizes without naming one. */
    static boolean kind(String lower) {
        return KINDS.contains(lower);
    }

    /** Whether the lower-case word may follow a place's name in its phrase (a function, time or being word). */
    static boolean closes(String lower) {
        return CLOSERS.contains(lower);
    }

    private static final Set<String> SUBJECTS = NotIdentifiers.CLASSES.get("SCHOOL_SUBJECT");
    /** Settings of a client's day that a writer may capitalize but never names: treatment, school, home, work. */
    private static final Set<String> SETTINGS = WordSet.of("home", "group", "groups", "class", "detention",
            "lockdown", "suspension", "recovery", "retail", "construction", "treatment", "therapy", "session",
            "counseling", "jail", "prison", "juvie", "detox", "shelter", "residential", "inpatient", "outpatient",
            "mass", "worship", "practice", "training", "orientation", "college", "kindergarten", "preschool",
            "noon", "lunch", "dinner", "breakfast", "recess", "homeroom", "hospice", "hospital", "office", "town",
            "bed", "church", "temple", "mosque", "synagogue", "chapel", "services", "camp", "court");

    private final WordTable lex;

    UnlistedPlaces(WordTable lex) {
        this.lex = lex;
    }

    /** Adds to {@code out} the unlisted places of {@code words} that no span of {@code taken} or {@code out} covers. */
    void spans(String text, SentenceSlots.Words words, List<PhiSpan> taken, List<PhiSpan> out) {
        int n = words.size();
        if (n < 3 || titleCase(text, words)) {
            return;
        }
        for (int w = 0; w + 1 < n; w++) {
            if (!PLACE_CUES.contains(words.low(w)) || !SentenceSlots.adjacent(text, words, w, w + 1)) {
                continue;
            }
            int end = capitalAfterThe(text, words, w + 1);
            int start = w + 2;
            if (end == w + 1) {
                start = words.low(w + 1).equals("the") ? w + 2 : w + 1;
                end = bareNamedPlace(text, words, w + 1);
            }
            if (end > start) {
                PlaceSlots.add(text, words, start, end, taken, out);
                w = end - 1;
            }
        }
    }

    /** "the" and one to three capitalized words that are not a kind, or {@code the} when it is not one. */
    private int capitalAfterThe(String text, SentenceSlots.Words words, int the) {
        int n = words.size();
        if (!words.low(the).equals("the") || text.charAt(words.get(the)[0]) != 't' || the + 1 >= n
                || !SentenceSlots.adjacent(text, words, the, the + 1)) {
            return the; // "to The Notebook": a capital "The" is a title's
        }
        int k = the + 1;
        while (k < n && k - the <= 3 && (k == the + 1 || SentenceSlots.adjacent(text, words, k - 1, k))) {
            int s = words.get(k)[0];
            int e = words.get(k)[1];
            if (e - s < 2 || !Character.isUpperCase(text.charAt(s)) || SentenceSlots.acronym(text, s, e) && e - s <= 4
                    || PlaceSlots.hasDigit(words.low(k))) {
                break; // "the ER", "the VA": acronyms are read by the place slot's own test
            }
            String low = words.low(k);
            if (KINDS.contains(low) || (words.flags(lex, k) & (NEVER | CLINICAL | PUBLIC)) != 0
                    || SentenceSlots.AGENCIES.contains(low)) {
                return the;
            }
            k++;
        }
        if (k == the + 1 || k < n && SentenceSlots.adjacent(text, words, k - 1, k) && !CLOSERS.contains(words.low(k))) {
            return the; // "the Gottman workshop", "the Sox game", "the Virgen de Guadalupe": a name modifying a noun
        }
        if (k + 1 < n && (words.low(k).equals("to") || words.low(k).equals("of"))
                && SentenceSlots.adjacent(text, words, k, k + 1)
                && Character.isUpperCase(text.charAt(words.get(k + 1)[0]))) {
            return the; // "the Ticket to Work program": a longer name this reading does not close
        }
        int s = words.get(the + 1)[0];
        int e = words.get(k - 1)[1];
        if ((lex.get(text, s, e) & (PUBLIC | CLINICAL | NEVER)) != 0 || publicName(text, words, the + 1, k)) {
            return the; // "the Super Bowl", "the Golden Gate Bridge": a public name
        }
        return k;
    }

    /** One to three words with no determiner ending in a place noun; the end, or {@code start} when there is none. */
    private int bareNamedPlace(String text, SentenceSlots.Words words, int start) {
        int n = words.size();
        boolean the = words.low(start).equals("the");
        int first = the ? start + 1 : start;
        for (int k = first + 1; k < n && k - first <= 3; k++) {
            if (!SentenceSlots.adjacent(text, words, k - 1, k)) {
                return start;
            }
            if (!PLACE_HEADS.contains(words.low(k))) {
                continue;
            }
            if (!Character.isUpperCase(text.charAt(words.get(first)[0]))) {
                // "the dog park"; and "in cedar bend" in lower case is left to the token model, whose reading the
                // module's tests hold (a lower-case reading here would take it from the rules; left for the lead)
                return start;
            }
            for (int m = first; m < k; m++) {
                String low = words.low(m);
                if (NOT_NAME_MODIFIERS.contains(low) || PLACE_HEADS.contains(low) || PlaceSlots.hasDigit(low)
                        || (words.flags(lex, m) & (NEVER | CLINICAL)) != 0
                        || text.charAt(words.get(m)[0]) == '[') {
                    return start;
                }
            }
            int s = words.get(first)[0];
            int e = words.get(k)[1];
            if ((lex.get(text, s, e) & (PUBLIC | CLINICAL)) != 0 || publicName(text, words, first, k + 1)) {
                return start;
            }
            return k + 1;
        }
        return start;
    }

    /**
     * Whether the lower-case word is a setting, a department or a school subject the writer capitalized alone ("in
     * Group", "at Work", "works in Accounting", "failing Algebra"): a kind of place or activity, not one place. The
     * departments and subjects are the classes of not-identifiers.txt; the settings are the places of a day in
     * treatment, school and home no one names.
     */
    static boolean setting(String lower) {
        return SETTINGS.contains(lower) || NotIdentifiers.department(lower) || SUBJECTS.contains(lower);
    }

    /** Whether words {@code from} to {@code to} (exclusive) are a public name, a program, a payer, a therapy or a law. */
    private static boolean publicName(String text, SentenceSlots.Words words, int from, int to) {
        StringBuilder name = new StringBuilder(words.low(from));
        for (int j = from + 1; j < to; j++) {
            name.append(' ').append(words.low(j));
        }
        return PlaceSlots.PUBLIC_NAMES.contains(name.toString())
                || PlaceSlots.TREATMENTS.reads(text, words.get(from)[0], words.get(to - 1)[1]);
    }

    /** Whether most words are capitalized: a heading or a title, where a capital is no evidence. */
    private static boolean titleCase(String text, SentenceSlots.Words words) {
        int upper = 0;
        for (int k = 0; k < words.size(); k++) {
            if (Character.isUpperCase(text.charAt(words.get(k)[0]))) {
                upper++;
            }
        }
        return upper * 2 > words.size();
    }
}
