package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 31: the shapes of a focus typed in chart shorthand that the older readings left on a "Focus of X:" line: a
 * quotation (the thought or belief the work targeted), items joined by "+", "&" or ";", two noun phrases set side by
 * side with a comma, and an item with its examples in parentheses. This class only reads the shape; the composer reads
 * each piece's phrase type and writes the sentence. Deny by default: anything that is not one of these shapes exactly
 * gives "" or an empty list, and the focus keeps its line.
 */
public final class FocusShapes {
    /**
     * One quotation, alone or after the typed name of what it is ("belief "I always fail"", "thought: 'I'm a
     * burden'"), with at most a full stop after it.
     */
    private static final Pattern QUOTED = Pattern.compile("(?i)^(?:((?:core |automatic |negative )?(?:thought|belief)"
            + "|stuck point)s?:?\\s+)?(\"[^\"]+\"|\u201C[^\u201C\u201D\"]+\u201D|'[^']+(?:'[a-z]+[^']*)*'"
            + "|\u2018[^\u2018\u2019]+\u2019)\\.?$");

    /** The separators that join items in a list as typed: a spaced "+" or "&", or a semicolon. */
    private static final Pattern JOINS = Pattern.compile("\\s+[+&]\\s+|\\s*;\\s+");

    private FocusShapes() {
    }

    /**
     * The frame and the quotation for a focus typed as one quotation: "the thought "I'm lazy"" (the typed name of what
     * is quoted kept, "thought" where none was typed), or "" for any other shape. The quotation is kept verbatim with
     * its own marks; a second quotation or any word outside the marks but the name is refused.
     */
    static String thought(String typed) {
        Matcher m = QUOTED.matcher(typed.strip());
        if (!m.matches()) {
            return "";
        }
        String quote = m.group(2);
        if (quote.substring(1, quote.length() - 1).strip().isEmpty()) {
            return "";
        }
        String name = m.group(1) == null ? "thought" : m.group(1).toLowerCase(Locale.ROOT);
        return "the " + name + " " + quote;
    }

    /**
     * The items of a focus typed as a list: split at "+", "&" and ";" outside parentheses, or at its one comma when
     * it has no other separator. Fewer than two items (no list), a quotation, an arrow or "=" inside, or an empty item
     * gives an empty list.
     */
    static List<String> items(String typed) {
        String t = typed.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0 || t.contains("->") || t.indexOf('=') >= 0
                || t.indexOf(':') >= 0 && !t.toLowerCase(Locale.ROOT).matches(".*\\bre:.*")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String outside = outsideParentheses(t);
        if (outside.isEmpty()) {
            return List.of();
        }
        Matcher m = JOINS.matcher(outside);
        int from = 0;
        while (m.find()) {
            out.add(t.substring(from, m.start()).strip());
            from = m.end();
        }
        out.add(t.substring(from).strip());
        if (out.size() == 1) {
            // Why: two pieces after one comma are a list only when each reads as a noun phrase (the composer checks);
            // three or more were the older topic list's to read.
            int comma = outside.indexOf(", ");
            if (comma < 0 || outside.indexOf(',', comma + 1) >= 0) {
                return List.of();
            }
            out = new ArrayList<>(List.of(t.substring(0, comma).strip(), t.substring(comma + 1).strip()));
        } else if (outside.indexOf(',') >= 0) {
            // A comma beside "+" or ";" may be a list inside an item or a qualifier: which, the shape does not say.
            return List.of();
        }
        return out.stream().anyMatch(String::isEmpty) ? List.of() : out;
    }

    /**
     * An item and the examples it names in parentheses at its end ("early warning signs (sleep change,
     * suspiciousness)"): the item and what is inside, or the item alone (one element) when it has no parenthesis;
     * empty when a parenthesis is anywhere else or nested.
     */
    static List<String> withExamples(String item) {
        int open = item.indexOf('(');
        if (open < 0) {
            return item.indexOf(')') < 0 ? List.of(item) : List.of();
        }
        int close = item.indexOf(')');
        if (close != item.length() - 1 || item.indexOf('(', open + 1) >= 0 || open == 0) {
            return List.of();
        }
        String head = item.substring(0, open).strip();
        String inside = item.substring(open + 1, close).strip();
        return head.isEmpty() || inside.isEmpty() ? List.of() : List.of(head, inside);
    }

