package org.practicekit.llm.phi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 28 made three word tests the detector asks of nearly every word cheaper: {@link ResidualCheck#wordIs}
 * compares ASCII in place, {@link PersonPredicates#startOfClause} probes one set for its twenty openers, and
 * {@link DatesByPolicy#joinedInList} counts the chars between two slash pairs before it copies them. Each must answer
 * as the form before it did for every position of texts with capitals, the chars the JDK folds to ASCII ignoring case
 * (dotless i, long s, Kelvin sign, dotted capital I) and long stretches, or the guard would send a different text.
 */
class WordTestsInPlaceTest {
    private static final List<String> PIECES = List.of("that", "That", "THAT", "and", "AND", "bc", "ok", "OK", "if",
            "\u0131f", "\u0130f", "\u017fo", "\u017fince", "li\u212Ae", "said", "Said", "until", "whilst", "so",
            "and the", ", and the", "; or the", ", et le", "y el", "el", "et", "\u0438", "or", "Kim", "Mateo", "4/2", "16/3", ",", ";", "'cause", "'",
            ".", "  ", "\t", "\n", "\u2003", "\u00a0", "caf\u00e9", "x", "");
    private static final List<String> ASKED = List.of("that", "and", "but", "so", "when", "because", "cuz", "bc",
            "then", "if", "lol", "ok", "said", "says", "think", "thinks", "like", "since", "until", "while", "me", "i",
            "you", "who", "is", "my");

    @Test
    void wordIsAnswersAsRegionMatchesIgnoringCase() {
        int held = 0;
        for (String text : texts(31)) {
            for (int at = -1; at <= text.length(); at++) {
                for (String word : ASKED) {
                    boolean before = at >= 0 && at < text.length() && text.regionMatches(true, at, word, 0, word.length())
                            && ResidualCheck.lettersEnd(text, at) - at == word.length();
                    int where = at;
                    assertEquals(before, ResidualCheck.wordIs(text, at, word), () -> "'" + text + "' at " + where);
                    held += before ? 1 : 0;
                }
            }
        }
        assertTrue(held > 200, "too few matches to prove anything: " + held);
    }

    @Test
    void aClauseOpensAsEachOpenerAskedInTurnSaid() {
        List<String> openers = List.of("that", "and", "but", "so", "when", "because", "cuz", "bc", "then", "if", "lol",
                "ok", "said", "says", "think", "thinks", "like", "since", "until", "while");
        int opened = 0;
        for (String text : texts(32)) {
            for (int s = 0; s <= text.length(); s++) {
                assertEquals(startOfClauseBefore(text, s, openers), PersonPredicates.startOfClause(text, s),
                        "'" + text + "' at " + s);
                opened += PersonPredicates.startOfClause(text, s) ? 1 : 0;
            }
        }
        assertTrue(opened > 1_000, "too few clause starts to prove anything: " + opened);
    }

    @Test
    void slashPairsJoinAsTheCopiedStretchSaid() {
        int joined = 0;
        for (String text : texts(33)) {
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    boolean before = joinedInListBefore(text, from, to);
                    assertEquals(before, DatesByPolicy.joinedInList(text, from, to),
                            "'" + text.substring(from, to) + "'");
                    joined += before ? 1 : 0;
                }
            }
        }
        assertTrue(joined > 200, "too few joints to prove anything: " + joined);
    }

    /** Texts of the pieces, joined by a blank or nothing, short and long. */
    private static List<String> texts(long seed) {
        Random random = new Random(seed);
        List<String> out = new java.util.ArrayList<>();
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(round % 10 == 0 ? 14 : 6); k >= 0; k--) {
                b.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(3) == 0 ? "" : " ");
            }
            out.add(b.toString());
        }
        return out;
    }

    /** {@code startOfClause} as it read before round 28: every opener compared in turn. */
    private static boolean startOfClauseBefore(String text, int s, List<String> openers) {
        int p = s - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p--;
        }
        if (p < 0 || ".!?\n\r:;\"\u201c(-\u2013\u2014,".indexOf(text.charAt(p)) >= 0) {
            return true;
        }
        int q = PersonPredicates.prevWord(text, s);
        if (q < 0) {
            return false;
        }
        for (String opener : openers) {
            if (text.regionMatches(true, q, opener, 0, opener.length())
                    && ResidualCheck.lettersEnd(text, q) - q == opener.length()) {
                return true;
            }
        }
        return false;
    }

    /** {@code joinedInList} as it read before round 28: the stretch copied, lower-cased, stripped and split. */
    private static boolean joinedInListBefore(String text, int from, int to) {
        Set<String> joins = Set.of("and", "or", "y", "o", "e", "ou", "et", "at", "\u0438");
        Set<String> repeats = Set.of("el", "on", "le", "o", "a", "the");
        String between = text.substring(from, to).toLowerCase(Locale.ROOT).strip();
        boolean comma = between.startsWith(",") || between.startsWith(";");
        if (comma) {
            between = between.substring(1).strip();
        }
        if (between.isEmpty()) {
            return to - from <= 3;
        }
        String[] parts = between.split("\\s+");
        if (parts.length > 2) {
            return false;
        }
        int i = 0;
        if (joins.contains(parts[i])) {
            i++;
        }
        if (i == 0 && !comma) {
            return false; // round 33: a repeated preposition alone joins no list ("rated 7/10 on 3/2")
        }
        if (i < parts.length && repeats.contains(parts[i])) {
            i++;
        }
        return i == parts.length && i > 0;
    }
}
