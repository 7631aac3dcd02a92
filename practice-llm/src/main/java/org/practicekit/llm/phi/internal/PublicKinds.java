package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.PublicMentions.lower;
import static org.practicekit.llm.phi.internal.PublicMentions.lowerCase;
import static org.practicekit.llm.phi.internal.PublicMentions.skipBlanks;

import java.util.List;
import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * A capitalized word that the sentence makes a kind of thing rather than someone's name or place (issue 13, round
 * 19): a medication, which no town or person is named ("wants off Seroquel"); an everyday noun after an article,
 * which a person's name never takes ("the Bill from the hospital", "a Will"); a product poured or packed ("a bottle of
 * Tito's"); a character named with the show or
 * book it comes from ("Cersei from Game of Thrones"). Read by {@link PublicReading} for a span no list released.
 *
 * <p>Deny by default: a medication followed by a place noun ("Lyrica Lounge") or any word that is also a given name,
 * a surname or a city stays; the article reading needs the word to be an everyday English word, no place preposition
 * before the article ("at the Rose") and the article right before it; a character needs its title on the fiction
 * list right after "from".
 */
final class PublicKinds {
    private static final WordList ENGLISH = WordList.english();
    /** Medications, generic and brand: the first section of {@code clinical-terms.txt} and {@code drugs.txt}. */
    private static final Set<String> MEDICATIONS = medications();
    /** Shows, films, books and games ({@code fiction.txt}), lower case. */
    private static final Set<String> FICTION = lowerCase("fiction.txt");
    private static final Set<String> ARTICLES = WordSet.of("the", "a", "an", "another", "this", "that");
    /** Words before an article that make the phrase a place: "at the Rose", "to the Grove". */
    private static final Set<String> PLACE_BEFORE_ARTICLE = WordSet.of("at", "to", "in", "from", "near", "inside",
            "outside", "into", "by", "behind", "across");
    /** "from" only: "in" and "on" also place someone ("Dave in Yellowstone"). */
    private static final Set<String> FROM_WORK = WordSet.of("from");
    /** "in" and "on" before a title read only with a stricter title (round 20): "Neville in Harry Potter". */
    private static final Set<String> IN_WORK = WordSet.of("in", "on");

    /** Containers a drink or a product is counted in, before "of" ("case" left out: "in the case of Maria"). */
    private static final Set<String> CONTAINERS = WordSet.of("bottle", "bottles", "shot", "shots", "glass", "glasses",
            "can", "cans", "pint", "pints", "fifth", "fifths", "handle", "handles", "pack", "packs", "six-pack",
            "12-pack", "liter", "liters", "botella", "botellas", "lata", "latas", "carton", "cartons", "pouch", "pod",
            "pods", "vape");
    /** Levels of care a program's kind stands before: "the Women's IOP", "the Trauma RTC", "the Evening group". */
    private static final Set<String> LEVELS_OF_CARE = WordSet.of("iop", "php", "rtc", "program", "track", "group",
            "groups", "unit");
    private static final Set<String> POSSESSED = WordSet.of("a", "an", "the", "my", "his", "her", "our", "their", "your",
            "this", "that", "old", "new");
    private static final Set<String> FAMILY_AFTER = WordSet.of("family", "families", "household", "house", "home",
            "residence", "twins", "kids", "clan", "boys", "girls", "sisters", "brothers");

    private final WordTable lex;
    private final Set<String> placeNouns;
    private final Set<String> breeds;
    private final Set<String> virtues;
    private final Set<String> weekdays;
    private final Set<String> weekdayBefore;
    private final Set<String> citationCues;
    private final Set<String> programKinds;
    private final Set<String> instrumentHeads;
    private final Set<String> instrumentAfter;
    private final Set<String> employment;

    PublicKinds(WordTable lex, java.util.Map<String, Set<String>> classes) {
        this.lex = lex;
        this.placeNouns = classes.get("PLACE_AFTER");
        this.breeds = classes.get("BREED");
        this.virtues = classes.get("VIRTUE");
        this.weekdays = classes.get("FOREIGN_WEEKDAY");
        this.weekdayBefore = classes.get("WEEKDAY_BEFORE");
        this.citationCues = classes.get("CITATION_CUE");
        this.programKinds = classes.get("PROGRAM_KIND");
        this.instrumentHeads = classes.get("INSTRUMENT_HEAD");
        this.instrumentAfter = classes.get("INSTRUMENT_AFTER");
        this.employment = classes.get("EMPLOYMENT");
    }

