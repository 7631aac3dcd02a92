package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.practicekit.llm.phi.PhiSpan;

/**
 * Deny by default at the edge of a replacement: a span that starts or ends inside a token takes the whole token, so no
 * fragment of a replaced value goes out beside its placeholder ("[LOCATION_1]-fil-A", "O'[PERSON_1]", "[PERSON_1].T.").
 * A token is letters and digits joined with no separator or by a hyphen, an apostrophe or a period between two of them.
 * A clitic after an apostrophe ("'s", "'ll") is grammar, not a piece of the name, and stays; so does a lower-case
 * English word hyphenated at the token's outer end that is no name word ("Dallas-based", "ex-", "Boston-area"): it
 * modifies the name and names nothing. Growth never enters
 * another span: the piece there is replaced already. Only spans that were found grow, so a hyphenated word nobody
 * replaced goes out as written. Stateless and thread-safe.
 */
public final class WholeTokens {
    /** Endings after an apostrophe that belong to the sentence, not to the name they follow. */
    private static final java.util.Set<String> CLITICS = WordSet.of("s", "ll", "d", "re", "ve", "m");
    private static final WordTable LEX = Lexicon.table();
    private static final EnglishWords WORDS = new EnglishWords();
    /** A word that may be part of a name: a given name, a surname, a city or a state. */
    private static final long NAME_WORD = Lexicon.FIRST | Lexicon.SURNAME | Lexicon.CITY | Lexicon.STATE;

    private WholeTokens() {
    }

    /** {@code spans} with each grown to the whole token at both its edges, sorted by start; the same list when none grew. */
    public static List<PhiSpan> grown(String text, List<PhiSpan> spans) {
        if (spans.isEmpty()) {
            return spans;
        }
        boolean[] covered = new boolean[text.length()];
        for (PhiSpan s : spans) {
            for (int i = Math.max(0, s.start()); i < Math.min(text.length(), s.end()); i++) {
                covered[i] = true;
            }
        }
        List<PhiSpan> out = new ArrayList<>(spans.size());
        boolean changed = false;
        for (PhiSpan s : spans) {
            if (s.start() >= s.end() || s.end() > text.length()) {
                out.add(s);
                continue;
            }
            int end = s.end();
            for (int e = rightEnd(text, end, covered); e != end; e = rightEnd(text, end, covered)) {
                end = e;
            }
            int start = s.start();
            for (int b = leftStart(text, start, covered); b != start; b = leftStart(text, start, covered)) {
                start = b;
            }
            if (start != s.start() || end != s.end()) {
                for (int i = start; i < end; i++) {
                    covered[i] = true; // the next span does not take the same piece again
                }
                out.add(new PhiSpan(start, end, s.type(), s.score()));
                changed = true;
            } else {
                out.add(s);
            }
        }
        if (!changed) {
            return spans;
        }
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return out;
    }

    /** The end of the uncovered piece joined to {@code end} on its right, or {@code end}. */
    private static int rightEnd(String text, int end, boolean[] covered) {
        int n = text.length();
        if (end >= n || end == 0 || !isAlnum(text.charAt(end - 1))) {
            return end;
        }
        int k = end;
        if (isJoiner(text.charAt(k))) {
            if (k + 1 >= n || !isAlnum(text.charAt(k + 1)) || covered[k + 1]) {
                return end;
            }
            if (isApostrophe(text.charAt(k)) && isClitic(text, k + 1) || isModifier(text, k, k + 1)) {
                return end; // "Maria's": the possessive is no piece of her name
            }
            k++;
        } else if (!isAlnum(text.charAt(k)) || covered[k]) {
            return end;
        }
        while (k < n && isAlnum(text.charAt(k)) && !covered[k]) {
            k++;
        }
        return k;
    }

    /** The start of the uncovered piece joined to {@code start} on its left, or {@code start}. */
    private static int leftStart(String text, int start, boolean[] covered) {
        if (start == 0 || start >= text.length() || !isAlnum(text.charAt(start))) {
            return start;
        }
        int k = start;
        if (isJoiner(text.charAt(k - 1))) {
            if (k < 2 || !isAlnum(text.charAt(k - 2)) || covered[k - 2] || isModifier(text, k - 1, pieceStart(text,
                    k - 1))) {
                return start;
            }
            k--;
        } else if (!isAlnum(text.charAt(k - 1)) || covered[k - 1]) {
            return start;
        }
        while (k > 0 && isAlnum(text.charAt(k - 1)) && !covered[k - 1]) {
            k--;
        }
        return k;
    }

