package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CONSUME;
import static org.practicekit.llm.phi.internal.Lexicon.FICTION_CUE;
import static org.practicekit.llm.phi.internal.Lexicon.INSTRUMENT;
import static org.practicekit.llm.phi.internal.Lexicon.NAMING;
import static org.practicekit.llm.phi.internal.Lexicon.PET;

import org.practicekit.core.text.WordList;

/**
 * Contexts in which a capitalized word names no person and no place of the note, read from the text
 * around it: an animal ("her dog Maple", "Cooper, the family's retriever,"), a fictional character
 * ("dressed as X", "X costume"), a word of an instrument's or an eponymous condition's name ("Glasgow
 * Coma Scale", "Pick's disease", "Cotard syndrome"), a product consumed ("drinks X", "a bottle of
 * X"). Both the detector and the guard's residual check ask it before they replace a word, so the price
 * of denying by default falls less on the words a note must keep. Offsets are Java string offsets;
 * stateless and thread-safe.
 */
public final class ProperNounContext {
    private static final WordTable LEX = Lexicon.table();
    /** Words after a possessive that make it an eponymous condition ("Pick's disease"), lower case. */
    private static final java.util.List<String> DISEASE_WORDS = java.util.List.of("disease", "syndrome", "palsy",
            "phenomenon", "sign", "delusion", "anomaly", "ulcer", "lymphoma", "sarcoma", "esophagus", "triad", "reflex",
            "law", "thyroiditis", "chorea", "contracture", "crisis");

    private ProperNounContext() {
    }

    /** Whether the capitalized word {@code text[s, e)} is an animal's, a character's, an instrument's or a product's name. */
    public static boolean namesNoOne(String text, int s, int e) {
        return animal(text, s, e) || character(text, s, e) || eponymousTitle(text, s, e) || consumed(text, s)
                || storm(text, s);
    }

    /** {@link #namesNoOne} for a caller that has already ruled out {@link #eponymousTitle}: it is the costliest to ask. */
    static boolean namesNoOneButTitle(String text, int s, int e) {
        return animal(text, s, e) || character(text, s, e) || consumed(text, s) || storm(text, s);
    }

    /**
     * {@code found} without the names and places that the text shows to be a title, an artist or a team
     * followed as a fan ({@link #titleOrFandom}); numbers and other identifiers are kept.
     */
    public static java.util.List<org.practicekit.llm.phi.PhiSpan> withoutTitlesAndFandom(String text,
            java.util.List<org.practicekit.llm.phi.PhiSpan> found) {
        java.util.List<org.practicekit.llm.phi.PhiSpan> kept = null;
        for (int k = 0; k < found.size(); k++) {
            org.practicekit.llm.phi.PhiSpan span = found.get(k);
            boolean drop = (span.type().equals(org.practicekit.llm.phi.PhiCategory.PERSON)
                    || span.type().equals(org.practicekit.llm.phi.PhiCategory.LOCATION))
                    && (Character.isUpperCase(text.charAt(span.start())) && (titleOrFandom(text, span.start(), span.end())
                    || namedMethodOrStorm(text, span.start(), span.end()) || adjectiveFromAName(text, span.start(), span.end()))
                    || pluralWeekday(text, span.start(), span.end()));
            if (drop && kept == null) {
                kept = new java.util.ArrayList<>(found.subList(0, k));
            } else if (!drop && kept != null) {
                kept.add(span);
            }
        }
        return kept == null ? found : kept;
    }

    /**
     * "the Kessel-Brandt Method", "the Marlow Experiment", "Tropical Storm Idris": a method, a study or a storm
     * named after someone, which the run's last word or the word after it tells (capitalized as in a title).
     */
    static boolean namedMethodOrStorm(String text, int s, int e) {
        int lastWord = s;
        for (int k = s; k < e; k = skipSpaces(text, wordEnd(text, k))) {
            if (wordEnd(text, k) == k) {
                break;
            }
            lastWord = k;
        }
        if (lastWord > s && WordSet.containsLower(TITLED_WORKS, text, lastWord, wordEnd(text, lastWord))) {
            return true;
        }
        int n = skipSpaces(text, e);
        if (n > e && n < text.length() && Character.isUpperCase(text.charAt(n))
                && WordSet.containsLower(TITLED_WORKS, text, n, wordEnd(text, n))) {
            return true;
        }
        int p = prevWordStart(text, s, false);
        return wordIs(text, s, "storm") && p >= 0 && (wordIs(text, p, "tropical") || wordIs(text, p, "winter"))
                || p >= 0 && wordIs(text, p, "storm") && Character.isUpperCase(text.charAt(p)) && storm(text, p)
                || p >= 0 && wordIs(text, p, "storm") && prevWordStart(text, p, false) >= 0
                && (wordIs(text, prevWordStart(text, p, false), "tropical") || wordIs(text, prevWordStart(text, p, false), "winter"));
    }

    /** Head words of a method, a study or a law named after its author, capitalized in its title. */
    private static final java.util.Set<String> TITLED_WORKS = WordSet.of("method", "protocol", "principle",
            "effect", "experiment", "study", "model", "technique", "approach", "theory", "hypothesis", "paradigm",
            "scale", "inventory", "questionnaire", "criteria"); // not "Law", "Test": surnames too