    /** Whether the run {@code text[s, e)} names a kind of thing: a medication, a noun, a fictional character. */
    boolean reads(String text, int s, int e) {
        boolean oneWord = text.indexOf(' ', s) < 0 || text.indexOf(' ', s) >= e;
        if (oneWord && (lex.get(text, s, e) & (Lexicon.SURNAME | Lexicon.CITY)) == 0) {
            if (medication(text, s, e) || everydayNoun(text, s, e)) {
                return true;
            }
        }
        return breed(text, s, e) || weekday(text, s, e) || contained(text, s) || character(text, e)
                || programKind(text, s, e) || instrument(text, s, e) || prayedTo(text, s)
                || oneWord && virtueInList(text, s, e);
    }

    /** What joins the words of a list of values or feelings: "Honesty, Patience and Faith", "all Sadness, no Joy". */
    private static final Set<String> LIST_JOINS = WordSet.of("and", "or", "no", "not", "y", "e", "o", "&", "vs", "over");

    /**
     * A virtue or a feeling named beside another in a list ("Values card sort: Honesty, Patience, Justice, Faith", "all
     * Sadness, no Joy"): the words of a value or an emotion, which a name such as Faith or Joy only shares. Alone
     * ("Faith drove her to session", "talked about Faith") the word stays replaced: only the list says what it is.
     */
    private boolean virtueInList(String text, int s, int e) {
        if (!WordSet.containsLowerOrEmpty(virtues, text, s, e) || s == e) {
            return false;
        }
        int p = s;
        for (int i = 0; i < 2; i++) { // the word before, over one join
            int q = ProperNounContext.prevWordStart(text, p, true);
            if (q < 0) {
                break;
            }
            int qe = ProperNounContext.wordEnd(text, q);
            if (WordSet.containsLowerOrEmpty(virtues, text, q, qe) && qe > q) {
                return true;
            }
            if (!WordSet.containsLowerOrEmpty(LIST_JOINS, text, q, qe) || qe == q) {
                break;
            }
            p = q;
        }
        return PublicRoles.wordAfterOver(text, e, 2, virtues, LIST_JOINS); // the word after, over one join
    }

    /** Verbs of prayer, before "to" or "a" and the one prayed to: "prays to Jesus", "le reza a la Virgen". */
    private static final Set<String> PRAYER_VERBS = WordSet.of("pray", "prays", "prayed", "praying", "reza", "rezo",
            "rezar", "rezando", "rezaba", "ora", "oro", "orar", "orando", "rezam", "oram");
    /** What joins the ones prayed to: "Jesus and Mary", "a Dios y a la Virgen". */
    private static final Set<String> PRAYER_JOINS = WordSet.of("and", "y", "e", "&", "la", "el", "a", "to", "the", "al");

    /**
     * One prayed to (round 20): after a verb of prayer and "to" or "a", over other names joined by "and" or "y" ("she
     * prays to Jesus and Mary", "le reza a la Virgen"). Nobody of the client's life is prayed to by name; someone
     * prayed for is ("pray for Maria" stays), and a kin word before the name keeps it ({@link PublicReading} asks the
     * person cues first: "prays to her abuela Rosa").
     */
    private boolean prayedTo(String text, int s) {
        int k = s;
        for (int words = 0; words < 6; words++) {
            int p = ProperNounContext.prevWordStart(text, k, false);
            if (p < 0) {
                return false;
            }
            int pe = ProperNounContext.wordEnd(text, p);
            String w = lower(text, p, pe);
            if ((w.equals("to") || w.equals("a")) && words < 5) {
                int q = ProperNounContext.prevWordStart(text, p, false);
                if (q >= 0 && WordSet.containsLowerOrEmpty(PRAYER_VERBS, text, q, ProperNounContext.wordEnd(text, q))) {
                    return true;
                }
            }
            boolean name = Character.isUpperCase(text.charAt(p)) && (lex.get(text, p, pe) & Lexicon.KIN) == 0;
            if (!name && !PRAYER_JOINS.contains(w) || text.indexOf(',', pe) >= 0 && text.indexOf(',', pe) < k) {
                return false;
            }
            k = p;
        }
        return false;
    }

