package org.practicekit.llm.phi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ChainMentions#brandAt} reads only the words around a chain mention; it must answer exactly as the reading of
 * the whole text's words does, at every word of texts full of chains, products, service words and odd boundaries.
 */
class ChainMentionsWindowTest {
    private final ChainMentions chains = new ChainMentions(Lexicon.table(), NotIdentifiers.CLASSES);

    /** Pieces a note is made of around a chain: products after it, verbs and prepositions before, marks between. */
    private static final List<String> PIECES = List.of("a Starbucks latte", "at Target", "ordered on Amazon",
            "paid with Venmo", "grabbed McDonald's", "at Costco buying shoes", "a Safeway sheet cake", "Kroger's",
            "Dunkin'", "the Walmart", "(Walgreens)", "Trader Joe's", "7-Eleven", "H&M", "T.J. Maxx", "at&t",
            "Caremark denied the brand", "drives a black Audi", "a used Audi", "shifts at Kroger", "met at panera",
            "Wendy's", "went to Target.", "—", "-", "&", "...", "\n", "\n\n", "  ", "\t", "x".repeat(230),
            "she said", "yesterday", "for bread", "and", "again,", "Home Depot", "Best Buy gift card", "on", "with");

    @Test
    void readsAChainMentionAsTheWholeTextDoes() {
        Random random = new Random(26);
        int asked = 0;
        int brands = 0;
        for (int t = 0; t < 300; t++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 5 + random.nextInt(60);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES.get(random.nextInt(PIECES.size())));
                sb.append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = sb.toString();
            for (int s = 0; s < text.length(); s++) {
                // every word start, with ends at the next few word ends (a one- to four-word name)
                if (!Character.isLetterOrDigit(text.charAt(s)) || s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
                    continue;
                }
                int ends = 0;
                for (int e = s + 1; e <= text.length() && ends < 4; e++) {
                    if (e == text.length() || !Character.isLetterOrDigit(text.charAt(e))) {
                        ends++;
                        boolean whole = chains.brandAtInWholeText(text, s, e);
                        assertEquals(whole, chains.brandAt(text, s, e), () -> "at " + text);
                        asked++;
                        brands += whole ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(asked > 10_000 && brands > 500, "the texts must ask many mentions, many of them brands: " + asked + ", " + brands);
    }
}
