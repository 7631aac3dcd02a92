package org.practicekit.llm.phi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Round 31's speed pass answers three questions without the copies or walks it made before: a chain's possessive form
 * ("Kohl's" for "kohls") is looked up in place ({@link WordSet#containsLowerThen}), whether a word opens its sentence
 * is read from the char before it ({@link PublicMentions#opensSentence}). If an answer differed, the guard would send a
 * store or a name differently than before (a chain kept readable, or replaced); the detector's fingerprints hold the
 * whole output (and the person cue read once in {@code PublicReading}), these hold each question on generated text.
 */
class ReadingsWithoutCopiesRound31Test {
    private static final List<String> PIECES = List.of("Kohl", "kohls", "Kohls", "KOHLS", "Lowe", "lowes", "Dunkin",
            "s", "S", "'s", "\u2019s", "Trader", "Joe", "Joes", "Espa\u00f1ol", "\u212Aroger", "\u0130KEA", "at", "the",
            ".", "!", "?", ";", "\n", ",", " ", "  ", "-", "");

    @Test
    void possessiveFormsAreLookedUpAsTheCopiesWere() {
        Random random = new Random(31);
        int asked = 0;
        int held = 0;
        for (int round = 0; round < 400; round++) {
            String text = text(random);
            Set<String> entries = new HashSet<>();
            for (int s = 0; s < text.length(); s += 2) {
                int e = Math.min(text.length(), s + random.nextInt(10) + 1);
                entries.add(text.substring(s, e).toLowerCase(Locale.ROOT) + "'s");
                entries.add(text.substring(s, e).toLowerCase(Locale.ROOT));
            }
            Set<String> set = WordSet.copyOf(entries);
            for (int s = 0; s <= text.length(); s++) {
                for (int e = s; e <= text.length(); e++) {
                    for (String suffix : List.of("'s", "", "s")) {
                        boolean copy = set.contains(text.substring(s, e).toLowerCase(Locale.ROOT) + suffix);
                        assertEquals(copy, WordSet.containsLowerThen(set, text, s, e, suffix),
                                "[" + text.substring(s, e) + "]" + suffix + " in " + text);
                        asked++;
                        held += copy ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(held > asked / 50, "too few hits to prove anything: " + held + " of " + asked);
    }

    @Test
    void aWordOpensItsSentenceExactlyWhereTheWalkBackStops() {
        Random random = new Random(131);
        for (int round = 0; round < 400; round++) {
            String text = text(random);
            for (int s = 0; s <= text.length(); s++) {
                assertEquals(PublicMentions.sentenceStart(text, s) == s, PublicMentions.opensSentence(text, s),
                        s + " in " + text);
            }
        }
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(9); k >= 0; k--) {
            b.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(3) == 0 ? "" : " ");
        }
        return b.toString();
    }
}