    /** Words before a run that make it where someone is, goes or comes from ("at Lakeside Family Therapy"). */
    private static final Set<String> PLACE_BEFORE = WordSet.of("at", "to", "from", "near", "inside", "outside", "into",
            "behind", "across", "para", "en", "em", "no", "na");

    /**
     * A named measure, therapy or model (round 20): a capitalized run of two words or more ending in a head noun of
     * one ({@code [INSTRUMENT_HEAD]}: "the Beck Depression Inventory", "Cognitive Processing Therapy", "Internal Family
     * Systems"), or a name right before a lower-case head ({@code [INSTRUMENT_AFTER]}, over one everyday word: "the
     * Gottman method", "the ProQOL burnout subscale"). Deny by default: a place word before the run or its article
     * ("at Lakeside Family Therapy", "to the Hope Therapy office"), a place noun after it, a word of work in the
     * sentence ("works front desk at ..."), and, for a name before a lower-case head, a possessive ("Maria's scale")
     * or a single given name ("Grace model") keep it someone's.
     */
    private boolean instrument(String text, int s, int e) {
        List<int[]> words = words(text, s, e);
        if (words.isEmpty()) {
            return false;
        }
        int[] last = words.get(words.size() - 1);
        boolean head = words.size() > 1 && WordSet.containsLowerOrEmpty(instrumentHeads, text, last[0], last[1]);
        if (!head) {
            if (text.startsWith("'s", e) || text.startsWith("\u2019s", e)
                    || words.size() == 1 && (lex.get(text, s, e) & Lexicon.FIRST) != 0) {
                return false;
            }
            int n = skipBlanks(text, e);
            int ne = ProperNounContext.wordEnd(text, n);
            if (ne > n && !WordSet.containsLowerOrEmpty(instrumentAfter, text, n, ne) && Character.isLowerCase(text.charAt(n))
                    && ENGLISH.isCommonWord(lower(text, n, ne))) {
                n = skipBlanks(text, ne); // "the ProQOL burnout subscale"
                ne = ProperNounContext.wordEnd(text, n);
            }
            if (ne == n || !Character.isLowerCase(text.charAt(n)) || !WordSet.containsLowerOrEmpty(instrumentAfter, text, n, ne)) {
                return false;
            }
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        String before = p < 0 ? "" : lower(text, p, ProperNounContext.wordEnd(text, p));
        if (ARTICLES.contains(before)) {
            int q = ProperNounContext.prevWordStart(text, p, false);
            before = q < 0 ? "" : lower(text, q, ProperNounContext.wordEnd(text, q));
        }
        if (PLACE_BEFORE.contains(before)) {
            return false;
        }
        int n = skipBlanks(text, e);
        if (WordSet.containsLowerOrEmpty(placeNouns, text, n, ProperNounContext.wordEnd(text, n))) {
            return false;
        }
        // the word right after the run is the method's own ("Internal Family Systems work"), not the client's job
        return !sentenceHas(text, s, n, employment);
    }

    /** Whether the sentence around {@code s} holds a word of {@code cues} other than the one at {@code skip}. */
    private static boolean sentenceHas(String text, int s, int skip, Set<String> cues) {
        int to = PublicMentions.sentenceEnd(text, s);
        for (int w = PublicMentions.sentenceStart(text, s); w < to; ) {
            if (!Character.isLetter(text.charAt(w))) {
                w++;
                continue;
            }
            int we = ProperNounContext.wordEnd(text, w);
            if (w != skip && WordSet.containsLowerOrEmpty(cues, text, w, we)) {
                return true;
            }
            w = Math.max(we, w + 1);
        }
        return false;
    }

    private static List<int[]> words(String text, int s, int e) {
        List<int[]> words = new java.util.ArrayList<>();
        for (int k = s; k < e; ) {
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k) {
                k++;
                continue;
            }
            words.add(new int[] {k, we});
            k = we;
        }
        return words;
    }

    /** A medication, not followed by a place noun: "off Seroquel", "the Lexapro". */
    private boolean medication(String text, int s, int e) {
        if (!medicationName(lower(text, s, e)) || (lex.get(text, s, e) & Lexicon.FIRST) != 0) {
            return false;
        }
        int n = skipBlanks(text, e);
        return !WordSet.containsLowerOrEmpty(placeNouns, text, n, ProperNounContext.wordEnd(text, n));
    }

