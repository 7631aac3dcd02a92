package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.AUX;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.COLLECTIVE;
import static org.practicekit.llm.phi.internal.Lexicon.EPONYM;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.HOLIDAY;
import static org.practicekit.llm.phi.internal.Lexicon.HUMAN_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.NUMBER_WORD;
import static org.practicekit.llm.phi.internal.Lexicon.PERSON_NOUN;
import static org.practicekit.llm.phi.internal.Lexicon.PET;
import static org.practicekit.llm.phi.internal.Lexicon.SPEECH_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TEAM;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicekit.core.text.WordList;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Single words only the sentence places (issue 13, round 13), read by the slot they stand in rather than by their
 * spelling: a given name that is a word addressed at a message's start or acting as a clause's subject on a person;
 * a lone initial or a two-letter short name where only a person stands; an organization by what it does to a person
 * ("DCFS opened a case", "Molina dropped her") or by a form's field ("Employer:", "Insurance:"); a transit line or a
 * highway by its number or colour where someone rides or lives; a time of day written in words or a holiday that dates
 * an event. Read only by {@link ResidualCheck}, after its other rules, so the guard replaces more and never less; the
 * detector does not change.
 */
final class SentenceSlots {
    /** Flags of words that are never a person or an organization here. */
    private static final long NEVER = KIN | PERSON_NOUN | COLLECTIVE | AUX | UNIT_OF_MEASURE | WEEKDAY | NUMBER_WORD
            | PET | CLINICAL | EPONYM | MONTH | TEAM | HOLIDAY;
    /** Greetings before a name at a message's start: "hey jordan", "Hi Amber,". */
    private static final Set<String> GREETINGS = WordSet.of("hey", "hi", "hello", "dear", "yo", "ok", "okay", "morning",
            "hola", "oi", "ola", "buenas");
    /** What follows a name that a message addresses: "jade its me", "april i need", "Pearl - running late". */
    private static final Set<String> AFTER_ADDRESS = WordSet.of("i", "im", "its", "it's", "r", "pls", "plz", "please",
            "this", "we", "sorry", "ur", "lmk", "running", "call", "text", "where", "when", "are", "u");
    /** Words that may open a clause before its subject: "idk why summer is", "so sunny finally". */
    private static final Set<String> OPENERS = WordSet.of("so", "and", "but", "then", "when", "because", "cuz", "bc",
            "why", "idk", "how", "said", "says", "think", "guess", "if", "lol", "ok", "now", "that", "while", "after",
            "before", "since", "until", "like", "omg", "ugh", "well", "also", "per", "states", "reports");
    /** Adverbs between a subject and its verb: "sunny finally apologized", "jade just dumped". */
    private static final Set<String> ADVERBS = WordSet.of("finally", "just", "still", "never", "always", "already",
            "really", "even", "also", "literally", "actually", "kept", "keeps");
    /** Objects of an act on a person: "picked her up", "watches the baby". */
    private static final Set<String> PERSON_OBJECTS = WordSet.of("me", "her", "him", "us", "them", "my", "his", "our",
            "their", "everyone", "mom", "dad");
    private static final Set<String> PEOPLE_AFTER_THE = WordSet.of("baby", "kids", "kid", "children", "boys", "girls",
            "twins", "family");
    /** What an institution does to a person or a case: "DCFS opened", "Molina dropped her", "HUD approved". */
    static final Set<String> INSTITUTION_ACTS = WordSet.of("opened", "closed", "denied", "denies", "deny",
            "dropped", "approved", "approves", "sent", "sends", "took", "wants", "says", "said", "suspended", "discharged",
            "admitted", "billed", "cut", "paid", "pays", "let", "hired", "fired", "referred", "covered", "covers",
            "placed", "removed", "terminated", "rejected", "keeps", "kept", "has", "had", "is", "was", "did", "won't",
            "wont", "will", "called", "calls", "mailed", "flagged", "investigated", "substantiated", "garnished",
            "evicted", "laid", "transferred", "put", "gave", "owes", "charged", "charges", "requires", "required",
            "needs", "le", "la", "lo", "me", "les", "nos");
    /** Acronyms of services and roles every organization has: never one organization by themselves. */
    private static final Set<String> GENERIC_ACRONYMS = WordSet.of("ems", "emt", "emts", "icu", "nicu", "picu", "hr",
            "cfo", "ceo", "cpa", "pcp", "ob", "obgyn", "lcsw", "lpc", "lmft", "psyd", "phd", "rn", "lpn", "cna", "np",
            "ptsd", "adhd", "ocd", "gad", "mdd", "iop", "php", "aa", "na", "ssi", "ssdi", "snap", "tanf", "wic", "eap",
            "ada", "fmla", "iep", "ged", "dui", "dwi", "tbi", "std", "sti", "hiv", "aids", "covid", "mri", "ekg",
            "ct", "uti", "ssri", "ssris", "pd", "fd");
    /** Form fields whose value names an organization or a person: "Employer: Caterpillar". */
    private static final Set<String> ORG_FIELDS = WordSet.of("employer", "insurance", "insurer", "payer", "plan", "school",
            "agency", "referral source", "referred by", "primary insurance", "secondary insurance", "pcp");
    private static final Set<String> PERSON_FIELDS = WordSet.of("emergency contact", "contact", "guardian", "spouse",
            "partner", "mother", "father", "parent", "referred by", "pcp", "therapist", "psychiatrist", "case manager");
    private static final Set<String> LINE_COLOURS = WordSet.of("red", "blue", "green", "orange", "brown", "pink",
            "purple", "yellow", "silver", "gold", "metra");
    private static final Set<String> TRANSIT_NOUNS = WordSet.of("bus", "train", "line", "stop", "express", "station");
    private static final Set<String> ROAD_WORDS = WordSet.of("route", "rt", "highway", "hwy", "interstate", "i", "us",
            "state", "sr", "exit");
    private static final Set<String> ROAD_CUES = WordSet.of("off", "on", "near", "by", "along", "down", "up", "via",
            "from", "to", "take", "took", "taking", "drives", "drove", "driving", "the", "of", "onto");
    private static final Set<String> HOURS = WordSet.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "noon", "midnight");
    private static final Set<String> HABIT = WordSet.of("always", "usually", "every", "each", "most", "often", "never",
            "sometimes", "typically", "nightly", "daily");
    /** Before a holiday that dates an event: "the weekend after Thanksgiving", "right before valentines day". */
    private static final Set<String> HOLIDAY_CUES = WordSet.of("after", "before");
    private static final Set<String> TITLES_SHORT = WordSet.of("dr", "ms", "mr", "mrs", "miss", "coach", "nurse", "doc",
            "officer", "pastor", "judge");

    /** Organizations named alone ({@code organizations.txt}) and neighbourhoods ({@code neighbourhoods.txt}). */
    static final Set<String> ORGANIZATIONS = phrases("organizations.txt");
    /** The agencies of {@code organizations.txt}: organizations only as actors on the client, never as places. */
    static final Set<String> AGENCIES = section("organizations.txt", "# -- public agencies", "# -- ");
    static final Set<String> NEIGHBOURHOODS = phrases("neighbourhoods.txt", "cities.txt");
    private static final Set<String> HOLIDAYS = phrases("holidays.txt");
    /**
     * Every run of whole first words of the organizations and neighbourhoods ("north", "north shore"): most words start
     * no entry and leave after one lookup, and a phrase stops growing as soon as no entry starts with it.
     */
    private static final Set<String> PREFIXES = prefixes(ORGANIZATIONS, NEIGHBOURHOODS);
    private static final StringFilter FIRST_WORD_FILTER = new StringFilter(PREFIXES);
    /** Spanish and Portuguese days of the month in words, before "de" and a month: "el veinte de junio". */
    private static final Set<String> SPELLED_DAYS = WordSet.of("primero", "uno", "dos", "tres", "cuatro", "cinco", "seis",
            "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "dieciseis",
            "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós", "veintidos", "veintitrés",
            "veintitres", "veinticuatro", "veinticinco", "veintiséis", "veintiseis", "veintisiete", "veintiocho",
            "veintinueve", "treinta", "primeiro", "quatro", "sete", "oito", "nove", "dez", "onze", "doze",
            "treze", "quatorze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove", "vinte", "trinta");
    /** Words after which a listed organization is where the note puts someone or where something came from. */
    private static final Set<String> ORG_PLACE_WORDS = WordSet.of("from", "by", "to", "at", "through", "with", "quit",
            "via", "for", "joined", "left");
    private static final Set<String> LIVING = WordSet.of("live", "lives", "living", "lived", "moved", "staying", "stays",
            "raised", "vivo", "vive");
    /** A company's service, not its site: "spoke with someone at Uber support", "a refund from Amazon customer service". */
    static final Set<String> SERVICE_NOUNS = WordSet.of("support", "customer", "customers", "service", "app",
            "account", "billing", "help", "helpline", "hotline", "card", "website", "site", "online", "chat", "order",
            "orders", "delivery", "deliveries", "gift", "rewards", "points");
    /** Words after which a listed neighbourhood is where someone lives, without "in": "i live uptown". */
    private static final Set<String> HOME_WORDS = WordSet.of("live", "lives", "living", "lived", "moved", "staying", "stays",
            "stay", "raised", "house", "apartment", "place", "unit", "crib", "by", "around", "up", "out", "back",
            "vivo", "vive", "vivimos", "in", "to", "from", "near", "en", "desde", "a", "thru", "through");

    private final WordTable lex;
    private final WordList english;
    private final PersonSlots slots;
    private final PlaceSlots places;

    SentenceSlots(WordTable lex, WordList english, PersonSlots slots) {
        this.lex = lex;
        this.english = english;
        this.slots = slots;
        this.places = new PlaceSlots(lex, english);
    }

    /** Spans of {@code text} (already pseudonymized) the slots name; {@code taken} are spans found already. */
    List<PhiSpan> spans(String text, List<PhiSpan> taken) {
        return spans(text, text.toCharArray(), taken);
    }

    /** {@link #spans(String, List)} with the text's chars, which the caller has already. */
    List<PhiSpan> spans(String text, char[] chars, List<PhiSpan> taken) {
        Words words = words(text, chars);
        List<PhiSpan> out = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            int s = words.get(w)[0];
            int e = words.get(w)[1];
            if (text.charAt(s) == '[' || covered(taken, s, e)) {
                continue; // a placeholder, or a word found already
            }
            int listed = listedPhrase(text, words, w, taken);
            if (listed > w) {
                out.add(new PhiSpan(s, words.get(listed - 1)[1], PhiCategory.LOCATION, 0.6));
                w = listed - 1;
                continue;
            }
            int holiday = holidayDated(text, words, w);
            if (holiday > w) {
                out.add(new PhiSpan(s, words.get(holiday - 1)[1], PhiCategory.DATE, 0.6));
                w = holiday - 1;
                continue;
            }
            String type = read(text, words, w);
            if (type != null) {
                out.add(new PhiSpan(s, e, type, 0.6));
            }
        }
        times(text, words, taken, out);
        places.spans(text, words, taken, out);
        return out;
    }

    private String read(String text, Words words, int w) {
        int s = words.get(w)[0];
        int e = words.get(w)[1];
        String lw = words.low(w);
        boolean upper = Character.isUpperCase(text.charAt(s));
        long f = words.flags(lex, w);
        String prev = w > 0 && adjacent(text, words, w - 1, w) ? words.low(w - 1) : "";
        String next = w + 1 < words.size() && adjacent(text, words, w, w + 1)
                ? words.low(w + 1) : "";
        if (transit(text, words, w, lw, prev, next)) {
            return PhiCategory.LOCATION;
        }
        if (e - s == 1) {
            return initialInSlot(text, words, w, prev, next, upper) ? PhiCategory.NAME : null;
        }
        if (surnameClosingField(text, words, w, f, next) || givenNameOpeningField(text, words, w, f, lw)) {
            return PhiCategory.NAME; // "emergency contact: [PERSON_1] baker": the field's value is the full name
        }
        if (next.equals("de") && SPELLED_DAYS.contains(lw) && w + 2 < words.size()
                && (words.flags(lex, w + 2) & (Lexicon.FOREIGN_MONTH | MONTH)) != 0
                && !habitIn(text, words, w) && !HOLIDAYS.contains(key(text, words, w, w + 3))
                && !(upper && Character.isUpperCase(text.charAt(words.get(w + 2)[0])))) {
            return PhiCategory.DATE; // "nació el veinte de junio"; "Cinco de Mayo" is a holiday's name
        }
        boolean acronym = acronym(text, s, e);
        if ((acronym || upper) && (f & (CLINICAL | STATE | MONTH | WEEKDAY | KIN | PERSON_NOUN | TITLE)) == 0
                && organizationInSlot(text, words, w, f, acronym, next)) {
            return PhiCategory.LOCATION;
        }
        if ((f & MONTH) != 0 && (f & (NEVER & ~MONTH)) == 0 && e - s >= 3 && addressed(text, words, w, next)
                && slots.givenName(words.low(w), f)) {
            return PhiCategory.NAME; // "april i need to cancel": a month is no one addressed, a name is
        }
        if ((f & NEVER) != 0 || acronym || !slots.givenName(words.low(w), f)) {
            return null;
        }
        if (e - s >= 2 && addressed(text, words, w, next)) {
            return PhiCategory.NAME; // "jade its me", "Sunny, the clinic needs your card"
        }
        if (e - s >= 2 && subjectOfAnAct(text, words, w)) {
            return PhiCategory.NAME; // "idk why summer is ignoring me", "Pearl watches the baby"
        }
        if (e - s >= 2 && relationInParentheses(text, e)) {
            return PhiCategory.NAME; // "Emergency contact: Summer (sister)"
        }
        if (e - s >= 3 && personalA(text, words, w, prev, next)) {
            return PhiCategory.NAME; // "le dije a paz que"
        }
        if (e - s >= 3 && (possessiveHome(text, e, prev) || objectOfHarm(prev, next, text, e)
                && !(Character.isLowerCase(text.charAt(s)) && NotIdentifiers.feelingOrValue(words.low(w))))) {
            // "described justice as": a value in lower case is described, trusted or protected as a value (round 38)
            return PhiCategory.NAME; // "went over to ruby's after school", "keeps harassing Jordan at"
        }
        if (e - s >= 2 && fieldValue(text, s, PERSON_FIELDS)) {
            return PhiCategory.NAME;
        }
        return null;
    }

    // ------------------------------------------------------------------ people

    /** A name addressed at a message's start, alone or after a greeting, before a comma, a dash or "i"/"its". */
    private boolean addressed(String text, Words words, int w, String next) {
        int s = words.get(w)[0];
        int e = words.get(w)[1];
        boolean first = messageStart(text, s) || w > 0 && messageStart(text, words.get(w - 1)[0])
                && GREETINGS.contains(words.low(w - 1));
        if (!first) {
            return false;
        }
        int n = ResidualCheck.skipBlanks(text, e);
        if (n < text.length() && n == e && text.charAt(n) == ',') {
            // "Sunny, the clinic needs your card"; not an apposition closed by a second comma ("Cooper, the
            // family's golden retriever, is")
            int close = text.indexOf(',', n + 1);
            int stop = text.indexOf('.', n + 1);
            return close < 0 || stop >= 0 && stop < close;
        }
        if (n < text.length() && n > e && text.charAt(n) == '-') {
            return true;
        }
        if (next.equals("u") || next.equals("are")) {
            return false; // "Hope u", "Summer are" read as words as often
        }
        return AFTER_ADDRESS.contains(next);
    }

    /** At a clause's start (after up to three openers), the subject of an act whose object is a person. */
    private boolean subjectOfAnAct(String text, Words words, int w) {
        int s = words.get(w)[0];
        int k = w;
        int openers = 0;
        while (k > 0 && !clauseMarkBefore(text, words.get(k)[0]) && openers < 3) {
            k--;
            if (!OPENERS.contains(words.low(k))) {
                return false;
            }
            openers++;
        }
        if (!clauseMarkBefore(text, words.get(k)[0]) && k > 0) {
            return false;
        }
        int v = w + 1;
        if (v < words.size() && ADVERBS.contains(word(text, words, v))) {
            v++;
        }
        if (v >= words.size()) {
            return false;
        }
        String verb = word(text, words, v);
        long vf = words.flags(lex, v);
        if ((verb.equals("is") || verb.equals("was") || verb.equals("keeps")) && v + 1 < words.size()
                && word(text, words, v + 1).endsWith("ing")) {
            v++;
            verb = word(text, words, v);
            vf = 0;
        }
        if (v + 1 < words.size() && word(text, words, v + 1).equals("up") && !objectIsPerson(text, words, v + 2)) {
            return false; // "jade came up in session": a topic, not someone arriving ("X picked me up" reads "me")
        }
        if ((vf & (HUMAN_VERB | SPEECH_VERB)) != 0 && (vf & (KIN | AUX)) == 0) {
            // a capitalized word at a sentence's start is read by the rules already unless an adverb or a person
            // object shows the act: "Sunny finally apologized", "Crystal drove her"
            return !Character.isUpperCase(text.charAt(s)) || v > w + 1 || objectIsPerson(text, words, v + 1);
        }
        boolean verbShape = verb.length() >= 4 && (verb.endsWith("ed") || verb.endsWith("s") || verb.endsWith("ing")
                || verb.equals("took") || verb.equals("got") || verb.equals("left") || verb.equals("drove"));
        return verbShape && english.isCommonWord(verb) && objectIsPerson(text, words, v + 1);
    }

    private boolean objectIsPerson(String text, Words words, int o) {
        if (o >= words.size()) {
            return false;
        }
        String obj = word(text, words, o);
        if (PERSON_OBJECTS.contains(obj)) {
            return true;
        }
        return obj.equals("the") && o + 1 < words.size() && (PEOPLE_AFTER_THE.contains(word(text, words, o + 1))
                || (words.flags(lex, o + 1) & KIN) != 0);
    }

    /** "Summer (sister)", "Ruby (partner)": a form or a note names the word's relation in parentheses. */
    private boolean relationInParentheses(String text, int e) {
        int n = ResidualCheck.skipBlanks(text, e);
        if (n >= text.length() || text.charAt(n) != '(') {
            return false;
        }
        int ws = n + 1;
        int we = ResidualCheck.lettersEnd(text, ws);
        return we > ws && we < text.length() && text.charAt(we) == ')'
                && ((lex.get(text, ws, we) & KIN) != 0 || WordSet.of("partner", "friend", "roommate", "neighbor", "sponsor",
                        "ex").contains(lower(text, ws, we)));
    }

    /** Spanish personal "a": "le dije a paz que", "llamé a Luz y". */
    private boolean personalA(String text, Words words, int w, String prev, String next) {
        if (!prev.equals("a") || w < 2) {
            return false;
        }
        String verb = word(text, words, w - 2);
        boolean spanishVerb = verb.endsWith("é") || verb.endsWith("ó") || verb.equals("dije") || verb.equals("vi")
                || verb.equals("conocí") || verb.equals("llamo") || verb.equals("quiero") || verb.equals("extraño");
        int n = ResidualCheck.skipBlanks(text, words.get(w)[1]);
        boolean ends = n >= text.length() || ",.;!?".indexOf(text.charAt(n)) >= 0;
        return spanishVerb && (ends || next.equals("que") || next.equals("y") || next.equals("porque"));
    }

    /** "over to ruby's after school", "crashed at sunny's last night": a person's home by the possessive. */
    private static boolean possessiveHome(String text, int e, String prev) {
        if (!(prev.equals("to") || prev.equals("at") || prev.equals("from"))) {
            return false;
        }
        boolean apostrophe = e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                && text.charAt(e + 1) == 's';
        if (!apostrophe) {
            return false;
        }
        int n = ResidualCheck.skipBlanks(text, e + 2);
        int ne = ResidualCheck.lettersEnd(text, n);
        String after = n >= text.length() ? "" : text.substring(n, ne).toLowerCase(Locale.ROOT);
        return n >= text.length() || ne == n || WordSet.of("after", "last", "for", "on", "and", "yesterday", "tonight",
                "again", "until", "before", "when", "because").contains(after);
    }

    /** Verbs of harm or neglect whose object is a person: "keeps harassing Jordan at his job". */
    private static boolean objectOfHarm(String prev, String next, String text, int e) {
        if (!WordSet.of("harassing", "harassed", "harass", "harasses", "ignoring", "ignored", "stalking", "stalked",
                "threatening", "threatened", "blaming", "blamed", "describes", "described", "trusts", "trusted",
                "forgave", "forgive", "protecting", "protected", "bullying", "bullied").contains(prev)) {
            return false;
        }
        int n = ResidualCheck.skipBlanks(text, e);
        return n >= text.length() || n == e && ".,;!?".indexOf(text.charAt(n)) >= 0 || WordSet.of("at", "as", "in", "on",
                "for", "again", "and", "after", "when", "because", "online", "about").contains(next);
    }

    /** A lone initial where only a person stands: "me and j", "told M I would", "dr b said", "living w D". */
    private boolean initialInSlot(String text, Words words, int w, String prev, String next, boolean upper) {
        int s = words.get(w)[0];
        char c = text.charAt(s);
        if (s > 0 && text.charAt(s - 1) != ' ' && text.charAt(s - 1) != '\n' && text.charAt(s - 1) != '(') {
            return false; // "CGI-S", "A/B", "x.y": part of a code, not a person
        }
        if (!Character.isLetter(c) || s + 1 < text.length() && (text.charAt(s + 1) == '.' || text.charAt(s + 1) == '-'
                || text.charAt(s + 1) == '/' || text.charAt(s + 1) == '&' || text.charAt(s + 1) == '\'')
                && !text.startsWith("'s", s + 1)) {
            return false;
        }
        if (!upper && (c == 'a' || c == 'i' || c == 'u' || c == 'r' || c == 'y' || c == 'n' || c == 'w' || c == 'x')) {
            return false; // words of their own in a text: "a", "i", "u", "r", "y", "n", "w", "x"
        }
        if (upper && (c == 'A' || c == 'I')) {
            return false;
        }
        if (TITLES_SHORT.contains(prev)) {
            return true; // "dr b", "Ms V"
        }
        if (prev.equals("and") && w >= 2 && word(text, words, w - 2).equals("me")) {
            return true; // "me and j"
        }
        boolean objectSlot = WordSet.of("told", "texted", "called", "with", "w", "asked", "met", "blocked", "hugged")
                .contains(prev);
        if (objectSlot && (next.isEmpty() || WordSet.of("i", "that", "about", "again", "and", "she", "he", "we", "to",
                "when", "but", "last", "yesterday").contains(next))) {
            return true;
        }
        return upper && clauseMarkBefore(text, s) && w + 1 < words.size() && s + 1 == words.get(w)[1]
                && subjectOfAnActShort(text, words, w);
    }

    private boolean subjectOfAnActShort(String text, Words words, int w) {
        if (text.startsWith("'s", words.get(w)[1])) {
            int n = w + 1;
            return n < words.size() && (words.flags(lex, n) & KIN) != 0; // "B's mom"
        }
        String verb = word(text, words, w + 1);
        return (words.flags(lex, w + 1) & (HUMAN_VERB | SPEECH_VERB)) != 0
                || (verb.endsWith("ed") || verb.equals("hit")) && objectIsPerson(text, words, w + 2);
    }

    // ------------------------------------------------------------------ organizations

    /**
     * An organization by what it does to a person or a case ("DCFS opened a case", "Molina dropped her", "El IMSS le
     * negó"), or an acronym that is no clinical word after a place or source word ("a letter from SSA").
     */
    private boolean organizationInSlot(String text, Words words, int w, long f, boolean acronym, String next) {
        int s = words.get(w)[0];
        int e = words.get(w)[1];
        if (e - s < 2 || e - s > 6 && acronym) {
            return false;
        }
        boolean named = acronym || (f & (FIRST | SURNAME | Lexicon.STORE | Lexicon.PUBLIC | Lexicon.EMPLOYER)) != 0
                || !english.isCommonWord(text, s, e);
        if (!named) {
            return false;
        }
        int k = w;
        if (k > 0 && WordSet.of("the", "el", "la").contains(word(text, words, k - 1))) {
            k--;
        }
        boolean clauseStart = clauseMarkBefore(text, words.get(k)[0]);
        if (acronym && (e - s < 3 || GENERIC_ACRONYMS.contains(words.low(w)))) {
            return fieldValue(text, s, ORG_FIELDS); // "EMS gave Narcan", "HR said": a service, not an organization
        }
        if (clauseStart && INSTITUTION_ACTS.contains(next) && (acronym || !slots.givenName(words.low(w), f))) {
            if (next.equals("is") || next.equals("was") || next.equals("has") || next.equals("had")) {
                // "Kaiser has her on a waitlist", not "ADHD is": an auxiliary needs a person after it
                return w + 2 < words.size() && PERSON_OBJECTS.contains(word(text, words, w + 2));
            }
            return true;
        }
        if (clauseStart && k == w && w + 2 < words.size() && INSTITUTION_ACTS.contains(next) == false
                && (words.flags(lex, w + 1) & (HUMAN_VERB | SPEECH_VERB)) == 0
                && ADVERBS.contains(next) == false) {
            // "Advocate sent her", "Kaiser denied the stay": a past act with a person or a case after it
            String v = next;
            if (v.endsWith("ed") && v.length() >= 5 && english.isCommonWord(v) && (acronym || !slots.givenName(words.low(w), f))
                    && objectIsPerson(text, words, w + 2)) {
                return true;
            }
        }
        return fieldValue(text, s, ORG_FIELDS); // an unlisted acronym after "from" is a therapy as often ("from REBT")
    }

    /**
     * A surname right after a person's placeholder that is a person field's whole value (round 40): "emergency contact:
     * [PERSON_1] baker", "Guardian - [PERSON_1] marsh." A form's field holds one full name, so a surname the list holds
     * closes it in any case, an everyday word ("baker", "marsh") too; the word must end the value (a comma, a
     * parenthesis, a full stop or the end of the line after it).
     */
    private static boolean surnameClosingField(String text, Words words, int w, long f, String next) {
        if ((f & SURNAME) == 0 || !next.isEmpty() || w == 0 || !adjacent(text, words, w - 1, w)) {
            return false;
        }
        int p = words.get(w - 1)[0];
        if (!(text.startsWith("[PERSON_", p) || text.startsWith("[NAME_", p))) {
            return false;
        }
        int e = words.get(w)[1];
        if (e < text.length() && ",.;()\n".indexOf(text.charAt(e)) < 0 && text.charAt(e) != ' ') {
            return false;
        }
        return fieldValue(text, p, PERSON_FIELDS) || dashedField(text, p);
    }

    /** A given name right before a person's placeholder that opens a person field's value: "guardian - dawn [PERSON_1]". */
    private boolean givenNameOpeningField(String text, Words words, int w, long f, String lw) {
        if (w + 1 >= words.size() || !adjacent(text, words, w, w + 1) || !slots.givenName(lw, f)) {
            return false;
        }
        int n = words.get(w + 1)[0];
        int s = words.get(w)[0];
        return (text.startsWith("[PERSON_", n) || text.startsWith("[NAME_", n))
                && (fieldValue(text, s, PERSON_FIELDS) || dashedField(text, s));
    }

    /** A person field closed by a dash instead of a colon: "Guardian - [PERSON_1]", "Emergency contact – ...". */
    private static boolean dashedField(String text, int s) {
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 1 || text.charAt(p) != '-' && text.charAt(p) != '\u2013' && text.charAt(p) != '\u2014') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', p) + 1;
        return PERSON_FIELDS.contains(text.substring(lineStart, p).strip().toLowerCase(Locale.ROOT));
    }

    /** The value of a form's field: "Employer: Caterpillar", "Insurance: BCBS PPO", "Emergency contact: Summer". */
    private static boolean fieldValue(String text, int s, Set<String> fields) {
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 1 || text.charAt(p) != ':') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', p) + 1;
        String label = text.substring(lineStart, p).strip().toLowerCase(Locale.ROOT);
        if (fields.contains(label)) {
            return true;
        }
        if (fields != ORG_FIELDS) {
            return false;
        }
        // "Employer/School:", "Spouse's employer:", "Current employer:": the field's noun ends the label or one half
        int slash = label.indexOf('/');
        if (slash > 0 && (fields.contains(label.substring(0, slash).strip())
                || fields.contains(label.substring(slash + 1).strip()))) {
            return true;
        }
        return label.endsWith(" employer") && label.length() <= 32;
    }

    /**
     * The end (exclusive word index) of a listed organization or neighbourhood starting at word {@code w} in a slot
     * that places it, or {@code w} when none: the longest entry of up to five words wins.
     */
    private int listedPhrase(String text, Words words, int w, List<PhiSpan> taken) {
        String first = word(text, words, w);
        if (!FIRST_WORD_FILTER.mayContain(first) || !PREFIXES.contains(first)) {
            return w;
        }
        StringBuilder key = new StringBuilder();
        int best = w;
        boolean org = false;
        for (int k = w; k < Math.min(words.size(), w + 5); k++) {
            if (k > w) {
                if (!adjacent(text, words, k - 1, k) || text.charAt(words.get(k)[0]) == '[') {
                    break;
                }
                key.append(' ');
            }
            key.append(word(text, words, k));
            String phrase = key.toString();
            if (k > w && !PREFIXES.contains(phrase)) {
                break; // no entry starts with these words, so none is longer
            }
            if (ORGANIZATIONS.contains(phrase) || NEIGHBOURHOODS.contains(phrase)) {
                best = k + 1;
                org = ORGANIZATIONS.contains(phrase);
            }
        }
        if (best == w || covered(taken, words.get(w)[0], words.get(best - 1)[1])) {
            return w;
        }
        int s = words.get(w)[0];
        int e = words.get(best - 1)[1];
        // an entry that is an everyday word ("Rush", "Mercy", "Crunch") counts only capitalized
        boolean everyday = false;
        for (int k = w; k < best; k++) {
            everyday |= english.isCommonWord(text, words.get(k)[0], words.get(k)[1]);
        }
        boolean upper = Character.isUpperCase(text.charAt(s));
        String prev = w > 0 && adjacent(text, words, w - 1, w) ? word(text, words, w - 1) : "";
        int k0 = prev.equals("the") || prev.equals("el") || prev.equals("la") ? w - 1 : w;
        String cue = k0 > 0 && adjacent(text, words, k0 - 1, k0) ? word(text, words, k0 - 1) : "";
        String next = best < words.size() && adjacent(text, words, best - 1, best) ? word(text, words, best) : "";
        if (org && everyday && !upper && best - w == 1 && !cue.equals("quit")) {
            return w; // "no rush", "an advocate", "showed mercy"; "quit ups" is a job left
        }
        if (org && (cue.equals("of") && k0 >= 2 && word(text, words, k0 - 2).equals("out"))) {
            return best; // "kicked out of Crunch"
        }
        if (org) {
            boolean aux = next.equals("is") || next.equals("was") || next.equals("are");
            String after = best + 1 < words.size() ? word(text, words, best + 1) : "";
            boolean actor = clauseMarkBefore(text, words.get(k0)[0]) && (INSTITUTION_ACTS.contains(next) && !aux
                    || aux && after.endsWith("ing") || next.endsWith("ed") && english.isCommonWord(next));
            boolean place = ORG_PLACE_WORDS.contains(cue) && !boughtFrom(text, words, k0) && !SERVICE_NOUNS.contains(next)
                    && !AGENCIES.contains(key(text, words, w, best));
            return actor || place || fieldValue(text, s, ORG_FIELDS) ? best : w;
        }
        if (best < words.size() && adjacent(text, words, best - 1, best)
                && Character.isUpperCase(text.charAt(words.get(best)[0]))) {
            return w; // "Midland Credit Management": a town's name opening a longer name the public lists judge
        }
        // a neighbourhood where someone lives or goes, without "in": "i live uptown", "unit west town way"; a town
        // that is one everyday word ("Normal", "Temple") only capitalized or after a verb of living
        if (everyday && best - w == 1 && !upper && !LIVING.contains(cue)) {
            return w; // "in normal range"
        }
        return HOME_WORDS.contains(cue) || next.equals("way") || next.equals("area") ? best : w;
    }

    /** "ordered it from Amazon", "bought from Target": a purchase, not a place the client was. */
    private static boolean boughtFrom(String text, Words words, int k0) {
        for (int k = Math.max(0, k0 - 4); k < k0; k++) {
            String x = word(text, words, k);
            if (x.startsWith("order") || x.startsWith("bought") || x.startsWith("buy") || x.equals("shipped")
                    || x.equals("delivered") || x.equals("package")) {
                return true;
            }
            if (k == k0 - 2 && (x.equals("calling") || x.equals("callin")) && word(text, words, k0 - 1).equals("from")) {
                return true; // "hi, calling from Comcast": the caller's company, a service, not the client's place
            }
        }
        return false;
    }

    private static Set<String> prefixes(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> set : List.of(a, b)) {
            for (String phrase : set) {
                for (int space = phrase.indexOf(' '); space >= 0; space = phrase.indexOf(' ', space + 1)) {
                    out.add(phrase.substring(0, space));
                }
                out.add(phrase);
            }
        }
        return WordSet.copyOf(out);
    }

    private static String key(String text, Words words, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            key.append(k > from ? " " : "").append(word(text, words, k));
        }
        return key.toString();
    }

    /** The entries of one section of a list: the lines after a heading starting {@code start}, to the next one. */
    static Set<String> section(String file, String start, String next) {
        Set<String> out = new java.util.HashSet<>();
        read(file, start, next, out);
        return WordSet.copyOf(out);
    }

    /**
     * Adds the comma-separated phrases of {@code file} to {@code out}: every line when {@code start} is empty, else
     * only the lines after a comment starting with {@code start} up to the next comment starting with {@code next}.
     */
    private static void read(String file, String start, String next, Set<String> out) {
        try (var in = java.util.Objects.requireNonNull(SentenceSlots.class.getResourceAsStream(file), file);
                var r = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                        java.nio.charset.StandardCharsets.UTF_8))) {
            boolean inside = start.isEmpty();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    inside = start.isEmpty() || line.startsWith(start) || inside && !line.startsWith(next);
                    continue;
                }
                if (inside && !line.isBlank()) {
                    for (String entry : line.split(",")) {
                        out.addAll(phrasesOf(entry));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> phrasesOf(String entry) {
        String e = entry.strip().toLowerCase(Locale.ROOT).replace("'s", "").replace("'", "");
        return e.isEmpty() ? List.of() : List.of(String.join(" ", e.split("[^\\p{L}\\p{N}]+")).strip());
    }

    private static Set<String> phrases(String... files) {
        Set<String> out = new java.util.HashSet<>();
        for (String file : files) {
            read(file, "", "", out);
        }
        return WordSet.copyOf(out);
    }

    // ------------------------------------------------------------------ transit and roads

    /** "the 9 bus", "the red line", "the Q train", "off I-55", "Route 30", "drives 294", "the Harlem stop". */
    private boolean transit(String text, Words words, int w, String lw, String prev, String next) {
        boolean number = Character.isDigit(text.charAt(words.get(w)[0]));
        if ((prev.equals("the") || prev.equals("da")) && TRANSIT_NOUNS.contains(next) && !next.equals("station")) {
            // "the 9 bus", "the Q train", "the red line", "the Harlem stop"; "a red line" is a figure of speech
            if (number && (next.equals("bus") || next.equals("train") || next.equals("express"))
                    || !number && words.get(w)[1] - words.get(w)[0] == 1 && !next.equals("stop")
                    || LINE_COLOURS.contains(lw) && next.equals("line")) {
                return true; // "the 988 line" is a crisis line, "the 3 stop" a count
            }
            return next.equals("stop") && Character.isUpperCase(text.charAt(words.get(w)[0]));
        }
        if (number && ROAD_WORDS.contains(prev) && !prev.equals("state") && !prev.equals("us") && !prev.equals("exit")
                && w >= 2 && ROAD_CUES.contains(word(text, words, w - 2))) {
            return true; // "lives off Route 30", "crashed on I-55"; "Route 66 road trip" is a trip, not a home
        }
        if (number && (prev.equals("the") || prev.equals("drives") || prev.equals("drive") || prev.equals("took")
                || prev.equals("take")) && (words.get(w)[1] - words.get(w)[0] >= 2) && w + 1 < words.size()
                && WordSet.of("to", "every", "home", "north", "south", "east", "west").contains(next)
                && commuteBefore(text, words, w)) {
            return true; // "it takes me an hour on the 66 to get to group", "He drives 294 every night"
        }
        return false;
    }

    private static boolean commuteBefore(String text, Words words, int w) {
        for (int k = Math.max(0, w - 5); k < w; k++) {
            String x = word(text, words, k);
            if (x.equals("on") || x.startsWith("driv") || x.equals("takes") || x.equals("take") || x.equals("ride")
                    || x.equals("rides") || x.equals("hour") || x.equals("commute")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ dates

    /**
     * The end (exclusive word index) of a holiday of {@code holidays.txt} that dates an event after "after",
     * "before", "over", "around" or "during" ("the weekend after Thanksgiving", "right before valentines day", "over
     * Labor Day weekend"), or {@code w}; not before a noun it modifies ("after Christmas break") nor in a habit.
     */
    private int holidayDated(String text, Words words, int w) {
        if (w == 0 || !adjacent(text, words, w - 1, w) || !HOLIDAY_CUES.contains(word(text, words, w - 1))) {
            return w;
        }
        int end = w;
        StringBuilder key = new StringBuilder();
        for (int k = w; k < Math.min(words.size(), w + 4); k++) {
            key.append(k > w ? " " : "").append(word(text, words, k));
            if (HOLIDAYS.contains(key.toString())) {
                end = k + 1;
            }
        }
        if (end == w) {
            return w;
        }
        if (!eventBefore(text, words, w - 1)) {
            return w; // "fasts before Easter": a custom, not a day of the client's life
        }
        String next = end < words.size() ? word(text, words, end) : "";
        return !WordSet.of("break", "party", "dinner", "music", "presents", "shopping", "sale", "card", "cards",
                "costume", "costumes", "food", "season", "vacation", "plans").contains(next) && !habitIn(text, words, w)
                ? end : w;
    }

    private static final Set<String> PAST_EVENTS = WordSet.of("left", "got", "broke", "went", "came", "took", "lost",
            "fell", "ran", "quit", "found", "told", "hit", "met", "began", "started", "stopped", "moved", "died");
    private static final Set<String> SPANS_OF_TIME = WordSet.of("day", "night", "week", "weekend", "morning", "evening",
            "month", "right", "just");

    /**
     * Before "after" or "before" at {@code cue}: a span of time ("the weekend after", "right before") or a verb of a
     * past event within five words ("relapsed the weekend after", "we broke up right before").
     */
    private static boolean eventBefore(String text, Words words, int cue) {
        if (cue > 0 && SPANS_OF_TIME.contains(word(text, words, cue - 1))) {
            return true;
        }
        for (int k = Math.max(0, cue - 5); k < cue; k++) {
            String x = word(text, words, k);
            if (x.length() >= 5 && x.endsWith("ed") || PAST_EVENTS.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** "at three in the morning", "at two am", "at half past four": a time of day in words that dates an event. */
    private void times(String text, Words words, List<PhiSpan> taken, List<PhiSpan> out) {
        for (int w = 1; w < words.size(); w++) {
            if (!word(text, words, w - 1).equals("at")) {
                continue;
            }
            int first = w;
            int k = w;
            if (word(text, words, k).equals("half") || word(text, words, k).equals("quarter")) {
                if (k + 2 >= words.size() || !WordSet.of("past", "to", "after").contains(word(text, words, k + 1))) {
                    continue;
                }
                k += 2;
            }
            if (k >= words.size() || !HOURS.contains(word(text, words, k))) {
                continue;
            }
            int last = k;
            if (k + 1 < words.size() && WordSet.of("am", "pm", "oclock").contains(word(text, words, k + 1))) {
                last = k + 1;
            } else if (k + 3 < words.size() && word(text, words, k + 1).equals("in")
                    && word(text, words, k + 2).equals("the")
                    && WordSet.of("morning", "afternoon", "evening").contains(word(text, words, k + 3))) {
                last = k + 3;
            } else if (k == first) {
                continue; // "at seven": a meeting's hour as often as an event's
            }
            int s = words.get(first)[0];
            int e = words.get(last)[1];
            if (!covered(taken, s, e) && !habitIn(text, words, w) && eventVerbBefore(text, words, w - 1)) {
                out.add(new PhiSpan(s, e, PhiCategory.DATE, 0.6));
            }
        }
    }

    /** A verb in the past or "called" before "at": "overdosed at", "called me at", "died at". */
    private static boolean eventVerbBefore(String text, Words words, int at) {
        for (int k = Math.max(0, at - 3); k < at; k++) {
            String x = word(text, words, k);
            if (x.endsWith("ed") || x.equals("me") || x.equals("came") || x.equals("left") || x.equals("woke")) {
                return !x.equals("used");
            }
        }
        return false;
    }

    private static boolean habitIn(String text, Words words, int w) {
        int from = Math.max(0, w - 6);
        int to = Math.min(words.size(), w + 8);
        for (int k = from; k < to; k++) {
            if (HABIT.contains(word(text, words, k))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ words

    private static Words words(String text, char[] chars) {
        Words out = new Words(text, chars);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close > i && close - i < 24) {
                    out.add(new int[] {i, close + 1});
                    i = close + 1;
                    continue;
                }
            }
            if (!letterOrDigit(c)) {
                i++;
                continue;
            }
            int e = i;
            char x;
            int h = 0; // the lowercase's hash and whether the word is ASCII, read by Words.recent
            int ascii = 1;
            while (e < n && (letterOrDigit(x = chars[e]) || x == '\'' && e + 1 < n
                    && Character.isLetter(chars[e + 1]) && chars[e + 1] != 's')) {
                h = 31 * h + (x >= 'A' && x <= 'Z' ? x + 32 : x);
                ascii &= x < 128 ? 1 : 0;
                e++;
            }
            out.add(new int[] {i, e, h, ascii});
            i = e;
        }
        return out;
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static String word(String text, Words words, int k) {
        return words.low(k);
    }

    /**
     * The words of one text with each word's lowercase read once: the slot readers ask a word's neighbours many times
     * over, and a lowercase {@code String} per question was a tenth of the guard.
     */
    static final class Words extends ArrayList<int[]> {
        private final String text;
        private final char[] chars;
        private String[] low = new String[64];
        /** Each word's flags in the word table, and which of them were read. */
        private long[] flags = new long[0];
        private java.util.BitSet read = new java.util.BitSet();

        Words(String text, char[] chars) {
            this.text = text;
            this.chars = chars;
        }

        String low(int k) {
            if (k >= low.length) {
                low = java.util.Arrays.copyOf(low, Math.max(k + 1, low.length * 2));
            }
            String l = low[k];
            if (l == null) {
                int[] w = get(k);
                l = w.length > 2 && w[3] == 1 ? recent(w[0], w[1], w[2]) : lower(text, w[0], w[1]);
                low[k] = l;
            }
            return l;
        }

        /**
         * Recent ASCII words' lowercase by their chars: a repeated word reuses one {@code String} and its hash, and
         * the word table's answer for it (the table folds case, so the lowercase decides it).
         */
        private String[] recent;
        private long[] recentFlags;
        /** Each recent word's lowercase hash, so a probe does not hash a fresh {@code String}. */
        private int[] recentHash;
        private boolean[] recentFlagsRead;

        /** The lowercase of ASCII word {@code s..e} whose lowercase hashes to {@code h}. */
        private String recent(int s, int e, int h) {
            char[] chars = this.chars;
            if (recent == null) {
                recent = new String[Math.max(64, Math.min(8192, Integer.highestOneBit(Math.max(1, text.length() / 8))))];
                recentFlags = new long[recent.length];
                recentHash = new int[recent.length];
                recentFlagsRead = new boolean[recent.length];
            }
            int slot = slot(h);
            String r = recent[slot];
            if (r != null && r.length() == e - s && recentHash[slot] == h) {
                boolean same = true;
                for (int k = s, j = 0; k < e; k++, j++) {
                    char c = chars[k];
                    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != r.charAt(j)) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    return r;
                }
            }
            r = lower(text, s, e);
            recent[slot] = r;
            recentHash[slot] = h;
            recentFlagsRead[slot] = false;
            return r;
        }

        private int slot(int h) {
            return (h ^ (h >>> 12)) & (recent.length - 1);
        }

        long flags(WordTable lex, int k) {
            if (read.get(k)) {
                return flags[k];
            }
            if (k >= flags.length) {
                flags = java.util.Arrays.copyOf(flags, Math.max(k + 1, Math.max(64, flags.length * 2)));
            }
            int[] w = get(k);
            long f;
            if (w.length > 2 && w[3] == 1) {
                // an ASCII word: its lowercase hash is the table's hash, and a repeated word asks the table once
                String l = low(k);
                int slot = slot(w[2]);
                if (recent[slot] == l && recentFlagsRead[slot]) {
                    f = recentFlags[slot];
                } else {
                    f = lex.get(chars, w[0], w[1], w[2]);
                    if (recent[slot] == l) {
                        recentFlags[slot] = f;
                        recentFlagsRead[slot] = true;
                    }
                }
            } else {
                f = lex.get(text, w[0], w[1]);
            }
            flags[k] = f;
            read.set(k);
            return f;
        }
    }

    /** Only blanks, a possessive or one comma between the two words (no sentence mark). */
    static boolean adjacent(String text, Words words, int a, int b) {
        char[] chars = words.chars;
        for (int k = words.get(a)[1], end = words.get(b)[0]; k < end; k++) {
            switch (chars[k]) {
                case '.', '!', '?', ';', ':', '\n', '(', ')':
                    return false;
                default:
                    break;
            }
        }
        return true;
    }

    private static boolean clauseMarkBefore(String text, int s) {
        int p = s - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        return p < 0 || ".!?\n\r:;,\"\u201c(-\u2013\u2014".indexOf(text.charAt(p)) >= 0;
    }

    private static boolean messageStart(String text, int s) {
        for (int p = s - 1; p >= 0; p--) {
            if (text.charAt(p) != ' ' && text.charAt(p) != '\t') {
                return text.charAt(p) == '\n';
            }
        }
        return true;
    }

    static boolean acronym(String text, int s, int e) {
        if (e - s < 2) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean covered(List<PhiSpan> spans, int s, int e) {
        for (PhiSpan p : spans) {
            if (p.start() < e && s < p.end()) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String text, int s, int e) {
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }
}
