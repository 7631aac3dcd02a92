package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CITY;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.EMPLOYER;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.HOLIDAY;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.NUMBER_WORD;
import static org.practicekit.llm.phi.internal.Lexicon.PERSON_NOUN;
import static org.practicekit.llm.phi.internal.Lexicon.PUBLIC;
import static org.practicekit.llm.phi.internal.Lexicon.SLANG;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.STORE;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TEAM;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.List;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * The place slot (issue 13, round 16): where something happened to the client (where they work, study, live, drink,
 * are treated or held), read deny by default. A preposition of place, alone ("at", "near", "outside", "off") or after a
 * verb of work, care, custody or living ("works for", "admitted to", "held in", "checks in with"), is followed by a
 * noun phrase; that phrase is a place when it holds proper-noun evidence a public list would otherwise release: a
 * capitalized word that is no everyday word (a faith, a payer, a surname, a chain: "admitted to Methodist"), a
 * lower-case word no dictionary knows ("off mlk"), an acronym of no service every organization has ("with TASC").
 * Roads are read by shape: a highway's number after a word of travel ("on the 405", "took i35"), and a name before a
 * road word without an article ("on lake shore drive", "down michigan ave"). Payers are places only where the
 * client is tied to them ("my insurance is Meridian", "Humana denied my claim"). What stays: states and countries,
 * months and holidays, people's words, everyday nouns ("in the park", "at the ER"), a brand where no slot puts the
 * client ("got a Wendy's burger"). Read by {@link SentenceSlots}, hence by the guard's residual check and the
 * detector's deny-by-default output alike. The place's "the" stays outside the span; a road's number is inside.
 */
final class PlaceSlots {
    /** Never a place, capitalized or not: calendar, people, states, measures, teams. */
    private static final long NEVER = STATE | MONTH | WEEKDAY | HOLIDAY | KIN | PERSON_NOUN | TITLE | NUMBER_WORD
            | UNIT_OF_MEASURE | TEAM;
    /** Public words that name something real the client may be at: a chain, an employer, a city, a surname. */
    private static final long NAMED = STORE | EMPLOYER | CITY | SURNAME | PUBLIC;
    /** Prepositions that put the client at a place by themselves. */
    private static final Set<String> PLACING = WordSet.of("at", "near", "outside", "off", "inside", "behind");
    /** Prepositions that put the client at a place only after a verb of work, care, custody or living. */
    private static final Set<String> AFTER_VERB = WordSet.of("to", "in", "into", "from", "with", "for", "through", "en",
            "no", "na", "em");
    /** Verbs and nouns of care and custody before a preposition: a faith's name after them is a hospital's. */
    private static final Set<String> CARE = WordSet.of("admitted", "admit", "transferred", "transfer", "hospitalized",
            "hospitalised", "held", "seen", "treated", "discharged", "released", "detox", "rehab", "inpatient",
            "incarcerated", "locked", "jailed", "committed", "er", "ed", "ambulance", "surgery", "born",
            "delivered", "internado", "internada", "ingresado", "ingresada");
    private static final Set<String> HOSPITAL = WordSet.of("hospital", "hospitalito", "hosp");
    /** Verbs of work, study and living before such a preposition (up to three words). */
    private static final Set<String> SETTING_VERBS = WordSet.of("placed", "sent", "taken", "rushed", "brought", "works",
            "work", "worked", "working", "employed", "hired", "drives", "drove", "driving", "volunteers", "volunteer",
            "volunteered", "volunteering", "studies", "study", "studied", "studying", "enrolled", "attends",
            "attended", "checks", "check", "checked", "insured", "fired", "expelled", "graduated", "paroled",
            "trabajo", "trabaja", "trabajaba", "trabalha", "trabalho", "lives", "live", "lived", "living", "grew",
            "raised", "stays", "stayed", "staying", "vivo", "vive");
    /**
     * Verbs of moving, settling and travelling home before "to", "in", "into" or "from" (up to three words): "moved to
     * Grand Rapids", "flew back to Lagos", "relocated from Fresno". Such a verb places the client, so the name after
     * it is read as a place by the slot's deny-by-default test; "with" and "for" stay out ("moved in with Marcus").
     */
    private static final Set<String> MOVES = WordSet.of("moved", "move", "moves", "moving", "relocated", "relocate",
            "relocating", "flew", "fly", "flies", "flying", "visiting", "visited", "visit", "visits", "deported",
            "immigrated", "emigrated", "fled", "returned", "settled", "commute", "commutes", "commuting", "mudamos",
            "mudó", "mudo", "vivimos", "viven", "vivia", "vivía", "vivíamos");
    private static final Set<String> MOVE_CUES = WordSet.of("to", "in", "into", "from", "en");
    /**
     * Words before "on" that make it a street's "on" rather than a program's or a show's: "got jumped over on MLK",
     * "lives on PCH"; "on SSI", "on TV" have none of them.
     */
    private static final Set<String> ON_A_STREET = WordSet.of("over", "right", "down", "out", "up", "lives", "live",
            "lived", "living", "stays", "stay", "stayed", "staying", "walking", "walked", "walk", "driving", "drove",
            "jumped", "shot", "crashed", "crash", "accident", "house", "apartment", "apt", "place", "corner", "parked",
            "hangs", "hanging", "hung", "robbed", "stabbed", "arrested", "stopped", "pulled");