    /**
     * A given name that is an everyday English noun, right after an article and with no capitalized word after it:
     * "the Bill from the hospital", "a Bill for $140". A person's name takes no article; a place does ("at the Rose"),
     * so a place preposition before the article keeps it, and only word-names are read (not "the Loop", a place).
     */
    private boolean everydayNoun(String text, int s, int e) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0 || !WordSet.containsLowerOrEmpty(ARTICLES, text, p, ProperNounContext.wordEnd(text, p))
                || clauseThat(text, p, ProperNounContext.wordEnd(text, p))
                || (lex.get(text, s, e) & Lexicon.FIRST) == 0 || !ENGLISH.isCommonWord(lower(text, s, e))) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, false);
        if (q >= 0 && WordSet.containsLowerOrEmpty(PLACE_BEFORE_ARTICLE, text, q, ProperNounContext.wordEnd(text, q))) {
            return false;
        }
        int n = skipBlanks(text, e);
        if (n < text.length() && Character.isUpperCase(text.charAt(n))) {
            return false; // "the Bill Evans trio", "a Grace Hopper quote": a longer name
        }
        String next = lower(text, n, ProperNounContext.wordEnd(text, n));
        // "the Hope family", "the Bill house": a surname before a family word
        return !placeNouns.contains(next) && !FAMILY_AFTER.contains(next)
                && (lex.get(text, n, ProperNounContext.wordEnd(text, n)) & Lexicon.KIN) == 0;
    }

    /**
     * Words that take a clause after "that" (saying, knowing, feeling: "reports that", "upset that", "so that"): there
     * "that" opens a clause whose subject the capitalized word is ("upset that Lark left"), and points at no thing.
     */
    private static final Set<String> CLAUSE_TAKERS = WordSet.of("said", "says", "say", "stated", "states", "state",
            "reported", "reports", "report", "reporting", "mentioned", "mentions", "noted", "notes", "shared", "shares",
            "explained", "explains", "disclosed", "discloses", "admitted", "admits", "denied", "denies", "claimed",
            "claims", "told", "tells", "learned", "learns", "found", "finds", "heard", "hears", "knew", "knows", "know",
            "thinks", "thought", "think", "believes", "believed", "feels", "felt", "worries", "worried", "fears", "feared",
            "hopes", "hoped", "wishes", "wished", "realized", "realizes", "noticed", "notices", "insists", "insisted",
            "complained", "complains", "upset", "afraid", "scared", "angry", "mad", "sad", "glad", "happy", "hurt", "sure",
            "proud", "relieved", "surprised", "shocked", "disappointed", "frustrated", "annoyed", "ashamed",
            "embarrassed", "jealous", "concerned", "convinced", "aware", "so", "now", "such", "except", "given");

    /** "that" after a word that takes a clause: a conjunction, no article (round 39). */
    static boolean clauseThat(String text, int p, int pe) {
        if (pe - p != 4 || !text.regionMatches(true, p, "that", 0, 4)) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, false);
        return q >= 0 && WordSet.containsLowerOrEmpty(CLAUSE_TAKERS, text, q, ProperNounContext.wordEnd(text, q));
    }

    /** "that" read as an article ("that Bill from the lab"), not as the conjunction of {@link #clauseThat}. */
    static boolean articleThat(String text, int p, int pe) {
        return pe - p == 4 && text.regionMatches(true, p, "that", 0, 4) && !clauseThat(text, p, pe);
    }

    /**
     * A breed ({@code [BREED]}), singular or plural: "a German Shepherd mix", "her Yorkie". A breed that starts with a
     * given name ("Jack Russell") needs an article or a possessive right before it.
     */
    private boolean breed(String text, int s, int e) {
        String name = lower(text, s, e).replace('\u2019', '\'');
        if (!breeds.contains(name) && !(name.endsWith("s") && breeds.contains(name.substring(0, name.length() - 1)))) {
            return false;
        }
        int first = ProperNounContext.wordEnd(text, s);
        if ((lex.get(text, s, first) & Lexicon.FIRST) == 0) {
            return true;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        return p >= 0 && WordSet.containsLowerOrEmpty(POSSESSED, text, p, ProperNounContext.wordEnd(text, p));
    }

    /**
     * A weekday of another language ({@code [FOREIGN_WEEKDAY]}) after a word of time or an article ("el domingo", "am
     * Mittwoch", "sa Linggo"): a day of the week dates nothing. Many are given names too, and the name lists do not
     * know them all, so one standing alone ("Domingo is my dad") stays, and so does one before a day number.
     */
    private boolean weekday(String text, int s, int e) {
        // round 24: the weekdays of the languages the date rules read (calendar-names.txt) count too, in one word
        // ("samdi") or two ("Thứ Hai"); one written in lower case is the day without a cue, as CalendarNames reads it
        int space = text.indexOf(' ', s);
        boolean twoWords = space > s && space < e && text.substring(space + 1, e).indexOf(' ') < 0
                && CalendarNames.twoWordWeekday(text.substring(s, space), text.substring(space + 1, e));
        boolean listed = WordSet.containsLowerOrEmpty(weekdays, text, s, e);
        if (!listed && !twoWords && !CalendarNames.weekday(text.substring(s, e))) {
            return false;
        }
        if (numberAfter(text, e)) {
            return false;
        }
        if (!twoWords && Character.isLowerCase(text.charAt(s)) && CalendarNames.weekday(text.substring(s, e))) {
            return true;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        return p >= 0 && WordSet.containsLowerOrEmpty(weekdayBefore, text, p, ProperNounContext.wordEnd(text, p));
    }

    /** A day number in the next two words: the weekday is part of a date ("Biyernes, ika-20", "el lunes 14"). */
    private static boolean numberAfter(String text, int e) {
        int k = e;
        for (int words = 0; words < 2 && k < text.length(); words++) {
            while (k < text.length() && !Character.isLetterOrDigit(text.charAt(k)) && text.charAt(k) != '.') {
                k++;
            }
            int end = k;
            boolean placeholder = k > 0 && text.charAt(k - 1) == '['; // "[PERSON_1]" is no day number
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                if (Character.isDigit(text.charAt(end)) && !placeholder) {
                    return true;
                }
                end++;
            }
            k = end;
        }
        return false;
    }

    /**
     * A container and "of" right before: "half a bottle of Tito's", "two shots of Fireball", "a pack of Newports".
     * Nobody's name or place is poured, so the run is a product whatever list knows it.
     */
    private static boolean contained(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0 || !lower(text, p, ProperNounContext.wordEnd(text, p)).equals("of")) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, false);
        return q >= 0 && WordSet.containsLowerOrEmpty(CONTAINERS, text, q, ProperNounContext.wordEnd(text, q));
    }

    /**
     * A program named by its kind, before a level of care ("the Women's IOP", "the Eating Disorder RTC", "the Evening
     * IOP"): every word before the level is a word of who it serves, what it treats or when it meets
     * ({@code [PROGRAM_KIND]}), so no facility is named ("the Rosecrance IOP", "the Linden IOP", "the Hope IOP" stay).
     */
    private boolean programKind(String text, int s, int e) {
        List<int[]> words = words(text, s, e);
        int after = text.startsWith("'s", e) || text.startsWith("\u2019s", e) ? e + 2 : e; // "the Women's IOP"
        int n = skipBlanks(text, after);
        int ne = ProperNounContext.wordEnd(text, n);
        int kinds = words.size();
        if (!words.isEmpty() && WordSet.containsLowerOrEmpty(LEVELS_OF_CARE, text, words.get(kinds - 1)[0], words.get(kinds - 1)[1])) {
            kinds--;
        } else if (!WordSet.containsLowerOrEmpty(LEVELS_OF_CARE, text, n, ne)) {
            return false;
        }
        if (kinds == 0 || kinds > 3) {
            return false;
        }
        for (int i = 0; i < kinds; i++) {
            int ws = words.get(i)[0];
            int we = words.get(i)[1];
            String w = lower(text, ws, we).replace('\u2019', '\'');
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
                we -= 2;
            }
            if (!programKinds.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An author of a cited work: the run, over more authors, "&", "and" and "et al.", ends at a year in parentheses
     * ("(Siegel, 1999)", "Felitti et al. (1998)", "(Gottman & Silver 1999)"), in a sentence with a word of a work
     * ({@code [CITATION_CUE]}: handout, model, per, adapted ...) and no family word. Asked before the person cues, as
     * "per" is one. A person of the note has no year after the name ("Silver was born in 1999"), and a child listed
     * with a birth year ("her son Felix (2015)") has a family word beside it.
     */
    boolean cited(String text, int s, int e) {
        boolean open = s > 0 && text.charAt(s - 1) == '(';
        int k = e;
        boolean year = false;
        for (int tokens = 0; tokens < 8 && k < text.length() && !year; tokens++) {
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == ',')) {
                k++;
            }
            if (k < text.length() && text.charAt(k) == '(') {
                open = true;
                k++;
            }
            int we = k;
            while (we < text.length() && (Character.isLetterOrDigit(text.charAt(we)) || text.charAt(we) == '.'
                    || text.charAt(we) == '&' || text.charAt(we) == '-' || text.charAt(we) == '\'')) {
                we++;
            }
            if (we == k) {
                return false;
            }
            String w = lower(text, k, we);
            if (we - k == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)) {
                year = open && we < text.length() && ")],;".indexOf(text.charAt(we)) >= 0;
                if (!year) {
                    return false;
                }
            } else if (!(Character.isUpperCase(text.charAt(k)) || w.equals("&") || w.equals("and") || w.equals("et")
                    || w.equals("al.") || w.equals("al"))) {
                return false;
            }
            k = we;
        }
        if (!year) {
            return false;
        }
        boolean cue = false;
        int to = PublicMentions.sentenceEnd(text, e);
        for (int w = PublicMentions.sentenceStart(text, s); w < to; ) {
            if (!Character.isLetter(text.charAt(w))) {
                w++;
                continue;
            }
            int we = ProperNounContext.wordEnd(text, w);
            if ((lex.get(text, w, we) & Lexicon.KIN) != 0) {
                return false;
            }
            cue |= WordSet.containsLowerOrEmpty(citationCues, text, w, we);
            w = Math.max(we, w + 1);
        }
        return cue;
    }

    /**
     * A title of the fiction list right after "from" ("Cersei from Game of Thrones"), or, since round 20, after "in"
     * or "on" ("like Neville in Harry Potter", "Sheldon on The Big Bang Theory") when the title is no city or town
     * (the list's titles were filtered of them, and this checks again: "Dave in Saint Paul" stays) and not a single
     * everyday word ("Maria in Friends" may be where she was).
     */
    private boolean character(String text, int e) {
        int n = skipBlanks(text, e);
        int ne = ProperNounContext.wordEnd(text, n);
        String prep = lower(text, n, ne);
        boolean from = FROM_WORK.contains(prep);
        if (!from && !IN_WORK.contains(prep)) {
            return false;
        }
        int t = skipBlanks(text, ne);
        int end = t;
        String longest = "";
        int longestEnd = t;
        for (int words = 0; words < 6 && end < text.length(); words++) {
            int we = ProperNounContext.wordEnd(text, end);
            if (we == end) {
                break;
            }
            String title = lower(text, t, we);
            if (FICTION.contains(title) || title.startsWith("the ") && FICTION.contains(title.substring(4))) {
                longest = title;
                longestEnd = we;
            }
            end = skipBlanks(text, we);
        }
        if (longest.isEmpty() || !Character.isUpperCase(text.charAt(t))) {
            return false;
        }
        return from || (lex.get(text, t, longestEnd) & Lexicon.CITY) == 0
                && (longest.indexOf(' ') > 0 || !ENGLISH.isCommonWord(longest));
    }

    /**
     * A medication as English or as Spanish, Portuguese and Italian write its generic name (round 20): their "-a" or
     * "-o" stands for English "-e" or nothing ("sertralina", "quetiapina", "bupropiona", "metformina").
     */
    static boolean medicationName(String name) {
        if (MEDICATIONS.contains(name)) {
            return true;
        }
        int n = name.length();
        if (n < 7 || name.charAt(n - 1) != 'a' && name.charAt(n - 1) != 'o') {
            return false;
        }
        String stem = name.substring(0, n - 1);
        return MEDICATIONS.contains(stem + "e") || MEDICATIONS.contains(stem);
    }

    private static Set<String> medications() {
        Set<String> out = new java.util.HashSet<>(lowerCase("drugs.txt"));
        SentenceSlots.section("clinical-terms.txt", "# Written for PracticeKit.", "# ")
                .forEach(m -> out.add(m.toLowerCase(java.util.Locale.ROOT)));
        return WordSet.copyOf(out);
    }
}