    /** The text with what lies inside parentheses blanked; "" when they do not pair. */
    private static String outsideParentheses(String t) {
        StringBuilder b = new StringBuilder(t);
        int depth = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return "";
                }
            } else if (depth > 0) {
                b.setCharAt(i, '_');
            }
        }
        return depth == 0 ? b.toString() : "";
    }

    /** Round 36: the words that open a question a focus may be typed as; each opens a noun clause as typed. */
    private static final java.util.Set<String> QUESTION_WORDS = java.util.Set.of("whether", "why", "how", "what", "when",
            "where", "who", "which");

    /**
     * Round 36: a focus typed as a question a question word opens ("whether to call her ex tonight?", "why bedtime
     * keeps drifting?") is what the work explored: the clause without its question mark, which "focused on" takes as
     * typed. "" for any other shape: a yes/no question ("should she move out?") would need its words reordered, and a
     * second question or sentence is not one clause.
     */
    static String asked(String typed) {
        String t = typed.strip();
        if (!t.endsWith("?")) {
            return "";
        }
        t = t.substring(0, t.length() - 1).strip();
        int space = t.indexOf(' ');
        if (space < 0 || t.indexOf('?') >= 0 || t.indexOf(';') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0
                || !QUESTION_WORDS.contains(t.substring(0, space).toLowerCase(Locale.ROOT))) {
            return "";
        }
        return t;
    }

    /**
     * Round 36: words that say how a person feels, a closed class: only these are had as a feeling ("feeling
     * ashamed"), never a state that is a fact ("sober", "compliant", "safe at home" would read as the client's mood).
     */
    private static final java.util.Set<String> FEELINGS = java.util.Set.of("overwhelmed", "anxious", "nervous",
            "worried", "scared", "afraid", "fearful", "frightened", "terrified", "panicky", "tense", "uneasy", "ashamed",
            "guilty", "embarrassed", "humiliated", "angry", "irritable", "irritated", "resentful", "frustrated",
            "annoyed", "bitter", "jealous", "envious", "sad", "hopeless", "helpless", "worthless", "lonely", "isolated",
            "numb", "empty", "disconnected", "detached", "stuck", "trapped", "restless", "unsure", "uncertain",
            "ambivalent", "conflicted", "confused", "torn", "hurt", "betrayed", "rejected", "abandoned", "unheard",
            "unappreciated", "unsupported", "disappointed", "discouraged", "defeated", "exhausted", "drained",
            "insecure", "inadequate", "powerless", "homesick", "unmotivated", "hopeful", "relieved", "proud",
            "excited", "grateful", "regretful", "remorseful", "disrespected", "invalidated", "misunderstood");
    /** What may follow a feeling: what it is about, since when or where ("ashamed about the lapse"). */
    private static final java.util.Set<String> ABOUT = java.util.Set.of("about", "over", "with", "regarding", "re:",
            "re", "of", "in", "since", "at", "toward", "towards", "around", "after", "before", "whether", "for",
            "when", "during", "by");

    /**
     * Round 36: a focus typed as how someone feels ("overwhelmed re: caring for dad", "restless and irritable in early
     * withdrawal") is said as the feeling the work focused on: "feeling overwhelmed regarding caring for
     * dad". Whose feeling it is the words do not say, and the gerund says it of no one. Deny by default: the first word
     * and every joined one must be of the class, and what follows them must open with a word of {@link #ABOUT} and go
     * on (a feeling alone says nothing of what the work was about and is still refused); a noun after the feeling
     * ("anxious thoughts"), a quotation, a semicolon or a question give "".
     */
    public static String feeling(String typed) {
        String t = typed.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.indexOf(';') >= 0 || t.indexOf('?') >= 0 || t.indexOf('"') >= 0
                || t.indexOf('\u201C') >= 0 || t.indexOf('(') >= 0) {
            return "";
        }
        String[] w = t.split(" ");
        int i = 0;
        if (!FEELINGS.contains(bareWord(w[0]))) {
            return "";
        }
        i++;
        // "sad, lonely", "restless and irritable": feelings joined, each of the class.
        while (i < w.length && (w[i - 1].endsWith(",") || w[i].equalsIgnoreCase("and") || w[i].equalsIgnoreCase("or"))) {
            int next = w[i - 1].endsWith(",") && !w[i].equalsIgnoreCase("and") && !w[i].equalsIgnoreCase("or") ? i : i + 1;
            if (next >= w.length || !FEELINGS.contains(bareWord(w[next]))) {
                return "";
            }
            i = next + 1;
        }
        if (w[i - 1].endsWith(",")) {
            return "";
        }
        // A feeling alone ("anxious") says nothing of what the work was about: it keeps its refusal at build.
        if (i >= w.length || !ABOUT.contains(w[i].toLowerCase(Locale.ROOT)) || i + 1 >= w.length) {
            return "";
        }
        StringBuilder out = new StringBuilder("feeling");
        for (int k = 0; k < w.length; k++) {
            // "re:" is the chart's "regarding", as the other readings write it.
            out.append(' ').append(k == i && (w[k].equalsIgnoreCase("re:") || w[k].equalsIgnoreCase("re"))
                    ? "regarding" : k < i ? w[k].toLowerCase(Locale.ROOT) : w[k]);
        }
        return out.toString();
    }

    private static String bareWord(String w) {
        String b = w.toLowerCase(Locale.ROOT);
        return b.endsWith(",") ? b.substring(0, b.length() - 1) : b;
    }
}