    /**
     * "very Kafkaesque", "almost Dickensian", "a Sisyphean task": an adjective made from a name, by its
     * ending ("-esque" always; "-ian", "-ean", "-ic" after a word of degree or seeming), describes, it names no one.
     */
    static boolean adjectiveFromAName(String text, int s, int e) {
        if (wordEnd(text, s) != e || e - s < 6) {
            return false;
        }
        String w = text.substring(s, e).toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("esque")) {
            return true;
        }
        if (!(w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ic"))) {
            return false;
        }
        int p = prevWordStart(text, s, false);
        return p >= 0 && WordSet.containsLower(DEGREE_WORDS, text, p, wordEnd(text, p));
    }

    private static final java.util.Set<String> DEGREE_WORDS = WordSet.of("very", "almost", "quite", "rather",
            "somewhat", "so", "too", "more", "less", "most", "least", "truly", "really", "pretty", "feels", "felt",
            "feel", "seems", "seemed", "sounds", "sounded", "looks", "utterly", "downright", "positively");

    /**
     * "RARC N386", "remark code MA130", "remark M51": a remittance advice remark code (N, M or MA and up to three
     * digits) after a remark cue names a payer's reason, no one's record.
     */
    public static boolean remarkCode(String text, int s, int e) {
        if (!REMARK_SHAPE.matcher(text.subSequence(s, e)).matches()) {
            return false;
        }
        int p = prevWordStart(text, s, true);
        for (int hops = 0; p >= 0 && hops < 3; hops++) {
            String w = lower(text, p);
            if (w.equals("rarc") || w.equals("rarcs") || w.startsWith("remark")) {
                return true;
            }
            if (!(w.equals("code") || w.equals("codes") || w.equals("and") || REMARK_SHAPE.matcher(w.toUpperCase(
                    java.util.Locale.ROOT)).matches())) {
                return false;
            }
            p = prevWordStart(text, p, true);
        }
        return false;
    }

    private static final java.util.regex.Pattern REMARK_SHAPE = java.util.regex.Pattern.compile("(N|M|MA)[0-9]{1,3}");

    /** "tuesdays", "Fridays", "mondays": a weekday in the plural is a habit, never a name. */
    static boolean pluralWeekday(String text, int s, int e) {
        return e - s > 4 && text.charAt(e - 1) == 's' && wordEnd(text, s) == e
                && (LEX.get(text, s, e - 1) & Lexicon.WEEKDAY) != 0;
    }

    /**
     * The capitalized run at {@code text[s, e)} names a title, an artist or a team the client follows, not
     * someone or somewhere of the note: after a word for a work ("the song X", "the show X", "her favorite band
     * X"), after a verb of watching, reading or listening when the run has two words or more or is quoted, or is
     * a team and the sentence speaks of a game ("binged Gilmore Girls", "watched the Cubs lose"; "watching Maria"
     * may be babysitting), after "fan of" or "rooting for" with a team or a two-word run, and a run before "fan",
     * "jersey", "concert", "app" ("a Cubs fan"). Not when the run is someone's ("watching Maria's kids") or a team
     * is an employer ("works for the Cubs"). A team around a game with no such word ("went to the Bulls game") is
     * left to the rules: the in-sample corpus labels it a place the client went.
     */
    public static boolean titleOrFandom(String text, int s, int e) {
        int first = s;
        int p;
        while ((p = prevWordStart(text, first, false)) >= 0 && first - wordEnd(text, p) == 1
                && (Character.isUpperCase(text.charAt(p))
                        || WordSet.containsLower(RUN_JOINERS, text, p, wordEnd(text, p)))
                && !WordSet.containsLower(MEDIA_VERBS, text, p, wordEnd(text, p))) {
            first = p; // "Grey's Anatomy", "Pride and Prejudice": back to the run's first word
        }
        while (first < s && WordSet.containsLower(RUN_JOINERS, text, first, wordEnd(text, first))) {
            first = skipSpaces(text, wordEnd(text, first));
        }
        int last = e;
        int words = countWords(text, first, e);
        for (int k = skipSpaces(text, last); k < text.length() && k == last + 1; k = skipSpaces(text, last)) {
            int ke = wordEnd(text, k);
            if (ke == k || !Character.isUpperCase(text.charAt(k))) {
                break;
            }
            last = ke;
            words++;
        }
        if (last + 1 < text.length() && (text.charAt(last) == '\'' || text.charAt(last) == '\u2019')
                || last > 2 && (text.charAt(last - 2) == '\'' || text.charAt(last - 2) == '\u2019')
                && text.charAt(last - 1) == 's' && last - 2 >= e - 2) {
            return false; // "watching Maria's kids": someone's
        }
        boolean quoted = first > 0 && "\"\u201c'\u2018".indexOf(text.charAt(first - 1)) >= 0;
        long runFlags = flagsOf(text, s, e);
        boolean team = (runFlags & Lexicon.TEAM) != 0;
        int n = skipSpaces(text, last);
        if (n > last && n < text.length() && Character.isLowerCase(text.charAt(n))
                && WordSet.containsLower(FAN_THINGS, text, n, wordEnd(text, n))) {
            return !employed(text, first); // "a Cubs fan", "the Adele concert", "the Calmly app"
        }
        p = prevWordStart(text, quoted ? first - 1 : first, false);
        if (p >= 0 && wordIs(text, p, "the")) {
            p = prevWordStart(text, p, false);
        }
        if (p < 0) {
            return false;
        }
        String before = lower(text, p);
        if (shownByRecord(text, p, before)) {
            return false; // "The portal shows Carla Ruiz as the guarantor": a record shows a person, not a work
        }
        if (WORK_NOUNS.contains(before)) {
            return true; // "the song X", "her favorite show X", "the book X"
        }
        boolean titleShaped = words >= 2 || quoted;
        boolean followed = team && gameNear(text, first, last) && !employed(text, first);
        if (MEDIA_VERBS.contains(before)) {
            return titleShaped || followed; // "watched the Cubs lose"
        }
        int pp = prevWordStart(text, p, false);
        String twoBefore = pp >= 0 ? lower(text, pp) : "";
        if (before.equals("to") && (twoBefore.startsWith("listen") || twoBefore.equals("song"))) {
            return titleShaped; // "listening to Fleetwood Mac"; not "listening to Maria"
        }
        if (before.equals("for") && (twoBefore.startsWith("root") || twoBefore.startsWith("cheer"))
                || before.equals("of") && (twoBefore.equals("fan") || twoBefore.equals("fans"))) {
            return team || titleShaped;
        }
        return false; // "the Bulls game", "followed the Bears": where a client went or what he follows, left to the rules
    }

