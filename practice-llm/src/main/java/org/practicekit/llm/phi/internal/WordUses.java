package org.practicekit.llm.phi.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Readings in which the sentence itself says a capitalized word is not someone's name or place (issue 13, round
 * 40), asked by {@link NotIdentifiers} only when no person cue stands before the span (a payer reached by a call
 * and a titled work, {@link #organizationCalled} and {@link #titledWork}, are described at their methods):
 * <ul>
 * <li>a word spoken of as a word: a single word followed by "as" and a noun of words, feelings and values within
 * three words ("Joy as a feeling", "\"Patience\" as her word for the month", "Courage as the value card"), or after
 * such a noun ("the word Hope").</li>
 * </ul>
 * Deny by default: the span must have the shape, the sentence the words; "sister Hope as her emergency contact" and
 * "Joy as a witness" stay names (no noun of words, or a person cue that {@link NotIdentifiers} reads first).
 */
final class WordUses {
    /** Nouns that make the word before "as" (or after them) a word, a feeling or a value, not a person. */
    private static final Set<String> WORD_NOUNS = WordSet.of("word", "words", "feeling", "feelings", "emotion",
            "emotions", "value", "values", "theme", "themes", "mantra", "intention", "virtue", "virtues", "quality",
            "qualities", "strength", "strengths", "affirmation", "motto");
    private static final String QUOTES = "\"\u201c\u201d'\u2018\u2019";

    private WordUses() {
    }

    /**
     * Whether {@code text[s, e)}, a name or place span, is a word spoken of as a word or a titled work; the caller
     * asks it only with no person cue before the span ("sister Hope as her word" stays a name). A transit route the
     * client rides stays a place, as round 13 holds ("the 22 bus", "the J train"), and is not read here.
     */
    static boolean reads(String text, int s, int e) {
        return wordAsWord(text, s, e) || titledWork(text, s, e) || brandBeforeItsProduct(text, s, e)
                || characterOfWork(text, s, e);
    }

    // ---------------------------------------------------------------- brands before what they sell (round 41)

    /** Brand (lower case) to the product nouns it sells, from {@code name-brands.txt}. */
    private static final Map<String, Set<String>> NAME_BRANDS = nameBrands();
    /** Verbs that take a person and a thing ("gave Jordan shoes"): the word after them may be the receiver. */
    private static final Set<String> GIVING = WordSet.of("gave", "give", "gives", "giving", "got", "get", "gets",
            "bought", "buy", "buys", "sent", "send", "sends", "showed", "show", "lent", "lend", "handed", "owes", "owe",
            "told", "tell", "offered", "promised", "made", "makes", "make", "brought", "bring", "left");

    private static Map<String, Set<String>> nameBrands() {
        Map<String, Set<String>> out = new HashMap<>();
        try (BufferedReader r = Lexicon.open("name-brands.txt")) {
            for (String line; (line = r.readLine()) != null; ) {
                int colon = line.indexOf(':');
                if (line.startsWith("#") || colon < 0) {
                    continue;
                }
                Set<String> nouns = new HashSet<>();
                for (String n : line.substring(colon + 1).split(",")) {
                    nouns.add(n.strip().toLowerCase(Locale.ROOT));
                }
                out.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), Set.copyOf(nouns));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Map.copyOf(out);
    }

    /**
     * A brand spelled like a name right before one of the things it sells ("Brooks running shoes", "Jordan sneakers",
     * "a white Tacoma pickup", "Chase bank froze her card"). The product noun must be the brand's own: "Brooks
     * hates shoes" has a verb between, "Jordan's shoes" an owner, after a verb of giving ("gave Jordan shoes")
     * the word may be the receiver, and after "at" or "for" it is where someone works ("works at Chase bank"), so
     * all four stay with the name and employer readers.
     */
    static boolean brandBeforeItsProduct(String text, int s, int e) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        String before = p < 0 ? "" : text.substring(p, ProperNounContext.wordEnd(text, p)).toLowerCase(Locale.ROOT);
        if (GIVING.contains(before) || before.equals("at") || before.equals("for") || before.equals("from")) {
            return false; // "works at Chase bank": where someone works stays with the employer readers
        }
        // the brand is the span's first word or two ("Hugo" of "Hugo Boss suit"); the span may hold the product too
        // ("Chase bank" read as one place), so the brand and its product must cover the whole span
        int be = ProperNounContext.wordEnd(text, s);
        for (int words = 0; words < 2 && be > s; words++) {
            Set<String> nouns = NAME_BRANDS.get(text.substring(s, be).toLowerCase(Locale.ROOT));
            boolean owner = be < text.length() && (text.charAt(be) == '\'' || text.charAt(be) == '\u2019');
            if (nouns != null && !owner && productAfter(text, be, nouns) >= e) {
                return everyMentionBeforeItsProduct(text, text.substring(s, be), nouns);
            }
            if (be >= text.length() || text.charAt(be) != ' ') {
                break;
            }
            be = ProperNounContext.wordEnd(text, be + 1);
        }
        return false;
    }

    /**
     * Whether every mention of {@code brand} in the text stands before one of its products: "This is Chase from Chase
     * bank" names a person with the same word, and the guard replaces a word in all its mentions or in none.
     */
    private static boolean everyMentionBeforeItsProduct(String text, String brand, Set<String> nouns) {
        String lower = text.toLowerCase(Locale.ROOT);
        String b = brand.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(b); i >= 0; i = lower.indexOf(b, i + 1)) {
            int end = i + b.length();
            boolean whole = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (whole && productAfter(text, end, nouns) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The end of one of {@code nouns} (one to three words) right after {@code k}, or -1. */
    private static int productAfter(String text, int k, Set<String> nouns) {
        StringBuilder phrase = new StringBuilder();
        for (int words = 0; words < 3 && k < text.length() && text.charAt(k) == ' '; words++) {
            int ne = ProperNounContext.wordEnd(text, k + 1);
            if (ne == k + 1) {
                break;
            }
            phrase.append(words == 0 ? "" : " ").append(text.substring(k + 1, ne).toLowerCase(Locale.ROOT));
            if (nouns.contains(phrase.toString())) {
                return ne;
            }
            k = ne;
        }
        return -1;
    }

    // ---------------------------------------------------------------- characters beside their work (round 41)

    /** Shows, films, books, games and their characters ({@code fiction.txt}), lower case. */
    private static final Set<String> FICTION = lowerEntries("fiction.txt");
    private static final int FICTION_WORDS = 6;

    /** The entries of a list resource, lower case. */
    private static Set<String> lowerEntries(String file) {
        Set<String> out = new HashSet<>();
        for (String entry : Lexicon.entries(file)) {
            out.add(entry.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /**
     * A single given name read as a character because the sentence names the work it comes from: right before
     * "from" or "in" and the work ("Elsa from Frozen", "\"Joy\" in Inside Out"), or after "identifies with", "relates
     * to" or "like" with a listed work elsewhere in the sentence ("watching Grey's Anatomy ... identifies with
     * Meredith"). A name with a surname, a person cue before it, or no work in the sentence stays a name; fiction.txt
     * lists a character whose name is also a common given name only in full, so the name alone needs the work.
     */
    static boolean characterOfWork(String text, int s, int e) {
        if (ProperNounContext.wordEnd(text, s) != e || !Character.isUpperCase(text.charAt(s))
                || mentionedElsewhere(text, s, e)) {
            return false; // "husband Noah is no Noah": the guard replaces a name in all its mentions or in none
        }
        int k = e;
        while (k < text.length() && QUOTES.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        int n = PublicMentions.skipBlanks(text, k);
        int ne = ProperNounContext.wordEnd(text, n);
        if (ne > n && n > k && (text.substring(n, ne).equals("from") || text.substring(n, ne).equals("in"))) {
            int w = PublicMentions.skipBlanks(text, ne);
            int we = workAt(text, w);
            // a town or a state after "in" is where the person is ("Dave in Saint Paul"), not a work
            if (we > 0 && (Lexicon.table().get(text, w, we) & (Lexicon.CITY | Lexicon.STATE)) == 0
                    && !SentenceSlots.NEIGHBOURHOODS.contains(text.substring(w, we).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        int b = s;
        while (b > 0 && QUOTES.indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        int p = ProperNounContext.prevWordStart(text, b, false);
        if (p < 0) {
            return false;
        }
        String prev = text.substring(p, ProperNounContext.wordEnd(text, p)).toLowerCase(Locale.ROOT);
        boolean slot = prev.equals("like");
        if (prev.equals("with") || prev.equals("to")) {
            int q = ProperNounContext.prevWordStart(text, p, false);
            String verb = q < 0 ? "" : text.substring(q, ProperNounContext.wordEnd(text, q)).toLowerCase(Locale.ROOT);
            slot = prev.equals("with") && verb.startsWith("identif") || prev.equals("to") && verb.startsWith("relat");
        }
        return slot && workInSentence(text, s, e);
    }

    /** Whether the word {@code text[s, e)} occurs again in the text as a whole word. */
    private static boolean mentionedElsewhere(String text, int s, int e) {
        String w = text.substring(s, e);
        for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
            if (i != s && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + w.length() == text.length() || !Character.isLetterOrDigit(text.charAt(i + w.length())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence around {@code [s, e)} names a listed work or character, capitalized, outside the span. */
    private static boolean workInSentence(String text, int s, int e) {
        int from = s;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = e;
        while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        int first = PublicMentions.skipBlanks(text, from);
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i < s || i >= e)) {
                int end = workAt(text, i);
                // a one-word title opening the sentence may be an everyday word ("Friends said ..."): not counted
                if (end > 0 && (end <= s || i >= e) && (i != first || text.substring(i, end).indexOf(' ') > 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The end of the longest listed work or character starting at {@code i} ("Grey's Anatomy"), or -1. */
    private static int workAt(String text, int i) {
        int best = -1;
        int k = i;
        for (int words = 0; words < FICTION_WORDS && k < text.length(); words++) {
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k) {
                break;
            }
            if (we + 1 < text.length() && (text.charAt(we) == '\'' || text.charAt(we) == '\u2019')
                    && text.charAt(we + 1) == 's') {
                we += 2; // "Grey's"
            }
            String phrase = text.substring(i, we).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (FICTION.contains(phrase)) {
                best = we;
            }
            if (we >= text.length() || text.charAt(we) != ' ') {
                break;
            }
            k = we + 1;
        }
        return best;
    }

    /** Nouns of a work, a handout or a skill a title names: "the Wheel of Emotions chart", "\"The Guest House\" poem". */
    private static final Set<String> WORK_NOUNS = workNouns();
    private static final Set<String> TITLE_JOINS = WordSet.of("of", "the", "and", "a", "an", "to", "in", "on", "for",
            "with", "at", "from", "by", "&");

    // the works and handouts a note names, not events someone attends ("the Chicago Cubs game", "the X concert")
    private static Set<String> workNouns() {
        return WordSet.of("poem", "poems", "chart", "charts", "worksheet", "worksheets", "handout", "handouts", "skill",
                "skills", "metaphor", "story", "article", "essay", "audiobook", "workbook", "meditation", "exercise",
                "diagram", "model", "wheel", "theory", "quote", "book", "books", "novel", "memoir", "podcast", "song",
                "songs", "album", "movie", "film", "show", "series", "episode", "video", "documentary", "lyrics");
    }

    /**
     * A title of two capitalized words or more (joined by "of", "the", "and"...) right before a noun of its kind or
     * after a form's label of that kind ("the Wheel of Emotions chart", "\"The Guest House\" poem", "Skill: Walking the
     * Middle Path"); one word in double quotes before such a noun too. {@link NotIdentifiers} asks it only when the run
     * is no person's full name ("the Rosa Quintana scholarship" stays).
     */
    static boolean titledWork(String text, int s, int e) {
        int rs = s;
        int re = e;
        for (int k = 0; k < 6; k++) { // back over the title's words: "Wheel" of "the Wheel of Emotions"
            int p = ProperNounContext.prevWordStart(text, rs, false);
            if (p < 0 || rs - ProperNounContext.wordEnd(text, p) != 1) {
                break;
            }
            String w = text.substring(p, ProperNounContext.wordEnd(text, p));
            if (!Character.isUpperCase(w.charAt(0)) && !TITLE_JOINS.contains(w)) {
                break;
            }
            rs = p;
        }
        while (rs < s && TITLE_JOINS.contains(text.substring(rs, ProperNounContext.wordEnd(text, rs)))) {
            rs = PublicMentions.skipBlanks(text, ProperNounContext.wordEnd(text, rs)); // "the" before the title is no part of it
        }
        int capitals = 0;
        int k = rs;
        int last = re;
        while (k < text.length()) { // forward over the title's words
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k) {
                break;
            }
            String w = text.substring(k, we);
            boolean upper = Character.isUpperCase(w.charAt(0));
            if (!upper && !TITLE_JOINS.contains(w) || !upper && we <= re) {
                if (we > re) {
                    break;
                }
            }
            if (upper) {
                capitals++;
                last = Math.max(last, we);
            } else if (we > re && !TITLE_JOINS.contains(w)) {
                break;
            }
            if (we >= text.length() || text.charAt(we) != ' ') {
                break;
            }
            k = we + 1;
        }
        re = last;
        boolean quoted = rs > 0 && QUOTES.indexOf(text.charAt(rs - 1)) >= 0 && re < text.length()
                && QUOTES.indexOf(text.charAt(re)) >= 0;
        if (capitals < 2 && !quoted || re >= 2 && text.charAt(re - 1) == 's' && QUOTES.indexOf(text.charAt(re - 2)) >= 0
                && text.charAt(re - 2) != '"') {
            return false; // an owner before the noun: "For Stella's chart only"
        }
        int b = rs;
        while (b > 0 && (QUOTES.indexOf(text.charAt(b - 1)) >= 0 || text.charAt(b - 1) == ' ')) {
            b--;
        }
        boolean label = b > 0 && text.charAt(b - 1) == ':';
        if (!quoted && !label && !determinerBefore(text, rs)) {
            return false; // "labs for pt Laszlo Kertesz show no change": a title is named with "the", quotes or a label
        }
        int n = re;
        while (n < text.length() && (QUOTES.indexOf(text.charAt(n)) >= 0 || text.charAt(n) == ' ')) {
            n++;
        }
        int ne = ProperNounContext.wordEnd(text, n);
        if (ne > n && WORK_NOUNS.contains(text.substring(n, ne).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!label) {
            return false;
        }
        int p = ProperNounContext.prevWordStart(text, b - 1, false);
        return p >= 0 && WORK_NOUNS.contains(text.substring(p, ProperNounContext.wordEnd(text, p)).toLowerCase(Locale.ROOT));
    }

    /** Verbs of reaching someone by phone or by mail: "Called Magellan", "pt phoned AHCCCS". */
    private static final Set<String> CONTACT_VERBS = WordSet.of("called", "call", "calling", "phoned", "phone",
            "faxed", "fax", "emailed", "email", "contacted", "contact", "messaged", "texted", "paged");
    /**
     * Prepositions of the channel a thing went through: a listed payer, clearinghouse, EAP or interpreter service after
     * them is how the claim, the check or the interpreter came, never where the client is ("via" and "per" are also
     * contact cues, so this is asked before them, like the call). Round 41.
     */
    private static final Set<String> CHANNELS = WordSet.of("via", "per", "through", "thru");
    /** The public services, products and vendors of {@code public-names.txt} (interpreter lines, clearinghouses). */
    private static final Set<String> SERVICES = lowerEntries("public-names.txt");

    /** Words of a claim, coverage or payment: what goes through a payer, a clearinghouse or an EAP vendor. */
    private static final Set<String> CLAIM_WORDS = claimWords();

    private static Set<String> claimWords() {
        Set<String> out = new HashSet<>(NotIdentifiers.CLASSES.get("BILLING_CUE"));
        out.addAll(NotIdentifiers.CLASSES.get("COVERAGE_VERB"));
        out.addAll(NotIdentifiers.CLASSES.get("PAYER_ROLE"));
        out.addAll(WordSet.of("insurance", "plan", "medicaid", "medicare", "member", "sessions", "payment", "check",
                "refund", "premium", "enrollment", "eft", "terminated"));
        return Set.copyOf(out);
    }

    private static boolean claimInSentence(String text, int s) {
        for (int[] w : PublicMentions.sentenceWords(text, s)) {
            if (CLAIM_WORDS.contains(text.substring(w[0], w[1]).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }


    /** Words before "called" that make it a naming ("a man called Ray", "is called Hope"), not a phone call. */
    private static final Set<String> NAMING_BEFORE = WordSet.of("is", "was", "be", "been", "a", "an", "one", "someone",
            "somebody", "guy", "girl", "man", "woman", "kid", "friend", "dog", "cat", "person", "boy", "lady", "place",
            "also", "being", "were", "are", "app", "show", "book", "group", "thing", "something");

    /**
     * A listed payer, benefit program or agency reached by a contact verb ("Called AHCCCS for her", "Called
     * HealthEquity about the card", "pt emailed Medi-Cal") or through a channel preposition ("via Availity"). A naming "called" ("a guy called Aetna") and a listed
     * word that is also a given name, a surname or a town stay with the sentence's other readers.
     */
    static boolean organizationCalled(String text, int s, int e) {
        String name = text.substring(s, e).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (name.endsWith("'s")) {
            name = name.substring(0, name.length() - 2);
        }
        if (!Character.isUpperCase(text.charAt(s)) || name.indexOf(' ') < 0 && (Lexicon.table().get(text, s, e)
                & (Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY)) != 0) {
            return false;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        String before = p < 0 ? "" : text.substring(p, ProperNounContext.wordEnd(text, p)).toLowerCase(Locale.ROOT);
        if (CHANNELS.contains(before)) {
            // round 41: "verified eligibility via Availity", "EAP authorization via ComPsych", "per Availity"; what
            // went through must be a claim, coverage or a payment, and after "through" only a listed payer: "her
            // EAP is through Microsoft" and "booked via Sorenson" (an interpreter, no claim) stay
            return (PayersAndAgencies.listed(name) || !before.startsWith("thr") && SERVICES.contains(name))
                    && claimInSentence(text, s);
        }
        if (!PayersAndAgencies.listed(name) || !CONTACT_VERBS.contains(before)) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, false);
        return q < 0 || !NAMING_BEFORE.contains(text.substring(q, ProperNounContext.wordEnd(text, q))
                .toLowerCase(Locale.ROOT));
    }

    static boolean wordAsWord(String text, int s, int e) {
        if (ProperNounContext.wordEnd(text, s) != e || !Character.isLetter(text.charAt(s))) {
            return false; // one word only: "Joy", never "Joy Park"
        }
        int k = e;
        while (k < text.length() && QUOTES.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        int n = PublicMentions.skipBlanks(text, k);
        int ne = ProperNounContext.wordEnd(text, n);
        if (ne > n && text.substring(n, ne).equalsIgnoreCase("as") && nounOfWordsWithin(text, ne, 3)) {
            return true;
        }
        int b = s;
        while (b > 0 && QUOTES.indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        int p = ProperNounContext.prevWordStart(text, b, false);
        return p >= 0 && WORD_NOUNS.contains(text.substring(p, ProperNounContext.wordEnd(text, p))
                .toLowerCase(Locale.ROOT)) && (b < s || determinerBefore(text, p)); // "the word Hope", "value \"Courage\""
    }

    /** Whether one of the next {@code words} words after {@code k}, in the same clause, is a noun of words. */
    private static boolean nounOfWordsWithin(String text, int k, int words) {
        for (int i = 0; i < words; i++) {
            int n = PublicMentions.skipBlanks(text, k);
            int ne = ProperNounContext.wordEnd(text, n);
            if (ne == n) {
                return false; // a comma, a full stop or a quote closes the clause
            }
            if (WORD_NOUNS.contains(text.substring(n, ne).toLowerCase(Locale.ROOT))) {
                return true;
            }
            k = ne;
        }
        return false;
    }

    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "this", "that", "her", "his", "my",
            "our", "their", "your");

    /** Whether a determiner stands right before {@code s}: "the Wheel of Emotions chart", "her word Hope". */
    private static boolean determinerBefore(String text, int s) {
        int p = ProperNounContext.prevWordStart(text, s, false);
        return p >= 0 && DETERMINERS.contains(text.substring(p, ProperNounContext.wordEnd(text, p)).toLowerCase(Locale.ROOT));
    }
}
