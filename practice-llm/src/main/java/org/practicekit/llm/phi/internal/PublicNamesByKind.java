package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.PublicMentions.lower;

import java.util.Locale;
import java.util.Set;

/**
 * Public names read by their kind (issue 13, round 27), asked by {@link PublicReading} before its run of capitalized
 * words: a language, and the people its name also names ({@code languages.txt}: "speaks Tagalog", "a Hmong
 * interpreter", "identifies as Navajo"); a named storm by its kind before it ("Hurricane Ida", "Tropical Storm
 * Allison"); a streaming service, an app or a website by the slot of a product ("watch everything on Peacock",
 * "subscribed to Max", "the Wattpad app").
 *
 * <p>Deny by default, by class: a language name is public only in the slot of a language, never by the word alone
 * (many are also names or nicknames no list holds: "Karen", "Dari", "Dutch"): right after a verb of speaking or
 * translating, after "in" with a word of speech or care before it, after "identifies as", or right before an
 * interpreter, a speaker, "-speaking" or a word of a people ("community", "descent"); a possessive is never a
 * language ("Karen's"). A hospital of the health-system list is a brand only with a suffix of a measure or a noun of
 * what it publishes after it ("a Mayo-level workup", "a Cleveland Clinic article"), never after a place preposition. A storm's name needs its
 * kind capitalized right before it and no state after it ("Hurricane, Utah" is a town). A product needs its slot and
 * a verb of the medium before it; a name followed by a place noun ("on Peacock Lane") or in a possessive stays, and a
 * given name after a verb of subscribing or deleting is a contact or someone's channel ("deleted Jasmine").
 */
