package org.practicekit.llm.phi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The public readers look a word up in place ({@link WordSet#containsLowerOrEmpty}, {@link PublicNamesByKind#foldedIn})
 * where they built a lower-case copy before; every range of texts with capitals, quotes, accents and the chars whose
 * lower case is ASCII or longer (Kelvin sign, dotted capital I) must be answered as the copy answers it, or the guard
 * would send a different text.
 */
class InPlaceLookupTest {
    private static final List<String> PIECES = List.of("Haitian Creole", "speaks", "Dutch", "Dutch'", "Dutch\u2019",
            "d'Ivoire", "in", "Espa\u00f1ol", "\u212Aorean", "\u0130ndonesian", "SOME", "a", "little", "Little",
            "and", "&", "Dios", "m\u00edo", "MIO", "Karen", "O\u2019odham", "Kiche\u02bc", ",", "-", "  ", "\n", "");

    @Test
    void inPlaceLookupsAnswerAsTheLowerCaseCopies() {
        Random random = new Random(27);
        int asked = 0;
        int held = 0;
        for (int round = 0; round < 400; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            // entries: every range's copies, so that hits are asked as often as misses
            Set<String> words = new HashSet<>();
            for (int s = 0; s < text.length(); s += 3) {
                int e = Math.min(text.length(), s + random.nextInt(12) + 1);
                words.add(PublicMentions.lower(text, s, e));
                words.add(PublicNamesByKind.folded(text, s, e));
            }
            Set<String> set = WordSet.copyOf(words);
            for (int s = -1; s <= text.length() + 1; s++) {
                for (int e = s - 1; e <= text.length() + 1; e++) {
                    int from = s;
                    int to = e;
                    boolean lower = same(() -> set.contains(PublicMentions.lower(text, from, to)),
                            () -> WordSet.containsLowerOrEmpty(set, text, from, to), text, s, e);
                    boolean folded = same(() -> set.contains(PublicNamesByKind.folded(text, from, to)),
                            () -> PublicNamesByKind.foldedIn(set, text, from, to), text, s, e);
                    asked += 2;
                    held += (lower ? 1 : 0) + (folded ? 1 : 0);
                }
            }
        }
        assertTrue(held > asked / 50, "too few hits to prove anything: " + held + " of " + asked);
    }

    /**
     * A word set answers before hashing when no entry opens with the word's first char or is as long (round 30): every
     * range of mixed texts must still be answered as a {@code HashSet} answers it, in place and as a copy.
     */
    @Test
    void wordSetsAnswerAsHashSetsDo() {
        Random random = new Random(30);
        int asked = 0;
        int held = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                b.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            Set<String> words = new HashSet<>();
            for (int k = random.nextInt(6); k >= 0; k--) { // small sets, so that most first chars open no entry
                int s = random.nextInt(text.length() + 1);
                int e = Math.min(text.length(), s + random.nextInt(10));
                String w = text.substring(s, e);
                words.add(random.nextBoolean() ? w : w.toLowerCase(java.util.Locale.ROOT));
            }
            Set<String> set = WordSet.copyOf(words);
            for (int s = 0; s <= text.length(); s++) {
                for (int e = s; e <= text.length(); e++) {
                    String w = text.substring(s, e);
                    assertEquals(words.contains(w), set.contains(w), () -> "\"" + w + "\" in " + words);
                    boolean lower = words.contains(w.toLowerCase(java.util.Locale.ROOT));
                    assertEquals(lower, WordSet.containsLower(set, text, s, e), () -> "\"" + w + "\" lower in " + words);
                    asked++;
                    held += lower ? 1 : 0;
                }
            }
        }
        assertTrue(held > asked / 200, "too few hits to prove anything: " + held + " of " + asked);
    }

    /** Both answer alike, or both throw; returns the answer. */
    private static boolean same(Supplier<Boolean> copy, Supplier<Boolean> inPlace, String text, int s, int e) {
        Boolean expected;
        try {
            expected = copy.get();
        } catch (IndexOutOfBoundsException ex) {
            expected = null;
        }
        Boolean actual;
        try {
            actual = inPlace.get();
        } catch (IndexOutOfBoundsException ex) {
            actual = null;
        }
        assertEquals(expected, actual, () -> "\"" + text + "\" [" + s + ", " + e + ")");
        return Boolean.TRUE.equals(expected);
    }
}