    /** A team word is followed, not worked for: a game, a score, a fan in the sentence around it. */
    private static boolean gameNear(String text, int s, int e) {
        int from = Math.max(0, s - 80);
        int to = Math.min(text.length(), e + 80);
        for (int k = from; k < to; k++) {
            if ((k == 0 || !Character.isLetter(text.charAt(k - 1))) && Character.isLetter(text.charAt(k))) {
                int ke = wordEnd(text, k);
                if (GAME_WORDS.contains(text.substring(k, ke).toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
                k = ke;
            }
        }
        return false;
    }

    /** "works for the X", "plays for the X", "a job with the X": the team is where someone works. */
    private static boolean employed(String text, int first) {
        int p = prevWordStart(text, first, false);
        for (int hops = 0; p >= 0 && hops < 3; hops++) {
            String w = lower(text, p);
            if (w.startsWith("work") || w.startsWith("play") || w.equals("job") || w.equals("coaches")
                    || w.equals("employed") || w.equals("hired") || w.equals("signed") || w.equals("drafted")) {
                return true;
            }
            p = prevWordStart(text, p, false);
        }
        return false;
    }

    /** Capitalized words in {@code text[from, to)}, a run of words and spaces. */
    private static int countWords(String text, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k = skipSpaces(text, wordEnd(text, k))) {
            if (wordEnd(text, k) == k) {
                break;
            }
            words += Character.isUpperCase(text.charAt(k)) ? 1 : 0;
        }
        return Math.max(1, words);
    }

    private static String lower(String text, int at) {
        return text.substring(at, wordEnd(text, at)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Verbs by which a record or a screen names what it holds: "the chart shows", "the form reads". */
    private static final java.util.Set<String> RECORD_VERBS = WordSet.of("shows", "showed", "show", "reads", "read",
            "lists", "listed", "names", "named", "has", "had", "says");
    /** Records and screens of a practice: what they show after such a verb is a person or a fact, never a work. */
    private static final java.util.Set<String> RECORDS = WordSet.of("chart", "charts", "portal", "form", "forms",
            "record", "records", "roster", "screen", "file", "ehr", "emr", "intake", "consent", "referral", "sheet",
            "list", "note", "notes", "system", "schedule", "calendar", "log", "account", "profile", "report", "release",
            "summary", "card", "registration", "paperwork", "application", "census", "attendance");

    /** The verb before the run is a record's verb and its subject a record: "the portal shows", "Chart reads". */
    private static boolean shownByRecord(String text, int p, String before) {
        if (!RECORD_VERBS.contains(before)) {
            return false;
        }
        int q = prevWordStart(text, p, false);
        return q >= 0 && WordSet.containsLower(RECORDS, text, q, wordEnd(text, q));
    }

    /** Little words inside a title: "Pride and Prejudice", "Lord of the Rings". */
    private static final java.util.Set<String> RUN_JOINERS = WordSet.of("of", "and", "the", "a", "in", "on", "&");
    /** Verbs of taking in a work: what follows, when it is shaped like a title, is one. */
    private static final java.util.Set<String> MEDIA_VERBS = WordSet.of("watching", "watched", "watch", "watches",
            "rewatching", "rewatched", "binged", "binging", "bingeing", "streaming", "streamed", "reading", "read",
            "reads", "reread", "rereading", "finished", "quotes", "quoting");
    /** Words for a work or an artist: what follows is its title or name. */
    private static final java.util.Set<String> WORK_NOUNS = WordSet.of("song", "songs", "show", "shows", "book",
            "books", "movie", "movies", "film", "films", "album", "albums", "podcast", "podcasts", "series", "band",
            "bands", "singer", "rapper", "artist", "novel", "documentary", "musical", "sitcom", "anime", "audiobook",
            "memoir", "playlist", "hymn", "track", "tv");
    /** Words after a name that make it something followed: "a Cubs fan", "the Adele concert". */
    private static final java.util.Set<String> FAN_THINGS = WordSet.of("fan", "fans", "jersey", "jerseys",
            "concert", "concerts", "album", "albums", "song", "songs", "lyrics",
            "episode", "episodes", "podcast", "fandom", "merch", "tour", "app", "apps");
    /** Words of watching or playing a game, near a team's name. */
    private static final java.util.Set<String> GAME_WORDS = WordSet.of("game", "games", "won", "win", "wins",
            "lost", "lose", "loses", "losing", "beat", "season", "playoffs", "fan", "fans", "rooting", "cheering",
            "watching", "watched", "football", "basketball", "hockey", "baseball", "soccer", "match", "score",
            "tailgate", "tailgating", "jersey", "bowl", "series", "draft", "sports", "tickets");

    /** "Hurricane Ida", "Tropical Storm Alberto", "Typhoon Haiyan": a storm's name, given to no client. */
    static boolean storm(String text, int s) {
        int p = prevWordStart(text, s, false);
        // not "Storm" alone: "Storm Lake" is a town
        return p >= 0 && Character.isUpperCase(text.charAt(p)) && (wordIs(text, p, "hurricane")
                || wordIs(text, p, "typhoon") || wordIs(text, p, "cyclone") || wordIs(text, p, "superstorm"));
    }

    /** "her dog Maple", "a goldfish named Bubbles", "Bella, her rescue pit bull,", "Scout the cat". */
    static boolean animal(String text, int s, int e) {
        int p = prevWordStart(text, s, true);
        if (p >= 0) {
            long f = flagsOf(text, p);
            if ((f & PET) != 0) {
                return true;
            }
            if ((f & NAMING) != 0) {
                int pp = prevWordStart(text, p, false);
                if (pp >= 0 && (flagsOf(text, pp) & PET) != 0) {
                    return true; // "a goldfish named Bubbles"
                }
            }
        }
        // "Biscuit and Pepper, the family's guinea pigs": read past a second name
        int k = skipSpaces(text, e);
        if (text.startsWith("and ", k)) {
            int n = skipSpaces(text, k + 4);
            if (n < text.length() && Character.isUpperCase(text.charAt(n))) {
                k = wordEnd(text, n);
            }
        }
        if (k < text.length() && (text.charAt(k) == ',' || text.charAt(k) == '(')) {
            // an apposition up to the next comma or full stop: "Cooper, the family's golden retriever,"
            for (int w = 0, at = k + 1; w < 6 && at < text.length(); w++) {
                at = skipSpaces(text, at);
                int we = wordEnd(text, at);
                if (we == at) {
                    break;
                }
                if ((flagsOf(text, at, we) & PET) != 0) {
                    return true;
                }
                at = we;
                if (at < text.length() && ",.;:)!?".indexOf(text.charAt(at)) >= 0) {
                    break;
                }
            }
            return false;
        }
        // "Scout the cat"
        if (text.startsWith("the ", k)) {
            int n = skipSpaces(text, k + 4);
            return (flagsOf(text, n, wordEnd(text, n)) & PET) != 0;
        }
        return false;
    }

    /**
     * A product by its shape or what follows it: a dose ("Mounjaro 5 mg", "Qelbree 200mg"), a trademark sign
     * ("Velcro®"), or English words run together ("BuzzFeed", "DraftKings", "GeneSight"); people's names
     * run together have a short or non-English part ("DeShawn", "McKenzie", "LaToya"); or a method named for
     * its author ("the Fairburn model").
     */
    public static boolean product(String text, int s, int e, WordList english) {
        if (e < text.length() && (text.charAt(e) == '\u00ae' || text.charAt(e) == '\u2122')) {
            return true;
        }
        return doseAfter(text, e) || wordsRunTogether(text, s, e, english) && !placeOrPayerBefore(text, s) || modelAfter(text, e)
                || eponymDerived(text, s, e) || citedModel(text, s, e) || citedInParentheses(text, s, e)
                || kindOfThing(text, s, e) || thingAfter(text, e) || mutualHelpName(text, s, e);
    }

    /**
     * The author of a method cited in parentheses after it: "IFS (Schwartz)", "Dual Process Model (Stroebe and
     * Schut)", "(CFT, Gilbert)", "SRS 36 (Miller and Duncan)". The parentheses hold only capitalized names (and
     * an acronym before them); the word before them is an acronym or a method's word, not a relation or a
     * title ("her PCP (Okafor)" stays a person).
     */
    static boolean citedInParentheses(String text, int s, int e) {
        int open = s - 1;
        while (open >= 0 && s - open <= 40 && text.charAt(open) != '(') {
            open--; // bounded: a citation is short, and most words have no parenthesis before them
        }
        if (open < 0 || s - open > 40) {
            return false;
        }
        int close = e;
        while (close < text.length() && close - e <= 40 && text.charAt(close) != ')') {
            close++;
        }
        if (close >= text.length() || close - e > 40) {
            return false;
        }
        // inside: capitalized names joined by ", ", " and ", " & ", and at most one acronym first
        int k = open + 1;
        int names = 0;
        while (k < close) {
            int we = wordEnd(text, k);
            if (we == k) {
                return false;
            }
            boolean lowerParticle = wordIs(text, k, "de") || wordIs(text, k, "van") || wordIs(text, k, "von")
                    || wordIs(text, k, "and") || wordIs(text, k, "et") || wordIs(text, k, "al");
            if (!Character.isUpperCase(text.charAt(k)) && !lowerParticle) {
                return false;
            }
            names++;
            k = we;
            while (k < close && (text.charAt(k) == ' ' || text.charAt(k) == ',' || text.charAt(k) == '&' || text.charAt(k) == '.')) {
                k++;
            }
        }
        if (names == 0 || names > 5) {
            return false;
        }
        int p = prevWordStart(text, open, false);
        if (p < 0) {
            return false;
        }
        int pe = wordEnd(text, p);
        if (Character.isDigit(text.charAt(p))) {
            int q = prevWordStart(text, p, false); // "SRS 36 (Miller and Duncan)": a score of a cited instrument
            return q >= 0 && acronymAt(text, q, wordEnd(text, q));
        }
        long f = flagsOf(text, p, pe);
        if ((f & (Lexicon.KIN | Lexicon.TITLE | Lexicon.PERSON_NOUN | Lexicon.ORG_SUFFIX | Lexicon.PLACE_SUFFIX)) != 0) {
            return false;
        }
        return acronymAt(text, p, pe) || (f & Lexicon.CLINICAL) != 0 && Character.isUpperCase(text.charAt(p))
                || METHOD_WORDS.contains(text.substring(p, pe).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> METHOD_WORDS = WordSet.of("model", "therapy", "psychotherapy",
            "approach", "method", "principles", "experiencing", "protocol", "framework", "theory", "treatment",
            "intervention", "training", "work", "technique", "techniques", "counseling", "counselling", "program",
            "programme", "scale", "inventory", "questionnaire", "curriculum", "skills", "exposure", "processing",
            "desensitization", "interviewing", "stages", "hierarchy", "practice", "meditation", "mindfulness");

    /** A capital first and at least as many capitals as small letters, two or more: "IFS", "HAM-D", "CBT-E", "MoCA"; not "McDonald". */
    static boolean acronymAt(String text, int s, int e) {
        int caps = 0;
        int small = 0;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c)) {
                caps++;
            } else if (Character.isLowerCase(c)) {
                small++;
            }
        }
        return caps >= 2 && caps >= small && e > s && Character.isUpperCase(text.charAt(s));
    }

    /** "a Dementor", "a total Ken", "an Eeyore": a kind of person or thing, not someone; nobody is "a Maria". */
    static boolean kindOfThing(String text, int s, int e) {
        int p = prevWordStart(text, s, false);
        if (p < 0 || text.charAt(p) == 'A' && sentenceStartAt(text, p)) {
            return false;
        }
        int n = skipSpaces(text, e);
        if (n < text.length() && (Character.isUpperCase(text.charAt(n)) || Character.isDigit(text.charAt(n)))) {
            return false; // "a Tyrese Landry", "a Hines VA patient": a name goes on, someone in particular
        }
        if (wordIs(text, p, "a") || wordIs(text, p, "an")) {
            return true;
        }
        int q = prevWordStart(text, p, false);
        return q >= 0 && (wordIs(text, q, "a") || wordIs(text, q, "an")) && Character.isLowerCase(text.charAt(p))
                && KIND_ADJECTIVES.contains(text.substring(p, wordEnd(text, p)));
    }

    private static final java.util.Set<String> KIND_ADJECTIVES = WordSet.of("total", "real", "little", "typical",
            "classic", "complete", "modern-day", "modern", "regular", "young", "old", "female", "male", "bit",
            "sort", "kind", "human", "walking", "living", "tiny", "mini", "true");

    private static boolean sentenceStartAt(String text, int p) {
        int k = p - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?\n\"(".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * A thing named by the word, up to two more capitalized words and a lower-case noun a person's name is
     * never followed by: "Strava streak", "Little Debbie cakes", "Nexplanon removal", "Cinderella complex".
     */
    static boolean thingAfter(String text, int e) {
        for (int words = 0, k = e; words < 3; words++) {
            int n = skipSpaces(text, k);
            int ne = wordEnd(text, n);
            if (n == k || ne == n || Character.isLowerCase(text.charAt(n))) {
                return n > k && ne - n >= 3 && ne - n <= 13 && THING_WORDS.contains(text.substring(n, ne));
            }
            k = ne;
        }
        return false;
    }

    private static final java.util.Set<String> THING_WORDS = WordSet.of("app", "apps", "streak", "streaks",
            "bottle", "bottles", "cakes", "cookies", "chips", "candy", "cereal", "soda", "sodas", "beer", "beers",
            "vodka", "whiskey", "journaling", "practice", "practices", "exercise", "exercises", "technique", "techniques", "symptoms", "questionnaire", "complex", "scene",
            "scenes", "rhyme", "rhymes", "reruns", "episode", "episodes", "season", "seasons", "franchise", "movie",
            "movies", "film", "films", "song", "songs", "album", "lyrics", "meme", "memes", "game", "games", "skills",
            "removal", "injection", "injections", "shot", "shots", "pills", "patch", "implant", "refill", "refills",
            "prescription", "script", "generic", "worksheets", "workbook", "diary", "card", "cards", "module",
            "modules", "group", "groups", "meeting", "meetings", "moments", "fandom", "merch", "subscription",
            "account", "notifications", "tracker", "ring", "watch", "headset", "console", "controller", "vape",
            "vapes", "pods", "cartridge", "gummies", "edibles", "strain", "brand");

    /** "Al-Anon", "Nar-Anon", "Narcotics Anonymous": a mutual-help fellowship, named by its shape. */
    private static boolean mutualHelpName(String text, int s, int e) {
        if (e - s > 5 && text.regionMatches(true, e - 5, "-anon", 0, 5)) {
            return true;
        }
        int hyphen = e < text.length() && text.charAt(e) == '-' ? e : -1;
        if (hyphen > 0 && text.regionMatches(true, hyphen, "-anon", 0, 5)) {
            return true;
        }
        int n = skipSpaces(text, e);
        return n > e && text.startsWith("Anonymous", n);
    }

    /** "Pavlovian", "Rogerian", "Freudian", "Skinnerian": an adjective made from a listed eponym. */
    private static boolean eponymDerived(String text, int s, int e) {
        if (e - s < 6 || !text.regionMatches(true, e - 3, "ian", 0, 3) && !text.regionMatches(true, e - 3, "ean", 0, 3)) {
            return false;
        }
        return (LEX.get(text, s, e - 3) & Lexicon.EPONYM) != 0; // "Pavlov" + "ian"
    }

    /**
     * A model cited by its authors' names: "Verdane's two-track model", "Stroud and Lazar's stage
     * model": after the name (and a second one), a possessive and up to three words before a word only a
     * method is ("model", "paradigm", "framework"); "Maria's therapy" and "Keisha's theory" are hers, so
     * the words after a possessive are narrower than after a bare name.
     */
    private static boolean citedModel(String text, int s, int e) {
        int k = skipSpaces(text, e);
        boolean partner = false;
        if (text.startsWith("and ", k) || text.startsWith("& ", k)) {
            partner = true;
            int n = skipSpaces(text, k + (text.charAt(k) == '&' ? 2 : 4));
            if (n >= text.length() || !Character.isUpperCase(text.charAt(n))) {
                return false;
            }
            k = wordEnd(text, n);
        }
        if (k + 1 < text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '\u2019')) {
            k += text.charAt(k + 1) == 's' ? 2 : 1;
        } else {
            return false;
        }
        for (int words = 0; words < 4; words++) {
            int n = skipSpaces(text, k);
            int ne = wordEnd(text, n);
            if (n == k || ne == n || ne - n > 12) {
                return false;
            }
            String w = text.substring(n, ne).toLowerCase(java.util.Locale.ROOT);
            if (CITED_WORDS.contains(w)) {
                // "Keisha's model" may be her car: a given name needs a co-author, and one word between
                return partner || words > 0 && (LEX.get(text, s, e) & Lexicon.FIRST) == 0;
            }
            k = ne;
        }
        return false;
    }

    private static final java.util.Set<String> CITED_WORDS = WordSet.of("model", "hypothesis", "paradigm",
            "framework", "taxonomy");

    /** "the Fairburn model", "a Greenspan approach", "Kabat protocol": a method named after its author. */
    private static boolean modelAfter(String text, int e) {
        int n = skipSpaces(text, e);
        int ne = wordEnd(text, n);
        if (n == e || ne - n < 4 || ne - n > 12 || !Character.isLowerCase(text.charAt(n))) {
            return false;
        }
        return MODEL_WORDS.contains(text.substring(n, ne));
    }

    private static final java.util.Set<String> MODEL_WORDS = WordSet.of("model", "models", "method", "approach",
            "protocol", "technique", "framework", "theory", "hypothesis", "curriculum", "workbook", "criteria", "scale",
            "inventory", "questionnaire", "paradigm", "effect", "principle", "stages", "pyramid", "hierarchy",
            "triangle", "matrix", "quadrant", "tradition", "therapy", "exercise", "exercises",
            "worksheet", "checklist", "screener", "index", "battery");

    /**
     * A bare web address of a public service: a host of two labels ("www." aside), no path, whose name is
     * an English word or a listed brand ("chess.com", "calm.com"). A personal site ("janesmith.com",
     * "szabofamilylaw.com") has a name no dictionary holds, and any path ("linktr.ee/name") names someone.
     */
    public static boolean publicSite(String text, int s, int e, WordList english) {
        if (text.regionMatches(true, s, "www.", 0, 4)) {
            s += 4;
        }
        int dot = -1;
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                if (dot >= 0) {
                    return false;
                }
                dot = k;
            } else if (!(c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c))) {
                return false;
            }
        }
        return dot > s + 2 && dot < e - 1 && (english.isCommonWord(text, s, dot)
                || (LEX.get(text, s, dot) & Lexicon.PUBLIC) != 0);
    }

    /** Things a person has, after a possessive: "Brick's truck", "Honey's phone", "Rocky's court date". */
    private static final java.util.Set<String> PERSONAL_THINGS = WordSet.of("truck", "car", "van", "phone",
            "apartment", "house", "place", "room", "bedroom", "job", "boss", "coworker", "roommate", "birthday",
            "party", "wedding", "funeral", "kids", "number", "texts", "voicemail", "lawyer", "attorney", "probation",
            "parole", "custody", "ex", "girlfriend", "boyfriend", "fiance", "fiancé", "fiancée", "drinking",
            "temper", "teacher", "coach", "grave", "ashes", "diagnosis", "overdose", "arrest", "mom", "dad");

    /** The word at {@code text[s, e)} is something a person has ("truck", "phone", "court"), lower case. */
    public static boolean personalThing(String text, int s, int e) {
        return e - s >= 2 && e - s <= 9 && Character.isLowerCase(text.charAt(s))
                && PERSONAL_THINGS.contains(text.substring(s, e));
    }

    /** "at", "with", "through", "for"...: a word run together after one may be an employer or a plan ("through CountyCare"). */
    private static boolean placeOrPayerBefore(String text, int s) {
        int p = prevWordStart(text, s, false);
        return p >= 0 && (wordIs(text, p, "at") || wordIs(text, p, "with") || wordIs(text, p, "through")
                || wordIs(text, p, "for") || wordIs(text, p, "from") || wordIs(text, p, "by") || wordIs(text, p, "via")
                || wordIs(text, p, "of") || wordIs(text, p, "to") || wordIs(text, p, "in") || wordIs(text, p, "under"));
    }

    private static boolean doseAfter(String text, int e) {
        int n = skipSpaces(text, e);
        if (n > e && n < text.length() && Character.isUpperCase(text.charAt(n))) {
            int ne = wordEnd(text, n);
            if (ne > n && ne - n <= 14) {
                n = skipSpaces(text, ne); // "Invega Sustenna 156 mg": a brand's second word before the dose
                e = ne;
            }
        }
        if (n == e || n >= text.length() || !Character.isDigit(text.charAt(n))) {
            return false;
        }
        int k = n;
        while (k < text.length() && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.')) {
            k++;
        }
        k = skipSpaces(text, k);
        int ke = wordEnd(text, k);
        if (ke == k || ke - k > 7) {
            return false;
        }
        String unit = text.substring(k, ke).toLowerCase(java.util.Locale.ROOT);
        return DOSE_UNITS.contains(unit);
    }

    private static final java.util.Set<String> DOSE_UNITS = WordSet.of("mg", "mcg", "ml", "g", "iu", "units",
            "unit", "mg/day", "mg/d", "puffs", "tabs", "tablets", "capsules", "mcg/hr", "mg/ml");

    private static boolean wordsRunTogether(String text, int s, int e, WordList english) {
        int parts = 0;
        int from = s;
        for (int k = s + 1; k <= e; k++) {
            boolean boundary = k == e || Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1));
            if (!boundary) {
                if (!Character.isLetter(text.charAt(k))) {
                    return false;
                }
                continue;
            }
            if (k - from < 3 || !english.isCommonWord(text, from, k)) {
                return false;
            }
            parts++;
            from = k;
        }
        return parts >= 2;
    }

    /** "dressed as X", "be X for Halloween", "X costume", "the character X". */
    static boolean character(String text, int s, int e) {
        int p = prevWordStart(text, s, false);
        if (p >= 0) {
            int pe = wordEnd(text, p);
            if (pe - p == 2 && text.regionMatches(true, p, "as", 0, 2)) {
                int pp = prevWordStart(text, p, false);
                return pp >= 0 && (flagsOf(text, pp) & FICTION_CUE) != 0 || pp >= 0 && wordIs(text, pp, "up")
                        || pp >= 0 && wordIs(text, pp, "going");
            }
            if ((flagsOf(text, p) & FICTION_CUE) != 0 && !wordIs(text, p, "show") && !wordIs(text, p, "book")
                    && !shownByRecord(text, p, lower(text, p))) {
                return true; // "the character Bruno", "her favorite anime Naruto"
            }
            if (wordIs(text, p, "be") && text.regionMatches(true, skipSpaces(text, e), "for halloween", 0, 13)) {
                return true;
            }
            int pp = prevWordStart(text, p, false);
            if (pp >= 0 && (wordIs(text, pp, "imaginary") || wordIs(text, pp, "stuffed") || wordIs(text, pp, "plush")
                    || wordIs(text, pp, "pretend") || wordIs(text, pp, "fictional") || wordIs(text, pp, "toy"))) {
                return true; // "her imaginary friend X", "his stuffed bear X"
            }
        }
        int n = skipSpaces(text, e);
        int ne = wordEnd(text, n);
        return ne > n && (wordIs(text, n, "costume") || wordIs(text, n, "costumes") || wordIs(text, n, "cosplay"));
    }

    /**
     * The word starts or continues the name of an instrument, a test or an eponymous condition:
     * "Glasgow Coma Scale", "Toronto Alexithymia Scale", "Cotard syndrome", "Pick's disease".
     */
    public static boolean eponymousTitle(String text, int s, int e) {
        int p = prevWordStart(text, s, false);
        if (p >= 0 && Character.isUpperCase(text.charAt(p)) && s - wordEnd(text, p) == 1
                && (flagsOf(text, s, e) & INSTRUMENT) != 0) {
            return true; // the last word of one: "Geneva Convention", "Anxiety Rating Scale"
        }
        if (eponymCompound(text, s, e)) {
            return true;
        }
        int k = e;
        // "Pick's disease", "Bell's palsy", "Graves' disease"
        if (k + 1 < text.length() && (text.charAt(k) == '\'' || text.charAt(k) == '\u2019')) {
            k++;
            if (k < text.length() && (text.charAt(k) == 's' || text.charAt(k) == 'S')) {
                k++;
            }
            int n = skipSpaces(text, k);
            return n > k && disease(text, n, wordEnd(text, n));
        }
        if (k > s + 1 && (text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '\u2019')) {
            int n = skipSpaces(text, k);
            return n > k && disease(text, n, wordEnd(text, n));
        }
        for (int words = 0; words < 5; words++) {
            int n = skipSpaces(text, k);
            if (n == k || n >= text.length()) {
                return false;
            }
            int ne = wordEnd(text, n);
            if (ne == n) {
                return false;
            }
            boolean upper = Character.isUpperCase(text.charAt(n)); // before the lookup: most next words are lowercase
            if (upper && (flagsOf(text, n, ne) & INSTRUMENT) != 0 || words == 0 && disease(text, n, ne)) {
                return true; // "Coma Scale", "Cotard syndrome"
            }
            if (!upper) {
                return false;
            }
            k = ne;
        }
        return false;
    }

    /** Words after a two-name compound that make it an eponym: "the X-Y effect", "X-Y virus", "an X-Y curve". */
    private static final java.util.Set<String> COMPOUND_HEADS = WordSet.of("effect", "virus", "curve", "hypothesis",
            "principle", "theorem", "model", "theory", "technique", "method", "approach", "protocol", "procedure",
            "maneuver", "manoeuvre", "classification", "paradox", "bias", "fallacy", "complex", "cycle", "stages",
            "stage", "index", "scale", "test", "syndrome", "disease", "disorder", "law", "equation", "distribution",
            "criteria", "inventory", "questionnaire", "assessment", "interview", "battery", "encephalopathy", "sign",
            "phenomenon", "reflex", "palsy", "dystrophy", "ataxia", "tumor", "tumour", "infection", "vaccine");

    /**
     * Two or more capitalized names joined by hyphens and followed by a head word in lower case: "Yerkes-Dodson
     * law", "Epstein-Barr virus". A double-barrelled surname ("Hye-jin Park", "Smith-Jones called") has no such
     * head word after it.
     */
    private static boolean eponymCompound(String text, int s, int e) {
        int a = s;
        while (a >= 1 && (Character.isLetter(text.charAt(a - 1))
                || text.charAt(a - 1) == '-' && a >= 2 && Character.isLetter(text.charAt(a - 2)))) {
            a--; // back to the compound's first letter: the detector asks about each part
        }
        int z = wordEnd(text, a);
        int parts = 1;
        for (int k = a; k < z; k++) {
            if (text.charAt(k) == '-') {
                if (k + 1 >= z || !Character.isUpperCase(text.charAt(k + 1))) {
                    return false;
                }
                parts++;
            }
        }
        if (parts < 2 || !Character.isUpperCase(text.charAt(a))) {
            return false;
        }
        int n = skipSpaces(text, z);
        int ne = wordEnd(text, n);
        return n > z && ne > n && Character.isLowerCase(text.charAt(n)) && ne - n <= 14
                && COMPOUND_HEADS.contains(text.substring(n, ne));
    }

    /** Words after a possessive that make it an eponymous condition, not a person's ("Maria's test" is hers). */
    private static boolean disease(String text, int s, int e) {
        if (e - s < 3 || e - s > 11) {
            return false; // no word below is shorter or longer: skip the copy most words would cost
        }
        for (int k = s; k < e; k++) {
            if (text.charAt(k) >= 128) {
                return DISEASE_WORDS.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
            }
        }
        char first = (char) (text.charAt(s) | 0x20); // ASCII: lower case for a letter, never a letter otherwise
        for (String word : DISEASE_WORDS) {
            if (word.length() == e - s && word.charAt(0) == first && text.regionMatches(true, s, word, 0, word.length())) {
                return true; // ASCII: equal ignoring case is equal in lower case, without the copy
            }
        }
        return false;
    }

    /** "drinks Bacardi", "a bottle of Zubrowka", "switched from X to Y": a product. */
    static boolean consumed(String text, int s) {
        int p = prevWordStart(text, s, false);
        for (int words = 0; words < 3 && p >= 0 && Character.isUpperCase(text.charAt(p)) && s - wordEnd(text, p) == 1; words++) {
            s = p; // "rewatching Gilmore Girls": the title's first word tells
            p = prevWordStart(text, s, false);
        }
        for (int hops = 0; p >= 0 && hops < 3; hops++) {
            long f = flagsOf(text, p);
            if ((f & CONSUME) != 0) {
                return true;
            }
            if (!(wordIs(text, p, "of") || wordIs(text, p, "a") || wordIs(text, p, "some") || wordIs(text, p, "from")
                    || wordIs(text, p, "to") || wordIs(text, p, "and") || wordIs(text, p, "the"))) {
                return false;
            }
            p = prevWordStart(text, p, false);
        }
        return false;
    }

    // ------------------------------------------------------------------ text navigation

    private static long flagsOf(String text, int at) {
        return flagsOf(text, at, wordEnd(text, at));
    }

    private static long flagsOf(String text, int s, int e) {
        if (e <= s) {
            return 0;
        }
        if (e - s > 2 && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '\u2019') && text.charAt(e - 1) == 's') {
            e -= 2; // "the family's", "dog's"
        }
        return LEX.get(text, s, e);
    }

    private static boolean wordIs(String text, int at, String word) {
        return wordEnd(text, at) - at == word.length() && text.regionMatches(true, at, word, 0, word.length());
    }

    private static int skipSpaces(String text, int k) {
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** The end of the word (letters, digits, inner apostrophes and hyphens) starting at {@code k}. */
    static int wordEnd(String text, int k) {
        int e = k;
        while (e < text.length()) {
            char c = text.charAt(e);
            if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
                e++;
            } else if ((c == '\'' || c == '\u2019' || c == '-') && e > k && e + 1 < text.length()
                    && Character.isLetter(text.charAt(e + 1))) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /** The start of the word before {@code s} (over spaces, and over one comma when {@code comma}), or -1. */
    static int prevWordStart(String text, int s, boolean comma) {
        int k = s - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (comma && k >= 0 && text.charAt(k) == ',') {
            k--;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
        }
        if (k < 0 || !Character.isLetterOrDigit(text.charAt(k))) {
            return -1;
        }
        while (k > 0 && (Character.isLetterOrDigit(text.charAt(k - 1)) || (text.charAt(k - 1) == '\''
                || text.charAt(k - 1) == '\u2019' || text.charAt(k - 1) == '-') && k > 1
                && Character.isLetter(text.charAt(k - 2)))) {
            k--;
        }
        return k;
    }
}
