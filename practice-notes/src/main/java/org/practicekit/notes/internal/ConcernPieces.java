package org.practicekit.notes.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 38: a concern field typed as shorthand pieces apart by semicolons ("sleeping ~5 hrs/night; hasn't eaten since
 * Sunday; roommate: found vomit in bathroom"). A semicolon ends what a negation, a colon or a quotation reaches, so
 * each piece is an item of its own, read as a field of one item would be. Deny by default: where something could
 * reach across a semicolon ("denies SI; HI"), or a quotation is cut by one, the field is read as before.
 */
public final class ConcernPieces {
    private ConcernPieces() {
    }

    // A single quotation mark opening or closing a quotation, not an apostrophe inside a word ("won't").
    private static final Pattern SINGLE_QUOTE = Pattern.compile("(?:^|[\\s,;(])['\u2018]|['\u2019](?:$|[\\s,;.)])");
    // Marks a sentence of the client's report cannot carry as typed: the composer writes none of them out.
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?i)(?:(?:pt|clt|client|patient) )?\\d");
    private static final Pattern ABOUT = Pattern.compile("(^|\\s)~ ?(?=\\d)");
    private static final Pattern MARKS = Pattern.compile("[:=<>+@#*\\[\\]\"\u201C\u2018\u2019]|->|(?:^|\\s)'|'(?:\\s|$)"
            + "|\\bpt\\b|\\bw/|\\bc/o\\b|\\bd/t\\b|\\b(?:wk|wks|hx|sx|tx|dx|re)\\b", Pattern.CASE_INSENSITIVE);

    /** The field's semicolon pieces, stripped, where it has two or more; empty otherwise. */
    static Set<String> whole(String text) {
        Set<String> out = new LinkedHashSet<>();
        String[] parts = text.split(";");
        if (parts.length < 2) {
            return out;
        }
        for (String part : parts) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Whether a negation, colon or quotation in a piece reaches no further than its piece. */
    static boolean scoped(String text) {
        String[] parts = text.split(";");
        if (parts.length < 2) {
            return false;
        }
        // A field opening with another person gives that person the pieces with no subject after it ("coworker joked
        // ...; felt embarrassed" would be the coworker's feeling), so it is not split here.
        String first = text.strip().split("[\\s,;:]+", 2)[0].toLowerCase(Locale.ROOT);
        if (PhraseReader.isPersonNoun(first)) {
            return false;
        }
        boolean negatedBefore = false;
        for (String part : parts) {
            String piece = part.strip();
            if (piece.isEmpty()) {
                return false;
            }
            // A quotation cut by a semicolon is one thing typed across two pieces.
            if (piece.chars().filter(c -> c == '"').count() % 2 != 0 || quoteMarks(piece) % 2 != 0) {
                return false;
            }
            String[] words = piece.split("\\s+");
            // "denies SI; HI", "no SI; or HI": a bare word or an acronym after a negated piece may be what it denies.
            if (negatedBefore && (words.length == 1 || piece.equals(piece.toUpperCase(Locale.ROOT))
                    || English.CONJUNCTIONS.contains(words[0].toLowerCase(Locale.ROOT)))) {
                return false;
            }
            negatedBefore = Phrases.negated(piece);
        }
        return true;
    }

    /** A piece that holds a negation, a colon or a quotation: one item, never cut at its commas. */
    static boolean held(String part) {
        return part.indexOf('"') >= 0 || part.indexOf(':') >= 0 || Phrases.negated(part)
                || SINGLE_QUOTE.matcher(part).find();
    }

    /** Whether a piece read alone holds no mark a sentence would carry as typed, and opens with no number. */
    static boolean plain(String reading) {
        return !MARKS.matcher(reading).find() && !NUMBER_FIRST.matcher(reading).lookingAt();
    }

    /**
     * A piece left on the line that opens with a number ("52", "pt 81, widower"): an age or a count whose binding the
     * verifier reads only in the whole field, so the field keeps its line whole, as before.
     */
    static boolean numberFirst(String item) {
        return NUMBER_FIRST.matcher(item.strip()).lookingAt();
    }

    /**
     * "~5 hours" as "about 5 hours", "low mood + fatigue" as "low mood and fatigue": the two symbols of a concern's
     * piece the verifier reads written out. Not the rest of {@code Shorthand.symbols}: its "x2" after a word ("missed
     * work x2": "2 times") is a word the verifier does not read in the prompt.
     */
    static String symbols(String text) {
        if (text.indexOf('~') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        return Phrases.SPACED_PLUS.matcher(ABOUT.matcher(text).replaceAll("$1about ")).replaceAll(" and ");
    }

    private static int quoteMarks(String piece) {
        Matcher q = SINGLE_QUOTE.matcher(piece);
        int n = 0;
        while (q.find()) {
            n++;
        }
        return n;
    }
}