final class PublicNamesByKind {
    /** Languages by name, lower case, apostrophes folded to ASCII and a final one dropped ("k'iche'" as "k'iche"). */
    private static final Set<String> LANGUAGES = languages();
    /** Words right before a language: to speak, to translate, to learn, to be fluent in it. */
    private static final Set<String> LANGUAGE_BEFORE = WordSet.of("speak", "speaks", "spoke", "speaking", "spoken",
            "translate", "translates", "translated", "translating", "translation", "interpret", "interprets",
            "interpreted", "interpreting", "fluent", "habla", "hablan", "fala", "falam");
    /** Labels before a colon and a language: "Interpreter requested: Haitian Creole", "Preferred language: Mam". */
    private static final Set<String> LANGUAGE_LABELS = WordSet.of("requested", "interpreter", "language", "languages",
            "idioma", "lengua", "preferred", "spoken");
    /** Words right after a language: its interpreter, its speakers, a class or a service in it. */
    private static final Set<String> LANGUAGE_AFTER = WordSet.of("interpreter", "interpreters", "interpretation",
            "translator", "translators", "translation", "speaker", "speakers", "speaking", "speaker's", "class",
            "classes", "lessons", "subtitles", "dubbed", "language", "languages", "immersion", "mass", "community",
            "communities", "dialect", "fluently", "culture",
            "heritage", "descent", "ancestry", "roots", "elders", "refugee", "refugees", "immigrant", "immigrants",
            "church", "congregation", "origin");
    /** Words after a language that speak of speaking it, the only ones after a language that is also a given name. */
    private static final Set<String> SPOKEN_AFTER = WordSet.of("interpreter", "interpreters", "interpretation",
            "translator", "translators", "translation", "speaker", "speakers", "speaking", "subtitles", "dialect",
            "immersion", "fluently");
    /** Words up to four before "in" that make what follows it a language: "Session conducted in Tagalog". */
    private static final Set<String> WORDS_IN_A_LANGUAGE = WordSet.of("said", "says", "say", "saying", "wrote",
            "written", "write", "writes", "text", "texts", "texted", "talk", "talks", "talked", "talking", "conducted",
            "session", "sessions", "counseling", "therapy", "materials", "forms", "paperwork", "letter", "letters",
            "sing", "sings", "sang", "singing", "pray", "prays", "prayed", "praying", "dream", "dreams", "swear",
            "swears", "swore", "cursing", "curses", "yell", "yells", "yelled", "yelling", "documents", "explained",
            "explain", "answered", "answers", "responded", "provided", "offered", "available", "fluent", "fluently",
            "speak", "speaks", "spoke", "speaking", "spoken", "communicates", "communicate", "read", "reads", "only",
            "mostly", "instructions", "handouts", "consent", "subtitles", "songs", "music", "interpreted");
    /** Words right before a people's name: "identifies as Navajo". */
    private static final Set<String> PEOPLE_BEFORE = WordSet.of("identifies", "identify", "identified");
    /** Kinds of storm written before its name: "Hurricane Ida", "Typhoon Haiyan", "Tropical Storm Allison". */
    private static final Set<String> STORM_KINDS = WordSet.of("hurricane", "typhoon", "cyclone", "superstorm");
    /** The first word of a storm's two-word kind, before "Storm" or "Depression". */
    /** The noun after a storm's name: "Tropical Storm Ida", "Tropical Depression Nine". */
    private static final Set<String> STORM_WORDS = WordSet.of("storm", "depression");
    private static final Set<String> STORM_KIND_FIRST = WordSet.of("tropical", "winter", "ice", "snow", "subtropical");
    /** Slots of a product a person uses: "on", "subscribed to", "signed up for", "downloaded", "deleted". */
    private static final Set<String> PRODUCT_AFTER = WordSet.of("app", "apps", "subscription", "account", "premium",
            "plus", "feed", "page", "profile", "channel", "algorithm", "stories", "dms", "dm", "notifications",
            "membership", "trial");
    /** Words before a product and its noun: "my Max subscription", "the Daylio app", "on Hinge premium". */
    private static final Set<String> PRODUCT_DETERMINERS = WordSet.of("the", "my", "his", "her", "their", "our", "a",
            "on", "in", "your");
    private static final Set<String> PRODUCT_VERBS = WordSet.of("subscribed", "subscribe", "subscribes", "subscribing",
            "downloaded", "download", "downloads", "deleted", "uninstalled", "installed", "unsubscribed", "cancelled",
            "canceled");
    /** Verbs of a medium before "on": "watch everything on Peacock", "the video on Tubi", "posts on Reddit". */
    private static final Set<String> ON_VERBS = WordSet.of("watch", "watched", "watches", "watching", "stream",
            "streams", "streamed", "streaming", "binge", "binged", "binging", "bingeing", "rewatched", "read", "reads",
            "reading", "post", "posts", "posted", "posting", "scroll", "scrolls", "scrolled", "scrolling", "listen",
            "listens", "listened", "listening", "chat", "chats", "chatting", "game", "games", "gaming", "video",
            "videos", "show", "shows", "movie", "movies", "episodes", "series", "fanfic", "podcast", "podcasts");

    private final WordTable lex;
    private final Set<String> placeNouns;

    PublicNamesByKind(WordTable lex, java.util.Map<String, Set<String>> classes) {
        this.lex = lex;
        this.placeNouns = classes.get("PLACE_AFTER");
    }

    /** Whether the name or place span {@code text[s, e)} is a language, a storm or a product by its kind and slot. */
    boolean reads(String text, int s, int e) {
        return language(text, s, e) || storm(text, s, e) || product(text, s, e) || standardOfCare(text, s, e);
    }

    /**
     * The readings whose slot no person cue before can undo: a language right after a verb of speaking ("speaks" is
     * a cue of a person only before "to": "speaks Karen" is a language) and a storm after its kind.
     */
    boolean readsInItsSlot(String text, int s, int e) {
        if (possessive(text, e)) {
            return false;
        }
        int[] whole = languageAround(text, s, e);
        return whole != null && slotOfLanguage(text, whole[0], whole[1]) || storm(text, s, e);
    }

    // ---------------------------------------------------------------- a language or a people

    /**
     * A language only in its slot, never by the word alone: a language name is also a nickname or a surname no list
     * holds ("Dutch called me from the county jail"), so the sentence must say it is a language.
     */
    private boolean language(String text, int s, int e) {
        if (possessive(text, e)) {
            return false;
        }
        int[] whole = languageAround(text, s, e);
        if (whole == null) {
            return false;
        }
        return slotOfLanguage(text, whole[0], whole[1]);
    }