    /**
     * Going as a habit right before "to" and a bare name (round 19): "she goes to UCLA", "we go to Grace Fellowship"
     * is where the client studies or prays; "went to Disneyland" is a trip, left to the public lists.
     */
    private static final Set<String> ATTENDS = WordSet.of("goes", "go");
    /** Words that tie a chain after a bare "at" to the client: "got a job at Target", "she shops at Aldi". */
    private static final Set<String> AT_TIES = WordSet.of("job", "jobs", "shift", "shifts", "manager", "boss", "cashier",
            "bartends", "bartender", "shops", "shopping", "drink", "drinks", "drinking");
    /** Faiths and sacred words: a place only after a word of care ("admitted to Methodist"; "mad at God" stays). */
    private static final Set<String> FAITHS = SentenceSlots.section("public-names.txt", "# faiths and sacred words",
            "# ");
    /** Verbs after which "from" names where the client was: "fired from", "graduated from", "discharged from". */
    private static final Set<String> LEFT_FROM = WordSet.of("fired", "expelled", "graduated", "quit", "suspended",
            "kicked", "transferred", "discharged", "released", "paroled", "escaped", "ran", "moved");
    /** Words of travel before a highway's number: "on the 405", "took i35", "off I-80". */
    private static final Set<String> TRAVEL = WordSet.of("on", "off", "onto", "via", "take", "took", "taking", "down",
            "up", "along", "exit", "jumped", "merged", "drive", "drives", "drove", "driving", "near", "avoid",
            "avoids", "avoided", "avoiding");
    /** What may follow a highway's number: a word of time, direction or motion, or nothing. */
    private static final Set<String> AFTER_ROAD_NUMBER = WordSet.of("for", "to", "every", "home", "and", "when", "at",
            "this", "last", "yesterday", "today", "tonight", "again", "north", "south", "east", "west", "nb", "sb",
            "eb", "wb", "northbound", "southbound", "eastbound", "westbound", "near", "by", "in", "going", "heading",
            "after", "before", "because", "during", "coming", "on", "exit", "but", "so", "then", "like", "with", "lol",
            "rn", "ugh", "smh", "up", "down", "through", "past", "toward", "towards", "from", "into", "around");
    /** Compass points after a bare number: "driving 95 south", "took 84 east"; no dose, score or count takes one. */
    private static final Set<String> HEADINGS = WordSet.of("north", "south", "east", "west", "nb", "sb", "eb", "wb",
            "northbound", "southbound", "eastbound", "westbound");
    /** Verbs of driving a road before its bare number: "took 84 to work", "driving 95 south". */
    private static final Set<String> DRIVING = WordSet.of("take", "takes", "took", "taking", "drive", "drives", "drove",
            "driving", "exited", "merged", "merging");
    /** Where a road's bare number can end a drive: "took 84 home", "took 84 to work". */
    private static final Set<String> DRIVE_ENDS = WordSet.of("work", "school", "town", "campus", "group", "session",
            "here", "there");
    /** Where someone lives off a road: "lives right off 95", "her place is off 287". */
    private static final Set<String> LIVING_OFF = WordSet.of("live", "lives", "lived", "living", "stay", "stays",
            "staying", "place", "house", "apartment", "trailer", "located");
    /**
     * Words of a car or a trip in the sentence before a bare number after "on" (round 18): "my car broke down on 94",
     * "traffic on 101 is insane"; without one, "on 20" is a dose, a count or a day ("on 94 days sober").
     */
    private static final Set<String> CAR_WORDS = WordSet.of("car", "cars", "truck", "van", "tire", "flat", "broke",
            "stuck", "traffic", "wreck", "crash", "crashed", "accident", "tow", "towed", "driving", "drove", "drive",
            "commute", "lane", "ramp", "gas", "engine", "stalled", "speeding", "pulled", "motorcycle", "merged",
            "merging", "uber", "lyft", "ticket", "cop", "jam", "backed", "exit");
    /** A number after "the" is the subject of a delay only a road has: "the 405 is a parking lot", "the 10 was closed". */
    private static final Set<String> ROAD_DELAYS = WordSet.of("parking", "closed", "backed", "jammed", "packed", "shut",
            "blocked", "gridlock", "gridlocked", "standstill", "crawling", "bumper", "traffic", "stopped", "flooded",
            "construction", "wreck", "accident");
    /** Road words that are a road's own name when capitalized after "the": "stuck on the Beltway", "the Turnpike". */
    private static final Set<String> NAMED_ROAD_HEADS = WordSet.of("beltway", "turnpike", "thruway", "tollway",
            "parkway", "expressway", "freeway", "skyway", "causeway");
    /**
     * Parts of a site where a chain's or a named place's name before them puts the client on the site: "in the
     * Walmart lot", "the Costco bathroom"; "a Walmart gift card", "Meijer brand cereal" are products.
     */
    private static final Set<String> SITE_PARTS = WordSet.of("lot", "parking", "bathroom", "bathrooms", "restroom",
            "restrooms", "dock", "garage", "breakroom", "stockroom", "backroom", "entrance", "aisle", "aisles",
            "checkout", "dumpster", "dumpsters", "cafeteria", "lobby", "stairwell");
    /** Prepositions of place before such a site: "in", "behind", "outside the Kroger lot". */
    private static final Set<String> SITE_PREPOSITIONS = WordSet.of("in", "at", "behind", "outside", "inside", "near",
            "into", "from", "by", "to");
    /**
     * Nouns of the client's own settings that an apposition names: "my employer (Menards)", "her school, Whitman
     * Middle,"; "my job (retail)" is a kind of work.
     */
    private static final Set<String> SETTING_NOUNS = WordSet.of("employer", "job", "work", "workplace", "company",
            "school", "college", "university", "hospital", "clinic", "shelter", "church", "program", "daycare",
            "store", "jail", "unit", "facility", "agency", "pharmacy", "gym", "office");
    /** Prepositions that open a list of places: "grew up in Salem and Revere", "options near Lynn or Saugus". */
    private static final Set<String> PLACE_OPENERS = WordSet.of("in", "from", "near", "to", "between", "around");
    /** Words that close a place's phrase after it: "in Salem and Revere for years", "on 312 elm last night". */
    private static final Set<String> CONJUNCT_ENDS = WordSet.of("for", "and", "or", "since", "until", "last", "this",
            "before", "after", "when", "but", "so", "with", "where", "near", "are", "were", "both", "too");
    /**
     * Common US street names that are everyday words (written for PracticeKit from the commonest street names):
     * after a house number they name a street ("on 312 elm", "at 45 maple").
     */
    private static final Set<String> STREET_NAMES = WordSet.of("main", "oak", "pine", "maple", "cedar", "elm", "park",
            "lake", "hill", "walnut", "spring", "chestnut", "willow", "cherry", "birch", "spruce", "ridge", "church",
            "mill", "river", "sunset", "highland", "meadow", "forest", "jackson", "washington", "lincoln", "jefferson",
            "franklin", "madison", "adams", "center", "broadway", "market", "water", "union", "liberty", "locust",
            "dogwood", "magnolia", "poplar", "sycamore", "hickory", "laurel", "holly", "juniper", "ash", "first",
            "second", "third", "fourth", "fifth", "sixth");
    /** Owners before such a noun: "my employer", "the hospital". */
    private static final Set<String> SETTING_OWNERS = WordSet.of("my", "her", "his", "their", "our", "the", "your");
    /** Adjectives of skill before "at": "good at swedish" is a language, "at swedish for detox" a hospital. */
    private static final Set<String> SKILLS = WordSet.of("good", "bad", "better", "worse", "best", "worst", "great",
            "terrible", "fluent", "decent", "awful", "excellent", "ok", "okay");
    /** Road words that end a road's name: "lake shore drive", "michigan ave", "the Sawmill Parkway". */
    private static final Set<String> ROAD_HEADS = WordSet.of("drive", "dr", "ave", "avenue", "parkway", "pkwy",
            "expressway", "expy", "blvd", "boulevard", "road", "rd", "street", "st", "tollway", "turnpike", "freeway",
            "pike", "hwy", "highway");
    /** Words of place before a road's name: "jog on", "live off", "walk down". */
    private static final Set<String> ROAD_PLACING = WordSet.of("on", "off", "down", "along", "onto", "near", "up",
            "across", "by", "from", "to", "at");
    /** Words before a road word that make an everyday phrase of it: "a long drive", "hard drive", "food drive". */
    private static final Set<String> NOT_ROAD_NAMES = WordSet.of("the", "a", "an", "my", "his", "her", "our", "their",
            "your", "this", "that", "long", "short", "whole", "same", "hard", "flash", "disk", "usb", "test", "thumb",
            "sex", "blood", "food", "toy", "coat", "fund", "open", "main", "back", "side", "dirt", "gravel", "country",
            "toll", "home", "easy", "wrong", "right", "one", "two", "way", "high", "low", "scenic", "late", "night",
            "car", "bus", "no", "any", "every", "each", "some", "memory", "first", "last", "next");
    /** Public programs and payers of everyone: "on Medicaid" names no one. */
    private static final Set<String> PUBLIC_PROGRAMS = WordSet.of("medicaid", "medicare", "tricare", "chip", "ssi",
            "ssdi", "snap", "wic", "va", "marketplace", "obamacare", "medi-cal", "medical");
    /** Denials and drops a payer makes on the client: "Humana denied my claim", "Meridian dropped her". */
    private static final Set<String> PAYER_ACTS = WordSet.of("denied", "denies", "denying", "dropped", "rejected",
            "terminated", "cancelled", "canceled", "refused", "cut");
    private static final Set<String> POSSESSIVES = WordSet.of("my", "her", "his", "their", "our", "me", "him", "us",
            "them");
    /** Words of services every organization has, and levels of care: "at the ER", "in IOP", "through HR". */
    private static final Set<String> GENERIC_ACRONYMS = WordSet.of("er", "ed", "icu", "nicu", "picu", "iop", "php", "hr",
            "ems", "emt", "or", "ot", "pt", "aa", "na", "ca", "ccu", "ltc", "snf", "ama", "dui", "dwi", "usa", "us",
            "uk", "eu", "ai", "tv", "pc", "atm", "ceo", "cbt", "dbt", "act", "emdr", "pe", "ipt", "gpa", "ged", "sat",
            "mri", "ct", "ekg", "ecg", "eeg", "ua", "uds", "tms", "ect", "ssri", "adhd", "ptsd", "ocd", "gad",
            "mdd", "bpd", "asd", "llc", "inc", "eap", "pm", "am", "asap", "fyi", "lol", "omg", "idk", "rn", "lpn", "np",
            "md", "do", "phd", "lcsw", "lpc", "ok", "id", "ssn", "dob", "mrn", "cpt", "icd", "dsm", "npi");
    /** Adverbs between a payer and its act: "Humana keeps denying my claim". */
    private static final Set<String> PAYER_ADVERBS = WordSet.of("keeps", "still", "just", "has", "have", "already");
    private static final WordList SPANISH = WordList.spanish();
    /** Countries, regions, peoples and languages: Safe Harbor keeps them, in any slot ("moved to Mexico"). */
    /** Peoples and languages: after "at" in a sentence about care, one of them is a hospital's short name. */
    private static final Set<String> PEOPLES = SentenceSlots.section("public-names.txt",
            "# peoples, nationalities and languages", "# ");
    private static final Set<String> NATIONS = union(
            SentenceSlots.section("public-names.txt", "# countries and regions", "# "),
            SentenceSlots.section("public-names.txt", "# peoples, nationalities and languages", "# "));

    /**
     * First words of the payers' names (the payer section of public-names.txt): in lower case after "at" or "to" with
     * a word of care, one names the health system's hospital ("she is at kaiser for her psych eval"; "my plan is
     * through kaiser" stays). Round 19.
     */
    private static final Set<String> HEALTH_SYSTEMS = firstWords(SentenceSlots.section("public-names.txt",
            "# US health payers", "# public benefit"));
    /** Visits and evaluations after such a name: "at kaiser for her psych eval", "at geisinger for an intake". */
    private static final Set<String> VISITS = WordSet.of("eval", "evaluation", "intake", "appointment", "appt",
            "checkup", "consult", "assessment", "labs", "scan", "mri", "er", "ed", "icu", "visit", "admission");

    private final WordTable lex;
    private final WordList english;
    private final UnlistedPlaces unlisted;
    private final LocalSites local;

    PlaceSlots(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
        this.unlisted = new UnlistedPlaces(lex);
        this.local = new LocalSites(lex, english);
    }

    /** Adds to {@code out} the places of {@code words} that no span of {@code taken} or {@code out} covers yet. */
    void spans(String text, SentenceSlots.Words words, List<PhiSpan> taken, List<PhiSpan> out) {
        int n = words.size();
        for (int w = 0; w < n; w++) {
            if (!ROAD_CLASS_FIRSTS.contains(words.low(w))) {
                continue;
            }
            int end = numberedRoad(text, words, w);
            if (end > w) {
                // "on state road 7", "stuck on SR 520": the class word and the number go out together, read before
                // the readers below so none takes the words before the number alone ("on state road")
                addWhole(text, words, w, end, taken, out);
                w = end - 1;
            }
        }
        for (int w = 0; w < n; w++) {
            String cue = words.low(w);
            if (!PLACE_OPENERS_ANY.contains(cue) && !Character.isUpperCase(text.charAt(words.get(w)[0]))
                    && !hasDigit(cue)) {
                continue; // no reader below opens on it: roads need a number, the payer a capital
            }
            int end = roadNumber(text, words, w);
            if (end == w) {
                end = uncuedSite(text, words, w, taken, out);
                if (end == w) {
                    end = congregation(text, words, w, taken, out);
                }
                if (end == w) {
                    end = employer(text, words, w, taken, out);
                }
                if (end == w) {
                    end = district(text, words, w, taken, out);
                }
                if (end == w) {
                    end = streetOfPlace(text, words, w, taken, out);
                }
                if (end > w) {
                    w = end - 1;
                    continue;
                }
            }
            if (end > w) {
                add(text, words, w, end, taken, out);
                w = end - 1;
                continue;
            }
            end = conjunctOrAddress(text, words, w, taken, out);
            if (end > w) {
                add(text, words, w + 1, end, taken, out);
                w = end - 1;
                continue;
            }
            end = appositionOrRoad(text, words, w);
            if (end > w) {
                add(text, words, end == w + 1 ? w : w + 1, end, taken, out);
                w = end - 1;
                continue;
            }
            if (w + 1 >= n || !SentenceSlots.adjacent(text, words, w, w + 1)) {
                continue;
            }
            int p = w + 1;
            boolean the = words.low(p).equals("the");
            if (the && (p + 1 >= n || !SentenceSlots.adjacent(text, words, p, p + 1))) {
                continue;
            }
            int start = the ? p + 1 : p;
            if (cue.equals("on") && !the && w > 0 && ON_A_STREET.contains(words.low(w - 1))
                    && streetAcronym(text, words, start)) {
                add(text, words, start, start + 1, taken, out);
                w = start;
                continue;
            }
            end = the ? start : local.streetForPerson(text, words, w, start);
            if (end > start) {
                add(text, words, start, end, taken, out); // "lives on Martin Luther King" (round 26)
                w = end - 1;
                continue;
            }
            end = the ? start : local.partOfTown(text, words, w, start);
            if (end > start) {
                addWhole(text, words, start, end, taken, out); // "grew up in Five Points" (round 26)
                w = end - 1;
                continue;
            }
            int[] site = UnlistedPlaces.PLACE_CUES.contains(cue) ? local.facility(text, words, start) : null;
            if (site != null) {
                addWhole(text, words, site[0], site[1], taken, out); // "seen at the VA in Tomah" (round 26)
                w = site[1] - 1;
                continue;
            }
            if (ROAD_PLACING.contains(cue)) {
                end = roadName(text, words, start, the);
                if (end > start) {
                    add(text, words, start, end, taken, out);
                    w = end - 1;
                    continue;
                }
            }
            if (SITE_PREPOSITIONS.contains(cue)) {
                end = site(text, words, start, w);
                if (end > start) {
                    add(text, words, start, end, taken, out);
                    w = end - 1;
                    continue;
                }
            }
            boolean placing = PLACING.contains(cue);
            if (placing || AFTER_VERB.contains(cue)) {
                // "in the hospital at methodist": a faith's name right after "at" in a hospital stay (round 20)
                boolean care = before(words, w, CARE, 5) || cue.equals("at") && before(words, w, HOSPITAL, 4);
                // "a study from Stanford" is a source: "from" places the client only after a care word or a leaving
                boolean tied = care || (cue.equals("from") ? before(words, w, LEFT_FROM, 3)
                        : before(words, w, SETTING_VERBS, 3)) || placing && before(words, w, AT_TIES, 3)
                        || MOVE_CUES.contains(cue) && before(words, w, MOVES, 3);
                // "she goes to UCLA": a bare name after going to is where the client studies or prays; a chain
                // there stays a public mention ("goes to Costco"), "the" an event ("goes to the UCLA game")
                boolean attends = !tied && !the && cue.equals("to") && w > 0 && ATTENDS.contains(words.low(w - 1));
                end = placing || tied || attends ? properPhrase(text, words, start, care, tied) : start;
                if (attends && end > start && (words.flags(lex, start) & (PUBLIC | STORE)) != 0) {
                    end = start; // "went to Disneyland", "goes to Costco": a public place or a chain
                }
                if (end > start) {
                    add(text, words, start, end, taken, out);
                    w = end - 1;
                    continue;
                }
            }
            end = payer(text, words, w);
            if (end > w) {
                add(text, words, end - 1, end, taken, out);
            }
        }
        unlisted.spans(text, words, taken, out); // what no reader above names: read by the slot alone (round 25)
    }

