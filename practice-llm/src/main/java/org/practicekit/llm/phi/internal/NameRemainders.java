package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.STOP;
import static org.practicekit.llm.phi.internal.Lexicon.TITLE;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * The guard's last look at the spans it is about to replace: a replaced name must take its whole mention with it, or
 * the rest of the name reaches the endpoint beside the placeholder ("[LOCATION_1]. Jude's", "O'[PERSON_1]",
 * "[PERSON_1]-Lopez"). A name span is grown over the pieces joined to it without a space or by a saint's or mount's
 * abbreviation: a hyphen and a capitalized part, an apostrophe and a surname's rest, the word a span stops inside,
 * the name after "St."/"Mt." or after a single initial, and a saint's place's possessive. Pieces that touch or overlap
 * after growing become one span. Only spans the detector or the residual check already found grow, so a saint or a
 * hyphenated word nobody replaced ("St. Patrick's Day") goes out as written. Stateless and thread-safe.
 */
public final class NameRemainders {
    private static final WordTable LEX = Lexicon.table();
    private static final EnglishWords WORDS = new EnglishWords();
    /** Abbreviations that never end a name: a saint's or a mount's, whose name follows. */
    private static final Set<String> NAME_OPENERS = WordSet.of("st", "st.", "saint", "mt", "mt.", "mount", "ste",
            "ste.", "sta", "sta.", "san", "santa", "ft", "ft.");
    private static final long NOT_A_NAME = STOP | TITLE | MONTH | WEEKDAY;

    private NameRemainders() {
    }

    /** {@code spans} with each name span grown to its whole mention; touching or overlapping ones merged. */
    public static List<PhiSpan> whole(String text, List<PhiSpan> spans) {
        // every span, of any type, then takes the rest of the token it starts or ends inside
        return WholeTokens.grown(text, names(text, spans));
    }

