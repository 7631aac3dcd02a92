package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CONTACT;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.KIN;
import static org.practicekit.llm.phi.internal.Lexicon.NAMING;
import static org.practicekit.llm.phi.internal.Lexicon.SURNAME;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.PublicMentions.lower;
import static org.practicekit.llm.phi.internal.PublicMentions.lowerCase;
import static org.practicekit.llm.phi.internal.PublicMentions.sentenceEnd;
import static org.practicekit.llm.phi.internal.PublicMentions.skipBlanks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * What a noun phrase is, read from the sentence rather than from a list of its names: a work's title (after a verb
 * of reading, watching, listening or quoting, in quotation marks or italics beside a word of its medium, before
 * "by" and its author), an author after a work and "by", a figure of public life named with its role ("the poet
 * Mary Oliver", "a documentary about El Chapo"), a place named as a trip or as news ("flew to Cancun for spring
 * break", "the shooting in Uvalde"), a holiday or an observance as a word of the calendar ("her father's
 * yahrzeit", "before Diwali family gatherings"). Read only by the guard's public-vocabulary check (through
 * {@link NotIdentifiers}), after {@link PublicMentions}, for spans no list released.
 *
 * <p>Deny by default: every reading needs its cue in the sentence, and a person cue keeps the span replaced ("my
 * friend Tara", "Adele from church", "poet Ana, my cousin"); a single given name is a title only in quotation marks
 * or beside a word of its medium, never after a verb alone ("listening to Jolene" may be someone talking); a place
 * in a sentence that says where someone lives, works or comes from stays a place.
 */
final class PublicReading {
    private static final WordList ENGLISH = WordList.english();
    /** Holidays and observances, the detector's and the guard's parts ({@code holidays.txt}), lower case. */
    private static final Set<String> HOLIDAYS = lowerCase("holidays.txt");
    /** The public list's names (payers, clearinghouses, vendors among them), lower case. */
    private static final Set<String> PAYERS = lowerCase("public-names.txt");
    private static final Set<String> ARTICLES = WordSet.of("the", "a", "an", "my", "his", "her", "our", "their", "your",
            "this", "that", "favorite", "favourite", "fave", "old", "new", "whole", "entire", "some", "to", "of",
            "famous", "late", "great", "legendary", "is", "was", "el", "la", "los", "las", "un", "una", "o", "de");
    /**
     * Lower-case words a title or an author's name may hold between its capitalized words; never a preposition of
     * place ("the IOP at Rosecrance" is a program and where it was).
     */
    private static final Set<String> TITLE_JOINS = WordSet.of("of", "the", "and", "a", "an", "over", "is", "it", "le",
            "la", "el", "de", "del", "los", "las", "y", "van", "der", "den", "von", "da", "di", "du", "des", "bin", "al");
    /** Particles of an author's name: "Bessel van der Kolk", "Gabriel García Márquez". */
    private static final Set<String> NAME_PARTICLES = WordSet.of("van", "der", "den", "von", "da", "di", "du", "des",
            "de", "del", "la", "le", "bin", "al", "el");
    /** Nouns of a published work after a full name's possessive: "Lori Gottlieb's book" (round 33). */
    private static final Set<String> PUBLISHED = WordSet.of("book", "books", "novel", "novels", "memoir", "memoirs",
            "podcast", "podcasts", "album", "albums", "song", "songs", "lyrics", "poem", "poems", "poetry",
            "documentary", "essay", "essays", "workbook", "bestseller", "audiobook", "discography", "ted");
    /** Words between the possessive and the work: "Phoebe Bridgers' new album". */
    private static final Set<String> WORK_AGE = WordSet.of("new", "latest", "last", "first", "old", "famous", "whole",
            "entire", "recent");
    private static final String QUOTES_OPEN = "\"\u201c\u2018'*_\u00ab";
    private static final String QUOTES_CLOSE = "\"\u201d\u2019'*_\u00bb";

    private final WordTable lex;
    private final Set<String> mediaVerbs;
    private final Set<String> mediaNouns;
    private final Set<String> workVerbs;
    private final Set<String> publicRoles;
    private final Set<String> aboutWorks;
    private final Set<String> travel;
    private final Set<String> news;
    private final Set<String> settled;
    private final Set<String> employment;
    private final Set<String> occasionNouns;
    private final Set<String> courseNouns;
    private final Set<String> workParts;
    private final Set<String> billing;
    private final PublicRoles roles;
    private final PayersAndAgencies payers;
    private final PublicKinds kinds;
    private final TreatmentsAndLaws treatments = new TreatmentsAndLaws();
    private final StockCharacters stock;
    private final PublicEvents events;
    private final Eponyms eponyms;
    private final PublicShapes shapes;
    private final PublicNamesByKind byKind;

    PublicReading(WordTable lex, Map<String, Set<String>> classes) {
        this.lex = lex;
        this.mediaVerbs = classes.get("MEDIA_VERB");
        this.mediaNouns = classes.get("MEDIA_NOUN");
        this.workVerbs = classes.get("WORK_VERB");
        this.publicRoles = classes.get("PUBLIC_ROLE");
        this.aboutWorks = classes.get("ABOUT_WORK");
        this.travel = classes.get("TRAVEL_CUE");
        this.news = classes.get("NEWS_CUE");
        this.settled = classes.get("SETTLED_CUE");
        this.employment = classes.get("EMPLOYMENT");
        this.occasionNouns = classes.get("OCCASION_NOUN");
        this.courseNouns = classes.get("COURSE_NOUN");
        this.workParts = classes.get("WORK_PART");
        this.billing = classes.get("BILLING_CUE");
        this.roles = new PublicRoles(lex, classes);
        this.payers = new PayersAndAgencies(lex, classes);
        this.kinds = new PublicKinds(lex, classes);
        this.stock = new StockCharacters(lex);
        this.events = new PublicEvents(lex, settled, employment);
        this.eponyms = new Eponyms(lex);
        this.shapes = new PublicShapes(lex, classes);
        this.byKind = new PublicNamesByKind(lex, classes);
    }

    /** Whether the name or place span {@code text[s, e)} is, by its sentence, a work, a public figure, a trip or news. */
    boolean reads(String text, int s, int e) {
        if (treatments.reads(text, s, e)) {
            return true; // inside a therapy or a law named in full: "Assertive Community Treatment", "Kendra's Law"
        }
        // asked once: the five readers below all ask it of the same word, and it reads up to three words back
        boolean cue = personCueBefore(text, s);
        if (!cue && (stock.reads(text, s, e) || events.reads(text, s, e))) {
            // read before the run: "a Negative Nancy" and "the State Fair" are runs wider than the name detected
            return true;
        }
        if (!cue && shapes.reads(text, s, e)) {
            return true; // by structure: "AP Bio", "Seroquel XR", "a karen", "rolling on molly"
        }
        if (!cue && eponyms.reads(text, s, e)) {
            return true; // read from the noun after the name: "Meckel's diverticulum", "the Heimlich maneuver"
        }
        if (byKind.readsInItsSlot(text, s, e) || !cue && byKind.reads(text, s, e)) {
            return true; // by its kind in its slot: "speaks Tagalog", "Hurricane Ida", "watch everything on Peacock"
        }
        int[] run = run(text, s, e);
        if (run[0] > s || run[1] < e) {
            return false;
        }
        if (kinds.cited(text, run[0], run[1])) {
            return true; // "per Felitti et al. (1998)": an author cited, asked before the cues ("per" is one)
        }
        if (run[0] == s ? cue : personCueBefore(text, run[0])) {
            return false;
        }
        if (roles.reads(text, run[0], run[1])) {
            return true; // a listed team, payer or brand by what it does: "Aetna says we need a new referral"
        }
        if (payers.reads(text, run[0], run[1])) {
            return true; // a payer or an agency as coverage, a claim or an actor: "she is on Medicaid", "CPS opened a case"
        }
        if (kinds.reads(text, run[0], run[1])) {
            return true; // a medication, a noun after an article, a character from a show: "the Bill from the lab"
        }
        if (personAfter(text, run[1])) {
            return false;
        }
        String name = lower(text, run[0], run[1]);
        if (HOLIDAYS.contains(name)) {
            return !dateCueBefore(text, run[0]); // "her father's yahrzeit"; "since Pascua" stays a date
        }
        return title(text, run) || author(text, run) || figure(text, run) || authorsWork(text, run) || tripOrNews(text, run)
                || billingVendor(text, run, name);
    }

    /**
     * A holiday the detector dated that modifies a noun: "before Diwali family gatherings", "Easter dinner": the
     * kind of occasion, not the day of an event ("relapsed on Easter" stays a date).
     */
    boolean occasion(String text, int s, int e) {
        if (!HOLIDAYS.contains(lower(text, s, e).replace('\u2019', '\''))) {
            return false;
        }
        int n = skipBlanks(text, e);
        int ne = ProperNounContext.wordEnd(text, n);
        return ne > n && Character.isLowerCase(text.charAt(n)) && WordSet.containsLowerOrEmpty(occasionNouns, text, n, ne);
    }

    // ---------------------------------------------------------------- a work's title

    /**
     * A title: in quotation marks or italics beside a word of its medium; after a verb of reading, watching,
     * listening or quoting when its words are not a person's name ("listened to Hallelujah", "watched Good Will
     * Hunting"); right after a word of its medium ("the song Roxanne"); before "by" and a capitalized name; or before
     * a program's noun ("the Love and Logic class").
     */
    private boolean title(String text, int[] run) {
        boolean quoted = quoted(text, run);
        boolean nounBefore = mediaNounRightBefore(text, run[0]);
        boolean cue = nounBefore || mediaCueBefore(text, run[0]);
        if (quoted && (cue || onRepeat(text, run[1]) || workPartAfter(text, run[1]) && titleShape(text, run, false))) {
            return true;
        }
        if (nounBefore && !sentenceStart(text, run[0])) {
            return true; // "the song Roxanne", "the book Educated"
        }
        if (byAuthorAfter(text, run[1]) && titleShape(text, run, true)) {
            return true; // "Educated by Tara Westover"
        }
        if (courseNounAfter(text, run[1]) && titleShape(text, run, false) && words(text, run).size() > 1) {
            return true; // "the Love and Logic class"
        }
        return cue && titleShape(text, run, false);
    }

    /**
     * Words a title has and a person's name has not: two words or more, one of them an everyday word on no name list
     * or a joining word ("Mind Over Mood", "The Body Keeps the Score"); or one everyday word on no name list
     * ("Hallelujah", "Educated"), when {@code single}, or after a verb of the medium.
     */
    private boolean titleShape(String text, int[] run, boolean single) {
        List<int[]> words = words(text, run);
        if (sentenceStart(text, run[0]) && words.size() == 1) {
            return false;
        }
        int everyday = 0;
        for (int[] w : words) {
            long f = lex.get(text, w[0], w[1]);
            if ((f & (Lexicon.ORG_SUFFIX | Lexicon.CLINICAL)) != 0 || allCapitals(text, w[0], w[1])) {
                return false; // "Riverside Counseling", "Clarity RTC": a place or a program of the client's care
            }
            String low = lower(text, w[0], w[1]);
            if (TITLE_JOINS.contains(low) && !NAME_PARTICLES.contains(low)) {
                everyday++;
            } else if ((f & (FIRST | SURNAME | KIN | TITLE)) == 0 && ENGLISH.isCommonWord(text, w[0], w[1])) {
                everyday++;
            }
        }
        return words.size() > 1 ? everyday > 0 : everyday == 1;
    }

    private static boolean allCapitals(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return e - s > 1;
    }

    private boolean quoted(String text, int[] run) {
        int o = run[0] - 1;
        int c = run[1];
        if (o < 0 || c >= text.length()) {
            return false;
        }
        int open = QUOTES_OPEN.indexOf(text.charAt(o));
        char close = text.charAt(c);
        if (close == ',' || close == '.' || close == '!' || close == '?') {
            close = c + 1 < text.length() ? text.charAt(c + 1) : ' '; // "Roxanne," with the comma inside
        }
        return open >= 0 && QUOTES_CLOSE.indexOf(close) >= 0 && (o == 0 || !Character.isLetterOrDigit(text.charAt(o - 1)));
    }

    /** A verb or a noun of the medium up to four words before, over articles, "to", a quotation mark. */
    private boolean mediaCueBefore(String text, int s) {
        int k = s;
        for (int words = 0; words < 4; words++) {
            int p = ProperNounContext.prevWordStart(text, k, false);
            if (p < 0) {
                return false;
            }
            String w = lower(text, p, ProperNounContext.wordEnd(text, p));
            if (mediaVerbs.contains(w) || workVerbs.contains(w) || mediaNouns.contains(w)) {
                return true;
            }
            if (!ARTICLES.contains(w) && !w.equals("chapter") && !(w.length() <= 2 && Character.isDigit(w.charAt(0)))) {
                return false;
            }
            k = p;
        }
        return false;
    }

    /** A noun of the medium right before, over a quotation mark: "the song Roxanne", "the book \"Educated\"". */
    private boolean mediaNounRightBefore(String text, int s) {
        int k = s;
        while (k > 0 && QUOTES_OPEN.indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        int p = ProperNounContext.prevWordStart(text, k, false);
        if (p < 0) {
            return false;
        }
        String w = lower(text, p, ProperNounContext.wordEnd(text, p));
        return mediaNouns.contains(w) && !w.equals("era") && !w.equals("administration");
    }

    /** A part of a work right after the closing mark: "\"Good Will Hunting\" scene", "the \"Hallelujah\" lyrics". */
    private boolean workPartAfter(String text, int e) {
        int n = skipBlanks(text, skipQuotes(text, e));
        String w = lower(text, n, ProperNounContext.wordEnd(text, n));
        return workParts.contains(w) || mediaNouns.contains(w);
    }

    private boolean onRepeat(String text, int e) {
        int k = skipQuotes(text, e);
        int n = skipBlanks(text, k);
        return text.startsWith("on repeat", n) || text.startsWith("again and again", n);
    }

    /** "by" and a capitalized word after the run: the run is a work and the name after it its author. */
    private boolean byAuthorAfter(String text, int e) {
        int k = skipBlanks(text, skipQuotes(text, e));
        if (!text.startsWith("by ", k)) {
            return false;
        }
        int n = skipBlanks(text, k + 3);
        return n < text.length() && Character.isUpperCase(text.charAt(n));
    }

    private boolean courseNounAfter(String text, int e) {
        int n = skipBlanks(text, skipQuotes(text, e));
        return WordSet.containsLowerOrEmpty(courseNouns, text, n, ProperNounContext.wordEnd(text, n));
    }

    // ---------------------------------------------------------------- an author, a figure

    /** The name after "by" when what stands before "by" is a work: a title, a quotation, a word of a medium. */
    private boolean author(String text, int[] run) {
        int by = ProperNounContext.prevWordStart(text, run[0], false);
        if (by < 0 || !lower(text, by, ProperNounContext.wordEnd(text, by)).equals("by")) {
            return false;
        }
        int k = by;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k > 0 && QUOTES_CLOSE.indexOf(text.charAt(k - 1)) >= 0) {
            return true; // "\"Wild Geese\" by Mary Oliver"
        }
        int p = ProperNounContext.prevWordStart(text, by, false);
        if (p < 0) {
            return false;
        }
        String w = lower(text, p, ProperNounContext.wordEnd(text, p));
        if (mediaNouns.contains(w) || aboutWorks.contains(w)) {
            return true; // "a book by", "a poem by"
        }
        if (!Character.isUpperCase(text.charAt(p))) {
            return false;
        }
        int[] work = run(text, p, ProperNounContext.wordEnd(text, p));
        return titleShape(text, work, true) && (mediaCueBefore(text, work[0]) || !sentenceStart(text, work[0]));
    }

    /**
     * A figure of public life: a role noun right before ("the poet Mary Oliver", "narco El Chapo", "favorite
     * singer is Selena") or after a comma ("Rumi, the poet"), or the subject of a work "about" ("a documentary about
     * El Chapo").
     */
    private boolean figure(String text, int[] run) {
        int k = run[0];
        for (int words = 0; words < 3; words++) {
            int p = ProperNounContext.prevWordStart(text, k, false);
            if (p < 0) {
                return false;
            }
            String w = lower(text, p, ProperNounContext.wordEnd(text, p));
            if (publicRoles.contains(w) || words == 0 && w.endsWith("s") && publicRoles.contains(w.substring(0, w.length() - 1))) {
                return !possessedRole(text, p);
            }
            if ((w.equals("about") || w.equals("on") || w.equals("sobre")) && words == 0) {
                int q = ProperNounContext.prevWordStart(text, p, false);
                return q >= 0 && WordSet.containsLowerOrEmpty(aboutWorks, text, q, ProperNounContext.wordEnd(text, q));
            }
            if (!(w.equals("the") || w.equals("is") || w.equals("was") || w.equals("favorite") || w.equals("favourite")
                    || w.equals("famous") || w.equals("late") || w.equals("great") || w.equals("el") || w.equals("la")
                    || w.equals("a") || w.equals("an"))) {
                break;
            }
            k = p;
        }
        int c = skipBlanks(text, run[1]);
        if (c < text.length() && text.charAt(c) == ',') {
            int n = skipBlanks(text, c + 1);
            int ne = ProperNounContext.wordEnd(text, n);
            if (lower(text, n, ne).equals("the")) {
                n = skipBlanks(text, ne);
                ne = ProperNounContext.wordEnd(text, n);
            }
            return WordSet.containsLowerOrEmpty(publicRoles, text, n, ne);
        }
        return false;
    }

    /**
     * A full name, two words or more, whose possessive owns a published work ("Lori Gottlieb's book", "Phoebe
     * Bridgers' new album"): an author or an artist (round 33). Only nouns of what is published, not of what a
     * friend may also make ("Ana Ruiz's show", "her videos"); a person cue before the name was asked already.
     */
    private boolean authorsWork(String text, int[] run) {
        if (words(text, run).size() < 2) {
            return false;
        }
        int k = run[1];
        if (k >= 2 && text.charAt(k - 1) == 's' && (text.charAt(k - 2) == '\'' || text.charAt(k - 2) == '\u2019')) {
            k -= 2; // the run took the "'s" with it
        }
        if (k + 1 >= text.length() || text.charAt(k) != '\'' && text.charAt(k) != '\u2019') {
            return false;
        }
        k++;
        if (text.charAt(k) == 's') {
            k++;
        } else if (text.charAt(k - 2) != 's') {
            return false; // "Bridgers' album" only after an s
        }
        int n = skipBlanks(text, k);
        if (n == k) {
            return false;
        }
        int ne = ProperNounContext.wordEnd(text, n);
        if (WordSet.containsLowerOrEmpty(WORK_AGE, text, n, ne)) {
            n = skipBlanks(text, ne);
            ne = ProperNounContext.wordEnd(text, n);
        }
        return ne > n && WordSet.containsLowerOrEmpty(PUBLISHED, text, n, ne);
    }

    /** "my poet", "her singer": a role someone of the client's holds, not a public one. */
    private boolean possessedRole(String text, int p) {
        int q = ProperNounContext.prevWordStart(text, p, false);
        if (q < 0) {
            return false;
        }
        String w = lower(text, q, ProperNounContext.wordEnd(text, q));
        return w.equals("my") || w.equals("his") || w.equals("our") || w.equals("their") || w.equals("your")
                || (lex.get(text, q, ProperNounContext.wordEnd(text, q)) & KIN) != 0;
    }

    // ---------------------------------------------------------------- a trip, the news

    /**
     * A place as a wished-for trip or as news: after a preposition of motion or place, in a sentence with a wish to
     * travel ("dreams of going", "someday", "bucket list") or a word of news ("the shooting in Uvalde", "wildfire coverage from
     * Maui"), and no word that settles someone there ("lives", "moved", "works", "grew up") nor a relation, whose
     * town a visit would give ("drove to Kenosha to see his kids").
     */
    private boolean tripOrNews(String text, int[] run) {
        int p = ProperNounContext.prevWordStart(text, run[0], false);
        if (p < 0) {
            return false;
        }
        String prep = lower(text, p, ProperNounContext.wordEnd(text, p));
        // a trip goes to a place; news comes from one ("flew in from Guadalajara" is where someone lives)
        boolean trip = prep.equals("to") || prep.equals("in") || prep.equals("at") || prep.equals("visit")
                || prep.equals("visited") || prep.equals("visiting");
        boolean report = prep.equals("in") || prep.equals("from") || prep.equals("of") || prep.equals("about");
        if (!trip && !report) {
            return false;
        }
        int from = PublicMentions.sentenceStart(text, run[0]);
        int to = sentenceEnd(text, run[1]);
        boolean tripCue = false;
        boolean newsCue = false;
        String previous = "";
        for (int k = from; k < to; ) {
            if (!Character.isLetter(text.charAt(k))) {
                k++;
                continue;
            }
            int we = ProperNounContext.wordEnd(text, k);
            if (k >= run[0] && k < run[1]) {
                k = run[1];
                previous = "";
                continue;
            }
            String w = lower(text, k, we);
            String pair = previous.isEmpty() ? w : previous + " " + w;
            if (settled.contains(w) || settled.contains(pair) || employment.contains(w)
                    || (lex.get(text, k, we) & KIN) != 0) {
                return false; // "drove to Kenosha to see his kids": where his family is
            }
            tripCue |= travel.contains(w) || travel.contains(pair);
            newsCue |= news.contains(w);
            previous = w;
            k = Math.max(we, k + 1);
        }
        return tripCue && trip || newsCue && report;
    }

    // ---------------------------------------------------------------- a payer in billing mail

    /**
     * A listed payer, clearinghouse or benefits vendor after a preposition of processing in a sentence about a claim
     * ("resubmitted through Availity", "the ERA from Anthem", "denied by Aetna"): the practice's billing channel, not
     * the client's place. A payer that opens the sentence and acts ("Cigna denied her claim") is left to the slots,
     * and a word of work in the sentence keeps it the client's employer.
     */
    private boolean billingVendor(String text, int[] run, String name) {
        if (!PAYERS.contains(name)) {
            return false;
        }
        int p = ProperNounContext.prevWordStart(text, run[0], false);
        if (p < 0 || !WordSet.of("through", "in", "via", "with", "to", "from", "by", "on", "into", "thru")
                .contains(lower(text, p, ProperNounContext.wordEnd(text, p)))) {
            return false;
        }
        boolean claim = false;
        int to = sentenceEnd(text, run[1]);
        for (int k = PublicMentions.sentenceStart(text, run[0]); k < to; ) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                k++;
                continue;
            }
            int we = ProperNounContext.wordEnd(text, k);
            String w = lower(text, k, we);
            if (employment.contains(w)) {
                return false;
            }
            claim |= billing.contains(w) || we - k == 5 && Character.isDigit(text.charAt(k)); // a CPT code
            k = Math.max(we, k + 1);
        }
        return claim;
    }

    // ---------------------------------------------------------------- person cues

    /** A relation, a title, a contact or naming word up to three words before, over possessives and a comma. */
    private boolean personCueBefore(String text, int s) {
        int k = s;
        for (int words = 0; words < 3; words++) {
            int p = ProperNounContext.prevWordStart(text, k, true);
            if (p < 0) {
                return false;
            }
            int pe = ProperNounContext.wordEnd(text, p);
            long f = lex.get(text, p, pe);
            if ((f & (KIN | TITLE | CONTACT | NAMING)) != 0) {
                return true;
            }
            String w = lower(text, p, pe);
            if (!(w.equals("my") || w.equals("his") || w.equals("her") || w.equals("our") || w.equals("their")
                    || w.equals("your") || w.equals("best") || w.equals("the") || w.equals("new") || w.equals("old"))) {
                return false;
            }
            k = p;
        }
        return false;
    }

    /** "Tara from work", "Oliver (my coworker)", "Selena, my cousin": a person by what follows. */
    private boolean personAfter(String text, int e) {
        int k = skipBlanks(text, skipQuotes(text, e));
        if (k < text.length() && (text.charAt(k) == '(' || text.charAt(k) == ',')) {
            int n = skipBlanks(text, k + 1);
            int ne = ProperNounContext.wordEnd(text, n);
            String w = lower(text, n, ne);
            return (w.equals("my") || w.equals("his") || w.equals("her") || w.equals("our") || w.equals("their"))
                    && (lex.get(text, skipBlanks(text, ne), ProperNounContext.wordEnd(text, skipBlanks(text, ne)))
                    & (KIN | CONTACT)) != 0;
        }
        String w = lower(text, k, ProperNounContext.wordEnd(text, k));
        return w.equals("from") || w.equals("who") || w.equals("says") || w.equals("said") || w.equals("told");
    }

    /** "since", "on", "last", "until" before a holiday: the day of an event, which the date rules read. */
    private static boolean dateCueBefore(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0) {
            return false;
        }
        String w = lower(text, p, ProperNounContext.wordEnd(text, p));
        return WordSet.of("since", "on", "last", "until", "till", "til", "desde", "hasta", "en", "el", "over", "during",
                "after", "before", "pasada", "this").contains(w);
    }

    // ---------------------------------------------------------------- the run

    /**
     * The capitalized words around the span, over joining words between two capitalized ones ("Mind Over Mood", "The
     * Body Keeps the Score", "Bessel van der Kolk"); a lower-case span stands alone ("tahoe").
     */
    private static int[] run(String text, int s, int e) {
        if (!Character.isUpperCase(text.charAt(s))) {
            return new int[] {s, e};
        }
        int start = s;
        for (int words = 0; words < 6; words++) {
            int p = ProperNounContext.prevWordStart(text, start, false);
            if (p < 0 || sentenceStart(text, start) || !spaceBetween(text, ProperNounContext.wordEnd(text, p), start)) {
                break;
            }
            String w = lower(text, p, ProperNounContext.wordEnd(text, p));
            if (Character.isUpperCase(text.charAt(p)) || TITLE_JOINS.contains(w) && capitalizedBefore(text, p)) {
                start = p;
            } else {
                break;
            }
        }
        int end = e;
        for (int words = 0; words < 8; words++) {
            int n = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
            if (n == end || n >= text.length()) {
                break;
            }
            int we = ProperNounContext.wordEnd(text, n);
            if (we == n) {
                break;
            }
            String w = lower(text, n, we);
            if (Character.isUpperCase(text.charAt(n)) || TITLE_JOINS.contains(w) && capitalizedAfter(text, we)) {
                end = we;
            } else {
                break;
            }
        }
        // a lower-case joining word at the run's start belongs to the sentence ("to", "the")
        while (start < s && !Character.isUpperCase(text.charAt(start))) {
            start = skipBlanks(text, ProperNounContext.wordEnd(text, start));
        }
        return new int[] {start, end};
    }

    private static boolean capitalizedBefore(String text, int p) {
        int q = ProperNounContext.prevWordStart(text, p, false);
        return q >= 0 && Character.isUpperCase(text.charAt(q)) && spaceBetween(text, ProperNounContext.wordEnd(text, q), p)
                && !sentenceStart(text, q);
    }

    private static boolean capitalizedAfter(String text, int we) {
        int n = we < text.length() && text.charAt(we) == ' ' ? we + 1 : -1;
        if (n < 0 || n >= text.length()) {
            return false;
        }
        if (Character.isUpperCase(text.charAt(n))) {
            return true;
        }
        int ne = ProperNounContext.wordEnd(text, n);
        return WordSet.containsLowerOrEmpty(NAME_PARTICLES, text, n, ne) && capitalizedAfter(text, ne); // "van der Kolk"
    }

    private static List<int[]> words(String text, int[] run) {
        List<int[]> out = new ArrayList<>();
        int k = run[0];
        while (k < run[1]) {
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k) {
                k++;
                continue;
            }
            out.add(new int[] {k, we});
            k = skipBlanks(text, we);
        }
        return out;
    }

    private static boolean spaceBetween(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }

    private static int skipQuotes(String text, int e) {
        int k = e;
        while (k < text.length() && (QUOTES_CLOSE.indexOf(text.charAt(k)) >= 0 || text.charAt(k) == ',')) {
            k++;
        }
        return k;
    }

    private static boolean sentenceStart(String text, int s) {
        int k = s;
        while (k > 0 && (text.charAt(k - 1) == ' ' || QUOTES_OPEN.indexOf(text.charAt(k - 1)) >= 0)) {
            k--;
        }
        return k == 0 || ".!?;:\n".indexOf(text.charAt(k - 1)) >= 0;
    }
}