    /**
     * The end (exclusive) of a phrase of proper-noun evidence starting at {@code start}, or {@code start}: its first
     * word must be evidence; later words may be evidence, a facility or road word, or "St." before one.
     */
    private int properPhrase(String text, SentenceSlots.Words words, int start, boolean care, boolean tied) {
        int n = words.size();
        int k = start;
        boolean evidence = false;
        while (k < n && k - start < 4 && (k == start || SentenceSlots.adjacent(text, words, k - 1, k))) {
            int s = words.get(k)[0];
            if (text.charAt(s) == '[') {
                break; // a placeholder: found already
            }
            if (isSaint(words.low(k)) && k + 1 < n && Character.isUpperCase(text.charAt(words.get(k + 1)[0]))) {
                k++;
                continue;
            }
            if (!proper(text, words, k) || !care && FAITHS.contains(words.low(k))
                    || !tied && (words.flags(lex, k) & STORE) != 0) {
                // a chain after a bare "at" is left to the public-mention reading ("coffee at Dunkin", round 15's
                // hard negative); a verb of work or care ties it to the client ("trabaja en Walmart")
                break;
            }
            evidence = true;
            k++;
        }
        if (!evidence || k < n && SentenceSlots.SERVICE_NOUNS.contains(words.low(k))
                && SentenceSlots.adjacent(text, words, k - 1, k)) {
            return start; // "spoke with someone at Uber support": the company's service, not a site
        }
        int s = words.get(start)[0];
        int e = words.get(k - 1)[1];
        long whole = k - start > 1 ? lex.get(text, s, e) : 0;
        return (whole & STATE) != 0 || nation(words.low(start) + (k - start > 1 ? " " + words.low(start + 1) : ""))
                ? start : k; // "born in Puerto Rico", "raised in South Korea"
    }

    /**
     * An acronym of two to five capitals after a street's "on" that no public list knows ("over on MLK", "lives on
     * PCH"), not before a word it names ("on MLK Day").
     */
    private boolean streetAcronym(String text, SentenceSlots.Words words, int k) {
        int s = words.get(k)[0];
        int e = words.get(k)[1];
        if (e - s < 2 || e - s > 5 || !SentenceSlots.acronym(text, s, e) || !proper(text, words, k)) {
            return false;
        }
        return k + 1 >= words.size() || !SentenceSlots.adjacent(text, words, k, k + 1)
                || !Character.isUpperCase(text.charAt(words.get(k + 1)[0]))
                && (words.flags(lex, k + 1) & (HOLIDAY | CLINICAL)) == 0 && !words.low(k + 1).equals("day");
    }

    /** Whether word {@code k}, in a place slot, names one place rather than a kind of place. */
    private boolean proper(String text, SentenceSlots.Words words, int k) {
        int s = words.get(k)[0];
        int e = words.get(k)[1];
        String low = words.low(k);
        if (e - s < 2 || Character.isDigit(text.charAt(s)) || nation(low)
                || GENERIC_ACRONYMS.contains(low) || PUBLIC_PROGRAMS.contains(low)
                || SentenceSlots.AGENCIES.contains(low)) { // "at the DMV": a public office without a branch (round 11)
            return false;
        }
        long f = words.flags(lex, k);
        if ((f & NEVER) != 0) {
            return false;
        }
        if (low.endsWith("s") && (lex.get(text, s, e - 1) & (WEEKDAY | MONTH)) != 0) {
            return false; // "moved to Wednesdays": a weekday's plural is a schedule
        }
        boolean upper = Character.isUpperCase(text.charAt(s));
        if (upper && SentenceSlots.acronym(text, s, e)) {
            // "with TASC"; "at the ER" is a kind of place, and "at SUDS 40" a scale the clinical lexicon knows
            return (f & Lexicon.CLINICAL) == 0 && (e - s >= 3 || (f & NAMED) != 0);
        }
        if (upper) {
            // a capitalized everyday word ("at Church", "in the Car") is a kind of place unless a list names it
            return !english.isCommonWord(low) || (f & NAMED) != 0 && (f & FIRST) == 0 || (f & FIRST) != 0 && (f & SURNAME) != 0;
        }
        // lower case: only a word no dictionary, slang list or vocabulary knows ("off mlk", "at murphys")
        return e - s >= 3 && !english.contains(low) && (f & (SLANG | Lexicon.VOCABULARY & ~PUBLIC)) == 0
                && !SPANISH.contains(low);
    }

    /**
     * An expressway by its initials where someone drives: "stuck in traffic on the LIE", "crashed on the BQE". Two to
     * four capitals after "the" and a word of travel, with a car or a drive in the sentence before and nothing after
     * that the initials could name (so "on the PHQ" and "took the SAT test" stay); clinical initials never are a road.
     */
    private boolean roadAcronym(String text, SentenceSlots.Words words, int w) {
        int s = words.get(w)[0];
        int e = words.get(w)[1];
        if (e - s < 2 || e - s > 4 || w < 2 || !words.low(w - 1).equals("the")
                || !SentenceSlots.adjacent(text, words, w - 1, w) || !TRAVEL.contains(words.low(w - 2))) {
            return false;
        }
        for (int c = s; c < e; c++) {
            if (!Character.isUpperCase(text.charAt(c)) || text.charAt(c) > 127) {
                return false;
            }
        }
        if ((words.flags(lex, w) & CLINICAL) != 0 || e < text.length() && text.charAt(e) == '-') {
            return false;
        }
        int n = words.size();
        String next = w + 1 < n && SentenceSlots.adjacent(text, words, w, w + 1) ? words.low(w + 1) : "";
        boolean nextFits = next.isEmpty() || AFTER_ROAD_NUMBER.contains(next) || next.equals("is")
                || next.equals("was");
        return nextFits && (before(words, w - 1, CAR_WORDS, 6) || DRIVING.contains(words.low(w - 2))
                && !words.low(w - 2).startsWith("t"));
    }

    /** A highway by its number: "on the 405", "took i35", "off I-80 north"; the number is the span. */
    private int roadNumber(String text, SentenceSlots.Words words, int w) {
        int s = words.get(w)[0];
        int e = words.get(w)[1];
        String low = words.low(w);
        int n = words.size();
        if (roadAcronym(text, words, w)) {
            return w + 1;
        }
        boolean interstate = low.length() >= 2 && low.length() <= 4 && low.charAt(0) == 'i' && digits(low, 1);
        if (!interstate && streetOrdinal(low) && w > 0 && SentenceSlots.adjacent(text, words, w - 1, w)
                && bareEnd(text, e)) {
            // "on 82nd", "off 103rd": an ordinal past 31 names no day, so after a word of travel it is a street
            String next = w + 1 < n && SentenceSlots.adjacent(text, words, w, w + 1) ? words.low(w + 1) : "";
            return STREET_BEFORE.contains(words.low(w - 1)) && (next.isEmpty() || AFTER_ROAD_NUMBER.contains(next)
                    || next.equals("is") || next.equals("was")) ? w + 1 : w;
        }
        if (!interstate && !(digits(low, 0) && low.length() <= 3)) {
            return w;
        }
        if (w == 0 || !SentenceSlots.adjacent(text, words, w - 1, w) || text.charAt(s - 1) == '-') {
            return w;
        }
        String prev = words.low(w - 1);
        String next = w + 1 < n && SentenceSlots.adjacent(text, words, w, w + 1) ? words.low(w + 1) : "";
        boolean nextFits = next.isEmpty() || AFTER_ROAD_NUMBER.contains(next);
        if (interstate) {
            return (TRAVEL.contains(prev) || prev.equals("the") && w >= 2 && TRAVEL.contains(words.low(w - 2)))
                    && nextFits ? w + 1 : w; // "i35 visa form" is no road
        }
        if (!bareEnd(text, e)) {
            return w; // "on 3/4", "the 10:30", "on 20mg"
        }
        if (prev.equals("the")) {
            // a bare number needs "the" and a word of travel before it, and nothing after that it could count; or it
            // is the subject of a delay ("the 405 is a parking lot")
            // "traffic on the 405 is insane": a word of travel before and a car's word in the sentence, as for a
            // bare number after "on" below
            return w >= 2 && TRAVEL.contains(words.low(w - 2)) && (nextFits || (next.equals("is") || next.equals("was"))
                    && before(words, w - 1, CAR_WORDS, 6))
                    || (next.equals("is") || next.equals("was")) && within(words, w + 2, ROAD_DELAYS, 4) ? w + 1 : w;
        }
        // "driving 95 south", "took 84 to work": a verb of driving and a compass point or the drive's end after
        // the number; "took 2 to sleep" ends in no place, "drove 95 miles" counts
        if (DRIVING.contains(prev) && !next.isEmpty() && (HEADINGS.contains(next)
                || next.equals("to") && w + 2 < n && SentenceSlots.adjacent(text, words, w + 1, w + 2)
                        && DRIVE_ENDS.contains(words.low(w + 2))) && Integer.parseInt(low) >= 5) {
            return w + 1;
        }
        // "broke down on 94", "traffic on 101 is insane": "on" and a car in the sentence; "on 94 days" counts;
        // "lives right off 95": "off" after where someone lives
        return (prev.equals("on") || prev.equals("off") || prev.equals("onto")) && w >= 2
                && (nextFits || next.equals("is") || next.equals("was")) && (before(words, w - 1, CAR_WORDS, 6)
                        || prev.equals("off") && before(words, w - 1, LIVING_OFF, 3)) ? w + 1 : w;
    }