    private static List<PhiSpan> names(String text, List<PhiSpan> spans) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<PhiSpan> out = new ArrayList<>(spans.size());
        boolean changed = false;
        for (PhiSpan s : spans) {
            PhiSpan g = isName(s.type()) ? grown(text, s) : s;
            changed |= g != s;
            out.add(g);
        }
        if (!changed) {
            return spans;
        }
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        List<PhiSpan> merged = new ArrayList<>(out.size());
        for (PhiSpan s : out) {
            PhiSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() < last.end() && isName(last.type()) && isName(s.type())) {
                merged.set(merged.size() - 1, new PhiSpan(last.start(), Math.max(last.end(), s.end()),
                        mergedType(text, last, s), Math.max(last.score(), s.score())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static boolean isName(String type) {
        return PhiCategory.PERSON.equals(type) || PhiCategory.LOCATION.equals(type) || PhiCategory.NAME.equals(type);
    }

    /** A saint's or a mount's name is a place (the saint alone is public and never grows); else the longer's type. */
    private static String mergedType(String text, PhiSpan a, PhiSpan b) {
        if (opensName(text, a.start()) || PhiCategory.LOCATION.equals(a.type())
                || PhiCategory.LOCATION.equals(b.type())) {
            return PhiCategory.LOCATION;
        }
        return a.length() >= b.length() ? a.type() : b.type();
    }

    private static PhiSpan grown(String text, PhiSpan s) {
        int start = s.start();
        int end = s.end();
        int n = text.length();
        // a span that stops inside a word takes the word
        while (end < n && end > start && Character.isLetter(text.charAt(end)) && Character.isLetter(text.charAt(end - 1))) {
            end++;
        }
        while (start > 0 && start < end && Character.isLetter(text.charAt(start - 1))
                && Character.isLetter(text.charAt(start))) {
            start--;
        }
        boolean saint = opensName(text, start);
        for (int guard = 0; guard < 8; guard++) {
            int e = rightPiece(text, start, end, saint);
            if (e == end && !PhiCategory.PERSON.equals(s.type())) {
                e = ofThePlace(text, end);
            }
            if (e == end) {
                break;
            }
            end = e;
        }
        for (int guard = 0; guard < 8; guard++) {
            int b = leftPiece(text, start);
            if (b == start) {
                break;
            }
            start = b;
            saint |= opensName(text, start);
        }
        if (saint && (end == n || !Character.isLetter(text.charAt(end)))) {
            end = possessive(text, end);
        }
        if (start == s.start() && end == s.end()) {
            return s;
        }
        String type = saint ? PhiCategory.LOCATION : s.type();
        return new PhiSpan(start, end, type, s.score());
    }

    /** The end of the piece joined to {@code [start, end)} on its right, or {@code end}. */
    private static int rightPiece(String text, int start, int end, boolean saint) {
        int n = text.length();
        if (end + 1 < n && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1))) {
            return wordEnd(text, end + 1); // "Garcia-Lopez", "Joseph-Mercy"
        }
        if (end + 2 < n && isApostrophe(text.charAt(end)) && Character.isUpperCase(text.charAt(end + 1))
                && Character.isLetter(text.charAt(end + 2))) {
            return wordEnd(text, end + 1); // "O'Brien" with only "O" found
        }
        if (end <= start) {
            return end;
        }
        int lastWord = wordStart(text, text.charAt(end - 1) == '.' ? end - 1 : end);
        boolean opener = WordSet.containsLower(NAME_OPENERS, text, lastWord, end);
        boolean initial = lastWord < end && end - lastWord <= 2 && Character.isUpperCase(text.charAt(lastWord))
                && (end - lastWord == 1 || text.charAt(end - 1) == '.') && lastWord == start;
        if (!opener && !initial) {
            return end;
        }
        int k = end;
        if (k < n && text.charAt(k) == '.') {
            k++;
        }
        if (k >= n || text.charAt(k) != ' ' || text.charAt(end - 1) != '.' && k == end && !opener) {
            return end; // an initial joins the next word only through its period
        }
        k++;
        if (k >= n || !Character.isUpperCase(text.charAt(k))) {
            return end;
        }
        int w = wordEnd(text, k);
        if ((LEX.get(text, k, w) & NOT_A_NAME) != 0) {
            return end;
        }
        if (initial && (WORDS.isCommon(text, k, w) || w - k < 2)) {
            return end; // "T. Then" is a sentence that starts after the initial
        }
        return w;
    }

    /**
     * A place's name that goes on past "of the" ("Hospice of the Valley", "Home Health of the Bay"): the capitalized
     * words after it, or {@code end}. A person's span never grows so ("Sarah of the choir" is no one's name).
     */
    private static int ofThePlace(String text, int end) {
        if (!text.startsWith(" of ", end)) {
            return end;
        }
        int k = end + 4;
        if (text.startsWith("the ", k)) {
            k += 4;
        }
        int last = end;
        while (k < text.length() && Character.isUpperCase(text.charAt(k))) {
            int w = wordEnd(text, k);
            if (w == k || (LEX.get(text, k, w) & NOT_A_NAME) != 0) {
                break;
            }
            last = w;
            if (w + 1 < text.length() && text.charAt(w) == ' ' && Character.isUpperCase(text.charAt(w + 1))) {
                k = w + 1;
            } else {
                break;
            }
        }
        return last;
    }

    /** The start of the piece joined to {@code start} on its left, or {@code start}. */
    private static int leftPiece(String text, int start) {
        if (start < 2) {
            return start;
        }
        char c = text.charAt(start - 1);
        if (c == '-' && Character.isLetter(text.charAt(start - 2))) {
            int b = wordStart(text, start - 1);
            return Character.isUpperCase(text.charAt(b)) ? b : start; // "Anne-Marie" with only "Marie" found
        }
        if (isApostrophe(c) && Character.isUpperCase(text.charAt(start - 2))) {
            int b = wordStart(text, start - 1);
            return start - 1 - b <= 2 ? b : start; // "O'Connell", "D'Angelo"
        }
        if (c == ' ') {
            int e = start - 1;
            int b = wordStart(text, text.charAt(e - 1) == '.' ? e - 1 : e);
            if (b < e && Character.isUpperCase(text.charAt(b)) && WordSet.containsLower(NAME_OPENERS, text, b, e)
                    && Character.isUpperCase(text.charAt(start))) {
                return b; // "St. [Jude's]"
            }
        }
        return start;
    }

    private static boolean opensName(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int w = wordEnd(text, start);
        if (w < text.length() && text.charAt(w) == '.') {
            w++;
        }
        return WordSet.containsLower(NAME_OPENERS, text, start, w) && w < text.length() && text.charAt(w) == ' ';
    }

    private static int possessive(String text, int end) {
        int n = text.length();
        if (end + 1 < n && isApostrophe(text.charAt(end)) && text.charAt(end + 1) == 's'
                && (end + 2 == n || !Character.isLetter(text.charAt(end + 2)))) {
            return end + 2;
        }
        return end;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static int wordEnd(String text, int k) {
        while (k < text.length() && Character.isLetter(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int wordStart(String text, int k) {
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }
}
