package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.PublicMentions.lower;

import java.util.Set;
import org.practicekit.core.text.WordList;

/**
 * A public event or a team read from the noun that heads it: a fair, a festival, a marathon, a parade or a race
 * ("the State Fair", "the Pride parade", "ran the Shamrock Run"), and a team by its plural before "game", "fan" or
 * "tickets" ("the Blazers game", "a huge Thorns fan"). The detector reads the words before the noun as a place or a
 * person; the noun says they name an occasion that thousands attend, which places and names no one.
 *
 * <p>Deny by default: a noun that is also a street's last word ("Run", "Walk", "Parade", "March") counts only in
 * lower case ("the Pride parade", not "lives on Deer Run"); a sentence that says where someone lives or works keeps
 * the span (a fair's office is an employer); a memorial or a benefit names its person ("the Kyle Briggs memorial
 * 5k"), and so does a given name before a surname inside the span.
 */
final class PublicEvents {
    private static final WordList ENGLISH = WordList.english();
    /** Heads of an event's name, in either case: "the State Fair", "the Rose Festival", "the Boston Marathon". */
    private static final Set<String> EVENT_HEADS = WordSet.of("fair", "fairs", "festival", "fest", "festivals",
            "marathon", "half-marathon", "trot", "rodeo", "derby", "expo", "carnival", "tournament", "gala", "telethon",
            "jamboree", "regatta", "triathlon", "invitational", "powwow", "feria", "fiesta", "festa");
    /** Heads that are also a street's last word, counted only in lower case: "the Pride parade", "the Hood to Coast relay". */
    private static final Set<String> LOWER_HEADS = WordSet.of("parade", "march", "run", "race", "walk", "relay", "5k",
            "10k", "festivities");
    /** What follows a team's plural: "the Blazers game", "a Thorns fan", "Sounders tickets". */
    private static final Set<String> TEAM_AFTER = WordSet.of("game", "games", "match", "matches", "fan", "fans",
            "season", "tickets", "jersey", "jerseys", "playoffs", "playoff", "gear", "merch");
    private static final Set<String> ATTENDED = WordSet.of("went", "go", "going", "goes", "took", "take", "taking",
            "attended", "attend", "drove", "flew", "fuimos", "fue", "at");
    /** Words that name a person's own occasion, kept: "her memorial 5k", "the benefit run for Kyle". */
    private static final Set<String> PERSONAL = WordSet.of("memorial", "benefit", "tribute", "honor", "honour",
            "birthday", "wedding", "funeral", "quinceañera", "quince", "reunion");

    private final WordTable lex;
    private final Set<String> settled;
    private final Set<String> employment;

    PublicEvents(WordTable lex, Set<String> settled, Set<String> employment) {
        this.lex = lex;
        this.settled = settled;
        this.employment = employment;
    }

    /** Whether {@code text[s, e)}, with the capitalized words after it, is the name of a public event or a team. */
    boolean reads(String text, int s, int e) {
        int k = e;
        boolean team = false;
        int last = e;
        for (int words = 0; words < 4; words++) {
            int n = PublicMentions.skipBlanks(text, k);
            int ne = ProperNounContext.wordEnd(text, n);
            if (ne == n || n == k && k > s) {
                return false;
            }
            String w = lower(text, n, ne);
            boolean upper = Character.isUpperCase(text.charAt(n));
            if (EVENT_HEADS.contains(w) || !upper && LOWER_HEADS.contains(w)) {
                return !personal(text, s, n) && !settledOrWork(text, s);
            }
            if (!upper && TEAM_AFTER.contains(w)) {
                // the span is the team's plural itself ("Chicago" of "Chicago Cubs" stays the city's), and a fan
                // club is a group someone belongs to, not the team
                team = last == e && teamPlural(text, last) && !nextIs(text, ne, "club");
                return team && !attended(text, s) && !settledOrWork(text, s);
            }
            if (!upper) {
                return false;
            }
            last = ne;
            k = ne;
        }
        return false;
    }

    /**
     * A verb of going a few words before the team: "went to the Bulls game" puts the client at its arena, which the
     * project's corpus labels a place (as round 16 reads a chain visited).
     */
    private static boolean attended(String text, int s) {
        int k = s;
        for (int words = 0; words < 4; words++) {
            int p = ProperNounContext.prevWordStart(text, k, false);
            if (p < 0) {
                return false;
            }
            if (ATTENDED.contains(lower(text, p, ProperNounContext.wordEnd(text, p)))) {
                return true;
            }
            k = p;
        }
        return false;
    }

    private static boolean nextIs(String text, int e, String word) {
        int n = PublicMentions.skipBlanks(text, e);
        return lower(text, n, ProperNounContext.wordEnd(text, n)).equals(word);
    }

    /** The word ending at {@code e} is a plural whose singular is an everyday word: "Blazers", "Thorns", "Seahawks". */
    private boolean teamPlural(String text, int e) {
        int p = e;
        while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
            p--;
        }
        if (e - p < 4 || text.charAt(e - 1) != 's' || !Character.isUpperCase(text.charAt(p))
                || (lex.get(text, p, e) & (Lexicon.FIRST | Lexicon.SURNAME)) != 0) {
            return false;
        }
        String singular = lower(text, p, e - 1);
        return ENGLISH.isCommonWord(singular) || singular.length() > 4 && ENGLISH.isCommonWord(singular.substring(0, 3))
                && ENGLISH.isCommonWord(singular.substring(3));
    }

    /** A memorial or a benefit, or a given name before a surname, between the span and its head. */
    private boolean personal(String text, int s, int head) {
        int prevWordEnd = -1;
        boolean prevGiven = false;
        for (int k = s; k < head; ) {
            int we = ProperNounContext.wordEnd(text, k);
            if (we == k) {
                k++;
                continue;
            }
            String w = lower(text, k, we);
            if (PERSONAL.contains(w)) {
                return true;
            }
            long f = lex.get(text, k, we);
            if (prevGiven && prevWordEnd >= 0 && Character.isUpperCase(text.charAt(k)) && (f & Lexicon.SURNAME) != 0
                    && !ENGLISH.isCommonWord(w)) {
                return true; // "the Kyle Briggs Run": a person's name inside the event's
            }
            prevGiven = Character.isUpperCase(text.charAt(k)) && (f & Lexicon.FIRST) != 0;
            prevWordEnd = we;
            k = we;
        }
        int n = PublicMentions.skipBlanks(text, ProperNounContext.wordEnd(text, head));
        String after = lower(text, n, ProperNounContext.wordEnd(text, n));
        return after.equals("for") || after.equals("in"); // "the benefit run for Kyle", "the fair in Canby": the town
    }

    private boolean settledOrWork(String text, int s) {
        for (int[] word : PublicMentions.sentenceWords(text, s)) {
            String w = lower(text, word[0], word[1]);
            if (settled.contains(w) || employment.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