    /**
     * Words that name a class of road and take a number after them (round 20): "Route 9", "County Rd 40", "exit 12",
     * "US 1", "mile marker 88". Two-word classes start with "county", "state" or "mile".
     */
    private static final Set<String> ROAD_CLASSES = WordSet.of("route", "rte", "rt", "hwy", "highway", "sr", "cr", "fm",
            "exit", "interstate", "us");
    private static final Set<String> ROAD_CLASS_FIRSTS = union(ROAD_CLASSES, WordSet.of("county", "state", "mile"));
    private static final Set<String> ROAD_CLASS_SECONDS = WordSet.of("rd", "road", "route", "rte", "hwy", "highway",
            "marker");

    /**
     * A road by its class and number after a word of travel or place (round 20): "live right off Route 9", "crashed
     * near exit 12", "our house is on County Rd 40", "took US 1 home", "pulled over at mile marker 88". The class word
     * is inside the span. Without a word of travel before it ("Route 66 documentary"), or with a word after the
     * number it could count ("on route 2 of the plan", "took us 2 hours"), it stays.
     */
    private int numberedRoad(String text, SentenceSlots.Words words, int w) {
        int n = words.size();
        String low = words.low(w);
        int number;
        if (ROAD_CLASSES.contains(low)) {
            number = w + 1;
            if (low.equals("us") && !text.startsWith("US", words.get(w)[0])) {
                return w; // "took us 2 hours"
            }
        } else if ((low.equals("county") || low.equals("state") || low.equals("mile")) && w + 1 < n
                && ROAD_CLASS_SECONDS.contains(words.low(w + 1)) && (low.equals("mile") == words.low(w + 1)
                        .equals("marker"))) {
            number = w + 2;
        } else {
            return w;
        }
        if (number >= n || !SentenceSlots.adjacent(text, words, number - 1, number)) {
            return w;
        }
        String digitsWord = words.low(number);
        if (digitsWord.length() > 3 || !digits(digitsWord, 0) || !bareEnd(text, words.get(number)[1])) {
            return w;
        }
        String next = number + 1 < n && SentenceSlots.adjacent(text, words, number, number + 1)
                ? words.low(number + 1) : "";
        if ((next.equals("is") || next.equals("was")) && within(words, number + 2, ROAD_DELAYS, 4)) {
            return number + 1; // "state road 7 was flooded", "exit 12 was closed": a delay only a road has
        }
        if (w == 0 || !SentenceSlots.adjacent(text, words, w - 1, w)) {
            return w;
        }
        String prev = words.low(w - 1);
        boolean placed = TRAVEL.contains(prev) || ROAD_PLACING.contains(prev) || prev.equals("past")
                || prev.equals("the") && w >= 2 && (TRAVEL.contains(words.low(w - 2))
                        || ROAD_PLACING.contains(words.low(w - 2)));
        boolean closes = next.isEmpty() || AFTER_ROAD_NUMBER.contains(next) || next.equals("past")
                || next.equals("is") || next.equals("was");
        return placed && closes ? number + 1 : w;
    }

    /** Street words written before the street's name in Spanish, Portuguese and French (round 22). */
    static final Set<String> STREET_WORDS_FIRST = WordSet.of("calle", "avenida", "rua", "rue", "carrera",
            "calzada", "paseo", "travessa", "estrada", "praça", "praca", "rambla", "jirón", "jiron", "carretera",
            "callejón", "callejon");
    /**
     * Every word that opens one of the readers of {@link #spans}: a lowercase word outside it, without a digit, opens
     * none, so the loop skips the dozen questions for it (most words of a note are such words).
     */
    private static final Set<String> PLACE_OPENERS_ANY = union(union(union(PLACING, AFTER_VERB),
            union(union(NAMED_ROAD_HEADS, SITE_PREPOSITIONS), union(SETTING_NOUNS, ROAD_PLACING))),
            union(union(ROAD_CLASSES, STREET_WORDS_FIRST), WordSet.of("to", "from", "de", "la", "en", "a", "county",
                    "state", "mile", "employer", "empleador", "empleadora", "in", "near", "on", "off", "and", "or", "y",
                    "at", "past", "is", "was", "through", "with", "by")));
    /** Particles inside such a street's name: "calle de Alcalá", "Rua dos Andradas". */
    private static final Set<String> STREET_PARTICLES = WordSet.of("de", "del", "la", "las", "los", "le", "du", "des",
            "da", "do", "dos", "das", "di");
    /** Words after a street's number that make it a count instead: "en la calle 3 días", "rue 2 fois". */
    private static final Set<String> COUNTED = WordSet.of("días", "dias", "horas", "años", "anos", "meses", "semanas",
            "veces", "minutos", "jours", "fois", "ans", "days", "hours", "years", "times", "weeks", "months");
    /** Capitalized heads of a field office or a precinct named by its number: "Region 4", "Branch 12". */
    static final Set<String> NUMBERED_OFFICES = WordSet.of("region", "branch", "district", "precinct", "ward",
            "zone");
    /** Heads of a site an organization names by its area: "the Eastside office", "the Ashby depot". */
    static final Set<String> AREA_SITE_HEADS = WordSet.of("office", "branch", "clinic", "depot", "station",
            "terminal", "campus", "shelter", "location", "site", "center", "centre", "yard", "garage", "precinct");
    /** A side of town written as one word: "the Eastside office", "the Southside field office". */
    private static final Set<String> SIDES = WordSet.of("eastside", "westside", "northside", "southside", "midtown",
            "uptown", "downtown", "crosstown");

    /**
     * A place no suffix or cue marks, read by its shape (round 22): a street in another language named after its
     * street word ("vivimos en la calle Morelos", "on calle Ocho", "na Rua Augusta"), a field office or precinct by
     * its number after a preposition of place ("reports to Region 4", "works at Branch 12"), or an organization's
     * site by its area after one ("my caseworker at the Eastside office", "transferred to the North County office",
     * "the night shift at the Ashby depot"). Adds the span and returns its end (exclusive), or {@code w}.
     */
    private int uncuedSite(String text, SentenceSlots.Words words, int w, List<PhiSpan> taken, List<PhiSpan> out) {
        int end = streetNamedFirst(text, words, w);
        if (end > w) {
            addWhole(text, words, w, end, taken, out);
            return end;
        }
        String cue = words.low(w);
        int n = words.size();
        if (!(PLACING.contains(cue) || AFTER_VERB.contains(cue)) || w + 2 >= n
                || !SentenceSlots.adjacent(text, words, w, w + 1)) {
            return w;
        }
        int start = words.low(w + 1).equals("the") ? w + 2 : w + 1;
        if (start + 1 >= n || !SentenceSlots.adjacent(text, words, start - 1, start)) {
            return w;
        }
        end = numberedOffice(text, words, start);
        if (end == start) {
            end = namedProgram(text, words, w, start);
            if (end > start) {
                addWhole(text, words, start, end, taken, out); // as the other sites here: whole over a part found
                return end;
            }
        }
        if (end == start && start > w + 1) {
            end = areaSite(text, words, start);
        }
        if (end == start && start > w + 1) {
            end = namedSetting(text, words, w, start);
        }
        if (end > start) {
            addWhole(text, words, start, end, taken, out);
            return end;
        }
        return w;
    }

    /**
     * A neighbourhood, a shelter or a house named by one capitalized everyday word after "the" at {@code k}, where
     * the client lives or stays (round 22): "grew up in the Bottoms", "stays over in the Gulch", "is back at the
     * Lighthouse". The capital is the writer's mark of a name in a sentence that places the client; a kind of place
     * ("the Hospital", "the Shelter"), an acronym ("the ER"), a chain, a public name, a faith, a state or a country
     * stays. Returns the end (exclusive) of the name, or {@code k}.
     */
    private int namedSetting(String text, SentenceSlots.Words words, int w, int k) {
        String cue = words.low(w);
        int s = words.get(k)[0];
        int e = words.get(k)[1];
        String low = words.low(k);
        if (!(cue.equals("in") || cue.equals("at") || cue.equals("from") || cue.equals("near"))
                || !before(words, w, SETTLED, 3) || e - s < 4 || !Character.isUpperCase(text.charAt(s))
                || SentenceSlots.acronym(text, s, e) || !english.isCommonWord(low) || nation(low)
                || FAITHS.contains(low) || GENERIC_ACRONYMS.contains(low) || STREET_PLACES.contains(low)
                || AREA_SITE_HEADS.contains(low) || HOSPITAL.contains(low)) {
            return k;
        }
        long f = words.flags(lex, k);
        if ((f & (NEVER | STORE | PUBLIC | CLINICAL | Lexicon.PLACE_SUFFIX | Lexicon.ORG_SUFFIX | Lexicon.STREET)) != 0) {
            return k;
        }
        int n = words.size();
        if (k + 1 < n && SentenceSlots.adjacent(text, words, k, k + 1)
                && (Character.isUpperCase(text.charAt(words.get(k + 1)[0])) || words.low(k + 1).equals("of"))) {
            return k; // a longer name or "the Church of ...": the other readings' part
        }
        return k + 1;
    }

