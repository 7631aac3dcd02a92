package org.practicekit.notes.internal;

import java.util.List;
import java.util.Set;

/**
 * Round 28: what the composer's own frames may close on, by phrase type; "reported" takes a noun phrase or a gerund,
 * never a measured change ("weight down 8 lbs") nor a deed counted as a noun ("missed IOP twice": "having missed"). "This rating is based on" takes one basis a
 * reader can follow (a noun phrase or a count with its noun, with at most a comparison after it: "2 attacks this week,
 * down from 5"); ", centered on" takes one topic or a list joined as a list. A finding ("checks down to 5", "UDS
 * positive"), a list of fragments set side by side ("more walks, less time in bed") or a question word's clause is not
 * a basis or a topic: it keeps the clinician's words on its labelled line, which readers accept.
 */
final class FrameFits {
    /** Round 36: ", " compiled once (String.split compiles a two-character separator on every call). */
    private static final java.util.regex.Pattern COMMA_SPACE = java.util.regex.Pattern.compile(", ");
    /** Words after a noun that make it a measured finding or a result, a small clause, never a noun phrase. */
    private static final Set<String> FINDING = Set.of("down", "up", "positive", "negative", "pos", "neg", "is",
            "are", "was", "were", "now", "still");
    /** Words that open a comparison with an earlier count, the only piece a basis may have after its first. */
    private static final Set<String> COMPARISON = Set.of("down", "up", "from", "vs", "versus", "compared", "previously",
            "prev", "was", "baseline", "last");
    /**
     * Words that open a piece saying where a basis or a topic came from ("per mom", "from the exposure hierarchy"): a
     * source, which the frames already write after their object.
     */
    private static final Set<String> SOURCE = Set.of("per", "from", "via", "using", "by");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "why", "when", "where", "who", "whether");

    private FrameFits() {
    }

    /** A count of time with nothing counted ("21 days", "3 wks"): how long, never what the rating rests on. */
    private static final java.util.regex.Pattern TIME_ONLY = java.util.regex.Pattern.compile(
            "~?\\d+(?:\\.\\d+)?\\+? ?(?:d|days?|wks?|weeks?|mos?|months?|hrs?|hours?|yrs?|years?)\\.?");

    /**
     * Whether typed evidence read as {@code parts} (its comma pieces) is one basis "This rating is based on" composes:
     * a noun phrase or a count with its noun, then at most comparisons with an earlier count.
     */
    static boolean composes(List<Phrase> parts) {
        if (parts.size() == 1 && TIME_ONLY.matcher(parts.get(0).text()).matches()) {
            // Round 28: "based on a count of 21 days" names no noun; the label "Evidence for the goal" gives it one.
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            Phrase e = parts.get(i);
            if (e.size() == 0) {
                return false;
            }
            if (i > 0 && !COMPARISON.contains(e.word(0)) && !SOURCE.contains(e.word(0))
                    && !Character.isDigit(e.word(0).charAt(0))) {
                return false;
            }
            if (e.kind() == Phrase.Kind.NOUN && (e.size() > 1 && FINDING.contains(e.word(1)) || e.smallClauseAt() > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A noun and the change measured in it ("weight down 8 lbs since Oct", "A1c up 1.2"): a finding of the chart, never
     * the object of "reported" or "noted".
     */
    static boolean measuredChange(Phrase c) {
        return c.kind() == Phrase.Kind.NOUN && c.size() > 2 && (c.word(1).equals("down") || c.word(1).equals("up"))
                && c.text().matches(".*\\d.*");
    }

    /** Words that count how often a deed happened: a thing is not counted so, a deed is ("missed IOP twice"). */
    private static final java.util.regex.Pattern TIMES = java.util.regex.Pattern.compile(
            ".* (?:twice|again|thrice|\\d+ times|x ?\\d+|\\d+x)");

    /**
     * A noun phrase read from a past participle and its object that ends on how often it happened ("missed IOP twice",
     * "skipped meals 3 times"): a deed, the object of "reported" only as a gerund ("having missed IOP twice").
     * {@code pastVerb}: whether the dictionary reads the first word as a verb's past.
     */
    static boolean countedDeed(Phrase c, boolean pastVerb) {
        return c.kind() == Phrase.Kind.NOUN && c.size() > 2 && pastVerb && TIMES.matcher(c.text()).matches();
    }

    /** Whether a focus composed to follow ", centered on" reads as one topic or as a list joined as a list. */
    static boolean oneFocus(String topic, List<Phrase> parts) {
        if (topic.isEmpty()) {
            return false;
        }
        for (Phrase part : parts) {
            if (part.size() > 0 && QUESTION_WORDS.contains(part.word(0))) {
                return false;
            }
        }
        return topic.indexOf(", ") < 0 || topic.contains(" and ") || topic.contains(" or ") || oneAndItsSource(topic);
    }

    /** One topic and where it came from ("leaving after one look, from the exposure hierarchy"): every later piece a source. */
    private static boolean oneAndItsSource(String topic) {
        String[] pieces = COMMA_SPACE.split(topic);
        for (int i = 1; i < pieces.length; i++) {
            int space = pieces[i].indexOf(' ');
            if (space < 0 || !SOURCE.contains(pieces[i].substring(0, space))) {
                return false;
            }
        }
        return true;
    }
}