    /** The language name that holds the span: the span itself, or with one capitalized word before or after it. */
    private static int[] languageAround(String text, int s, int e) {
        if (foldedIn(LANGUAGES, text, s, e)) {
            return new int[] {s, e};
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0 && foldedIn(LANGUAGES, text, p, e)) {
            return new int[] {p, e}; // "Haitian Creole" with "Creole" detected
        }
        int n = e < text.length() && text.charAt(e) == ' ' ? e + 1 : -1;
        if (n > 0 && n < text.length()) {
            int ne = ProperNounContext.wordEnd(text, n);
            if (ne > n && foldedIn(LANGUAGES, text, s, ne)) {
                return new int[] {s, ne};
            }
        }
        return null;
    }

    /** Right after a verb of speaking or translating, or right before an interpreter, a speaker or "-speaking". */
    private static boolean slotOfLanguage(String text, int s, int e) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0 && WordSet.containsLowerOrEmpty(LANGUAGE_BEFORE, text, p, ProperNounContext.wordEnd(text, p))) {
            return true;
        }
        if (p < 0 && s >= 2 && text.charAt(s - 2) == ':') {
            int q = ProperNounContext.prevWordStart(text, s - 2, false); // "Interpreter requested: Haitian Creole"
            if (q >= 0 && WordSet.containsLowerOrEmpty(LANGUAGE_LABELS, text, q, ProperNounContext.wordEnd(text, q))) {
                return true;
            }
        }
        if (e < text.length() && text.charAt(e) == '-') {
            String w = lower(text, e + 1, ProperNounContext.wordEnd(text, e + 1));
            return w.startsWith("speak") || w.equals("language"); // "Somali-speaking", "Amharic-language"
        }
        int n = PublicMentions.skipBlanks(text, e);
        String after = lower(text, n, ProperNounContext.wordEnd(text, n));
        // a language that is also a given name ("Karen", "Dakota") only before a word of speaking it: "Karen class"
        // or "the Dakota community" may be hers
        boolean given = (Lexicon.table().get(text, s, e) & Lexicon.FIRST) != 0;
        return n > e && (given ? SPOKEN_AFTER.contains(after) : LANGUAGE_AFTER.contains(after))
                || languageListed(text, s, e) || inALanguage(text, s, p) || identifiesAs(text, p);
    }

    /** "in" with a word of speech, writing or care before it in the clause: "Session conducted in Tagalog". */
    private static boolean inALanguage(String text, int s, int p) {
        if (p < 0 || !lower(text, p, ProperNounContext.wordEnd(text, p)).equals("in")) {
            return false;
        }
        return wordBefore(text, p, 4, WORDS_IN_A_LANGUAGE);
    }

    /** One of {@code words} among the {@code count} words before {@code k}, within the clause (a mark stops it). */
    private static boolean wordBefore(String text, int k, int count, Set<String> words) {
        for (int i = 0; i < count; i++) {
            int q = ProperNounContext.prevWordStart(text, k, false);
            if (q < 0) {
                return false;
            }
            if (WordSet.containsLowerOrEmpty(words, text, q, ProperNounContext.wordEnd(text, q))) {
                return true;
            }
            k = q;
        }
        return false;
    }

    /** "identifies as Navajo": a people. */
    private static boolean identifiesAs(String text, int p) {
        if (p < 0 || !lower(text, p, ProperNounContext.wordEnd(text, p)).equals("as")) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, false);
        return q >= 0 && WordSet.containsLowerOrEmpty(PEOPLE_BEFORE, text, q, ProperNounContext.wordEnd(text, q));
    }

    /** Joined to another language the list holds: "Amharic and some Tigrinya", "Cantonese or Mandarin". */
    private static boolean languageListed(String text, int s, int e) {
        int p = ProperNounContext.prevWordStart(text, s, true);
        if (p >= 0 && WordSet.containsLowerOrEmpty(SOME_OF, text, p, ProperNounContext.wordEnd(text, p))) {
            p = ProperNounContext.prevWordStart(text, p, false);
            if (p >= 0 && lower(text, p, ProperNounContext.wordEnd(text, p)).equals("little")) {
                p = ProperNounContext.prevWordStart(text, p, false);
            }
        }
        if (p >= 0 && WordSet.containsLowerOrEmpty(JOINS, text, p, ProperNounContext.wordEnd(text, p))) {
            int q = ProperNounContext.prevWordStart(text, p, false);
            int qe = q < 0 ? -1 : ProperNounContext.wordEnd(text, q);
            return q >= 0 && Character.isUpperCase(text.charAt(q)) && foldedIn(LANGUAGES, text, q, qe)
                    && slotOrPlainLanguage(text, q, qe);
        }
        return false;
    }

    private static final Set<String> JOINS = WordSet.of("and", "or", "y", "e", "o", "&");
    private static final Set<String> SOME_OF = WordSet.of("some", "a", "little");

    /** The language before a join is itself in a language's slot: "speaks Amharic and some Tigrinya". */
    private static boolean slotOrPlainLanguage(String text, int s, int e) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        return p >= 0 && WordSet.containsLowerOrEmpty(LANGUAGE_BEFORE, text, p, ProperNounContext.wordEnd(text, p));
    }

    private static boolean possessive(String text, int e) {
        return e + 1 < text.length() && (text.charAt(e) == '\'' || text.charAt(e) == '\u2019')
                && (text.charAt(e + 1) == 's' || text.charAt(e + 1) == 'S');
    }

    /**
     * {@code set.contains(folded(text, s, e))}, asked of every span: an ASCII range that ends in no quote folds to its
     * lower case alone, so it is looked up in place; anything else is folded as before.
     */
    static boolean foldedIn(Set<String> set, String text, int s, int e) {
        if (s < 0 || s >= e || e > text.length() || text.charAt(e - 1) == '\'') {
            return set.contains(folded(text, s, e));
        }
        for (int k = s; k < e; k++) {
            if (text.charAt(k) >= 128) {
                return set.contains(folded(text, s, e));
            }
        }
        return WordSet.containsLower(set, text, s, e);
    }

    static String folded(String text, int s, int e) {
        String w = lower(text, s, e).replace('\u2019', '\'').replace('\u02bc', '\'');
        return w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
    }

    /** Whether {@code [s, e)} names a language ("English", "Mam"), whatever its slot. */
    static boolean languageName(String text, int s, int e) {
        return foldedIn(LANGUAGES, text, s, e);
    }

    private static Set<String> languages() {
        Set<String> out = new java.util.HashSet<>();
        for (String entry : Lexicon.entries("languages.txt")) {
            String w = entry.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02bc', '\'');
            out.add(w.endsWith("'") ? w.substring(0, w.length() - 1) : w);
        }
        return WordSet.copyOf(out);
    }

    // ---------------------------------------------------------------- a storm

    /**
     * A storm's name after its kind, or the kind itself before a name: "Hurricane Ida", "Tropical Storm Allison",
     * "Winter Storm Uri". The name is one capitalized word and no state follows it ("Hurricane, Utah" and
     * "Hurricane Utah" are a town).
     */
    private boolean storm(String text, int s, int e) {
        int kindStart = -1;
        int nameStart = -1;
        // the span starts at the kind ("Hurricane" or "Tropical Storm Allison") or at the name after it
        int first = s;
        int firstEnd = ProperNounContext.wordEnd(text, first);
        if (capitalizedWord(text, first, STORM_KINDS)) {
            kindStart = first;
            nameStart = nextWord(text, firstEnd);
        } else if (capitalizedWord(text, first, STORM_KIND_FIRST)) {
            int second = nextWord(text, firstEnd);
            if (second > 0 && stormWord(text, second)) {
                kindStart = first;
                nameStart = nextWord(text, ProperNounContext.wordEnd(text, second));
            }
        } else if (stormWord(text, first) && Character.isUpperCase(text.charAt(first))) {
            int p = ProperNounContext.prevWordStart(text, first, false);
            if (p >= 0 && capitalizedWord(text, p, STORM_KIND_FIRST)) {
                kindStart = p;
                nameStart = nextWord(text, firstEnd);
            }
        } else {
            int p = ProperNounContext.prevWordStart(text, first, false);
            if (p >= 0 && capitalizedWord(text, p, STORM_KINDS)) {
                kindStart = p;
                nameStart = first;
            } else if (p >= 0 && stormWord(text, p) && Character.isUpperCase(text.charAt(p))) {
                int q = ProperNounContext.prevWordStart(text, p, false);
                if (q >= 0 && capitalizedWord(text, q, STORM_KIND_FIRST)) {
                    kindStart = q;
                    nameStart = first;
                }
            }
        }
        if (kindStart < 0 || nameStart <= 0 || nameStart >= text.length()
                || !Character.isUpperCase(text.charAt(nameStart))) {
            return false;
        }
        int nameEnd = ProperNounContext.wordEnd(text, nameStart);
        if (e > nameEnd) {
            return false; // the span runs past the storm's name
        }
        if ((lex.get(text, nameStart, nameEnd) & Lexicon.STATE) != 0) {
            return false;
        }
        int after = nextWord(text, nameEnd);
        return after < 0 || !Character.isUpperCase(text.charAt(after))
                || (lex.get(text, after, ProperNounContext.wordEnd(text, after)) & Lexicon.STATE) == 0;
    }

    private static boolean stormWord(String text, int k) {
        // asked of the word after most capitalized words: looked up in place, as its lower-case copy was compared
        return WordSet.containsLowerOrEmpty(STORM_WORDS, text, k, ProperNounContext.wordEnd(text, k));
    }

    private static boolean capitalizedWord(String text, int k, Set<String> words) {
        return Character.isUpperCase(text.charAt(k))
                && WordSet.containsLowerOrEmpty(words, text, k, ProperNounContext.wordEnd(text, k));
    }

    /** The start of the word right after {@code e} over one space, or -1. */
    private static int nextWord(String text, int e) {
        int n = e < text.length() && text.charAt(e) == ' ' ? e + 1 : -1;
        return n > 0 && n < text.length() && Character.isLetter(text.charAt(n)) ? n : -1;
    }

    // ---------------------------------------------------------------- a hospital as a brand or a standard

    /** Health systems and hospitals known by a founder or a place word ({@code organizations.txt}'s section). */
    private static final Set<String> HEALTH_SYSTEMS = SentenceSlots.section("organizations.txt",
            "# -- health systems and hospitals", "# -- ");
    /** A hospital's name made a measure by a suffix: "a Mayo-level workup", "Cleveland Clinic-style care". */
    private static final Set<String> STANDARD_SUFFIXES = WordSet.of("level", "style", "type", "caliber", "calibre",
            "quality", "grade", "like", "esque", "trained", "approved", "certified", "branded");
    /** What a health system publishes, not where anyone is: "a Cleveland Clinic article", "the Mayo diet". */
    private static final Set<String> SOURCE_NOUNS = WordSet.of("article", "articles", "study", "studies", "website",
            "site", "blog", "guidelines", "guideline", "criteria", "commercial", "commercials", "ad", "ads", "podcast",
            "newsletter", "handout", "handouts", "research", "researchers", "diet", "protocol", "protocols", "model",
            "approach", "infographic", "webinar", "videos");
    private static final Set<String> PLACE_BEFORE = WordSet.of("at", "in", "to", "from", "into", "near", "by", "inside",
            "outside", "of");

    /**
     * A health system the list holds, named as a brand or a standard rather than as where someone is: a suffix of a
     * measure after it ("Mayo-level"), or a noun of what it publishes ("a Cleveland Clinic article"). A place
     * preposition right before it keeps it a place ("at Mayo", "from the Cleveland Clinic").
     */
    private static boolean standardOfCare(String text, int s, int e) {
        int hyphen = text.lastIndexOf('-', e - 1);
        if (hyphen > s && WordSet.containsLowerOrEmpty(STANDARD_SUFFIXES, text, hyphen + 1, e)) {
            e = hyphen; // the span took the suffix with it: "Mayo-level"
        }
        int end = e;
        String name = lower(text, s, e);
        if (!HEALTH_SYSTEMS.contains(name)) {
            int n = nextWord(text, e); // "Cleveland" of "Cleveland Clinic"
            if (n < 0) {
                return false;
            }
            end = ProperNounContext.wordEnd(text, n);
            if (!WordSet.containsLowerOrEmpty(HEALTH_SYSTEMS, text, s, end)) {
                return false;
            }
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p >= 0) {
            String before = lower(text, p, ProperNounContext.wordEnd(text, p));
            int q = before.equals("the") ? ProperNounContext.prevWordStart(text, p, false) : -1;
            if (PLACE_BEFORE.contains(before)
                    || q >= 0
                    && WordSet.containsLowerOrEmpty(PLACE_BEFORE, text, q, ProperNounContext.wordEnd(text, q))) {
                return false;
            }
        }
        if (end + 1 < text.length() && text.charAt(end) == '-') {
            return WordSet.containsLowerOrEmpty(STANDARD_SUFFIXES, text, end + 1,
                    ProperNounContext.wordEnd(text, end + 1));
        }
        int n = nextWord(text, end);
        return n > 0 && WordSet.containsLowerOrEmpty(SOURCE_NOUNS, text, n, ProperNounContext.wordEnd(text, n));
    }

    // ---------------------------------------------------------------- a product used

    /**
     * One capitalized word in the slot of a product: after "on" with a verb of the medium before it in the clause
     * ("watch everything on Peacock", "reads fanfic on Wattpad"), after a verb of subscribing or installing and "to"
     * or nothing ("subscribed to Max", "deleted Hinge"), or before a product's noun ("my Max subscription", "the
     * Daylio app").
     */
    private boolean product(String text, int s, int e) {
        if (!Character.isUpperCase(text.charAt(s)) || text.indexOf(' ', s) >= 0 && text.indexOf(' ', s) < e
                || possessive(text, e)) {
            return false;
        }
        int n = PublicMentions.skipBlanks(text, e);
        String after = lower(text, n, ProperNounContext.wordEnd(text, n));
        if (n > e && placeNouns != null && placeNouns.contains(after) || nextCapitalized(text, e)
                || (lex.get(text, s, e) & (Lexicon.CITY | Lexicon.STATE | Lexicon.STREET)) != 0) {
            return false; // "on Peacock Lane", "Max Ortiz", "walks on Monroe"
        }
        if (n > e && PRODUCT_AFTER.contains(after)) {
            int p = ProperNounContext.prevWordStart(text, s, false);
            String before = p < 0 ? "" : lower(text, p, ProperNounContext.wordEnd(text, p));
            return PRODUCT_DETERMINERS.contains(before);
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0) {
            return false;
        }
        String before = lower(text, p, ProperNounContext.wordEnd(text, p));
        if ((lex.get(text, s, e) & Lexicon.FIRST) != 0 && !before.equals("on")) {
            return false; // "deleted Jasmine", "subscribed to Brianna": a contact or someone's channel
        }
        if (PRODUCT_VERBS.contains(before)) {
            return true; // "downloaded Hinge", "cancelled Max"
        }
        if (before.equals("to") || before.equals("for")) {
            int q = ProperNounContext.prevWordStart(text, p, false);
            String verb = q < 0 ? "" : lower(text, q, ProperNounContext.wordEnd(text, q));
            return PRODUCT_VERBS.contains(verb) || verb.equals("up") && signedUp(text, q);
        }
        if (!before.equals("on")) {
            return false;
        }
        return wordBefore(text, p, 5, ON_VERBS); // a verb of the medium up to five words before "on", in the clause
    }

    private static boolean signedUp(String text, int up) {
        int q = ProperNounContext.prevWordStart(text, up, false);
        String w = q < 0 ? "" : lower(text, q, ProperNounContext.wordEnd(text, q));
        return w.equals("signed") || w.equals("sign") || w.equals("signing");
    }

    private static boolean nextCapitalized(String text, int e) {
        int n = nextWord(text, e);
        return n > 0 && Character.isUpperCase(text.charAt(n));
    }
}
