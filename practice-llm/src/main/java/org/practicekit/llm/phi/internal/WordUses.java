package org.practicekit.llm.phi.internal;

import java.util.Locale;
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
        return wordAsWord(text, s, e) || titledWork(text, s, e);
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
    /** Words before "called" that make it a naming ("a man called Ray", "is called Hope"), not a phone call. */
    private static final Set<String> NAMING_BEFORE = WordSet.of("is", "was", "be", "been", "a", "an", "one", "someone",
            "somebody", "guy", "girl", "man", "woman", "kid", "friend", "dog", "cat", "person", "boy", "lady", "place",
            "also", "being", "were", "are", "app", "show", "book", "group", "thing", "something");

    /**
     * A listed payer, benefit program or agency reached by a contact verb ("Called AHCCCS for her", "Called
     * HealthEquity about the card", "pt emailed Medi-Cal"). A naming "called" ("a guy called Aetna") and a listed
     * word that is also a given name, a surname or a town stay with the sentence's other readers.
     */
    static boolean organizationCalled(String text, int s, int e) {
        String name = text.substring(s, e).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (name.endsWith("'s")) {
            name = name.substring(0, name.length() - 2);
        }
        if (!Character.isUpperCase(text.charAt(s)) || !PayersAndAgencies.listed(name)
                || name.indexOf(' ') < 0 && (Lexicon.table().get(text, s, e) & (Lexicon.FIRST | Lexicon.SURNAME
                | Lexicon.CITY)) != 0) {
            return false;
        }
        int p = ProperNounContext.prevWordStart(text, s, false);
        if (p < 0 || !CONTACT_VERBS.contains(text.substring(p, ProperNounContext.wordEnd(text, p))
                .toLowerCase(Locale.ROOT))) {
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
