package org.practicekit.llm.phi.internal;

import static org.practicekit.llm.phi.internal.Lexicon.CLINICAL;
import static org.practicekit.llm.phi.internal.Lexicon.FIRST;
import static org.practicekit.llm.phi.internal.Lexicon.HOLIDAY;
import static org.practicekit.llm.phi.internal.Lexicon.MONTH;
import static org.practicekit.llm.phi.internal.Lexicon.PET;
import static org.practicekit.llm.phi.internal.Lexicon.STATE;
import static org.practicekit.llm.phi.internal.Lexicon.STOP;
import static org.practicekit.llm.phi.internal.Lexicon.WEEKDAY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.practicekit.llm.phi.PhiCategory;
import org.practicekit.llm.phi.PhiSpan;

/**
 * A roll of people: a run of capitalized words, each followed by the same kind of value (a rating "4/10", a score or
 * an age "8", "8pm", a parenthesis "(mother, d. 2019)", one lower-case word "present") and separated by commas or
 * semicolons. A group's check-in, a family list or a household is written this way, and once most members are people (a listed given name, or a
 * span the rules already read as a person) the roll's shape makes every member a person, whatever the member means
 * as a word ("Sterling 4/10, Dahlia 7/10", "Hope (12), Miles (9)"): round 25b's policy.
 *
 * <p>The exceptions are classes: a member written in capitals or listed as a clinical term is a scale ("PHQ 4/10");
 * a roll with a month, a weekday or a holiday is a run of dates ("April 3, May 5"); a state is a place; a pet's
 * name stays public, as the project's convention has it; and a member the rules already read as something else keeps
 * that reading.
 */
public final class NameRolls {
    private static final long NOT_A_MEMBER = CLINICAL | STATE | PET;
    private static final long DATED = MONTH | WEEKDAY | HOLIDAY;

    private NameRolls() {
    }