    /**
     * The end (exclusive) of a street named after its street word at {@code w} ("calle Morelos", "Rua dos
     * Andradas", "calle 8"), or {@code w}. The name is capitalized, or a number that counts nothing ("la calle"
     * alone, "rue the day" and "en la calle 3 días" stay).
     */
    private int streetNamedFirst(String text, SentenceSlots.Words words, int w) {
        int n = words.size();
        if (w + 1 >= n || !STREET_WORDS_FIRST.contains(words.low(w)) || !SentenceSlots.adjacent(text, words, w, w + 1)) {
            return w;
        }
        int s = words.get(w + 1)[0];
        int e = words.get(w + 1)[1];
        if (Character.isDigit(text.charAt(s))) {
            boolean counted = w + 2 < n && SentenceSlots.adjacent(text, words, w + 1, w + 2)
                    && (COUNTED.contains(words.low(w + 2)) || (words.flags(lex, w + 2) & UNIT_OF_MEASURE) != 0);
            return e - s <= 3 && digits(text.substring(s, e), 0) && !counted ? w + 2 : w;
        }
        int k = w + 1;
        int last = w;
        while (k < n && k - w <= 4 && SentenceSlots.adjacent(text, words, k - 1, k)) {
            int ks = words.get(k)[0];
            String low = words.low(k);
            if (Character.isUpperCase(text.charAt(ks)) && (words.flags(lex, k) & (NEVER & ~STATE)) == 0) {
                last = k;
            } else if (!(last > w && STREET_PARTICLES.contains(low))) {
                break;
            }
            k++;
        }
        return last > w ? last + 1 : w;
    }

    /** Verbs that put a client into a local program or service: "referred to", "enrolled in", "signed up with". */
    private static final Set<String> PROGRAM_VERBS = WordSet.of("referred", "refer", "referring", "referral",
            "enrolled", "enroll", "enrolling", "enrollment", "attends", "attend", "attending", "joined", "signed",
            "accepted", "graduated", "waitlisted", "intake");
    private static final Set<String> PROGRAM_CUES = WordSet.of("to", "in", "into", "with", "at", "for", "from");
    /** Small words a program's name carries between its capitalized words: "Bridges to Home", "Friends of the Park". */
    private static final Set<String> PROGRAM_JOINS = WordSet.of("to", "of", "for", "the", "and", "in", "on");
    static final TreatmentsAndLaws TREATMENTS = new TreatmentsAndLaws();
    /** Programs, fellowships, agencies and payers by their public name: "Narcotics Anonymous", "Job Corps". */
    static final Set<String> PUBLIC_NAMES = union(union(SentenceSlots.section("public-names.txt", "", ""),
            SentenceSlots.section("payers-agencies.txt", "", "")),
            SentenceSlots.section("health-plans-by-state.txt", "", ""));

    /**
     * A local program or service named by two to five capitalized words after a verb that enrolls or refers the
     * client (round 23): "referred to Project Lifeline", "enrolled in Bridges to Home", "signed up with Family
     * Anchor". Everyday words in capitals are the writer's mark of one program's name, which places the client as a
     * clinic's does. A national program, an agency, a payer, a chain, a therapy or a law by its full name stays public
     * ("enrolled in Head Start", "referred to the Department of Human Services", "Cognitive Processing Therapy"), and
     * so does a person's name ("referred to Laura Kim"). Returns the end (exclusive), or {@code k}.
     */
    private int namedProgram(String text, SentenceSlots.Words words, int w, int k) {
        String cue = words.low(w);
        String verb = w > 0 ? words.low(w - 1) : "";
        boolean into = cue.equals("into") && verb.equals("got") || cue.equals("to") && ATTENDS.contains(verb);
        if (!into && !(PROGRAM_CUES.contains(cue) && before(words, w, PROGRAM_VERBS, 3))) {
            return k; // "got into", "goes to": a program the client gets a place in or attends
        }
        int n = words.size();
        int last = -1;
        int capitals = 0;
        for (int j = k; j < n && j - k < 6 && (j == k || SentenceSlots.adjacent(text, words, j - 1, j)); j++) {
            int s = words.get(j)[0];
            int e = words.get(j)[1];
            String low = words.low(j);
            if (Character.isUpperCase(text.charAt(s)) && text.charAt(s) != '[') {
                long f = words.flags(lex, j);
                if (SentenceSlots.acronym(text, s, e) || nation(low) || PUBLIC_PROGRAMS.contains(low)
                        || SentenceSlots.AGENCIES.contains(low) || FAITHS.contains(low)
                        || (f & (NEVER | STORE | EMPLOYER)) != 0
                        || (f & FIRST) != 0 && !english.isCommonWord(low)) {
                    return k; // "Medicaid", "the DMV", a chain, a person's given name: other readings' part
                }
                last = j;
                capitals++;
            } else if (j == k || !PROGRAM_JOINS.contains(low)) {
                break;
            }
        }
        if (capitals < 2) {
            return k;
        }
        int s = words.get(k)[0];
        int e = words.get(last)[1];
        StringBuilder name = new StringBuilder(words.low(k));
        for (int j = k + 1; j <= last; j++) {
            if (PUBLIC_NAMES.contains(name.toString())) {
                return k; // "Alcoholics Anonymous and Celebrate Recovery": a public name first
            }
            name.append(' ').append(words.low(j));
        }
        if ((lex.get(text, s, e) & (PUBLIC | STORE | EMPLOYER | STATE)) != 0 || TREATMENTS.reads(text, s, e)
                || PUBLIC_NAMES.contains(name.toString())) {
            return k;
        }
        return last + 1;
    }

    /** "Region 4", "Branch 12": a capitalized office head and its number at {@code k}; the end, or {@code k}. */
    private int numberedOffice(String text, SentenceSlots.Words words, int k) {
        int s = words.get(k + 1)[0];
        int e = words.get(k + 1)[1];
        if (!NUMBERED_OFFICES.contains(words.low(k)) || !Character.isUpperCase(text.charAt(words.get(k)[0]))
                || !SentenceSlots.adjacent(text, words, k, k + 1) || e - s > 3 || !digits(text.substring(s, e), 0)
                || !bareEnd(text, e)) {
            return k;
        }
        return k + 2;
    }

    /**
     * A site named by its area, after "the" at {@code k}: one to three capitalized words before a site's head ("the
     * Eastside office", "the North County office"). Each name word is a side of town, a word of direction before
     * another name word, or a capitalized word no everyday dictionary knows; a chain, an employer, a payer, an agency,
     * a public program, a state or a country makes it a brand's site ("the Social Security office", "the DMV
     * office", "the Greyhound station", "the Main office" stay). Returns the end (exclusive) with the head, or {@code k}.
     */
    private int areaSite(String text, SentenceSlots.Words words, int k) {
        int n = words.size();
        boolean area = false;
        for (int j = k; j < n && j - k < 4; j++) {
            if (j > k && !SentenceSlots.adjacent(text, words, j - 1, j)) {
                return k;
            }
            String low = words.low(j);
            int s = words.get(j)[0];
            if (j > k && AREA_SITE_HEADS.contains(low)) {
                return area ? j + 1 : k;
            }
            if (j - k >= 3 || !Character.isUpperCase(text.charAt(s)) || text.charAt(s) == '['
                    || SentenceSlots.acronym(text, s, words.get(j)[1]) || nation(low)
                    || PUBLIC_PROGRAMS.contains(low) || SentenceSlots.AGENCIES.contains(low) || FAITHS.contains(low)
                    || (words.flags(lex, j) & (NEVER | STORE | EMPLOYER | PUBLIC | Lexicon.CLINICAL)) != 0) {
                return k;
            }
            boolean compass = COMPASS.contains(low) && j + 1 < n && !AREA_SITE_HEADS.contains(words.low(j + 1));
            area |= SIDES.contains(low) || compass || !english.isCommonWord(low);
        }
        return k;
    }

    /**
     * Last words of a congregation's or parish's name (round 20): "grace fellowship", "New Hope Baptist", "Temple
     * Beth Shalom" is read by its first word.
     */
    private static final Set<String> CONGREGATION_HEADS = WordSet.of("fellowship", "church", "chapel", "parish",
            "tabernacle", "cathedral", "mosque", "masjid", "synagogue", "ministries", "baptist", "methodist",
            "presbyterian", "lutheran", "episcopal", "pentecostal", "congregation", "assembly");
    /** Words that open a congregation's name: "Temple Beth Shalom", "iglesia San Martín", "Our Lady of Lourdes". */
    private static final Set<String> CONGREGATION_OPENERS = WordSet.of("temple", "iglesia", "parroquia", "capilla",
            "templo", "congregation", "masjid", "mezquita");
    /**
     * First words of a parish named for a saint or a mystery of the faith, capitalized (round 21): "Holy Family",
     * "St. Brigid", "San Judas Tadeo", "Santa Cecilia". Read only after "at", "en", "de" or a verb of going.
     */
    private static final Set<String> SAINTLY_OPENERS = WordSet.of("holy", "st", "saint", "san", "santa", "santo",
            "são", "sao", "sainte", "sacred", "santísima", "santisima", "nuestra");
    /** Verbs of going before "to" or "a" that make the saint's name a place (round 21): "we go to Holy Family". */
    private static final Set<String> GOING = WordSet.of("go", "goes", "going", "went", "gone", "attend", "attends",
            "attended", "attending", "drove", "walked", "vamos", "va", "van", "voy", "vas", "fuimos", "fue", "fui",
            "iba", "íbamos", "ir", "vai", "vou", "vão", "fomos");
    /**
     * Nouns of a business or a building that the client names by its street (round 21): "the diner off Elm", "the
     * bodega on 5th", "the house on Maple".
     */
    private static final Set<String> STREET_PLACES = WordSet.of("diner", "bodega", "store", "shop", "bar", "laundromat",
            "garage", "station", "pharmacy", "deli", "cafe", "café", "restaurant", "motel", "hotel", "gym", "clinic",
            "church", "school", "library", "apartment", "apartments", "house", "building", "duplex", "shelter",
            "office", "salon", "barbershop", "pub", "lounge", "club", "liquor", "market", "bakery", "taqueria",
            "mart", "dispensary", "mosque", "temple", "park", "place", "spot", "joint", "lot", "trailer",
            // round 22: care and transit sites named by their street ("urgent care on Halsted", "the depot on 3rd")
            "hospital", "care", "center", "centre", "depot", "terminal", "stop", "precinct", "plant", "warehouse");
    /** Words before a congregation's head that make a kind of church of it: "the catholic church", "a local church". */
    private static final Set<String> NOT_CONGREGATION_NAMES = WordSet.of("the", "a", "an", "my", "his", "her", "our",
            "their", "your", "this", "that", "local", "old", "big", "small", "nearby", "same", "other", "any",
            "every", "some", "black", "white", "country", "megachurch", "youth", "bible", "house", "home", "online",
            "nearest", "biggest");

