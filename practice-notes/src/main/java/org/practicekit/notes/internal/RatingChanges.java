package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response typed as a rating that moved between two scores on one scale ("anxiety 8/10 -> 4/10 over 20 min",
 * "belief 75% -> 45%", "SUDS peak 70 -> 25"), said as a change from one score to the other with its measure
 * ("the client rated anxiety at 8/10, then at 4/10 over 20 min"). Deny by default: the measure is one to four words of
 * letters naming no person and holding no verb the client did; both scores are numbers on the same scale (the
 * second may leave out "/10" or "%", and then takes the first's scale as typed, never adding one); what follows is
 * only a prepositional phrase ("over 20 min", "after evidence review"), kept as typed.
 */
final class RatingChanges {
    private static final String SCORE = "(\\d{1,3}(?:\\.\\d)?)(/10|/100|%)?";
    private static final Pattern CHANGE = Pattern.compile("([A-Za-z][A-Za-z ]{0,40}?)( peak)? " + SCORE
            + "( peak)? ?-> ?" + SCORE + "(?: (.+))?");
    // The words after the second score may only set the change in time or place.
    private static final Set<String> AFTER = Set.of("over", "across", "after", "during", "within", "in", "by", "with",
            "at", "before");
    // The measure reads as a scale; words that make it a deed or a person are refused.
    private static final Set<String> NOT_A_MEASURE = Set.of("pt", "client", "patient", "he", "she", "they", "and",
            "rated", "reported", "reduced", "said", "stated", "mom", "dad", "mother", "father", "both", "each", "not",
            "no", "denies", "denied");
    private static final English EN = English.get();

    private RatingChanges() {
    }

    /**
     * The change as a clause of {@code subject} rating the measure ("the client rated anxiety at 8/10, then at
     * 4/10"); "" when the piece is not exactly such a change.
     */
    static String clause(String piece, String subject) {
        Matcher m = CHANGE.matcher(piece.strip());
        if (!m.matches()) {
            return "";
        }
        String measure = m.group(1).strip();
        String[] words = measure.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > 4) {
            return "";
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean joining = i > 0 && i < words.length - 1 && (w.equals("in") || w.equals("of") || w.equals("about"));
            if (NOT_A_MEASURE.contains(w) || !joining && English.PREPOSITIONS.contains(w)
                    || i == 0 && EN.is(w, English.Form.PAST) && !EN.mostlyNoun(w)) {
                return "";
            }
        }
        String fromScale = m.group(4) == null ? "" : m.group(4);
        String toScale = m.group(7) == null ? "" : m.group(7);
        if (!fromScale.isEmpty() && !toScale.isEmpty() && !fromScale.equals(toScale)
                || fromScale.isEmpty() && !toScale.isEmpty() && !toScale.equals("/10")) {
            return "";
        }
        String rest = m.group(8) == null ? "" : m.group(8).strip();
        if (!rest.isEmpty()) {
            String first = rest.split(" ", 2)[0].toLowerCase(Locale.ROOT);
            if (!AFTER.contains(first) || rest.matches(".*[;:\"(),\u201C]|.*->.*|.*\\bpt\\b.*")) {
                return "";
            }
        }
        boolean peak = m.group(2) != null || m.group(5) != null;
        String from = m.group(3) + fromScale;
        // "rated ... at A, then at B": the verifier sources every content word, and "rated" only frames.
        return subject + " rated " + measure + " at " + (peak ? "a peak of " : "") + from + ", then at "
                + m.group(6) + toScale + (rest.isEmpty() ? "" : " " + rest);
    }
}