    /** {@code found} with every member of a roll of people read as a person. */
    public static List<PhiSpan> read(String text, List<PhiSpan> found) {
        if (text.indexOf(',') < 0 && text.indexOf(';') < 0) {
            return found; // a roll has at least two members
        }
        List<PhiSpan> added = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            List<int[]> roll = rollAt(text, i);
            if (roll.isEmpty()) {
                i = nextWord(text, i);
                continue;
            }
            int[] last = roll.get(roll.size() - 1);
            i = last[2];
            if (!ofPeople(text, roll, found)) {
                continue;
            }
            for (int[] m : roll) {
                if (covered(found, m[0], m[1]) || added != null && covered(added, m[0], m[1])) {
                    continue;
                }
                if ((Lexicon.table().get(text, m[0], m[1]) & NOT_A_MEMBER) != 0) {
                    continue;
                }
                if (added == null) {
                    added = new ArrayList<>();
                }
                added.add(new PhiSpan(m[0], m[1], PhiCategory.PERSON, 0.75));
            }
        }
        if (added == null) {
            return found;
        }
        List<PhiSpan> out = new ArrayList<>(found.size() + added.size());
        out.addAll(found);
        out.addAll(added);
        out.sort(Comparator.comparingInt(PhiSpan::start).thenComparingInt(PhiSpan::end));
        return out;
    }

    /**
     * Most members are people (a span the rules read as a person, a curated given name, or a name of the SSA list that
     * is no everyday word): more than half, and at least two, and no member is a date or a scale.
     */
    private static boolean ofPeople(String text, List<int[]> roll, List<PhiSpan> found) {
        int people = 0;
        for (int[] m : roll) {
            long f = Lexicon.table().get(text, m[0], m[1]);
            if ((f & DATED) != 0 || allCaps(text, m[0], m[1])) {
                return false; // "April 3, May 5", "PHQ 4/10, GAD 7/10"
            }
            if (personAt(found, m[0], m[1]) || (f & NOT_A_MEMBER) == 0 && ((f & FIRST) != 0
                    || (f & STOP) == 0 && NameTokens.givenNameAnywhere(text, m[0], m[1]))) {
                people++;
            }
        }
        return people >= 2 && people * 2 > roll.size();
    }

    /**
     * The roll starting at {@code from}, each member as {start, end, end of its value and separator}; empty when
     * fewer than two members of one kind of value follow each other.
     */
    private static List<int[]> rollAt(String text, int from) {
        List<int[]> roll = new ArrayList<>();
        if (from > 0 && !opensMember(text, from)) {
            return roll;
        }
        int kind = -1;
        int k = from;
        while (true) {
            int we = wordEnd(text, k);
            if (we - k < 2 || !Character.isUpperCase(text.charAt(k))) {
                break;
            }
            int[] value = value(text, we);
            if (value == null || kind >= 0 && value[0] != kind) {
                break;
            }
            kind = value[0];
            int after = value[1];
            int sep = skipSpaces(text, after);
            boolean more = sep < text.length() && (text.charAt(sep) == ',' || text.charAt(sep) == ';');
            roll.add(new int[] {k, we, more ? sep + 1 : after});
            if (!more) {
                break;
            }
            k = skipSpaces(text, sep + 1);
            if (k < text.length() && text.startsWith("and ", k)) {
                k += 4; // "Hope (12), Miles (9) and Grace (6)"
            }
        }
        return roll.size() >= 2 ? roll : List.of();
    }

    /** A member opens the text, a line, or follows a colon, a comma or a semicolon. */
    private static boolean opensMember(String text, int at) {
        int p = at - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        return p < 0 || ":;,\n".indexOf(text.charAt(p)) >= 0;
    }

    private static final int RATING = 0;
    private static final int NUMBER = 1;
    private static final int PAREN = 2;
    private static final int WORD = 3;

    /** The kind of value after a member and where it ends; null when none follows. */
    private static int[] value(String text, int memberEnd) {
        if (memberEnd >= text.length() || text.charAt(memberEnd) != ' ') {
            return null;
        }
        int v = memberEnd + 1;
        if (v >= text.length()) {
            return null;
        }
        char c = text.charAt(v);
        if (c == '(') {
            int close = text.indexOf(')', v);
            return close < 0 ? null : new int[] {PAREN, close + 1};
        }
        if (Character.isLowerCase(c)) {
            int w = v;
            while (w < text.length() && Character.isLowerCase(text.charAt(w))) {
                w++;
            }
            // "Cliff present; Summer absent": one lower-case word, then the next member or the end
            return w - v >= 2 && w < text.length() && ",;".indexOf(text.charAt(w)) >= 0 ? new int[] {WORD, w} : null;
        }
        if (!Character.isDigit(c)) {
            return null;
        }
        int d = v;
        while (d < text.length() && Character.isDigit(text.charAt(d))) {
            d++;
        }
        if (d + 1 < text.length() && text.charAt(d) == '/' && Character.isDigit(text.charAt(d + 1))) {
            d++;
            while (d < text.length() && Character.isDigit(text.charAt(d))) {
                d++;
            }
            return end(text, d) ? new int[] {RATING, d} : null;
        }
        if (d + 1 < text.length() && (text.charAt(d) == '.' || text.charAt(d) == ':')
                && Character.isDigit(text.charAt(d + 1))) {
            d++;
            while (d < text.length() && Character.isDigit(text.charAt(d))) {
                d++;
            }
        }
        while (d < text.length() && Character.isLetter(text.charAt(d)) && d - v < 8) {
            d++; // "8pm", "12yo"
        }
        return end(text, d) ? new int[] {NUMBER, d} : null;
    }

    private static boolean end(String text, int at) {
        int s = skipSpaces(text, at);
        return s >= text.length() || ",;.\n".indexOf(text.charAt(s)) >= 0;
    }

    private static boolean personAt(List<PhiSpan> spans, int s, int e) {
        for (PhiSpan p : spans) {
            if (p.start() <= s && p.end() >= e
                    && (p.type().equals(PhiCategory.PERSON) || p.type().equals(PhiCategory.NAME))) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(List<PhiSpan> spans, int s, int e) {
        for (PhiSpan p : spans) {
            if (p.start() < e && p.end() > s) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCaps(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int wordEnd(String text, int at) {
        int e = at;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\''
                && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1)))) {
            e++;
        }
        return e;
    }

    private static int nextWord(String text, int at) {
        int e = wordEnd(text, at);
        int k = e > at ? e : at + 1;
        while (k < text.length() && !Character.isLetter(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int skipSpaces(String text, int at) {
        int k = at;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k;
    }
}