    /**
     * A congregation named where the client prays, sings or volunteers (round 20): after a preposition of place ("at
     * grace fellowship", "from New Hope Baptist"), one to three name words before a congregation's head, lower case
     * too; or an opener and a capitalized name ("at Temple Beth Shalom", "de la iglesia San Martín de Porres", "at Our
     * Lady of Guadalupe"). Word {@code w} is the preposition; returns the end (exclusive) of the name, or {@code w}.
     * "at the catholic church", "at church", "a picture of Our Lady of Guadalupe" stay.
     */
    private int congregation(String text, SentenceSlots.Words words, int w, List<PhiSpan> taken,
            List<PhiSpan> out) {
        int n = words.size();
        String cue = words.low(w);
        if (w + 2 >= n || !(PLACING.contains(cue) || cue.equals("to") || cue.equals("from") || cue.equals("de")
                || cue.equals("la") || cue.equals("en") || goingBefore(words, w)) || w + 2 >= n
                || !SentenceSlots.adjacent(text, words, w, w + 1)) {
            return w;
        }
        int start = w + 1;
        if (words.low(start).equals("the") || words.low(start).equals("la")) {
            start++;
        }
        if (start + 1 >= n) {
            return w;
        }
        String first = words.low(start);
        boolean lady = first.equals("our") && words.low(start + 1).equals("lady") && start + 3 < n
                && words.low(start + 2).equals("of");
        boolean slot = cue.equals("at") || cue.equals("en") || cue.equals("de") || goingBefore(words, w)
                || careOrStayBefore(words, w);
        boolean named = !lady && !CONGREGATION_OPENERS.contains(first) && SAINTLY_OPENERS.contains(first)
                && Character.isUpperCase(text.charAt(words.get(start)[0])) && start + 1 < n
                && Character.isUpperCase(text.charAt(words.get(start + 1)[0])) && slot;
        if (!named && !lady && slot && lowerSaint(text, words, start)) {
            // "ended up in st joes", "mass at san judas": the saint's parish or hospital as clients type it
            addWhole(text, words, start, start + 2, taken, out);
            return start + 2;
        }
        if (named) {
            // "at Holy Family", "vamos a San Judas Tadeo": a parish named for a saint or a mystery, where the client
            // goes; "prays to Saint Jude", "strength from the Holy Spirit" name no place
            int e = start + 1;
            while (e < n && e - start < 4 && SentenceSlots.adjacent(text, words, e - 1, e)
                    && Character.isUpperCase(text.charAt(words.get(e)[0])) && text.charAt(words.get(e)[0]) != '[') {
                e++;
            }
            if ((words.flags(lex, start + 1) & NEVER) != 0) {
                return w;
            }
            add(text, words, start, e, taken, out);
            return e;
        }
        if (lady || CONGREGATION_OPENERS.contains(first)) {
            int k = lady ? start + 3 : start + 1;
            int e = k;
            while (e < n && e - k < 4 && SentenceSlots.adjacent(text, words, e - 1, e)
                    && (Character.isUpperCase(text.charAt(words.get(e)[0])) && text.charAt(words.get(e)[0]) != '['
                            || (e > k || !lady) && (words.low(e).equals("de") || words.low(e).equals("del")) && e + 1 < n
                                    && Character.isUpperCase(text.charAt(words.get(e + 1)[0])))) {
                e++;
            }
            if (e == k || (words.flags(lex, k) & NEVER) != 0) {
                return w;
            }
            add(text, words, start, e, taken, out); // the opener is part of the name ("Temple Beth Shalom")
            return e;
        }
        for (int k = start; k < n && k - start < 3; k++) {
            if (k > start && !SentenceSlots.adjacent(text, words, k - 1, k)) {
                return w;
            }
            String low = words.low(k);
            boolean upper = Character.isUpperCase(text.charAt(words.get(k)[0]));
            if (text.charAt(words.get(k)[0]) == '[' || NOT_CONGREGATION_NAMES.contains(low)
                    || !upper && (low.equals("new") || low.equals("first")) || CONGREGATION_HEADS.contains(low)
                    || FAITHS.contains(low) || nation(low) || (words.flags(lex, k) & NEVER) != 0
                    || Character.isDigit(text.charAt(words.get(k)[0]))) {
                return w;
            }
            if (k + 1 < n && CONGREGATION_HEADS.contains(words.low(k + 1))
                    && SentenceSlots.adjacent(text, words, k, k + 1)) {
                add(text, words, start, k + 2, taken, out);
                return k + 2;
            }
        }
        return w;
    }

    /**
     * "in", "to" or "from" after a word of care or of staying up to three words before (round 22): "ended up in",
     * "was admitted to", "discharged from", "stayed at". A prayer ("believe in", "prays to") is no stay.
     */
    private static boolean careOrStayBefore(SentenceSlots.Words words, int w) {
        String cue = words.low(w);
        return (cue.equals("in") || cue.equals("to") || cue.equals("from")) && w > 0
                && (words.low(w - 1).equals("up") || before(words, w, CARE, 3) || before(words, w, STAYS, 3));
    }

    /** Verbs of staying and being held that put the client in a hospital, parish or shelter (round 22). */
    private static final Set<String> STAYS = WordSet.of("stayed", "stay", "staying", "stays", "slept", "sleeps",
            "kept", "held", "born", "discharged", "released", "seen", "treated", "volunteers", "volunteer",
            "confirmed", "baptized", "married", "buried");

    /** Lower-case saints' openers a client types before a parish or a hospital: "st joes", "san judas". */
    static final Set<String> LOWER_SAINTS = WordSet.of("st", "saint", "san", "santa", "santo", "sao", "são");

    /**
     * Whether words {@code k} and {@code k + 1} are a saint's name typed in lower case (round 22): "st joes", "san
     * judas", "saint marys". The name must be a given name or a word no everyday dictionary knows, and no calendar
     * or people's word ("saint patricks day" is a holiday).
     */
    private boolean lowerSaint(String text, SentenceSlots.Words words, int k) {
        int n = words.size();
        if (k + 1 >= n || !LOWER_SAINTS.contains(words.low(k)) || !Character.isLowerCase(text.charAt(words.get(k)[0]))
                || !SentenceSlots.adjacent(text, words, k, k + 1)) {
            return false;
        }
        int s = words.get(k + 1)[0];
        int e = words.get(k + 1)[1];
        String name = words.low(k + 1);
        long f = words.flags(lex, k + 1);
        if (e - s < 3 || !Character.isLowerCase(text.charAt(s)) || (f & NEVER) != 0 || FAITHS.contains(name)
                || k + 2 < n && words.low(k + 2).equals("day")) {
            return false;
        }
        return (f & FIRST) != 0 || !english.isCommonWord(name);
    }

    /** A verb of going right before the preposition at word {@code w}: "we go to", "vamos a". */
    private static boolean goingBefore(SentenceSlots.Words words, int w) {
        String cue = words.low(w);
        return (cue.equals("to") || cue.equals("a")) && w > 0 && GOING.contains(words.low(w - 1));
    }

    /**
     * A street that names the place before it (round 21): "the diner off Elm", "the laundromat on Grand", "the bodega
     * on 5th". Word {@code w} is "on" or "off" after a noun of a business or a building; the street is a capitalized
     * word or an ordinal number, with its road head if one follows ("on Elm St"). Days, months, holidays, states and
     * public names stay ("the bar on Friday", "the shop on Etsy"), and so does anything after a thing that is no place
     * ("the car is on 5th gear"). Returns the end (exclusive) of the street, or {@code w}.
     */
    private int streetOfPlace(String text, SentenceSlots.Words words, int w, List<PhiSpan> taken, List<PhiSpan> out) {
        int n = words.size();
        String cue = words.low(w);
        if (w == 0 || w + 1 >= n || !(cue.equals("on") || cue.equals("off"))
                || !STREET_PLACES.contains(words.low(w - 1)) || !SentenceSlots.adjacent(text, words, w, w + 1)) {
            return w;
        }
        int s = words.get(w + 1)[0];
        int e = words.get(w + 1)[1];
        char c = text.charAt(s);
        boolean ordinal = Character.isDigit(c) && e - s >= 3 && e - s <= 4
                && (text.startsWith("st", e - 2) || text.startsWith("nd", e - 2) || text.startsWith("rd", e - 2)
                        || text.startsWith("th", e - 2));
        boolean capitalized = Character.isUpperCase(c) && e - s >= 3 && !allCaps(text, s, e);
        if (!ordinal && !capitalized || (words.flags(lex, w + 1) & (NEVER | PUBLIC | STORE | CLINICAL)) != 0
                || text.charAt(e - 1) == 's' && (lex.get(text, s, e - 1) & (NEVER | PUBLIC | STORE)) != 0) {
            return w; // also "the mosque on Fridays": a weekday in the plural
        }
        int end = w + 2;
        if (end < n && SentenceSlots.adjacent(text, words, w + 1, end) && ROAD_HEADS.contains(words.low(end))) {
            end++; // "on Elm St"
        } else if (end < n && SentenceSlots.adjacent(text, words, w + 1, end)
                && Character.isLetter(text.charAt(words.get(end)[0])) && !CONJUNCT_ENDS.contains(words.low(end))
                && english.isCommonWord(text, words.get(end)[0], words.get(end)[1])
                && !FUNCTION_AFTER_STREET.contains(words.low(end))) {
            return w; // "on 5th gear", "on Grand Theft Auto": the word goes on as a noun phrase
        }
        add(text, words, w + 1, end, taken, out);
        return end;
    }

    /** Words that may follow a street and end its phrase: "the diner off Elm like always", "on 5th till midnight". */
    private static final Set<String> FUNCTION_AFTER_STREET = WordSet.of("like", "till", "til", "until", "is", "was",
            "where", "that", "which", "by", "at", "in", "on", "every", "all", "again", "anymore", "now", "then", "because",
            "closed", "burned", "got", "had", "has", "i", "we", "she", "he", "they", "you", "to", "from", "yesterday",
            "tonight", "today");

