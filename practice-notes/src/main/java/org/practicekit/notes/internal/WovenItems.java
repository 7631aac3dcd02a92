package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A typed item woven into a sentence: the run of a sentence's words that copies a field's words in order ("The
 * clinician used cognitive restructuring for the client's catastrophizing about work"; "Progress toward reducing panic
 * attacks: two attacks this week, down from five"). A labelled line is compared with its field word for word; a
 * sentence adds its own frame around the item, so only what lies inside the copied run is compared: a word of the field
 * replaced by another, a negation or a quantity put between its words, or the field's last word swapped where the item
 * closes its clause. Words are compared by dictionary form ("denies" is "denied") and number words as digits.
 */
public final class WovenItems {
    private static final English EN = English.get();
    /**
     * Words a sentence adds around or between a field's words to make it read ("for the client's", "rated SUDS at 7 and
     * then at 4", "was tearful"): they carry no fact of the item. Negations, quantities and directions are not here.
     */
    private static final Set<String> GLUE = Set.of("the", "a", "an", "and", "or", "but", "then", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "into", "about", "is", "was", "were", "are", "be", "been",
            "being", "has", "had", "have", "did", "does", "do", "this", "that", "these", "those", "it", "its", "their",
            "they", "them", "he", "she", "his", "her", "him", "hers", "client", "client's", "clinician",
            "clinician's", "who", "whose", "which", "while", "when", "also", "s", "re", "regarding", "w", "rated",
            // Who said it: the sentence may give a field's report in its own verb ("c/o HA" is "reported HA").
            "report", "reported", "say", "said", "says", "share", "shared", "note", "noted", "further", "c/o",
            "complain", "complained", "state", "stated", "mention", "mentioned", "describe", "described", "endorse",
            "endorsed", "add", "added", "tell", "told", "per");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("once", "1"), Map.entry("twice", "2"));
    /** Most words a sentence may put between two copied words and still be copying the same item. */
    private static final int GAP = 3;
    /** Fewest words of the field, not glue, an item copies before its inside is compared. */
    private static final int LEAST = 2;

    private WovenItems() {
    }

    /** One change inside a woven item: the sentence's words where the field has its own (either may be empty). */
    public record Change(List<String> added, List<String> dropped) {
    }

    /**
     * The changes inside each run of {@code sentence} that copies {@code field} (both the verifier's lower-case words,
     * {@code sentenceBounds} true before a word that opens a clause or list item). Empty when the sentence copies no
     * run of the field, or copies it faithfully.
     */
    public static List<Change> changes(List<String> sentence, List<Boolean> sentenceBounds, List<String> field) {
        if (field.size() < 2 || sentence.size() < 2) {
            return List.of();
        }
        List<String> s = forms(sentence);
        List<String> f = forms(field);
        int[] match = lcs(s, f);
        List<Change> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (match[i] < 0) {
                i++;
                continue;
            }
            // One item: matches whose gaps on both sides stay small.
            int first = i;
            int last = i;
            int matched = meaningful(f.get(match[i])) ? 1 : 0;
            boolean adjacent = false;
            boolean whole = true;
            int k = i + 1;
            while (k < s.size()) {
                if (match[k] < 0) {
                    k++;
                    continue;
                }
                if (k - last - 1 > GAP || match[k] - match[last] - 1 > GAP) {
                    break;
                }
                whole &= meaningfulOf(f.subList(match[last] + 1, match[k])).isEmpty();
                adjacent |= k == last + 1 && match[k] == match[last] + 1 && meaningful(f.get(match[k]));
                matched += meaningful(f.get(match[k])) ? 1 : 0;
                last = k;
                k++;
            }
            // Two words of the field copied side by side, or every word between its first and last copied word kept.
            if (matched >= LEAST && (adjacent || whole)) {
                inside(s, sentenceBounds, f, match, first, last, out);
            }
            i = last + 1;
        }
        return out;
    }

    /** The changes between the matches of one item, and a last word swapped where the item closes its clause. */
    private static void inside(List<String> s, List<Boolean> bounds, List<String> f, int[] match, int first, int last,
            List<Change> out) {
        int prev = first;
        for (int k = first + 1; k <= last; k++) {
            if (match[k] < 0) {
                continue;
            }
            List<String> added = meaningfulOf(s.subList(prev + 1, k));
            List<String> dropped = meaningfulOf(f.subList(match[prev] + 1, match[k]));
            // The previous word copied again inside the gap: the copy starts there, the words before it are the frame's
            // ("fewer than 2 a week: two attacks this week").
            if (added.contains(s.get(prev))) {
                prev = k;
                continue;
            }
            if (swapped(s.subList(prev + 1, k), f.subList(match[prev] + 1, match[k]))
                    || dropped.isEmpty() && added.stream().anyMatch(WovenItems::negating)) {
                out.add(new Change(added, dropped));
            }
            prev = k;
        }
        // The item's last word swapped: the sentence's clause and the field both end one word later, on different words
        // ("down from five" written "down from four").
        int sNext = last + 1;
        int fNext = match[last] + 1;
        if (sNext < s.size() && fNext == f.size() - 1 && (sNext + 1 == s.size() || bounds.get(sNext + 1))
                && !bounds.get(sNext) && swapped(s.subList(sNext, sNext + 1), f.subList(fNext, fNext + 1))) {
            out.add(new Change(List.of(s.get(sNext)), List.of(f.get(fNext))));
        }
    }

    /** Whether {@code sentence} holds every word of {@code field} that is not glue, in order: a whole, faithful copy. */
    public static boolean copiesWhole(List<String> sentence, List<String> field) {
        List<String> f = forms(field);
        int[] match = lcs(forms(sentence), f);
        boolean[] seen = new boolean[f.size()];
        for (int m : match) {
            if (m >= 0) {
                seen[m] = true;
            }
        }
        for (int j = 0; j < f.size(); j++) {
            if (!seen[j] && meaningful(f.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One word of the field replaced by one word of another kind: not glue, not the same word spelled or inflected
     * otherwise ("hold" and "held", "25 minute" and "25-minute", "mom" and "mother" share their opening letters or
     * one holds the other), so a sentence's own wording of a word is not read as a change of what the field says.
     */
    private static boolean swapped(List<String> sentence, List<String> field) {
        if (sentence.size() != 1 || field.size() != 1) {
            return false;
        }
        String a = sentence.get(0);
        String b = field.get(0);
        return meaningful(a) && meaningful(b) && !a.equals(b) && a.length() > 2 && b.length() > 2
                && !a.regionMatches(0, b, 0, 2) && !a.contains(b) && !b.contains(a)
                // Round 27: the typed word in a form the frame inflects it to ("hold" written "held", "may" written
                // "might") is the same word; another lemma is still a change.
                && !EN.sameWordInflected(a, b)
                && Character.isLetter(a.charAt(0)) == Character.isLetter(b.charAt(0))
                // A person named by another word for them ("dad", "father") is the actor rules' to read.
                && !(Actors.isActorWord(a) && Actors.isActorWord(b));
    }

    /** A negation put between two copied words ("completed" written "did not complete"). */
    private static boolean negating(String w) {
        return w.equals("not") || w.equals("never") || w.endsWith("n't");
    }

    private static boolean meaningful(String w) {
        return !GLUE.contains(w);
    }

    private static List<String> meaningfulOf(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (meaningful(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Each word's dictionary form, number words as digits. */
    private static List<String> forms(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String n = NUMBER_WORDS.get(w);
            // Short words keep their form: a dictionary form of "also" is not "all".
            out.add(n != null ? n : w.length() > 4 ? EN.dictionaryForm(w) : w);
        }
        return out;
    }

    /**
     * A longest common subsequence of two word lists: for each word of {@code a}, the index of the word of {@code b}
     * it is matched with, or -1.
     */
    public static int[] lcs(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int[] match = new int[n];
        java.util.Arrays.fill(match, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                match[i++] = j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }
}
