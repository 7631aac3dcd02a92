package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.AUX;
import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.COLLECTIVE;
import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.HUMAN_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.NUMBER_WORD;
import static org.practicekit.llm.phi.internal.Lexicon.PERSON_NOUN;
import static org.practicekit.llm.phi.internal.Lexicon.PET;
import static org.practicekit.llm.phi.internal.Lexicon.SLANG;
import static org.practicekit.llm.phi.internal.Lexicon.SPEECH_VERB;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.UNIT_OF_MEASURE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;
import static org.practicekit.llm.phi.internal.ResidualCheck.lettersEnd;
import static org.practicekit.llm.phi.internal.ResidualCheck.skipBlanks;
import static org.practicekit.llm.phi.internal.ResidualCheck.wordIs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * A given name that is also an everyday word ("rose", "bill", "Honor", "Georgia") standing where only a person
 * stands: right after a relation ("my sister dawn is"), as the object of a verb of contact ("texted rose",
 * "met up with reed"), possessive before a relation or a person's things ("honor's mom", "Georgia's place"), beside
 * another person ("me and gene", "sage and marina picked me up"), as the subject of a verb only a person takes at
 * the start of a clause ("lol bill said"), or named by an apposition ("Gene, her sponsor,"). The same word used as a
 * word stays: nothing here fires on "I hope", "the bill", "rose bushes", "in August", "a chase".
 *
 * <p>The residual check asks this only of words its other rules let through, so it can replace more and never less.
 * A word is a given name when the detector's first-name list has it or it is among the most frequent names of the
 * SSA baby-name files the project bundles ({@code ssa-given-names.txt}); the SSA list also holds words nobody means as
 * a name in a note ("baby", "unknown"), which is why every slot here is structural and role nouns never count.
 */
final class PersonSlots {
    /** How many of the SSA names, most frequent first, count as given names (down to a few thousand births). */
    private static final int MOST_FREQUENT = 6000;
    /** The bundled SSA list, most frequent first, read once: the sets below are its leading ranks. */
    private static final List<String> SSA_RANKED = ssaRanked();
    private static final Set<String> SSA_NAMES = ssaNames(MOST_FREQUENT);
    /** Every SSA given name (300 or more births): read only where a person's verb already vouches for the slot. */
    private static final Set<String> ALL_SSA_NAMES = ssaNames(Integer.MAX_VALUE);
    private static final StringFilter SSA_FILTER = new StringFilter(SSA_NAMES);
    /**
     * The SSA names given most often (round 21b): a word among them stands as a name at least as much as a word
     * ("Grace", "Miles", "Summer", "Jordan"), while a word that is also a rarer name ("Love", "Honey", "True") does not.
     */
    private static final Set<String> WELL_GIVEN_NAMES = ssaNames(1000);
    /** Oaths open a sentence with a comma as an address does: "Jesus, I was scared", "God, I hate Mondays". */
    /** Pronouns and determiners that open a clause before a person's predicate: never a nickname. */
    private static final Set<String> NOT_A_NICKNAME = WordSet.of("he", "she", "they", "it", "we", "you", "i", "this",
            "that", "who", "everyone", "everybody", "someone", "somebody", "nobody", "noone", "anyone", "anybody",
            "one", "which", "there", "here", "each", "both", "neither", "either", "mine", "yours", "hers",
            "his", "theirs", "ours");
    private static final Set<String> OATHS = WordSet.of("jesus", "christ", "god", "lord", "gosh", "geez", "jeez", "man",
            "dude", "bro", "girl", "boy", "mary");
    /** Greetings and thanks before an addressed person: "Thanks Summer, see you", "Hi Grace", "love you Miles". */
    private static final Set<String> ADDRESS_OPENERS = WordSet.of("hi", "hey", "hello", "hiya", "thanks", "thank",
            "thx", "ty", "bye", "night", "goodnight", "morning", "congrats", "sorry", "hola", "gracias", "you");
    /** Verbs of an aside set off by commas after "I": "Summer, I think, is the worst". */
    private static final Set<String> ASIDES = WordSet.of("think", "guess", "mean", "suppose", "believe", "know",
            "swear", "feel", "admit");
    /** What an address opens at a sentence's start: "Grace, I ...", "Miles, call me", "Jordan, can you". */
    private static final Set<String> AFTER_ADDRESS = WordSet.of("i", "i'm", "im", "i've", "i'll", "you", "u", "ya",
            "we", "we're", "can", "could", "would", "will", "did", "are", "r", "please", "pls", "plz", "call", "text",
            "thanks", "thank", "sorry", "don't", "dont", "do", "let", "just", "it's", "its", "hope", "love", "miss");

    /** Flags of words that are never a person here: role nouns, verbs, measures, shorthand, days. */
    private static final long NEVER = KIN | PERSON_NOUN | COLLECTIVE | AUX | UNIT_OF_MEASURE | SLANG | WEEKDAY
            | NUMBER_WORD | PET | SPEECH_VERB | HUMAN_VERB | CONTACT;

    /** Words a relation cannot name as a person: relations, role nouns, groups, pets, days. */
    private static final long ROLE_WORDS = KIN | PERSON_NOUN | COLLECTIVE | PET | WEEKDAY | AUX | NUMBER_WORD;