    private static boolean allCaps(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The client's employer named after the word "employer" (round 20): "employer, Spectrum, has approved leave",
     * "listed employer as Chipotle", "employer: Target", "employer Lowe's;" (its possessive outside the span). In
     * that slot a capitalized everyday word is the company's name ("Spectrum", "Target"); the name must close its
     * phrase ("employer Health insurance card" stays), and states, calendar words, nations and programs of everyone
     * stay. Adds the span itself and returns its end (exclusive), or {@code w}.
     */
    private int employer(String text, SentenceSlots.Words words, int w, List<PhiSpan> taken, List<PhiSpan> out) {
        int n = words.size();
        String low = words.low(w);
        if (!(low.equals("employer") || low.equals("empleador") || low.equals("empleadora")) || w + 1 >= n) {
            return w;
        }
        int k = w + 1;
        String gap = text.substring(words.get(w)[1], words.get(k)[0]).strip();
        String verb = words.low(k);
        if (gap.isEmpty() && (verb.equals("is") || verb.equals("as") || verb.equals("was") || verb.equals("es"))
                && k + 1 < n) {
            k++;
            gap = text.substring(words.get(k - 1)[1], words.get(k)[0]).strip();
        }
        if (!(gap.isEmpty() || gap.equals(",") || gap.equals(":") || gap.equals("(") || gap.equals("-"))) {
            return w;
        }
        int e = k;
        while (e < n && e - k < 3 && (e == k || SentenceSlots.adjacent(text, words, e - 1, e)
                && text.charAt(words.get(e)[0] - 1) == ' ')) {
            int s = words.get(e)[0];
            String word = words.low(e);
            if (text.charAt(s) == '[' || !Character.isUpperCase(text.charAt(s)) || nation(word)
                    || GENERIC_ACRONYMS.contains(word) || PUBLIC_PROGRAMS.contains(word) || BENEFITS.contains(word)
                    || (words.flags(lex, e) & NEVER) != 0) {
                break;
            }
            e++;
        }
        if (e == k) {
            return w;
        }
        int last = words.get(e - 1)[1];
        int after = last;
        if (e < n && words.low(e).equals("s") && text.charAt(last) == '\'') {
            after = words.get(e)[1]; // "Lowe's": the name is "Lowe", as the other place slots read a possessive
            e++;
        }
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        // "employer as Chipotle (shift lead)": a parenthesis after the name closes it too
        boolean closes = after >= text.length() || ",;:.()!?\n".indexOf(text.charAt(after)) >= 0
                || e < n && CONJUNCT_ENDS.contains(words.low(e));
        if (!closes) {
            return w;
        }
        int s = words.get(k)[0];
        if (!SentenceSlots.covered(taken, s, last) && !SentenceSlots.covered(out, s, last)) {
            out.add(new PhiSpan(s, last, PhiCategory.LOCATION, 0.6));
        }
        return e;
    }

    /** What an employer offers rather than is: "employer Health Plan", "employer Benefits portal". */
    private static final Set<String> BENEFITS = WordSet.of("health", "insurance", "benefits", "plan", "portal", "dental",
            "vision", "leave", "wellness", "assistance", "program", "sponsored", "based", "paid");

    /** Words of direction that open a district's name: "west end", "the south side", "upper east side". */
    private static final Set<String> COMPASS = WordSet.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "upper", "lower", "far");
    /** Last words of a district's name after such a word: "west end", "south side", "north hills". */
    private static final Set<String> DISTRICT_HEADS = WordSet.of("side", "end", "village", "hills", "heights", "shore",
            "bottoms", "flats", "valley", "park");
    /** Districts by a plain plural after "the": "my apartment in the heights", "grew up in the flats". */
    private static final Set<String> BARE_DISTRICTS = WordSet.of("heights", "flats", "bottoms", "projects");
    /** Verbs and nouns of living before a district's preposition: "lives in", "moved to", "my apartment in". */
    private static final Set<String> RESIDENCE = union(SETTING_VERBS, WordSet.of("moved", "move", "moving", "apartment",
            "apt", "house", "condo", "trailer", "home", "grew", "stay", "born"));

    /** Words before "in", "at" or "from" that make the place where the client lives or stays (round 22). */
    private static final Set<String> SETTLED = union(union(RESIDENCE, STAYS), WordSet.of("back", "lived", "living",
            "lives", "live", "raised", "grew", "hangs", "hang", "crashing", "sleeping", "bed"));

    /**
     * A district or neighborhood in lower case where the client lives (round 20): a word of direction and a
     * district's head ("lives in west end", "stays in south side", "moved to the upper east side"), or a plain
     * plural after "the" ("my apartment in the heights"), after "in", "to", "from" or "near" with a verb or noun of
     * living up to four words before. "On the south side" is as often a side of a town as a district and stays. "she likes the south side of the room", "afraid of heights" and any
     * phrase followed by "of" stay. Adds the span itself and returns its end (exclusive), or {@code w}.
     */
    private int district(String text, SentenceSlots.Words words, int w, List<PhiSpan> taken, List<PhiSpan> out) {
        int n = words.size();
        String cue = words.low(w);
        if (!(cue.equals("in") || cue.equals("to") || cue.equals("from") || cue.equals("near"))
                || w + 1 >= n || !SentenceSlots.adjacent(text, words, w, w + 1)) {
            return w;
        }
        int start = w + 1;
        boolean the = words.low(start).equals("the");
        if (the) {
            start++;
        }
        if (start >= n || !SentenceSlots.adjacent(text, words, start - 1, start)) {
            return w;
        }
        int end;
        String first = words.low(start);
        if (COMPASS.contains(first) && start + 1 < n && SentenceSlots.adjacent(text, words, start, start + 1)
                && DISTRICT_HEADS.contains(words.low(start + 1))) {
            end = start + 2;
            if (first.equals("upper") || first.equals("lower") || first.equals("far")) {
                // "the upper east side": the direction and its head after the first word
                if (end < n && COMPASS.contains(words.low(start + 1)) && DISTRICT_HEADS.contains(words.low(end))) {
                    end++;
                }
            }
        } else if ((first.equals("upper") || first.equals("lower")) && start + 2 < n
                && COMPASS.contains(words.low(start + 1)) && DISTRICT_HEADS.contains(words.low(start + 2))) {
            end = start + 3;
        } else if (the && BARE_DISTRICTS.contains(first)) {
            end = start + 1;
        } else {
            return w;
        }
        if (end < n && SentenceSlots.adjacent(text, words, end - 1, end) && words.low(end).equals("of")
                || !before(words, w, RESIDENCE, 4)) {
            return w;
        }
        add(text, words, start, end, taken, out);
        return end;
    }

    /** Whether a number ending at {@code e} ends there as a word: "on 94." but not "on 3/4", "on 2.5", "on 20mg". */
    private static boolean bareEnd(String text, int e) {
        if (e >= text.length()) {
            return true;
        }
        char c = text.charAt(e);
        return c == ' ' || c == ',' || c == ';' || c == '!' || c == '?' || c == ')'
                || c == '.' && (e + 1 >= text.length() || !Character.isDigit(text.charAt(e + 1)));
    }

    /**
     * A place named in apposition to one of the client's settings, or a road by its own name (round 18): returns the
     * end (exclusive) of the place, or {@code w}. "my employer (Menards)", "her school, Whitman Middle," (word
     * {@code w} is the setting noun; the place starts at {@code w + 1}); "stuck on the Beltway" (word {@code w} is
     * the road word itself, returned as {@code w + 1}).
     */
    private int appositionOrRoad(String text, SentenceSlots.Words words, int w) {
        String low = words.low(w);
        int n = words.size();
        int s = words.get(w)[0];
        if (NAMED_ROAD_HEADS.contains(low)) {
            // lower case too where a car and a word of travel put the client on it (round 20): "stuck in traffic
            // on the beltway"; "a beltway around every city" stays
            boolean driven = w >= 2 && words.low(w - 1).equals("the") && (TRAVEL.contains(words.low(w - 2))
                    || ROAD_PLACING.contains(words.low(w - 2))) && before(words, w - 1, CAR_WORDS, 6);
            boolean named = (Character.isUpperCase(text.charAt(s)) || driven) && w >= 1
                    && SentenceSlots.adjacent(text, words, w - 1, w)
                    && (words.low(w - 1).equals("the") || w >= 2 && words.low(w - 2).equals("the")
                            && (words.low(w - 1).equals("whole") || words.low(w - 1).equals("entire")))
                    && (w + 1 >= n || !Character.isUpperCase(text.charAt(words.get(w + 1)[0])));
            return named ? w + 1 : w;
        }
        if (!SETTING_NOUNS.contains(low) || w < 1 || w + 1 >= n || !SETTING_OWNERS.contains(words.low(w - 1))) {
            return w;
        }
        int gapEnd = words.get(w + 1)[0];
        String gap = text.substring(words.get(w)[1], gapEnd).strip();
        if (!gap.equals("(") && !gap.equals(",")) {
            return w;
        }
        int end = properPhrase(text, words, w + 1, false, true);
        return end > w + 1 ? end : w;
    }

    /**
     * A chain or a named place right before a part of its site, after a preposition of place: "in the Walmart lot",
     * "behind the Meijer loading dock", "the Costco bathroom". Returns the end (exclusive) of the name, or
     * {@code start}. Also a people's word after "at" or "to" in a sentence about care ("at swedish for detox").
     */
    private int site(String text, SentenceSlots.Words words, int start, int cue) {
        int n = words.size();
        String low = words.low(start);
        if ((PEOPLES.contains(low) || HEALTH_SYSTEMS.contains(low) && !english.isCommonWord(low))
                && (words.low(cue).equals("at") || words.low(cue).equals("to"))
                && (cue < 1 || !SKILLS.contains(words.low(cue - 1)))
                && (before(words, cue, CARE, 5) || within(words, start + 1, CARE, 5)
                        || within(words, start + 1, VISITS, 5))
                && (start + 1 >= n || !Character.isUpperCase(text.charAt(words.get(start + 1)[0])))) {
            return start + 1; // "she is at swedish for detox", "took him to swedish in the ambulance"
        }
        for (int k = start; k < n && k - start < 3; k++) {
            if (k > start && !SentenceSlots.adjacent(text, words, k - 1, k)) {
                return start;
            }
            if (k > start && SITE_PARTS.contains(words.low(k))) {
                return k;
            }
            if (k > start && k + 1 < n && SITE_PARTS.contains(words.low(k + 1))
                    && SentenceSlots.adjacent(text, words, k, k + 1)
                    && Character.isLowerCase(text.charAt(words.get(k)[0]))) {
                return k; // "behind the Meijer loading dock"
            }
            if (text.charAt(words.get(k)[0]) == '[' || !Character.isUpperCase(text.charAt(words.get(k)[0]))
                    || !proper(text, words, k)) {
                return start;
            }
        }
        return start;
    }