    /**
     * The guard's last look at the text it is about to send: letters or digits still joined to one of this request's
     * placeholders are the rest of the value it replaced. Each such token, placeholder and pieces, becomes one span of
     * the placeholder's category, so it is replaced whole. A token that holds two placeholders with pieces beside them
     * cannot be grown without swallowing a value into another: its category goes into {@code refused}, by count, and
     * no span is made for it.
     *
     * @param own true for a placeholder this request made (one already in the caller's text is left as it is)
     */
    public static List<PhiSpan> placeholderPieces(String text, Predicate<String> own, Map<String, Integer> refused) {
        if (text.indexOf('[') < 0) {
            return List.of();
        }
        List<PhiSpan> out = new ArrayList<>();
        Matcher m = Pseudonymizer.PLACEHOLDER.matcher(text);
        int after = 0;
        while (m.find()) {
            if (m.start() < after || !own.test(m.group())) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            int placeholders = 1;
            boolean pieces = false;
            // walk right over joined pieces and placeholders
            while (true) {
                int e = joinedRight(text, end);
                if (e == end) {
                    break;
                }
                Matcher next = Pseudonymizer.PLACEHOLDER.matcher(text).region(e, Math.min(text.length(), e + 40));
                if (e - end == 1 && isJoiner(text.charAt(end)) && next.lookingAt() && own.test(next.group())) {
                    placeholders++; // "[DATE_1]-[DATE_2]": only a joiner between
                    end = next.end();
                    continue;
                }
                pieces |= e > end + 1 || isAlnum(text.charAt(end));
                end = e;
                if (end < text.length() && text.charAt(end) == '[') {
                    Matcher p = Pseudonymizer.PLACEHOLDER.matcher(text).region(end, Math.min(text.length(), end + 40));
                    if (p.lookingAt() && own.test(p.group())) {
                        placeholders++;
                        end = p.end();
                    }
                }
            }
            int b = joinedLeft(text, start);
            pieces |= b < start;
            start = b;
            after = end;
            if (!pieces) {
                continue;
            }
            String category = m.group(1);
            if (placeholders > 1) {
                refused.merge(category, 1, Integer::sum);
                continue;
            }
            out.add(new PhiSpan(start, end, category, 1.0));
        }
        return out;
    }

    /** The end of the letters and digits joined to {@code end} (a placeholder's last character) on its right. */
    private static int joinedRight(String text, int end) {
        int n = text.length();
        int k = end;
        if (k < n && isJoiner(text.charAt(k))) {
            if (k + 1 >= n || !(isAlnum(text.charAt(k + 1)) || text.charAt(k + 1) == '[')) {
                return end;
            }
            if (isApostrophe(text.charAt(k)) && isClitic(text, k + 1) || isModifier(text, k, k + 1)) {
                return end;
            }
            if (text.charAt(k + 1) == '[') {
                return k + 1;
            }
            k++;
        }
        while (k < n && isAlnum(text.charAt(k))) {
            k++;
        }
        if (k > end && k < n && isJoiner(text.charAt(k)) && k + 1 < n && isAlnum(text.charAt(k + 1))) {
            return joinedRight(text, k); // "-fil-A"
        }
        return k;
    }

    /** The start of the letters and digits joined to {@code start} (a placeholder's '[') on its left. */
    private static int joinedLeft(String text, int start) {
        int k = start;
        if (k > 1 && isJoiner(text.charAt(k - 1)) && isAlnum(text.charAt(k - 2))) {
            if (isModifier(text, k - 1, pieceStart(text, k - 1))) {
                return start;
            }
            k--;
        }
        int b = k;
        while (b > 0 && isAlnum(text.charAt(b - 1))) {
            b--;
        }
        if (b == k) {
            return start;
        }
        if (b > 1 && isJoiner(text.charAt(b - 1)) && isAlnum(text.charAt(b - 2))) {
            return joinedLeft(text, b);
        }
        return b;
    }

    /**
     * True when the piece past the hyphen at {@code hyphen} (starting at {@code from}, on either side) is a lower-case
     * English word that is no name word and the last piece of its token: "based" in "Dallas-based", "ex" in "ex-Marcus".
     */
    private static boolean isModifier(String text, int hyphen, int from) {
        if (text.charAt(hyphen) != '-') {
            return false;
        }
        int b;
        int e;
        if (from > hyphen) {
            b = from;
            e = from;
            while (e < text.length() && Character.isLowerCase(text.charAt(e))) {
                e++;
            }
            if (e < text.length() && (isAlnum(text.charAt(e)) || isJoiner(text.charAt(e)) && e + 1 < text.length()
                    && isAlnum(text.charAt(e + 1)))) {
                return false; // more of the token follows: "Stratford-upon-Avon"
            }
        } else {
            e = hyphen;
            b = from;
            for (int i = b; i < e; i++) {
                if (!Character.isLowerCase(text.charAt(i))) {
                    return false;
                }
            }
            if (b > 0 && (isAlnum(text.charAt(b - 1)) || isJoiner(text.charAt(b - 1)) && b > 1
                    && isAlnum(text.charAt(b - 2)))) {
                return false;
            }
        }
        return e - b >= 2 && WORDS.isCommon(text, b, e) && (LEX.get(text, b, e) & NAME_WORD) == 0;
    }

    /** The start of the letters and digits that end at {@code end}. */
    private static int pieceStart(String text, int end) {
        int b = end;
        while (b > 0 && isAlnum(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    private static boolean isClitic(String text, int k) {
        int w = k;
        while (w < text.length() && Character.isLetter(text.charAt(w))) {
            w++;
        }
        return (w == text.length() || !isAlnum(text.charAt(w))) && WordSet.containsLower(CLITICS, text, k, w);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '.' || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isAlnum(char c) {
        return Character.isLetterOrDigit(c);
    }
}