    /** Verbs whose object is a person: reaching, meeting or touching someone. Feelings and sight take things too. */
    private static final Set<String> CONTACT_VERBS = WordSet.of("texted", "text", "texts", "texting", "called", "call",
            "calls", "calling", "messaged", "message", "messaging", "dm", "dmed", "dm'd", "emailed", "email", "emailing",
            "facetimed", "facetime", "snapchatted", "met", "meet", "meets", "meeting", "visited", "visit", "visiting",
            "hugged", "hug", "kissed", "kiss", "told", "tell", "tells", "telling", "asked", "ask", "asks", "invited",
            "invite", "blocked", "unblocked", "ghosted", "dated", "dating", "married", "divorced", "divorcing", "dumped",
            "phoned", "rang", "contacted", "contact");
    /** Verbs that take a person through "with": "met up with", "hung out with", "spoke with", "lives with". */
    private static final Set<String> WITH_VERBS = WordSet.of("up", "out", "spoke", "speak", "talked", "talk", "talking",
            "met", "meet", "meeting", "stayed", "staying", "stay", "lives", "lived", "living", "fought", "fighting",
            "argued", "arguing", "hung", "hanging", "chilled", "chilling", "slept", "sleeping", "moved", "went", "came",
            "broke", "hooked", "texting", "messaging", "visiting", "dating", "drove", "walked", "ate", "played");
    /** Person-only acts whose object is someone: "rocky picked me up", "chase drove her home". */
    private static final Set<String> PERSON_ACTS = WordSet.of("picked", "drove", "dropped", "hugged", "kissed", "hit",
            "slapped", "pushed", "grabbed", "kicked", "punched", "choked", "texted", "called", "told", "asked",
            "invited", "blocked", "ghosted", "visited", "met", "followed", "dumped", "cheated", "yelled", "screamed",
            "threatened", "messaged", "emailed", "hurt", "babysat", "raised", "adopted");
    private static final Set<String> POSSESSIVES = WordSet.of("my", "his", "her", "our", "their");
    private static final Set<String> OBJECT_PRONOUNS = WordSet.of("me", "her", "him", "us", "them", "my", "his", "our");
    /** Words after which the next word is a noun's or a clause's, not a person's possessive or list. */
    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "this", "that", "these", "those", "my",
            "your", "his", "her", "our", "their", "its", "every", "each", "some", "any", "no", "what", "which");
    /** What may open a clause before its subject in a message: "lol bill said", "then rose texted". */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("so", "and", "but", "then", "when", "because", "cuz",
            "bc", "until", "after", "before", "that", "if", "while", "since", "plus", "also", "now", "today",
            "yesterday", "tonight", "well", "oh", "like");
    /** What may follow a person who is an object: the clause ends or goes on with an adjunct or a new subject. */
    private static final Set<String> AFTER_OBJECT = WordSet.of("about", "again", "that", "to", "at", "on", "in", "for",
            "yesterday", "today", "tonight", "last", "before", "after", "when", "because", "but", "so", "if", "since",
            "until", "while", "and", "or", "back", "twice", "once", "too", "from", "over", "tomorrow", "i", "she", "he",
            "we", "they", "you", "earlier", "later", "all", "every", "right", "first", "finally", "then");
    /** Verbs of telling and asking: a person is their object whatever is told ("told mason no", "asked deb how"). */
    private static final Set<String> TELL_VERBS = WordSet.of("told", "tell", "tells", "telling", "asked", "ask", "asks",
            "asking");
    /** What is told or asked right after its person: an answer, a negation, a question word, all or nothing. */
    private static final Set<String> TOLD_WHAT = WordSet.of("no", "yes", "not", "everything", "nothing", "how", "what",
            "why", "where", "who", "whether", "off", "straight");
    private static final Set<String> AFTER_RELATION = WordSet.of("now", "today", "yesterday", "tonight", "again", "too",
            "back", "but", "so", "because", "when", "since", "while", "i", "she", "he", "we", "they", "you", "later",
            "earlier", "lately", "anymore", "either", "also");
    private static final Set<String> SUBJECT_PRONOUNS = WordSet.of("i", "me", "she", "he", "we", "they", "her", "him",
            "his", "my", "their", "our");
    /** Adjectives between a possessive and a relation in an apposition: "Gene, her new sponsor,". */
    private static final Set<String> RELATION_ADJECTIVES = WordSet.of("best", "old", "older", "oldest", "young", "younger",
            "youngest", "little", "big", "new", "ex", "former", "current", "late", "twin", "only", "baby", "step",
            "close", "good", "childhood", "high", "school", "work");

    private final WordTable lex;
    private final WordList english;
    private final PersonPredicates predicates;
    /** A clear bit proves a word is no given name: most words leave here with one array read. */
    private final long[] names;
    /** The same proof for the whole SSA list: the round-28 slot reading is asked only of words it admits. */
    private final long[] allNames;

    PersonSlots(WordTable lex, WordList english) {
        this.lex = lex;
        this.english = english;
        this.predicates = new PersonPredicates(lex, english);
        this.names = lex.filter(FIRST);
        this.allNames = new long[names.length];
        addTo(allNames, ALL_SSA_NAMES);
        addTo(names, SSA_NAMES);
    }

    /** Sets each name's bit in a filter read by {@link WordTable#mayContain} (the table's own hash of the word). */
    private static void addTo(long[] filter, Set<String> words) {
        for (String name : words) {
            int h = 0;
            for (int i = 0; i < name.length(); i++) {
                h = 31 * h + WordTable.foldForHash(name.charAt(i));
            }
            int b = (h ^ (h >>> 16)) & 0xFFFF;
            filter[b >>> 6] |= 1L << b;
        }
    }

    /**
     * Whether the word at {@code text[s, e)} (its possessive "'s" stripped) is a person by where it stands. {@code f}
     * are its flags and {@code hash} its raw hash ({@link WordTable#foldForHash}), {@code ps}, {@code pe} and
     * {@code pf} the previous word's (−1 when none).
     */
    boolean personInSlot(String text, int s, int e, long f, int hash, int ps, int pe, long pf) {
        if (e - s < 3 || !Character.isLetter(text.charAt(s))) {
            return e > s && Character.isLetter(text.charAt(s)) && shortName(text, s, e, ps, pe, pf);
        }
        boolean upper = Character.isUpperCase(text.charAt(s));
        // "met w/ rose": the shorthand "w/" stands as "with" right before the word (round 18)
        boolean adjacentPrev = ps >= 0 && (pe == s - 1 || pe == s - 2 && pe - ps == 1 && text.charAt(pe) == '/'
                && (text.charAt(ps) == 'w' || text.charAt(ps) == 'W'));
        if (adjacentPrev && predicates.nicknameAfterOpener(text, ps, pe) && predicates.shapedNameAfter(text, e)) {
            // "lil mo got locked up", "big mike from the house gave me a ride": the opener makes the nickname
            long nf = f == 0 ? lex.get(text, s, e) : f;
            return (nf & (ROLE_WORDS | UNIT_OF_MEASURE)) == 0 && predicates.nickname(text, s, e, givenName(text, s, e, nf));
        }
        boolean listedName = WordTable.mayContain(names, plainHash(text, s, e, hash));
        if (!listedName && !upper) {
            return lowerNameVouchedByVerb(text, s, e, ps, pe, pf, adjacentPrev);
        }
        // cheap structural tests first; the given-name lookup only where one holds
        int slot = 0;
        if (adjacentPrev && (pf & KIN) != 0) {
            // "my sister dawn is staying", "stepfather Major was", "lives with her grandma ruby now"
            slot = predicateAfter(text, e) || relationEnds(text, e) ? 1 : 0;
        }
        if (slot == 0 && adjacentPrev && (pf & CONTACT) != 0 && objectEnds(text, ps, pe, e) && contactBefore(text, ps, pe, f)) {
            slot = 2; // "texted rose and", "met up with reed after work"
        }
        if (slot == 0 && possessive(text, e) && !determinerBefore(text, s, ps, pe)) {
            int n = skipBlanks(text, e + 2);
            int ne = lettersEnd(text, n);
            if (ne > n && WordSet.containsLower(RELATION_ADJECTIVES, text, n, ne)) {
                n = skipBlanks(text, ne); // "Miles's new wife", "Grace's older brother" (round 21b)
                ne = lettersEnd(text, n);
            }
            if (ne > n && ((lex.get(text, n, ne) & (KIN | TITLE)) != 0 || ProperNounContext.personalThing(text, n, ne))) {
                slot = 3; // "honor's mom", "Georgia's place"
            }
        }
        if (slot == 0 && besidePerson(text, s, e) && !determinerBefore(text, s, ps, pe) && !cited(text, e)) {
            slot = 4; // "me and gene", "sage and marina picked me up"
        }
        if (slot == 0 && !upper && clauseStart(text, s, ps, pe) && personActAfter(text, e)) {
            slot = 5; // "lol bill said", "rocky picked me up"
        }
        if (slot == 0 && (apposition(text, s, e) || relationInParentheses(text, e))) {
            slot = 6; // "Gene, her sponsor,", "her sponsor, Hope, called", "Washington (client's stepfather)"
        }
        if (slot == 0 && PersonPredicates.startOfClause(text, s) && relationThenVerb(text, e)) {
            slot = 12; // "Max my ex keeps showing up", "Jun my boyfriend says": an apposition with no commas
        }
        if (slot == 0 && startOfSentence(text, s) && (addressed(text, e) || introducedAsRelation(text, e))) {
            slot = 7; // "pearl can u call me", "Prudence pls call back", "bean is my po now"
        }
        if (slot == 0 && adjacentPrev && askedAbout(text, e, ps, pe)) {
            slot = 8; // "did pansy call u", "has rex texted"
        }
        if (slot == 0 && adjacentPrev && predicates.toVerbBefore(text, ps, pe) && objectEnds(text, e)) {
            slot = 9; // "talked to april about", "apologized to will"
        }
        if (slot == 0 && (upper || listedName) && PersonPredicates.startOfClause(text, s)
                && !determinerBefore(text, s, ps, pe) && predicates.predicateAfter(text, e)) {
            slot = 10; // "Major threatened her", "Summer is the only one who", "Rose from church checks on me"
        }
        if (!upper && (slot == 5 || slot == 10) && NotIdentifiers.feelingOrValue(lower(text, s, e))
                && !genderedPronounTakesUp(text, s, e)) {
            return false; // "faith helped me get through": in lower case a value acts as one unless "she" takes it up
        }
        if (slot == 0 && listedName && predicates.doubled(text, s, e)) {
            slot = 11; // "ray ray came by"
        }
        if (slot == 0 && introducesSelf(text, s, e)) {
            slot = 13; // "my name is luis", "Hi, it's May, returning your call", "this is June from billing"
        }
        if (slot == 0 && upper && addressedByName(text, s, e)) {
            slot = 14; // "Grace, I can't make Thursday", "Thanks Summer, see you", "Miles, call me back"
        }
        if (slot == 0 && upper && !listedName && startOfSentence(text, s) && ownRelationBeforeVerb(text, e)) {
            slot = 16; // "Bug and his sister are staying with us" (round 38): the relation is the word's own
        }
        if (slot == 0 && upper && startOfSentence(text, s) && askedToReachWriter(text, e)) {
            slot = 15; // "Moose, call me back", "Tank, its me, pick up" (round 38): a vocative, whatever word it is
        }
        if (upper && (slot == 0 || slot == 10) && PersonPredicates.startOfClause(text, s)
                && !determinerBefore(text, s, ps, pe) && predicates.onlyAPersonAfter(text, e)
                && nicknameActs(text, s, e, f == 0 ? lex.get(text, s, e) : f)) {
            return true; // "Pickle was the one who drove me", "Biscuit keeps texting me": the predicate vouches
        }
        // a clause's start after the reporting verb is slot 10 too: the reported act decides it either way
        if ((slot == 0 || slot == 10) && upper && (adjacentPrev && WordSet.containsLower(REPORTING, text, ps, pe)
                || adjacentPrev && wordIs(text, ps, "that") && reportingBefore(text, ps))
                && reportedAct(text, s, e)) {
            // "Client reports Charisma punched the wall" (round 23): the subject of a reported act on someone
            return !antecedentExcluded(f == 0 ? lex.get(text, s, e) : f, lower(text, s, e));
        }
        if (slot == 0 && (upper || WordSet.containsLower(WELL_GIVEN_NAMES, text, s, e))
                && (subjectOfAct(text, s, e, ps, pe) || adjacentPrev && objectOfRegard(text, ps, pe, e))) {
            // "Faith lied to the caseworker about where she was staying", "i miss faith so much since she left"
            // (round 23): a name that is also a word in a subject or object slot, taken up by "she" or "he" after it
            return antecedentOfPronoun(text, s, e, f == 0 ? lex.get(text, s, e) : f);
        }
        if (slot == 0) {
            return false;
        }
        if (f == 0) {
            f = lex.get(text, s, e); // most lowercase words were not looked up: only those in a slot are
        }
        if (upper && slot == 10 && (f & (WEEKDAY | MONTH)) != 0 && (f & ROLE_WORDS & ~WEEKDAY) == 0
                && predicates.speechAfter(text, e)) {
            return true; // "Tuesday says hi", "April texted me": a day or a month does not speak
        }
        if (upper && slot == 4 && (f & ROLE_WORDS) == 0 && pairSubject(text, s, e)) {
            return true; // "Lei and her sister came": the pair is the subject, whatever lists know the name
        }
        if (slot == 14) {
            // the address is the evidence only for a word that stands as a name at least as much as a word
            String w = lower(text, s, e);
            if ((f & (ROLE_WORDS | MONTH | STATE)) == 0 && !OATHS.contains(w)
                    && (WELL_GIVEN_NAMES.contains(w) || listedName && !english.isCommonWord(text, s, e))) {
                return true;
            }
            return askedToReachWriter(text, e) && calledByName(w, f); // "Moose, call me back" (round 38)
        }
        if (slot == 15) {
            return calledByName(lower(text, s, e), f);
        }
        if (slot == 16) {
            // a feeling, a value, a setting or an office has no sister ("Work and her kids are a lot": the client's)
            String w = lower(text, s, e);
            return (f & (ROLE_WORDS | MONTH | STATE | Lexicon.STOP | CLINICAL | Lexicon.PUBLIC | TITLE)) == 0
                    && !NotIdentifiers.feelingOrValue(w) && !NotIdentifiers.department(w) && !OATHS.contains(w)
                    && !FORMS_OF_ADDRESS.contains(w);
        }
        if (upper && slot == 12 && !listedName && english.isCommonWord(text, s, e)) {
            return false; // "Hey my sister wants to come": a word English knows needs a name list to be a name
        }
        if (slot == 13 && (f & (ROLE_WORDS & ~AUX | TITLE)) == 0) {
            // a caller naming themselves: the introduction is the evidence, and a month or a word is a name there
            // ("it's May, returning your call"); days, relations and roles stay ("it's Monday again", "this is mom")
            return upper || listedName && introducedByName(text, s);
        }
        if (upper && (slot == 3 || slot == 6 || slot == 7 || slot == 12)) {
            // a capitalized word a relation names ("Chief, her cousin,", "Miles is my best friend", "Bishop's mom"):
            // the relation is the evidence, so no given-name list is needed and only role words stay words
            return (f & ROLE_WORDS) == 0;
        }
        if (!listedName) {
            return false;
        }
        // a slot no verb can fill lets a name that is also a verb or an auxiliary through: "texted will and",
        // "me and drew got into it" (a contact verb takes no verb as its object; "me and" takes no verb before a verb)
        long never = slot == 2 || slot == 9 || slot == 4 && verbAfterPair(text, s, e)
                ? NEVER & ~(AUX | HUMAN_VERB | SPEECH_VERB) : NEVER;
        if (slot == 2 || slot == 9) {
            never &= ~UNIT_OF_MEASURE; // "met miles at the park": a unit with no number is no verb's object (round 22)
        }
        if ((f & never) != 0 || !givenName(text, s, e, f)) {
            return false;
        }
        if (!upper && (f & CLINICAL) != 0 && ((f & FIRST) == 0 || slot == 2 || slot == 5 || slot >= 9)) {
            return false; // "major", "panic": clinical words in lower case are words unless a relation names them
        }
        return slot != 2 || (f & STATE) == 0 || !visitBefore(text, ps, pe); // "visited georgia": a state
    }

    /** Verbs whose object is a person one feels or judges: they take things too, so a pronoun must confirm. */
    private static final Set<String> REGARD_VERBS = WordSet.of("miss", "missed", "missing", "trust", "trusted",
            "blame", "blames", "blamed", "forgive", "forgave", "forgiven", "love", "loved", "hate", "hated", "saw", "see",
            "visited", "visit", "helped", "help", "believe", "believed", "like", "liked", "met", "called", "texted",
            "asked", "told", "hugged", "left", "married", "dated", "defended", "protected", "followed");
    /** What may follow an object that ends its noun phrase: adverbs and clause links ("miss faith so much since"). */
    private static final Set<String> AFTER_REGARDED = WordSet.of("so", "more", "when", "since", "because", "but",
            "and", "after", "before", "too", "anymore", "even", "still", "already", "for", "about", "to", "at", "with",
            "though", "cause", "cuz", "now", "again", "a", "the", "if", "that");
    /** Third-person pronouns that only a person (or a named animal, which the sentence names) takes up. */
    private static final Set<String> GENDERED = WordSet.of("she", "he", "her", "him", "his", "hers", "herself",
            "himself", "shes", "hes", "she's", "he's", "she'd", "he'd", "she'll", "he'll");
    /**
     * The forms of those that take the word up as the one who acts or owns: a subject, "his", a reflexive. "him" and
     * "her" may be someone the word acts on ("Honesty mattered to him"), so they take nothing up.
     */
    private static final Set<String> TAKES_UP = WordSet.of("she", "he", "his", "hers", "herself", "himself", "shes",
            "hes", "she's", "he's", "she'd", "he'd", "she'll", "he'll");
    /** Pronouns that take up a thing or a group: the first of these after the word makes it no person. */
    private static final Set<String> NOT_A_PERSON_PRONOUN = WordSet.of("it", "its", "it's", "they", "them", "their");

    /** The word opens a clause and a verb of someone's act follows it: "Faith lied", "Storm showed up". */
    private boolean subjectOfAct(String text, int s, int e, int ps, int pe) {
        if (!PersonPredicates.startOfClause(text, s) || determinerBefore(text, s, ps, pe)) {
            return false;
        }
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne - n < 2) {
            return false;
        }
        long nf = lex.get(text, n, ne);
        // a copula or an auxiliary says how a month or a season was ("May was hard"): a verb of an act is wanted
        if ((nf & AUX) != 0 || !verbAt(text, n)) {
            return false;
        }
        if (!NotIdentifiers.feelingOrValue(lower(text, s, e))) {
            return true;
        }
        // a value or a feeling does things too ("Hope faded when he drank"): as a person it acts on someone, so the
        // verb must reach a person ("Faith lied to the caseworker", "Mercy borrowed my car")
        int o = skipBlanks(text, ne);
        int oe = lettersEnd(text, o);
        return o > ne && oe > o && WordSet.containsLower(ACTED_ON, text, o, oe);
    }

    /** What follows a verb that reaches a person: a person's pronoun or possessive, or "to", "at", "about". */
    private static final Set<String> ACTED_ON = WordSet.of("me", "my", "us", "our", "him", "his", "her", "them",
            "their", "you", "your", "to", "at", "about");

    /** A verb of contact or regard stands right before the word and the word ends its noun phrase. */
    private boolean objectOfRegard(String text, int ps, int pe, int e) {
        if (!WordSet.containsLower(REGARD_VERBS, text, ps, pe) || possessive(text, e)) {
            return false;
        }
        if (objectEnds(text, e)) {
            return true;
        }
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        return n > e && ne > n && WordSet.containsLower(AFTER_REGARDED, text, n, ne);
    }

    /**
     * The word is a person because "she" or "he" takes it up after it, in its sentence or the next (round 23). The
     * pronoun is the evidence a word that is also a name lacks; it is not evidence when such a pronoun already stands
     * before the word in its sentence ("she handled it with grace and I was proud of her"), when "it" or "they" comes
     * first, or when the sentence names an animal. Roles, places, months, stores, teams, public and fiction names stay.
     */
    private boolean antecedentOfPronoun(String text, int s, int e, long f) {
        return !antecedentExcluded(f, lower(text, s, e)) && genderedPronounTakesUp(text, s, e);
    }

    /** Roles, places, months, stores, teams, public and fiction names, oaths, pronouns and words no SSA file gives. */
    private static boolean antecedentExcluded(long f, String w) {
        return (f & (ROLE_WORDS | MONTH | STATE | TITLE | Lexicon.STORE | Lexicon.TEAM | Lexicon.PUBLIC | Lexicon.EPONYM
                | Lexicon.HOLIDAY | Lexicon.CITY | Lexicon.EMPLOYER | UNIT_OF_MEASURE | SLANG)) != 0
                || OATHS.contains(w) || NOT_A_NICKNAME.contains(w) || !anySsaName(w);
    }

    /** Verbs that report what someone did: the clause after them has its own subject ("Client reports X punched"). */
    private static final Set<String> REPORTING = WordSet.of("reports", "reported", "reporting", "states", "stated",
            "says", "said", "shared", "disclosed", "admits", "admitted", "mentioned", "explained", "denies", "learned");
    /** "Client reports that Justice texted her" (round 27): a verb of reporting right before the "that". */
    private boolean reportingBefore(String text, int thatStart) {
        int p = prevWordStart(text, thatStart);
        return p >= 0 && WordSet.containsLower(REPORTING, text, p, lettersEnd(text, p));
    }

    /** What a verb of an act on something is followed by: its object's determiner, a person, or a particle. */
    private static final Set<String> ACT_OBJECT = WordSet.of("the", "a", "an", "me", "my", "us", "our", "him", "his",
            "her", "them", "their", "you", "your", "out", "up", "off", "to", "at");

    /**
     * A verb of someone's act follows the word: one only a person does ("said", "yelled"), or a past verb with its
     * object or particle ("punched the wall", "dropped out", "moved out"). A value or a feeling needs the verb only a
     * person does. "was", "got" and the other auxiliaries say how things were.
     */
    private boolean reportedAct(String text, int s, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne - n < 3) {
            return false;
        }
        long nf = lex.get(text, n, ne);
        if ((nf & AUX) != 0) {
            return false;
        }
        int o = skipBlanks(text, ne);
        int oe = lettersEnd(text, o);
        boolean object = o > ne && oe > o && WordSet.containsLower(ACT_OBJECT, text, o, oe);
        if ((nf & HUMAN_VERB) != 0) {
            return true;
        }
        // "Client said Hope helped her through": a value or a feeling helps and keeps too, so only a person's verb
        return !NotIdentifiers.feelingOrValue(lower(text, s, e)) || object && ((nf & SPEECH_VERB) != 0 || lower(text, n, ne).endsWith("ed"));
    }

    /**
     * After the word, "she", "he" or "his" takes it up before any "it" or "they"; no gendered pronoun stands before it
     * in its sentence, and the sentence names no animal.
     */
    private boolean genderedPronounTakesUp(String text, int s, int e) {
        int start = s;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        boolean secondSentence = false;
        int i = start;
        boolean found = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (i >= e && (c == '.' || c == '!' || c == '?' || c == '\n')) {
                    if (secondSentence || found) {
                        break;
                    }
                    secondSentence = true;
                }
                i++;
                continue;
            }
            int we = i;
            while (we < text.length() && (Character.isLetter(text.charAt(we)) || text.charAt(we) == '\'')) {
                we++;
            }
            String t = text.substring(i, we).toLowerCase(java.util.Locale.ROOT);
            if ((lex.get(text, i, lettersEnd(text, i)) & Lexicon.PET) != 0 || NotIdentifiers.petWord(t)) {
                return false; // "our cat Jack got out and he ran": the sentence names an animal
            }
            if (i < s && GENDERED.contains(t)) {
                return false;
            }
            if (i >= e && !found) {
                if (NOT_A_PERSON_PRONOUN.contains(t)) {
                    return false;
                }
                if (TAKES_UP.contains(t)) {
                    found = true;
                }
            }
            i = we;
        }
        return found;
    }

    /**
     * A capitalized word no given-name list holds opening a clause whose predicate only a person takes (round 22b):
     * a nickname that is an everyday word ("Pickle", "Brick") or a clipping no list has. The predicate is the
     * evidence, so it must be the strict one ({@link PersonPredicates#onlyAPersonAfter}); relations, roles, pets,
     * months, states, stores, teams, public and clinical words, oaths ("God is the only one who") and pronouns and
     * determiners ("She keeps texting me", "Everyone was the one who"), offices and departments ("Billing keeps calling
     * me") stay words.
     */
    private static boolean nicknameActs(String text, int s, int e, long f) {
        if ((f & (ROLE_WORDS | MONTH | STATE | TITLE | CLINICAL | Lexicon.STORE | Lexicon.TEAM | Lexicon.PUBLIC
                | Lexicon.EPONYM | Lexicon.HOLIDAY | Lexicon.CITY | Lexicon.EMPLOYER | Lexicon.UNIT_OF_MEASURE | SLANG)) != 0) {
            return false;
        }
        String w = lower(text, s, e);
        if (OATHS.contains(w) || NOT_A_NICKNAME.contains(w) || NotIdentifiers.feelingOrValue(w) || abstractNoun(w)) {
            return false; // "God is the only one who", "She keeps texting me", "Anxiety keeps telling me"
        }
        if (NotIdentifiers.department(w) || w.length() > 5 && w.endsWith("ing")) {
            return false; // "Billing keeps calling me", "Intake is the one who decides", "Scheduling keeps asking"
        }
        return true;
    }

    /** Suffixes of abstract nouns ("Loneliness", "Procrastination"): a quality spoken of as a person is no nickname. */
    private static boolean abstractNoun(String w) {
        return w.length() > 6 && (w.endsWith("ness") || w.endsWith("ity") || w.endsWith("ment") || w.endsWith("tion")
                || w.endsWith("sion") || w.endsWith("ance") || w.endsWith("ence") || w.endsWith("ism")
                || w.endsWith("ship") || w.endsWith("dom"));
    }

    /**
     * A lower-case word on no short name list in a slot only a person fills (round 21): the subject of a person's verb
     * at a clause's start ("deb said", "so lil texted me"), the object of a verb of contact or of talking to someone
     * ("texted deb", "talked to lil about"), or the client's partner in a pair before a verb ("me and lil went"). The
     * verb is the evidence, so the word needs only to be, as an object, a given name of the whole SSA list (300 births
     * or more, not only the most frequent), or no everyday English word (a name English knows only with a capital, "val", or a
     * word it does not know, "tink"); roles, relations, clinical words, months and states stay words.
     */
    private boolean lowerNameVouchedByVerb(String text, int s, int e, int ps, int pe, long pf, boolean adjacentPrev) {
        boolean object = adjacentPrev && (pf & CONTACT) != 0 && objectEnds(text, ps, pe, e) && contactBefore(text, ps, pe, 0)
                || adjacentPrev && predicates.toVerbBefore(text, ps, pe) && objectEnds(text, e);
        if (!object && !(clauseStart(text, s, ps, pe) && personActAfter(text, e)
                || besidePerson(text, s, e) && !determinerBefore(text, s, ps, pe) && verbAfterPair(text, s, e))) {
            return false;
        }
        long f = lex.get(text, s, e);
        if ((f & (NEVER | ROLE_WORDS | CLINICAL | TITLE | MONTH | STATE)) != 0) {
            return false;
        }
        // an everyday word that is also a given name is a person only as the object ("told deb i"): as a subject an
        // abstract noun acts too ("so karma hit me")
        return object && WordSet.containsLower(ALL_SSA_NAMES, text, s, e)
                || (f & Lexicon.STOP) == 0 && !english.isCommonWord(text, s, e);
    }

    /**
     * A word of one or two letters as a person: a capital initial where only a person stands ("talked to J about",
     * "texted K", "J said"), or a nickname after "lil" or "big" ("lil mo got locked up"). "I", "A" and "U" stay words.
     */
    private boolean shortName(String text, int s, int e, int ps, int pe, long pf) {
        boolean adjacentPrev = ps >= 0 && pe == s - 1;
        if (adjacentPrev && predicates.nicknameAfterOpener(text, ps, pe)) {
            // two letters after the opener are a nickname ("lil mo", "big al") unless a function word ("big on")
            return predicates.shapedNameAfter(text, e)
                    && (lex.get(text, s, e) & (Lexicon.STOP | AUX | PERSON_NOUN | COLLECTIVE)) == 0;
        }
        char c = text.charAt(s);
        if (e - s == 2 && Character.isLowerCase(c) && (clauseStart(text, s, ps, pe) && personActAfter(text, e)
                || halfOfPairBeforeVerb(text, s, e))) {
            // "jo said", "me and al went", "jo and al came by" (round 21): a two-letter given name the verb vouches
            // for, no everyday English word
            String w = lower(text, s, e);
            if (ALL_SSA_NAMES.contains(w) && !english.isCommonWord(text, s, e)
                    && (lex.get(text, s, e) & (Lexicon.STOP | AUX | ROLE_WORDS | TITLE | SLANG)) == 0) {
                return true;
            }
        }
        if (e - s == 2 && personSlotOfTwoLetters(text, s, e, ps, pe, pf)) {
            return true;
        }
        if (e - s == 1 && adjacentPrev && (pf & KIN) != 0 && Character.isUpperCase(c)
                && c != 'I' && c != 'A' && c != 'U' && c != 'O') {
            return true; // "my husband R. doesnt know", "her son J": a relation names the person by an initial
        }
        if (e - s == 1 && ps >= 0 && (pf & TITLE) != 0 && (pe == s - 1 && c != 'a' && c != 'i' && c != 'u'
                || pe + 2 == s && text.charAt(pe) == '.')) {
            return true; // "mr. a from the front office", "coach r benched him", "Dr. D wants labs"
        }
        if (e - s != 1 || !Character.isUpperCase(c) || c == 'I' || c == 'A' || c == 'U' || c == 'O') {
            return false;
        }
        if (adjacentPrev && objectEnds(text, e)
                && ((pf & CONTACT) != 0 && contactBefore(text, ps, pe, 0) || predicates.toVerbBefore(text, ps, pe))) {
            return true;
        }
        return PersonPredicates.startOfClause(text, s) && predicates.speechAfter(text, e);
    }

    /**
     * A word of two letters standing where only a person stands (round 27): the subject of a verb only a person does
     * at a clause's start ("Al said", "Ed picked up my shift"), one of a pair before a verb ("Vi and I are", "me and
     * ty argued"), right after a relation ("my sister jo"), or the object of a verb of contact ("called Deb", "texted
     * Bo"). The slot is the evidence, so the word is a person by default, in lower case or with a capital; what the
     * slot's grammar still admits stays a word: pronouns, determiners and other function words ("we said", "so I
     * went"), auxiliaries, relations, roles, titles, units, public names, and abbreviations in capitals ("PT said",
     * "OT called"). A lower-case word must also be a given name or no everyday English word.
     */
    /**
     * Two-letter words of speech that stand where a name stands: hesitations and exclamations ("mom uh she", "oh
     * said"), pronouns written without their apostrophe ("Im calling", "Id called") and chat shorthand ("ur mom").
     */
    private static final Set<String> SPOKEN_FILLERS = WordSet.of("uh", "um", "er", "eh", "ah", "oh", "hm", "mm",
            "ok", "ya", "yo", "ha", "im", "id", "ur", "hi", "np", "jk", "bc", "rn", "tf", "wt", "bf", "gf");

    private boolean personSlotOfTwoLetters(String text, int s, int e, int ps, int pe, long pf) {
        char first = text.charAt(s);
        if (!Character.isLetter(first) || !Character.isLowerCase(text.charAt(s + 1))) {
            return false; // "PT", "OT", "ER": an abbreviation in capitals is a role or a place
        }
        boolean adjacentPrev = ps >= 0 && pe == s - 1;
        boolean strong = halfOfPairBeforeVerb(text, s, e) || verbAfterPair(text, s, e)
                || adjacentPrev && (pf & KIN) != 0 && (predicateAfter(text, e) || relationEnds(text, e))
                || adjacentPrev && (pf & CONTACT) != 0 && objectEnds(text, ps, pe, e) && contactBefore(text, ps, pe, 0);
        boolean subject = !strong && (Character.isUpperCase(first) ? PersonPredicates.startOfClause(text, s)
                && !determinerBefore(text, s, ps, pe) : clauseStart(text, s, ps, pe)) && personActAfter(text, e);
        if (!strong && !subject) {
            return false;
        }
        String w = lower(text, s, e);
        long f = lex.get(text, s, e);
        // a state's postal code is no reading here: a state does not say or text ("Al said", "me and Ga went")
        if ((f & (Lexicon.STOP | AUX | ROLE_WORDS | TITLE | UNIT_OF_MEASURE | Lexicon.PUBLIC
                | Lexicon.STORE | Lexicon.TEAM)) != 0 || NOT_A_NICKNAME.contains(w) || SUBJECT_PRONOUNS.contains(w)
                || OBJECT_PRONOUNS.contains(w) || DETERMINERS.contains(w) || OATHS.contains(w)
                || SPOKEN_FILLERS.contains(w)) {
            return false;
        }
        // with a capital the slot vouches for any such word ("Ed said", "Bo texted me"); in lower case the word must
        // be a given name of the SSA files or no everyday English word ("me and ty argued"; not "the kids go back")
        return Character.isUpperCase(first) || ALL_SSA_NAMES.contains(w) || !english.isCommonWord(text, s, e);
    }

    /**
     * Verbs only a person is the subject of (round 28): the inflected forms of the verbs of communication, emotion
     * and cognition (WordNet's lexicographer classes verb.communication, verb.emotion and verb.cognition) whose frames
     * take a person as the one who acts ("Somebody ----s"). Forms a thing or a season takes too are left out ("feels",
     * "lies", "wants", "shows", "seems"): the verb is the evidence, so only a verb a drug, a show or a season cannot do
     * counts.
     */
    private static final Set<String> PEOPLE_ONLY_VERBS = WordSet.of("said", "says", "told", "tells", "texted", "texts",
            "messaged", "emailed", "asked", "asks", "replied", "replies", "answered", "admitted", "admits", "apologized",
            "apologizes", "complained", "complains", "confessed", "confesses", "promised", "promises", "insisted",
            "insists", "explained", "explains", "argued", "argues", "begged", "begs", "lied", "swore", "swears",
            "yelled", "yells", "screamed", "screams", "shouted", "shouts", "whispered", "whispers", "cried", "cries",
            "sobbed", "laughed", "laughs", "joked", "jokes", "bragged", "brags", "gossiped", "mentioned", "mentions",
            "announced", "announces", "threatened", "threatens", "accused", "accuses", "blamed", "blames", "denied",
            "denies", "agreed", "agrees", "refused", "refuses", "prayed", "prays", "decided", "decides", "regrets",
            "regretted", "worries", "worried", "believes", "believed", "thinks", "thought", "knows", "knew", "forgave",
            "forgives", "realized", "realizes", "pretended", "pretends", "wished", "hoped", "hopes", "doubts",
            "trusts", "trusted", "forgot", "remembered", "remembers", "understood", "understands", "panicked",
            "hugged", "kissed", "apologised", "realised", "wondered", "wonders", "admired", "envies", "envied",
            "resents", "resented", "loves", "loved", "hates", "hated", "misses", "missed", "adores", "adored");
    /**
     * After "is" or "was", words only a person's state takes: "being" (behaving: "hunter is being weird"), and
     * states of a person's body, mood, record or attendance ("absent", "tearful", "pregnant", "arrested"). Not
     * "late", "high", "gone" or "back", which a season, a price or a month takes too.
     */
    private static final Set<String> PEOPLE_ONLY_STATES = WordSet.of("being", "absent", "tearful", "sober", "drunk",
            "pregnant", "arrested", "incarcerated", "hospitalized", "discharged", "suspended", "expelled", "grounded",
            "fired", "furious", "jealous", "ashamed", "homesick", "heartbroken", "sobbing", "crying", "screaming",
            "yelling", "lying");
    /** Their "-ing" forms after an aspect verb: "harmony keeps saying", "Rae kept texting me". */
    private static final Set<String> PEOPLE_ONLY_ING = WordSet.of("saying", "telling", "texting", "messaging",
            "asking", "complaining", "lying", "yelling", "screaming", "crying", "apologizing", "begging", "threatening",
            "blaming", "denying", "insisting", "bragging", "joking", "calling", "praying", "worrying");
    /** Words between the subject and its verb: an aspect or an adverb of time ("keeps saying", "finally admitted"). */
    private static final Set<String> ASPECT = WordSet.of("keeps", "kept", "finally", "just", "never", "always", "still",
            "also", "even", "then", "already", "literally", "basically", "actually");
    /**
     * Forms of address and role nicknames the SSA files also hold ("doc said", "babe texted", "sir told me"): a way of
     * speaking to or of someone, not a name.
     */
    private static final Set<String> FORMS_OF_ADDRESS = WordSet.of("doc", "sir", "babe", "bae", "madam", "maam",
            "boss", "chief", "captain", "cap", "sarge", "pops", "mama", "papa", "sis", "cuz", "hun", "hon", "dear",
            "darling", "sweetie", "kiddo", "ma", "pa", "nana", "granny", "buddy", "pal", "mister", "miss", "missus",
            "coach", "doctor", "nurse", "officer", "deputy", "judge", "pastor", "father", "sister", "brother", "mother");
    /** A noun of a disease or a model after an eponym's possessive: "Addison's disease", "Crohn's flare". */
    private static final Set<String> EPONYM_NOUNS = WordSet.of("disease", "syndrome", "disorder", "palsy", "flare",
            "flares", "model", "scale", "inventory", "test", "sign", "law", "phenomenon", "ulcer", "anomaly", "hierarchy",
            "pyramid", "theory", "method", "triad", "sarcoma", "lymphoma", "chorea", "dementia", "thyroiditis");

    /**
     * A given name in a slot only people fill, whatever its other readings (round 28): a word of the SSA list that is
     * also an English word, a drug brand, a character, an eponym, a place or a month is a person where the sentence
     * makes it one: the subject of a verb only a person does ({@link #PEOPLE_ONLY_VERBS}) at a clause's start, right
     * after a relation before its predicate, one of a pair before a verb ("Mulan and I go"), the object of a verb of
     * contact. The other reading's own slot is never one of these (a drug is taken, a show watched, a disease has its
     * noun), so where one shows ("an Allegra", "Addison's disease", "visited Austin") the word stays a word; function
     * words, auxiliaries before anything but such a verb, relations and roles, titles, weekdays, units, stores and
     * teams stay words by class. Asked only of words a bloom filter of the SSA list admits.
     */
    boolean personWhateverElse(String text, int s, int e, int hash, int ps, int pe, long pf) {
        if (e - s < 2 || !WordTable.mayContain(allNames, plainHash(text, s, e, hash)) || !Character.isLetter(text.charAt(s))
                || !Character.isLowerCase(text.charAt(s + 1))) {
            return false; // "OT", "ER": capitals are abbreviations
        }
        boolean adjacentPrev = ps >= 0 && pe == s - 1;
        int slot = 0;
        if (adjacentPrev && (pf & KIN) != 0 && (predicateAfter(text, e) || relationEnds(text, e))) {
            slot = 2; // "my niece allegra is staying"
        } else if (adjacentPrev && (pf & CONTACT) != 0 && objectEnds(text, ps, pe, e) && contactBefore(text, ps, pe, 0)) {
            slot = 4; // "messaged Gale but"
        } else if (!determinerBefore(text, s, ps, pe) && verbAfterPair(text, s, e)) {
            slot = 3; // "Bill and I decided", "me and lane are": the client's pair ("jack and coke was" is a drink)
        } else if (!determinerBefore(text, s, ps, pe) && (PersonPredicates.startOfClause(text, s)
                || clauseStart(text, s, ps, pe)) && peopleOnlyVerbAfter(text, e)) {
            slot = 1; // "Coco decided", "harmony keeps saying", "will decided"
        } else if (Character.isUpperCase(text.charAt(s)) && !determinerBefore(text, s, ps, pe)
                && (memberOfPeopleList(text, s, e) || PersonPredicates.startOfClause(text, s)
                        && (pairWithRelationBeforeVerb(text, e) || ageAfterCopula(text, e)))) {
            slot = 5; // "Hope, Dawn, and her sponsor", "Honey and the baby are", "Sky is 14" (round 34)
        } else if (Character.isLowerCase(text.charAt(s)) && pairWithRelationBeforeVerb(text, e)
                && !wordIs(text, skipBlanks(text, skipBlanks(text, e) + 3), "the") && clauseStart(text, s, ps, pe)) {
            slot = 5; // "rusty and his dad are coming": a possessed relation beside it, in a client's lower case
        } else if ((pf & KIN) == 0 && finiteVerbAfter(text, e) && !determinerBefore(text, s, ps, pe)
                && (PersonPredicates.startOfClause(text, s) || clauseStart(text, s, ps, pe))) {
            slot = 6; // "lol will is being so weird": a modal before a finite verb is no modal (round 34)
        } else if (Character.isUpperCase(text.charAt(s)) && !determinerBefore(text, s, ps, pe)
                && relationAfterPossessive(text, e)) {
            slot = 7; // "Chevy's mom dropped him off" (round 38): only a person has a mom, whatever brand it names
        }
        if (slot == 0) {
            return false;
        }
        String w = lower(text, s, e);
        if (!ALL_SSA_NAMES.contains(w) || OATHS.contains(w) || NOT_A_NICKNAME.contains(w) || SUBJECT_PRONOUNS.contains(w)
                || OBJECT_PRONOUNS.contains(w) || DETERMINERS.contains(w) || SPOKEN_FILLERS.contains(w)
                || FORMS_OF_ADDRESS.contains(w)) {
            return false;
        }
        if (Character.isLowerCase(text.charAt(s)) && !SSA_NAMES.contains(w) && english.isCommonWord(text, s, e)) {
            return false; // "her mom read": in lower case a word English knows is a name only if the name is a frequent one
        }
        long f = lex.get(text, s, e);
        if (Character.isLowerCase(text.charAt(s)) && (f & CLINICAL) != 0 && slot != 2 && slot != 3
                && english.isCommonWord(text, s, e)) {
            return false; // "major said": a clinical word English writes in lower case is one unless a relation names it
        }
        long never = Lexicon.STOP | ROLE_WORDS | TITLE | UNIT_OF_MEASURE | SLANG | Lexicon.STORE | Lexicon.TEAM
                | SPEECH_VERB | HUMAN_VERB | CONTACT;
        if (slot == 1) {
            never &= ~(AUX | Lexicon.STOP | SPEECH_VERB); // "will decided", "may says": no auxiliary before such a verb
        } else if (slot == 5 || slot == 3) {
            // a given name English also knows, in a list of people or the client's pair: "Hope, Dawn, and her
            // sponsor", "me n hunter broke up" (round 34)
            never &= ~Lexicon.STOP;
        } else if (slot == 6) {
            if ((f & AUX) == 0) {
                return false; // only a modal's reading is ruled out by the verb after it
            }
            never &= ~(AUX | Lexicon.STOP);
        }
        if (slot != 1) {
            never |= MONTH; // a month is a person only as the one who speaks or decides ("April decided")
        }
        if (slot == 4 && (visitBefore(text, ps, pe) || (f & (STATE | Lexicon.CITY)) != 0)) {
            return false; // "visited France", "called Georgia": a visit takes a place, and a place may be called
        }
        if (slot == 1 && (f & (CLINICAL | Lexicon.PUBLIC | Lexicon.EMPLOYER)) != 0
                && SentenceSlots.INSTITUTION_ACTS.contains(lower(text, skipBlanks(text, e), lettersEnd(text, skipBlanks(text, e))))
                && !genderedPronounTakesUp(text, s, e)) {
            // "Asia said she doesn't want to go back" (round 38): "she" takes the word up, and no institution is "she"
            return false; // "Kaiser denied the stay": a word with a public reading may be an institution, which acts so too
        }
        if ((f & never) != 0 || (f & Lexicon.STOP) != 0 && (f & FIRST) == 0 && slot == 1 && (f & AUX) == 0) {
            return false;
        }
        // the other reading's own slot: an eponym before its disease ("Addison's disease"), a dose after a drug
        if (text.startsWith("'s", e) || text.startsWith("\u2019s", e) || text.startsWith("' ", e)) {
            int n = skipBlanks(text, e + (text.charAt(e + 1) == 's' ? 2 : 1));
            int ne = lettersEnd(text, n);
            if (ne > n && WordSet.containsLower(EPONYM_NOUNS, text, n, ne)) {
                return false;
            }
        }
        if (ps >= 0 && Character.isDigit(text.charAt(ps))) {
            return false; // "10 mg of", "2 Allegra": a count is a dose
        }
        // in lower case a value or a feeling speaks only as a person ("joy told her teacher"); as the one who hopes or
        // loves it is a figure of speech unless "she" or "he" takes it up
        return Character.isUpperCase(text.charAt(s)) || slot != 1 || !NotIdentifiers.feelingOrValue(w)
                || speechVerbAfter(text, e) || genderedPronounTakesUp(text, s, e);
    }

    /**
     * The capitalized word at {@code [s, e)} is one member of a list written with commas ("Hope, Dawn, and her
     * sponsor", "Mom, Bill, and I") in which another member is a person by its words: a relation after a possessive
     * or an article ("her sponsor", "the baby"), a relation written as a name ("Mom"), or "I" / "me". Every member is
     * one word, so a list of things ("hope, faith and a plan") has no person in it and a month's list has none either;
     * the last member comes after "and" or "or", and a member already replaced counts as a member, not as a person.
     */
    private boolean memberOfPeopleList(String text, int s, int e) {
        if (!(e < text.length() && text.charAt(e) == ',' || listJoinBefore(text, s))) {
            return false;
        }
        // read back to the list's first member, then forward over its members
        int start = s;
        for (int guard = 0; guard < 8; guard++) {
            int p = start - 1;
            while (p >= 0 && text.charAt(p) == ' ') {
                p--;
            }
            if (p < 0 || text.charAt(p) != ',') {
                break;
            }
            int q = p;
            while (q > 0 && text.charAt(q - 1) == ' ') {
                q--;
            }
            int ws = q;
            if (ws > 0 && text.charAt(ws - 1) == ']') {
                ws = text.lastIndexOf('[', ws - 1); // a member the guard already replaced: "[PERSON_1]"
                if (ws < 0) {
                    return false;
                }
            }
            while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
                ws--;
            }
            if (ws == q) {
                return false;
            }
            start = ws;
        }
        int k = start;
        int members = 0;
        boolean person = relationIntroduces(text, start);
        boolean joined = false;
        int replaced = 0;
        for (int guard = 0; guard < 10; guard++) {
            int ws = skipBlanks(text, k);
            int we = lettersEnd(text, ws);
            if (wordIs(text, ws, "and") || wordIs(text, ws, "or")) {
                joined = true;
                ws = skipBlanks(text, we);
                we = lettersEnd(text, ws);
            }
            if (ws < text.length() && text.charAt(ws) == '[') {
                // a member the guard's pass already replaced is a person when its placeholder says so
                int close = text.indexOf(']', ws);
                if (close < 0 || !(text.startsWith("[PERSON_", ws) || text.startsWith("[NAME_", ws))) {
                    return false;
                }
                members++; // a member, but no evidence: "[PERSON_1], Australia" is a place's apposition
                replaced++;
                k = skipBlanks(text, close + 1);
                if (k < text.length() && text.charAt(k) == ',') {
                    k++;
                    continue;
                }
                if (wordIs(text, k, "and") || wordIs(text, k, "or")) {
                    continue;
                }
                break;
            }
            if (we == ws) {
                return false;
            }
            long f = lex.get(text, ws, we);
            // a month is a member but no evidence ("April, May and June" has no person; a month is never read by
            // this slot itself, see personWhateverElse)
            if (POSSESSIVES.contains(lower(text, ws, we)) || wordIs(text, ws, "the") || wordIs(text, ws, "a")) {
                int n = skipBlanks(text, we);
                int ne = lettersEnd(text, n);
                if (ne == n || (lex.get(text, n, ne) & KIN) == 0) {
                    return false; // "her plan": a thing in the list
                }
                person = true;
                we = ne;
            } else if (we - ws == 1 && text.charAt(ws) == 'I' || wordIs(text, ws, "me")
                    || Character.isUpperCase(text.charAt(ws)) && (f & KIN) != 0) {
                person = true;
            } else if (!Character.isUpperCase(text.charAt(ws))) {
                return false; // a lower-case word: a list of things or the sentence going on
            }
            if (we < text.length() && (text.charAt(we) == '\'' || text.charAt(we) == '\u2019')) {
                return false; // "Honey, I'm home": a clause, not a member
            }
            members++;
            int n = skipBlanks(text, we);
            if (n < text.length() && text.charAt(n) == ',') {
                k = n + 1;
                continue;
            }
            int ne = lettersEnd(text, n);
            if (ne > n && (wordIs(text, n, "and") || wordIs(text, n, "or"))) {
                k = n;
                continue;
            }
            break;
        }
        // a list ends in "and" or "or": "X, Y" alone may be an apposition; a roster of three or more whose other
        // members are two people already replaced ("[PERSON_1], Tiana, [PERSON_2]") needs no "and" (round 40)
        return person && joined && members >= 2 || replaced >= 2 && members >= 3;
    }

    /**
     * A relation introduces the list that starts at {@code s}: "My kids are Hope, Grace, and Will", "Kids: ...",
     * "her sisters, Joy and June": a relation word, then "are", "were", "named", a colon or a comma.
     */
    private boolean relationIntroduces(String text, int s) {
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return false;
        }
        int end;
        if (text.charAt(p) == ':' || text.charAt(p) == ',') {
            end = p;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
        } else {
            int ws = prevWordStart(text, s);
            if (ws < 0 || !(wordIs(text, ws, "are") || wordIs(text, ws, "were") || wordIs(text, ws, "named"))) {
                return false;
            }
            end = ws - 1;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            end = Math.max(end, 0);
            if (end > 0 && text.charAt(end - 1) == ' ') {
                return false;
            }
            end = ws > 0 ? ws - 1 : 0;
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
        }
        int ws = end;
        while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
            ws--;
        }
        return ws < end && (lex.get(text, ws, end) & KIN) != 0;
    }

    /** The word before {@code s} is a list's "and" or a comma after another member. */
    private static boolean listJoinBefore(String text, int s) {
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p >= 0 && text.charAt(p) == ',') {
            return true;
        }
        int ps = prevWordStart(text, s);
        if (ps < 0 || !(wordIs(text, ps, "and") || wordIs(text, ps, "or"))) {
            return false;
        }
        p = ps - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p >= 0 && text.charAt(p) == ',';
    }

    /** A finite form of "be", "have" or "do" right after the word: a modal takes a bare verb, so "will is" is someone. */
    private static boolean finiteVerbAfter(String text, int e) {
        if (e >= text.length() || text.charAt(e) != ' ') {
            return false;
        }
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        return ne > n && WordSet.containsLower(FINITE_AFTER_MODAL, text, n, ne);
    }

    private static final Set<String> FINITE_AFTER_MODAL = WordSet.of("is", "was", "has", "does", "did", "isnt",
            "wasnt", "hasnt", "doesnt", "didnt", "gets", "got", "says", "said");

    /** "Honey and the baby are", "Dawn and her sister went": the word and a relation, then the pair's verb. */
    private boolean pairWithRelationBeforeVerb(String text, int e) {
        int a = skipBlanks(text, e);
        if (!wordIs(text, a, "and")) {
            return false;
        }
        int d = skipBlanks(text, a + 3);
        int de = lettersEnd(text, d);
        if (de == d || !(POSSESSIVES.contains(lower(text, d, de)) || wordIs(text, d, "the"))) {
            return false;
        }
        int n = skipBlanks(text, de);
        int ne = lettersEnd(text, n);
        return ne > n && (lex.get(text, n, ne) & KIN) != 0 && verbAt(text, skipBlanks(text, ne));
    }

    /** "X and his sister are": the pair's relation is X's own, by "his" or "her", before the pair's verb. */
    private boolean ownRelationBeforeVerb(String text, int e) {
        int a = skipBlanks(text, e);
        if (a == e || !wordIs(text, a, "and")) {
            return false;
        }
        int d = skipBlanks(text, a + 3);
        return (wordIs(text, d, "his") || wordIs(text, d, "her")) && pairWithRelationBeforeVerb(text, e);
    }

    /**
     * "Sky is 14 and refusing school", "Max was 9 when": an age after the copula, a number of one or two digits
     * followed by the clause's end or a word of age, never by a unit ("June is 14 days away").
     */
    private static boolean ageAfterCopula(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (!(wordIs(text, n, "is") || wordIs(text, n, "was") || wordIs(text, n, "turns") || wordIs(text, n, "turned"))) {
            return false;
        }
        int d = skipBlanks(text, ne);
        int de = d;
        while (de < text.length() && de - d < 3 && Character.isDigit(text.charAt(de))) {
            de++;
        }
        if (de == d || de - d > 2 || de < text.length() && Character.isLetterOrDigit(text.charAt(de))) {
            return false;
        }
        int m = skipBlanks(text, de);
        if (m >= text.length() || ".,;!?)".indexOf(text.charAt(m)) >= 0) {
            return true;
        }
        int me = lettersEnd(text, m);
        return me > m && AGE_WORDS_AFTER.contains(lower(text, m, me));
    }

    private static final Set<String> AGE_WORDS_AFTER = WordSet.of("and", "now", "years", "yrs", "yo", "but", "when",
            "so");

    /** The next word, or the one after an aspect word, is a verb only a person does. */
    private boolean peopleOnlyVerbAfter(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne - n < 2) {
            return false;
        }
        if (WordSet.containsLower(PEOPLE_ONLY_VERBS, text, n, ne)) {
            return true;
        }
        if (ne - n <= 3 && (wordIs(text, n, "is") || wordIs(text, n, "was"))) {
            // "hunter is being weird", "Dawn was absent": behaving, and states only a person is in (round 34)
            int m = skipBlanks(text, ne);
            int me = lettersEnd(text, m);
            return me > m && WordSet.containsLower(PEOPLE_ONLY_STATES, text, m, me);
        }
        if (!WordSet.containsLower(ASPECT, text, n, ne)) {
            return false;
        }
        int m = skipBlanks(text, ne);
        int me = lettersEnd(text, m);
        return me > m && (WordSet.containsLower(PEOPLE_ONLY_VERBS, text, m, me)
                || WordSet.containsLower(PEOPLE_ONLY_ING, text, m, me));
    }

    /** A verb of speaking right after the word or its aspect word ("joy told", "hope keeps texting"). */
    private boolean speechVerbAfter(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (WordSet.containsLower(ASPECT, text, n, ne)) {
            n = skipBlanks(text, ne);
            ne = lettersEnd(text, n);
        }
        return ne > n && ((lex.get(text, n, ne) & HUMAN_VERB) != 0 || WordSet.containsLower(PEOPLE_ONLY_ING, text, n, ne)
                || WordSet.containsLower(CONTACT_VERBS, text, n, ne));
    }

    /** "me and drew got", "drew and i went": the pair with the client is the subject of the verb after it. */
    private boolean verbAfterPair(String text, int s, int e) {
        int p = prevWordStart(text, s);
        int n;
        if (p >= 0 && (wordIs(text, p, "and") || pairN(text, p)) && (p = prevWordStart(text, p)) >= 0
                && wordIs(text, p, "me")) {
            n = skipBlanks(text, e);
        } else {
            int a = skipBlanks(text, e);
            int i = skipBlanks(text, lettersEnd(text, a));
            if (!wordIs(text, a, "and") || !(wordIs(text, i, "i") || wordIs(text, i, "me"))) {
                return false;
            }
            n = skipBlanks(text, lettersEnd(text, i));
        }
        return verbAt(text, n);
    }

    /** The texting "n" for "and" at {@code p}: "me n hunter broke up". */
    private static boolean pairN(String text, int p) {
        return (text.charAt(p) == 'n' || text.charAt(p) == 'N') && lettersEnd(text, p) == p + 1;
    }

    /** A verb a pair of people is the subject of starts at {@code n}: "came", "went", "got", "said", "broke". */
    private boolean verbAt(String text, int n) {
        int ne = lettersEnd(text, n);
        if (ne - n < 2) {
            return false;
        }
        String w = lower(text, n, ne);
        return (lex.get(text, n, ne) & (HUMAN_VERB | SPEECH_VERB | AUX)) != 0 || w.endsWith("ed") || w.equals("got")
                || w.equals("went") || w.equals("are") || w.equals("were") || w.equals("have") || w.equals("came");
    }

    /** "jo and al came by": the word is one half of a pair, each half one word, and a verb follows the pair. */
    private boolean halfOfPairBeforeVerb(String text, int s, int e) {
        int a = skipBlanks(text, e);
        if (a > e && (wordIs(text, a, "and") || a < text.length() && text.charAt(a) == '&')) {
            int b = skipBlanks(text, a + (text.charAt(a) == '&' ? 1 : 3));
            int be = lettersEnd(text, b);
            return be > b && PersonPredicates.startOfClause(text, s) && verbAt(text, skipBlanks(text, be));
        }
        int p = prevWordStart(text, s);
        int q = p >= 0 ? prevWordStart(text, p) : -1;
        return p >= 0 && wordIs(text, p, "and") && q >= 0 && PersonPredicates.startOfClause(text, q)
                && verbAt(text, skipBlanks(text, e));
    }

    /** A word of a name printed surname first in capitals: "PHAM, KHANH" (see {@link PersonPredicates}). */
    boolean surnameFirst(String text, int s, int e) {
        return predicates.surnameFirst(text, s, e);
    }

    /**
     * Where the name holding the replaced word {@code text[s, e)} starts: its nickname's opener ("lil mo"), the first
     * half of a doubled name ("ray ray"), or the surname of a name printed surname first ("PHAM, KHANH"); else
     * {@code s}.
     */
    int nameStart(String text, int s, int e, int ps, int pe) {
        if (ps >= 0 && pe == s - 1) {
            if (predicates.nicknameAfterOpener(text, ps, pe) || pe - ps == e - s && text.regionMatches(true, ps, text, s, e - s)) {
                return ps;
            }
        }
        if (e - s > 0 && PersonPredicates.allCaps(text, s, e) && (e >= text.length() || text.charAt(e) != ',')) {
            int start = predicates.surnameStart(text, s, e);
            return start >= 0 ? start : s;
        }
        return s;
    }

    /** Among the most frequent SSA given names ({@code lower} already lower case). */
    static boolean ssaGivenName(String lower) {
        return SSA_FILTER.mayContain(lower) && SSA_NAMES.contains(lower);
    }

    /** Among the 1,000 SSA names given most often ({@code lower} already lower case): "jordan", "grace", "miles". */
    static boolean wellGivenName(String lower) {
        return WELL_GIVEN_NAMES.contains(lower);
    }

    /** On the whole bundled SSA list, 300 births or more ({@code lower} already lower case). */
    static boolean anySsaName(String lower) {
        return ALL_SSA_NAMES.contains(lower);
    }

    /** On the detector's first-name list, or among the most frequent SSA given names. */
    boolean givenName(String text, int s, int e, long f) {
        return (f & FIRST) != 0 || SSA_NAMES.contains(lower(text, s, e));
    }

    /** {@link #givenName(String, int, int, long)} of a word whose lowercase the caller has already. */
    boolean givenName(String lower, long f) {
        return (f & FIRST) != 0 || SSA_FILTER.mayContain(lower) && SSA_NAMES.contains(lower);
    }

    /** After the word: the clause's verb, its end, "and" with another person, or a possessive. */
    private boolean predicateAfter(String text, int e) {
        if (possessive(text, e)) {
            return true;
        }
        int n = skipBlanks(text, e);
        if (n >= text.length()) {
            return true;
        }
        if (n == e && ".,;:!?)".indexOf(text.charAt(n)) >= 0) {
            return true; // "my cousin royal." / "her coach rex, who"
        }
        int ne = lettersEnd(text, n);
        if (ne == n || n == e) {
            return false;
        }
        if (text.startsWith("n't", ne) || text.startsWith("n\u2019t", ne)) {
            return true;
        }
        String w = lower(text, n, ne);
        if (w.equals("and") || w.equals("&")) {
            int m = skipBlanks(text, ne);
            int me = lettersEnd(text, m);
            return me > m && WordSet.containsLower(SUBJECT_PRONOUNS, text, m, me) || m < text.length() && text.charAt(m) == '[';
        }
        long nf = lex.get(text, n, ne);
        if ((nf & (SPEECH_VERB | HUMAN_VERB)) != 0 && (nf & KIN) == 0) {
            return true;
        }
        if ((nf & AUX) != 0) {
            // "is staying", "will come", "has been": an auxiliary a verb follows, not an adverb ("still", "then")
            return w.equals("is") || w.equals("was") || w.equals("has") || w.equals("had") || w.equals("will")
                    || w.equals("would") || w.equals("can") || w.equals("could") || w.equals("does") || w.equals("did")
                    || w.equals("should") || w.equals("might") || w.equals("keeps") || w.equals("kept");
        }
        return ne - n >= 5 && w.endsWith("ed") && english.isCommonWord(w); // "started", "moved"
    }

    /** After a relation and a name, a time word or a new clause, never a preposition ("my sister rose to"). */
    private boolean relationEnds(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        return n > e && ne > n && WordSet.containsLower(AFTER_RELATION, text, n, ne);
    }

    /** The person ends the clause, or an adjunct or a new subject follows: "texted rose and she", "called bill back". */
    private boolean objectEnds(String text, int e) {
        if (possessive(text, e)) {
            return false; // the possessive slot reads "'s" by what follows it
        }
        int n = skipBlanks(text, e);
        if (n >= text.length() || n == e && ".,;:!?)".indexOf(text.charAt(n)) >= 0) {
            return true;
        }
        int ne = lettersEnd(text, n);
        if (ne == n || n == e) {
            return false;
        }
        String w = lower(text, n, ne);
        return AFTER_OBJECT.contains(w) || (lex.get(text, n, ne) & SLANG) != 0 && !w.equals("ur") && !w.equals("u");
    }

    /** {@link #objectEnds(String, int)}, or after a verb of telling what is told: "told mason no", "asked deb how". */
    private boolean objectEnds(String text, int ps, int pe, int e) {
        if (objectEnds(text, e)) {
            return true;
        }
        if (!WordSet.containsLower(TELL_VERBS, text, ps, pe) || possessive(text, e)) {
            return false;
        }
        int n = skipBlanks(text, e);
        return n > e && WordSet.containsLower(TOLD_WHAT, text, n, lettersEnd(text, n));
    }

    /** The verb before the word takes a person: "texted X", or "with X" after a verb of meeting or living. */
    private boolean contactBefore(String text, int ps, int pe, long f) {
        String prev = lower(text, ps, pe);
        if (CONTACT_VERBS.contains(prev)) {
            // "texted dawn" reads as a person whatever the word; "told grace" too. "call will" never gets here (AUX)
            return true;
        }
        if (!prev.equals("with") && !prev.equals("w")) {
            return false;
        }
        int pps = prevWordStart(text, ps);
        return pps >= 0 && WordSet.containsLower(WITH_VERBS, text, pps, lettersEnd(text, pps));
    }

    private boolean visitBefore(String text, int ps, int pe) {
        return lower(text, ps, pe).startsWith("visit");
    }

    /** Joined by "and" or "&" to a person: "me and X", "X and i", a placeholder, or another given name. */
    private boolean besidePerson(String text, int s, int e) {
        int n = skipBlanks(text, e);
        boolean after = n > e && (wordIs(text, n, "and") || n < text.length() && text.charAt(n) == '&');
        if (after) {
            int m = skipBlanks(text, n + (text.charAt(n) == '&' ? 1 : 3));
            if (m < text.length() && text.charAt(m) == '[') {
                return text.startsWith("[PERSON_", m) || text.startsWith("[NAME_", m);
            }
            int me = lettersEnd(text, m);
            if (me > m && (wordIs(text, m, "me") || wordIs(text, m, "i") && m + 1 == me)) {
                return true; // "gene and i went"
            }
            if (me > m && otherName(text, s, e, m, me)) {
                return true;
            }
            if (me > m && relationPairAfter(text, m, me)) {
                return true; // "Lei and her sister came": beside a relation, the subject of what people do
            }
            if (me > m && (lex.get(text, m, me) & (KIN | PERSON_NOUN)) != 0
                    && !WordSet.containsLower(SUBJECT_PRONOUNS, text, m, me) && !wordIs(text, m, "who")
                    && verbAt(text, skipBlanks(text, me))) {
                // "Indigo and client practiced grounding" (round 23): the pair with the client acts; a pronoun is
                // a new clause's subject, not the pair's ("the bike is rusty and he does not ride it")
                return true;
            }
        }
        int p = prevWordStart(text, s);
        if (p >= 0 && (wordIs(text, p, "and") || text.charAt(p) == '&')) {
            if (p >= 2 && text.charAt(p - 2) == ']') {
                int open = text.lastIndexOf('[', p - 2);
                return open >= 0 && (text.startsWith("[PERSON_", open) || text.startsWith("[NAME_", open));
            }
            int q = prevWordStart(text, p);
            if (q < 0) {
                return false;
            }
            int qe = lettersEnd(text, q);
            if (wordIs(text, q, "me") || wordIs(text, q, "i") && qe == q + 1) {
                return true; // "me and mason"
            }
            if (qe > q && (lex.get(text, q, qe) & (KIN | PERSON_NOUN)) != 0 && !wordIs(text, q, "who")) {
                return true; // "Client and Chad argued", "her mom and rebel came"
            }
            return qe > q && otherName(text, s, e, q, qe);
        }
        return false;
    }

    /**
     * The other side of "and" is a given name too, and the pair names people: one of the two is no everyday English
     * word, or a verb only a person takes follows the pair ("rose and ivy grow" and "hope and faith are" stay).
     */
    private boolean otherName(String text, int s, int e, int m, int me) {
        long of = lex.get(text, m, me);
        if ((of & NEVER) != 0 || me - m < 3 || !givenName(text, m, me, of)) {
            return false;
        }
        if (!english.isCommonWord(text, s, e) || !english.isCommonWord(text, m, me)) {
            return true;
        }
        return personActAfter(text, Math.max(e, me));
    }

    /** The next word is a verb only a person takes, or a person's act on someone ("picked me up"). */
    private boolean personActAfter(String text, int e) {
        int n = skipBlanks(text, e);
        if (n == e || n >= text.length()) {
            return false;
        }
        int ne = lettersEnd(text, n);
        if (ne == n) {
            return false;
        }
        if ((lex.get(text, n, ne) & HUMAN_VERB) != 0) {
            return true;
        }
        if (!WordSet.containsLower(PERSON_ACTS, text, n, ne)) {
            return false;
        }
        int m = skipBlanks(text, ne);
        int me = lettersEnd(text, m);
        return me > m && (WordSet.containsLower(OBJECT_PRONOUNS, text, m, me) || text.startsWith("up", m));
    }

    /** The sentence starts at the word, or only an interjection or a conjunction stands before it. */
    private boolean clauseStart(String text, int s, int ps, int pe) {
        if (startOfSentence(text, s)) {
            return true;
        }
        if (ps < 0) {
            return false;
        }
        // up to three openers in a row: "ok so bill said", "lol then rose texted"; the words are read only when a
        // sentence starts that close, since this is asked of most lower-case words
        int first = ps;
        int count = 1;
        while (!startOfSentence(text, first)) {
            first = prevWordStart(text, first);
            if (first < 0 || ++count > 3) {
                return false;
            }
        }
        int ws = ps;
        int we = pe;
        int end = s;
        for (int words = 0; words < 3; words++) {
            if (we != end - 1 || !WordSet.containsLower(CLAUSE_OPENERS, text, ws, we) && (lex.get(text, ws, we) & SLANG) == 0) {
                return false;
            }
            if (startOfSentence(text, ws)) {
                return true;
            }
            end = ws;
            ws = prevWordStart(text, ws);
            if (ws < 0 || text.charAt(ws) == '&') {
                return false;
            }
            we = lettersEnd(text, ws);
        }
        return false;
    }

    /** Authors in a list: "adapted from X, Y and Z (1998)", "X and Y et al." before the sentence ends. */
    private static boolean cited(String text, int e) {
        int end = Math.min(text.length(), e + 80);
        for (int k = e; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (k + 1 == text.length() || text.charAt(k + 1) == ' ')) {
                return false;
            }
            if (c == '(' && k + 5 <= text.length() && Character.isDigit(text.charAt(k + 1))
                    && Character.isDigit(text.charAt(k + 4)) || c == 'e' && text.startsWith("et al", k)) {
                return true;
            }
        }
        return false;
    }

    /** Phrases a caller or writer names themselves with, read backwards from the name (round 20). */
    private static final List<String> INTRODUCTIONS = List.of("my name is", "my name's", "mi nombre es", "me llamo",
            "this is", "it's", "it\u2019s", "its");
    /** Words after a caller's name that go on with the call: "it's May, returning your call", "this is June from". */
    private static final Set<String> CALLER_GOES_ON = WordSet.of("from", "with", "at", "calling", "returning", "here",
            "again", "checking", "following", "just", "de", "del");
    /** Greetings that may open a call before "it's" or "this is": "Hi, it's", "hey its", "Hola, this is". */
    private static final Set<String> CALL_GREETINGS = WordSet.of("hi", "hey", "hello", "hola", "yo", "morning",
            "afternoon", "evening", "ok", "okay");

    /**
     * Whether the word at {@code text[s, e)} is the name a writer or caller gives themselves (round 20): after "my
     * name is" or "me llamo" anywhere; after "it's" or "this is" only at a message's or a quotation's start (a
     * greeting may come first) and before a word that goes on with the call or the message's end ("Hi, it's
     * Summer from Dr. Lee's office"). "it's May already", "this is June, the worst month", "so this is Paris"
     * stay.
     */
    /** Whether "my name is" or "me llamo" stands right before {@code s}: lower case is a name only there. */
    private static boolean introducedByName(String text, int s) {
        String before = text.substring(Math.max(0, s - 13), s).toLowerCase(Locale.ROOT).stripTrailing();
        return before.endsWith("my name is") || before.endsWith("my name's") || before.endsWith("mi nombre es")
                || before.endsWith("me llamo");
    }

    private boolean introducesSelf(String text, int s, int e) {
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 1 || !Character.isLetter(text.charAt(p))) {
            return false;
        }
        String phrase = null;
        for (String intro : INTRODUCTIONS) {
            int from = p + 1 - intro.length();
            if (from >= 0 && text.regionMatches(true, from, intro, 0, intro.length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                phrase = intro;
                p = from;
                break;
            }
        }
        if (phrase == null) {
            return false;
        }
        if (phrase.startsWith("my name") || phrase.startsWith("mi ") || phrase.startsWith("me ")) {
            return true;
        }
        // "it's" and "this is" name the caller only where the message or the quotation starts
        int q = p - 1;
        while (q >= 0 && (text.charAt(q) == ' ' || text.charAt(q) == ',')) {
            q--;
        }
        if (q >= 0 && Character.isLetter(text.charAt(q))) {
            int ws = q;
            while (ws > 0 && Character.isLetter(text.charAt(ws - 1))) {
                ws--;
            }
            if (!WordSet.containsLower(CALL_GREETINGS, text, ws, q + 1)) {
                return false;
            }
            q = ws - 1;
            while (q >= 0 && text.charAt(q) == ' ') {
                q--;
            }
        }
        if (q >= 0 && "\"\u201c:\n\r.!?".indexOf(text.charAt(q)) < 0) {
            return false;
        }
        int n = skipBlanks(text, e);
        if (n < text.length() && text.charAt(n) == ',') {
            n = skipBlanks(text, n + 1);
        }
        int ne = lettersEnd(text, n);
        if (ne == n) {
            return n >= text.length() || text.charAt(n) == '.' || text.charAt(n) == '!' || text.charAt(n) == '"'
                    || text.charAt(n) == '\u201d' || text.charAt(n) == '-';
        }
        return WordSet.containsLower(CALLER_GOES_ON, text, n, ne);
    }

    /** A message opening by addressing someone: "X can u call me", "X pls call back", "X could you". */
    private boolean addressed(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne == n) {
            return false;
        }
        String w = lower(text, n, ne);
        if (w.equals("pls") || w.equals("plz") || w.equals("please")) {
            return true;
        }
        if (!w.equals("can") && !w.equals("could") && !w.equals("would") && !w.equals("are") && !w.equals("r")
                && !w.equals("did")) {
            return false;
        }
        int m = skipBlanks(text, ne);
        int me = lettersEnd(text, m);
        return me > m && (wordIs(text, m, "u") || wordIs(text, m, "you") || wordIs(text, m, "ya"));
    }

    /**
     * A person addressed by name (round 21b): the word opens a sentence and a comma follows it, then a pronoun, a
     * request or a greeting ("Grace, I don't know if", "Miles, call me back"), or a greeting or thanks opens the
     * sentence right before it and the word ends its phrase ("Thanks Summer, see you", "Hi Grace!"). "Summer is the
     * worst", "Grace before meals" and "Miles from home" have no comma and no greeting.
     */
    private boolean addressedByName(String text, int s, int e) {
        int n = skipBlanks(text, e);
        if (startOfSentence(text, s)) {
            if (e >= text.length() || text.charAt(e) != ',') {
                return false;
            }
            int a = skipBlanks(text, e + 1);
            int ae = a;
            while (ae < text.length() && (Character.isLetter(text.charAt(ae)) || text.charAt(ae) == '\'')) {
                ae++;
            }
            if (ae == a || !WordSet.containsLower(AFTER_ADDRESS, text, a, ae)) {
                return false;
            }
            // "Summer, I think, is the hardest": a parenthetical aside, not an address
            int b = skipBlanks(text, ae);
            int be = lettersEnd(text, b);
            return be == b || !WordSet.containsLower(ASIDES, text, b, be) || be >= text.length() || text.charAt(be) != ',';
        }
        int p = prevWordStart(text, s);
        if (p < 0 || !WordSet.containsLower(ADDRESS_OPENERS, text, p, lettersEnd(text, p))) {
            return false;
        }
        // the greeting opens the sentence, or "thank you" / "love you" does
        int q = prevWordStart(text, p);
        boolean you = wordIs(text, p, "you");
        boolean opens = you ? q >= 0 && startOfSentence(text, q)
                && (wordIs(text, q, "thank") || wordIs(text, q, "love") || wordIs(text, q, "miss"))
                : startOfSentence(text, p);
        if (!opens) {
            return false;
        }
        return n >= text.length() || ",.!?".indexOf(text.charAt(n)) >= 0;
    }

    
    /** Bare verbs of contact that ask the one addressed to reach the writer (round 38): "call me", "pick up". */
    private static final Set<String> REACH_VERBS = WordSet.of("call", "text", "txt", "message", "msg", "dm", "email",
            "facetime", "ring", "phone", "hit", "pick", "answer", "meet", "come", "get");
    private static final Set<String> REACH_OBJECTS = WordSet.of("me", "us", "up", "back", "asap");

    /**
     * Whether a word addressed with a request can be someone's name or nickname: the request is the evidence, so any
     * word but a role, a day, a month, a state, a function word, a clinical or public word, a greeting or an oath, or
     * a word that opens a sentence as an adverb does ("Tomorrow, call me", "Honestly, call me crazy", "Please,").
     */
    private static boolean calledByName(String w, long f) {
        return (f & (ROLE_WORDS | MONTH | STATE | Lexicon.STOP | CLINICAL | Lexicon.PUBLIC)) == 0
                && !OATHS.contains(w) && !ADDRESS_OPENERS.contains(w) && !NOT_A_NICKNAME.contains(w)
                && !FORMS_OF_ADDRESS.contains(w) && !REPLIES.contains(w) && !w.endsWith("ly") && !w.endsWith("ing");
    }

    /**
     * Replies, acknowledgements and addresses to a group that open a message before a request as a name would
     * ("Perfect, call me then", "Great, text me the address", "Guys, text me"): no one's name.
     */
    private static final Set<String> REPLIES = WordSet.of("perfect", "great", "awesome", "cool", "nice", "sweet",
            "sure", "fine", "good", "alright", "wow", "ugh", "yikes", "oops", "whoops", "ok", "okay", "yes", "yeah",
            "yep", "no", "nope", "guys", "everyone", "everybody", "folks", "all", "yall", "team", "friends", "ladies",
            "reminder", "update", "fyi", "attention", "urgent", "important", "emergency", "quick", "again", "anyway",
            "later", "soon", "tonight", "tomorrow", "today", "otherwise", "meanwhile", "then", "also", "btw", "lol");

    /**
     * After the word, a comma and a request that the one addressed reach the writer (round 38): a verb of contact in
     * its bare form and "me", "us", "up", "back" or "asap" ("call me back", "pick up"; "come" and "get" only with
     * "back"), or "its me".
     */
    private static boolean askedToReachWriter(String text, int e) {
        if (e >= text.length() || text.charAt(e) != ',') {
            return false;
        }
        int a = skipBlanks(text, e + 1);
        int ae = a;
        while (ae < text.length() && (Character.isLetter(text.charAt(ae)) || text.charAt(ae) == '\'' || text.charAt(ae) == '\u2019')) {
            ae++;
        }
        if (ae == a) {
            return false;
        }
        int b = skipBlanks(text, ae);
        int be = lettersEnd(text, b);
        if (be == b) {
            return false;
        }
        String first = text.substring(a, ae).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (first.equals("its") || first.equals("it's")) {
            return wordIs(text, b, "me") && be - b == 2; // "Tank, its me, pick up"
        }
        return WordSet.containsLower(REACH_VERBS, text, a, ae) && WordSet.containsLower(REACH_OBJECTS, text, b, be)
                && !(wordIs(text, a, "get") && !wordIs(text, b, "back")) && !(wordIs(text, a, "come") && !wordIs(text, b, "back"));
    }

    /** After the word: its possessive and a relation, over an adjective ("Chevy's mom", "Porsche's older brother"). */
    private boolean relationAfterPossessive(String text, int e) {
        if (!possessive(text, e)) {
            return false;
        }
        int n = skipBlanks(text, e + 2);
        int ne = lettersEnd(text, n);
        if (ne > n && WordSet.containsLower(RELATION_ADJECTIVES, text, n, ne)) {
            n = skipBlanks(text, ne);
            ne = lettersEnd(text, n);
        }
        return ne > n && (lex.get(text, n, ne) & KIN) != 0 && !WordSet.containsLower(GROUP_RELATIONS, text, n, ne);
    }

    /** Relation words a brand or a place has too: "Disney's family films", "the company's household names". */
    private static final Set<String> GROUP_RELATIONS = WordSet.of("family", "families", "household", "relatives",
            "kids", "children", "parents");

    /**
     * Initials in capitals standing where only a person stands (round 38): "me and CJ had a fight", "TJ's mom
     * called", "my brother AJ is". Two capitals are an abbreviation by default ("PT said", "OT called"), so only the
     * initials the SSA files hold as given names count, in a slot no abbreviation fills: one of a pair before a
     * verb, right after a relation, the object of a verb of contact, or before a possessive relation.
     */
    boolean initialsInSlot(String text, int s, int e, int ps, int pe, long pf) {
        if (e - s != 2 || !Character.isUpperCase(text.charAt(s)) || !Character.isUpperCase(text.charAt(s + 1))) {
            return false;
        }
        String w = lower(text, s, e);
        if (!ALL_SSA_NAMES.contains(w) || OATHS.contains(w) || SPOKEN_FILLERS.contains(w) || DETERMINERS.contains(w)
                || OBJECT_PRONOUNS.contains(w) || SUBJECT_PRONOUNS.contains(w)) {
            return false;
        }
        long f = lex.get(text, s, e);
        if ((f & (Lexicon.STOP | AUX | ROLE_WORDS | TITLE | UNIT_OF_MEASURE | Lexicon.PUBLIC | Lexicon.STORE
                | Lexicon.TEAM | STATE | Lexicon.CITY | CLINICAL)) != 0) {
            return false;
        }
        boolean adjacentPrev = ps >= 0 && pe == s - 1;
        return halfOfPairBeforeVerb(text, s, e) || verbAfterPair(text, s, e)
                || adjacentPrev && (pf & KIN) != 0 && (predicateAfter(text, e) || relationEnds(text, e))
                || adjacentPrev && (pf & CONTACT) != 0 && objectEnds(text, ps, pe, e) && contactBefore(text, ps, pe, 0)
                || !determinerBefore(text, s, ps, pe) && relationAfterPossessive(text, e);
    }

    /** "X is my PO", "X was her sponsor": the sentence names the word's relation to someone. */
    private boolean introducedAsRelation(String text, int e) {
        int n = skipBlanks(text, e);
        if (n == e || !(wordIs(text, n, "is") || wordIs(text, n, "was") || wordIs(text, n, "isnt"))) {
            return false;
        }
        int m = skipBlanks(text, lettersEnd(text, n));
        int me = lettersEnd(text, m);
        if (me == m || !(wordIs(text, m, "my") || wordIs(text, m, "her") || wordIs(text, m, "his")
                || wordIs(text, m, "our") || wordIs(text, m, "their"))) {
            return false;
        }
        for (int words = 0; words < 2; words++) {
            m = skipBlanks(text, me);
            me = lettersEnd(text, m);
            if (me == m) {
                return false;
            }
            if ((lex.get(text, m, me) & KIN) != 0 || lower(text, m, me).equals("po")) {
                return true;
            }
            if (!WordSet.containsLower(RELATION_ADJECTIVES, text, m, me)) {
                return false;
            }
        }
        return false;
    }

    /** A question about someone's contact: "did X call", "has X texted". */
    private boolean askedAbout(String text, int e, int ps, int pe) {
        String prev = lower(text, ps, pe);
        if (!prev.equals("did") && !prev.equals("has") && !prev.equals("does") && !prev.equals("didnt")
                && !prev.equals("hasnt") && !prev.equals("doesnt")) {
            return false;
        }
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne == n) {
            return false;
        }
        String w = lower(text, n, ne);
        return CONTACT_VERBS.contains(w) || w.equals("say") || (lex.get(text, n, ne) & HUMAN_VERB) != 0;
    }

    /** "Gene, her sponsor," / "her sponsor, hope, said": a relation in apposition names the word a person. */
    private boolean apposition(String text, int s, int e) {
        if (e < text.length() && text.charAt(e) == ',') {
            int n = skipBlanks(text, e + 1);
            for (int words = 0; words < 3; words++) {
                int ne = lettersEnd(text, n);
                if (ne == n) {
                    return false;
                }
                if (text.startsWith("'s ", ne) || text.startsWith("\u2019s ", ne)) {
                    ne += 2; // "Gene, the client's sponsor,"
                }
                long nf = lex.get(text, n, ne);
                String w = lower(text, n, ne);
                if ((nf & KIN) != 0) {
                    int after = ne;
                    return after >= text.length() || ",.;:)".indexOf(text.charAt(after)) >= 0;
                }
                if (!DETERMINERS.contains(w) && !RELATION_ADJECTIVES.contains(w) && (nf & PERSON_NOUN) == 0) {
                    return false;
                }
                n = skipBlanks(text, ne);
            }
            return false;
        }
        // before: "her sponsor, Hope, called"
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 1 || text.charAt(p) != ',' || e >= text.length() || text.charAt(e) != ',') {
            return false;
        }
        int q = p;
        int qs = q;
        while (qs > 0 && Character.isLetter(text.charAt(qs - 1))) {
            qs--;
        }
        return qs < q && (lex.get(text, qs, q) & KIN) != 0 && prevWordStart(text, qs) >= 0
                && WordSet.containsLower(DETERMINERS, text, prevWordStart(text, qs), lettersEnd(text, prevWordStart(text, qs)));
    }

    /** "and her sister came": after "and" at {@code text[m, me)}, a possessive, a relation, and their verb. */
    private boolean relationPairAfter(String text, int m, int me) {
        if (!WordSet.containsLower(POSSESSIVES, text, m, me)) {
            return false;
        }
        int k = skipBlanks(text, me);
        int ke = lettersEnd(text, k);
        if (ke == k || (lex.get(text, k, ke) & KIN) == 0) {
            return false;
        }
        int v = skipBlanks(text, ke);
        int ve = lettersEnd(text, v);
        return v > ke && ve > v && (lex.get(text, v, ve) & (SPEECH_VERB | HUMAN_VERB)) != 0;
    }

    /** The word and the client, or the word and a relation, are the subject of the verb after them. */
    private boolean pairSubject(String text, int s, int e) {
        if (verbAfterPair(text, s, e)) {
            return true;
        }
        int n = skipBlanks(text, e);
        if (n == e || !wordIs(text, n, "and")) {
            return false;
        }
        int m = skipBlanks(text, n + 3);
        return relationPairAfter(text, m, lettersEnd(text, m));
    }

    /** "Washington (client's stepfather)", "P. (mother)": a relation in parentheses right after the word. */
    private boolean relationInParentheses(String text, int e) {
        int n = skipBlanks(text, e);
        if (n >= text.length() || text.charAt(n) != '(') {
            return false;
        }
        n = skipBlanks(text, n + 1);
        for (int words = 0; words < 3; words++) {
            int ne = lettersEnd(text, n);
            if (ne == n) {
                return false;
            }
            if (text.startsWith("'s ", ne) || text.startsWith("\u2019s ", ne)) {
                ne += 2; // "(client's stepfather)", "(pt's mother)"
                n = skipBlanks(text, ne);
                continue;
            }
            long nf = lex.get(text, n, ne);
            if ((nf & KIN) != 0) {
                return ne < text.length() && (text.charAt(ne) == ')' || text.charAt(ne) == ',');
            }
            if (!WordSet.containsLower(DETERMINERS, text, n, ne) && !WordSet.containsLower(RELATION_ADJECTIVES, text, n, ne)) {
                return false;
            }
            n = skipBlanks(text, ne);
        }
        return false;
    }

    /**
     * "my ex keeps", "my boyfriend says", "her coworker covered": a possessive, a relation and then the clause's verb
     * right after the word, so the word is the person the relation names.
     */
    private boolean relationThenVerb(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        if (n == e || ne == n || !WordSet.containsLower(POSSESSIVES, text, n, ne)) {
            return false;
        }
        int k = skipBlanks(text, ne);
        int ke = lettersEnd(text, k);
        if (ke > k && (lex.get(text, k, ke) & (KIN | PERSON_NOUN)) == 0 && WordSet.containsLower(RELATION_ADJECTIVES, text, k, ke)) {
            k = skipBlanks(text, ke);
            ke = lettersEnd(text, k);
        }
        if (ke == k || (lex.get(text, k, ke) & (KIN | PERSON_NOUN)) == 0) {
            return false;
        }
        return predicates.shapedNameAfter(text, ke) || personActAfter(text, ke) || thirdPersonVerb(text, ke);
    }

    /** The next word is a verb in the third person present that English knows ("keeps", "says", "wants"). */
    private boolean thirdPersonVerb(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = lettersEnd(text, n);
        return n > e && ne - n >= 4 && text.charAt(ne - 1) == 's' && text.charAt(ne - 2) != 's'
                && english.isCommonWord(text, n, ne) && (lex.get(text, n, ne) & (KIN | PERSON_NOUN | STATE)) == 0;
    }

    private boolean determinerBefore(String text, int s, int ps, int pe) {
        return ps >= 0 && pe == s - 1 && WordSet.containsLower(DETERMINERS, text, ps, pe);
    }

    private static boolean possessive(String text, int e) {
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019') && text.charAt(e + 1) == 's'
                && (e + 2 == text.length() || !Character.isLetter(text.charAt(e + 2)));
    }

    private static boolean startOfSentence(String text, int s) {
        int p = s - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        return p < 0 || ".!?\n\r:;\"\u201c(-\u2013\u2014".indexOf(text.charAt(p)) >= 0;
    }

    /** The start of the word before {@code s} (letters, or one "&"), or −1 at a clause mark or the text's start. */
    private static int prevWordStart(String text, int s) {
        int p = s - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return -1;
        }
        if (text.charAt(p) == '&') {
            return p;
        }
        if (!Character.isLetter(text.charAt(p))) {
            return -1;
        }
        while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    /** The word in lower case, accents off: the SSA list is written without them ("rocio" for "Rocío"). */
    private static String lower(String text, int s, int e) {
        return Lexicon.plainLower(text.substring(s, e));
    }

    /** {@code hash} of the word's plain form when it holds a Latin letter with a diacritic, for the name filters. */
    private static int plainHash(String text, int s, int e, int hash) {
        for (int i = s; i < e; i++) {
            if (text.charAt(i) >= '\u00c0') {
                String w = Lexicon.plainLower(text.substring(s, e));
                int h = 0;
                for (int x = 0; x < w.length(); x++) {
                    h = 31 * h + WordTable.foldForHash(w.charAt(x));
                }
                return h;
            }
        }
        return hash;
    }

    private static Set<String> ssaNames(int most) {
        Set<String> out = new HashSet<>(Math.min(most, 30_000) * 2);
        for (int i = 0; i < SSA_RANKED.size() && out.size() < most; i++) {
            out.add(SSA_RANKED.get(i));
        }
        return WordSet.copyOf(out);
    }

    private static List<String> ssaRanked() {
        List<String> out = new ArrayList<>(32_768);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PersonSlots.class.getResourceAsStream("ssa-given-names.txt"), "ssa-given-names.txt"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    out.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