    /**
     * A place joined to a place already found ("in East Boston and Revere": word {@code w} is "and"), or a house
     * number and a street's common name after a preposition of place ("we lived on 312 elm": word {@code w} is "on",
     * the span runs over the number and the name). Returns the end (exclusive) or {@code w}. Round 18.
     */
    private int conjunctOrAddress(String text, SentenceSlots.Words words, int w, List<PhiSpan> taken,
            List<PhiSpan> out) {
        int n = words.size();
        String low = words.low(w);
        if (w < 1 || w + 1 >= n || !SentenceSlots.adjacent(text, words, w, w + 1)
                || !SentenceSlots.adjacent(text, words, w - 1, w)) {
            return w;
        }
        if (low.equals("and") || low.equals("or") || low.equals("y")) {
            int ps = words.get(w - 1)[0];
            // the residual check finds the first place as a bare NAME; "in" before it says it is a place
            boolean placeBefore = text.startsWith("[LOCATION_", ps) || text.startsWith("[ADDRESS_", ps)
                    || placeAt(taken, ps, false) || placeAt(out, ps, false)
                    || placeAt(taken, ps, true) && before(words, w - 1, PLACE_OPENERS, 4);
            // the conjunct must close its phrase: "in Boston and Target hired her" is a clause
            boolean closes = w + 2 >= n || !SentenceSlots.adjacent(text, words, w + 1, w + 2)
                    || CONJUNCT_ENDS.contains(words.low(w + 2));
            if (!placeBefore || !closes || !Character.isUpperCase(text.charAt(words.get(w + 1)[0]))) {
                return w;
            }
            // beside a place, the capital inside the sentence is the evidence ("and Revere"); calendar, people,
            // states and nations, chains (a brand's list) and given names are read by their own rules
            long f = words.flags(lex, w + 1);
            String next = words.low(w + 1);
            return (f & (NEVER | STORE | FIRST)) == 0 && !nation(next) && !GENERIC_ACRONYMS.contains(next)
                    && !PUBLIC_PROGRAMS.contains(next) && next.length() >= 3 ? w + 2 : w;
        }
        if (!(low.equals("on") || low.equals("off") || low.equals("at") || low.equals("past")) || w + 2 >= n
                || !SentenceSlots.adjacent(text, words, w + 1, w + 2)) {
            return w;
        }
        String number = words.low(w + 1);
        if (number.length() < 2 || number.length() > 5 || !digits(number, 0)
                || !STREET_NAMES.contains(words.low(w + 2))) {
            return w;
        }
        boolean closes = w + 3 >= n || !SentenceSlots.adjacent(text, words, w + 2, w + 3)
                || CONJUNCT_ENDS.contains(words.low(w + 3)) || AFTER_ROAD_NUMBER.contains(words.low(w + 3));
        if (!closes) {
            return w; // "at 12 oak trees", "on 20 main points"
        }
        int s = words.get(w + 1)[0];
        int e = words.get(w + 2)[1];
        if (!SentenceSlots.covered(taken, s, e) && !SentenceSlots.covered(out, s, e)) {
            out.add(new PhiSpan(s, e, PhiCategory.ADDRESS, 0.6));
        }
        return w + 2; // added here as an address; the caller adds nothing over it
    }

    /** Whether a LOCATION or ADDRESS span (or, with {@code name}, a NAME span) of {@code spans} covers {@code at}. */
    private static boolean placeAt(List<PhiSpan> spans, int at, boolean name) {
        for (PhiSpan span : spans) {
            if (span.start() <= at && at < span.end() && (name ? span.type().equals(PhiCategory.NAME)
                    : span.type().equals(PhiCategory.LOCATION) || span.type().equals(PhiCategory.ADDRESS))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code cues} stands among the {@code reach} words from {@code from} on. */
    private static boolean within(SentenceSlots.Words words, int from, Set<String> cues, int reach) {
        for (int k = from; k < Math.min(words.size(), from + reach); k++) {
            if (cues.contains(words.low(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A road by its name: one to three words before a road word ("lake shore drive", "michigan ave"); with "the"
     * before it, the name must be capitalized ("the Sawmill Parkway"; "the long drive home" is a drive).
     */
    private int roadName(String text, SentenceSlots.Words words, int start, boolean the) {
        int n = words.size();
        for (int k = start; k < n && k - start < 4; k++) {
            if (k > start && !SentenceSlots.adjacent(text, words, k - 1, k)) {
                return start;
            }
            String low = words.low(k);
            int s = words.get(k)[0];
            if (k > start && ROAD_HEADS.contains(low)) {
                return k + 1;
            }
            if (text.charAt(s) == '[' || NOT_ROAD_NAMES.contains(low) || Character.isDigit(text.charAt(s))
                    || (words.flags(lex, k) & (NEVER & ~STATE)) != 0
                    || the && !Character.isUpperCase(text.charAt(s))) {
                return start;
            }
        }
        return start;
    }

    /**
     * A payer tied to the client, as the end (exclusive) of its one word, or {@code w}: "my insurance is Meridian",
     * "insured through Humana" (word {@code w} is "is", "through", "with" or "by" after "insurance"), or the payer
     * denying the client something ("Humana denied my claim", word {@code w} is the payer).
     */
    private int payer(String text, SentenceSlots.Words words, int w) {
        int n = words.size();
        String low = words.low(w);
        if ((low.equals("is") || low.equals("was") || low.equals("through") || low.equals("with") || low.equals("by"))
                && w >= 1 && words.low(w - 1).startsWith("insur") && w + 1 < n
                && SentenceSlots.adjacent(text, words, w, w + 1) && payerWord(text, words, w + 1)) {
            return w + 2;
        }
        if (w + 2 < n && Character.isUpperCase(text.charAt(words.get(w)[0]))) {
            int v = w + 1;
            if (PAYER_ADVERBS.contains(words.low(v)) && v + 2 < n) {
                v++;
            }
            // the act and its object first: most capitalized words are followed by neither
            if (PAYER_ACTS.contains(words.low(v)) && POSSESSIVES.contains(words.low(v + 1))
                    && SentenceSlots.adjacent(text, words, w, w + 1) && payerWord(text, words, w)
                    && (Lexicon.CLINICAL & words.flags(lex, w)) != 0) {
                return w + 1;
            }
        }
        return w;
    }

    /** A capitalized word a payer list knows, other than a program of everyone's ("Medicaid"). */
    private boolean payerWord(String text, SentenceSlots.Words words, int k) {
        int s = words.get(k)[0];
        String low = words.low(k);
        return Character.isUpperCase(text.charAt(s)) && !PUBLIC_PROGRAMS.contains(low) && !nation(low)
                && (words.flags(lex, k) & NEVER) == 0 && (!english.isCommonWord(low)
                        || (words.flags(lex, k) & Lexicon.CLINICAL) != 0 && !GENERIC_ACRONYMS.contains(low));
    }

    /** Whether one of {@code cues} stands up to {@code reach} words before the preposition at {@code w}. */
    private static boolean before(SentenceSlots.Words words, int w, Set<String> cues, int reach) {
        for (int k = Math.max(0, w - reach); k < w; k++) {
            if (cues.contains(words.low(k))) {
                return true;
            }
        }
        return false;
    }

    /** The combining marks an accented letter leaves after NFD ("México" to "Mexico"). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /** A country, region, people, language or a state abroad, also with its accents ("México", "Sinaloa"). */
    private static boolean nation(String low) {
        if (NATIONS.contains(low) || NotIdentifiers.STATE_LEVEL.contains(low)) {
            return true;
        }
        for (int k = 0; k < low.length(); k++) {
            if (low.charAt(k) >= 128) {
                String plain = MARKS.matcher(java.text.Normalizer.normalize(low, java.text.Normalizer.Form.NFD))
                        .replaceAll("");
                return NATIONS.contains(plain) || NotIdentifiers.STATE_LEVEL.contains(plain);
            }
        }
        return false;
    }

    /** Whether the lower-case word is a country, region, people or language, or a state abroad. */
    static boolean nationWord(String low) {
        return nation(low);
    }

    /** The words of being on a street before "on", with {@code more}. */
    static Set<String> onAStreet(String... more) {
        return union(ON_A_STREET, WordSet.of(more));
    }

    /** The first words of the payers' and health systems' names. */
    static Set<String> healthSystems() {
        return HEALTH_SYSTEMS;
    }

    private static boolean isSaint(String low) {
        return low.equals("st") || low.equals("saint") || low.equals("san") || low.equals("santa");
    }

    static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Words right before a street named by its ordinal: "on 82nd", "off 103rd", "down 47th". */
    private static final Set<String> STREET_BEFORE = WordSet.of("on", "off", "onto", "down", "along", "near", "up",
            "past", "via");

    /** "82nd", "103rd", "47th": an English ordinal past 31 and under 1000, which no day of a month is. */
    private static boolean streetOrdinal(String low) {
        int k = 0;
        while (k < low.length() && low.charAt(k) >= '0' && low.charAt(k) <= '9') {
            k++;
        }
        if (k < 2 || k > 3 || low.length() != k + 2) {
            return false;
        }
        String suffix = low.substring(k);
        if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return false;
        }
        return Integer.parseInt(low.substring(0, k)) > 31;
    }

    private static boolean digits(String s, int from) {
        if (from >= s.length()) {
            return false;
        }
        for (int k = from; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    static void add(String text, SentenceSlots.Words words, int from, int to, List<PhiSpan> taken,
            List<PhiSpan> out) {
        int s = words.get(from)[0];
        int e = words.get(to - 1)[1];
        if (!SentenceSlots.covered(taken, s, e) && !SentenceSlots.covered(out, s, e)) {
            out.add(new PhiSpan(s, e, PhiCategory.LOCATION, 0.6));
        }
    }

    /**
     * Adds words {@code from} to {@code to} (exclusive) as a place also where a span found before covers only a part
     * of it (round 22): "calle Juárez" where "Juárez" alone was found, so the street goes out whole, not "calle [..]".
     * A span found before that reaches outside the place keeps its own reading.
     */
    static void addWhole(String text, SentenceSlots.Words words, int from, int to, List<PhiSpan> taken,
            List<PhiSpan> out) {
        int s = words.get(from)[0];
        int e = words.get(to - 1)[1];
        for (PhiSpan p : taken) {
            if (p.start() < e && s < p.end() && (p.start() < s || p.end() > e)) {
                return;
            }
        }
        if (!SentenceSlots.covered(out, s, e)) {
            out.add(new PhiSpan(s, e, PhiCategory.LOCATION, 0.6));
        }
    }

    private static Set<String> firstWords(Set<String> phrases) {
        Set<String> out = new java.util.HashSet<>();
        for (String p : phrases) {
            int space = p.indexOf(' ');
            out.add(space < 0 ? p : p.substring(0, space));
        }
        return WordSet.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return WordSet.copyOf(out);
    }
}
