package org.practicekit.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 32: a response typed as a rating change with an arrow ("SUDS 70 -> 40", "urge 8->3", "craving 7/10 -> 3/10
 * after exercise", "SUD 8 -> 2, VOC 3 -> 6") is said as a change of the measure ("SUDS decreased from 70 to 40"): the measure,
 * both numbers with their scale and any closing phrase kept as typed. Deny by default: "" unless every comma piece is
 * one measure the practice rates by self-report (a word class of its own, below) and two numbers (plain or out of 10
 * or 100, never a percent), and only the last
 * piece may end on a phrase that opens with a preposition.
 */
final class RatingChanges {
    /** Round 36: ", " compiled once (String.split compiles a two-character separator on every call). */
    private static final java.util.regex.Pattern COMMA_SPACE = java.util.regex.Pattern.compile(", ");
    /** What clients rate in session: subjective units, urges and feelings. Never a test score or a count. */
    private static final Set<String> MEASURES = Set.of("suds", "sud", "voc", "urge", "urges", "craving", "cravings",
            "anxiety", "distress", "mood", "pain", "worry", "fear", "belief", "panic", "anger", "sadness", "stress",
            "tension", "shame", "guilt", "confidence", "readiness", "importance", "motivation", "hopelessness");

    // A share in percent is left out: it is most often a belief's strength in a thought, and the verifier's reading
    // of who held the belief can differ from the frame's "the client rated" (one clean draft flagged on a check set).
    private static final String NUMBER = "(\\d{1,3}(?:/10|/100)?)";
    private static final Pattern CHANGE = Pattern.compile("([A-Za-z]+) " + NUMBER + " ?-+> ?" + NUMBER
            + "((?: [a-z]+)*)");
    private static final Pattern TAIL_WORD = Pattern.compile("[a-z]+|\\d{1,3}");

    private RatingChanges() {
    }

    /**
     * Round 33: the change said with its measure as subject and the direction its own numbers give ("SUDS decreased
     * from 70 to 40", "mood rose from 3 to 6", "pain stayed at 6"); a measure the prompt gives to the client ("pt
     * anxiety 8 -> 4") is the client's, said with {@code owner} ("the client's anxiety decreased from 8 to 4"). A
     * singular count noun with no owner takes "the" ("the urge rose from 3 to 6"). "" where the pieces do not read (as
     * before) or a pair's two numbers are on different scales (no direction can be read from them).
     */
    static String clause(String text, String owner) {
        String t = text.strip();
        boolean named = false;
        if (t.startsWith("pt ") || t.startsWith("client ") || t.startsWith("patient ")) {
            t = t.substring(t.indexOf(' ') + 1);
            named = true;
        }
        String[] pieces = COMMA_SPACE.split(t);
        List<String> said = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            Matcher m = CHANGE.matcher(pieces[i]);
            if (!m.matches() || !MEASURES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return "";
            }
            String tail = m.group(4).strip();
            if (!tail.isEmpty() && (i < pieces.length - 1 || !tailReads(tail))) {
                return "";
            }
            String from = m.group(2);
            String to = m.group(3);
            if (!scale(from).equals(scale(to))) {
                return "";
            }
            int a = Integer.parseInt(value(from));
            int b = Integer.parseInt(value(to));
            String measure = m.group(1);
            String subject = named && i == 0 ? owner + " " + measure
                    : SINGULAR.contains(measure.toLowerCase(Locale.ROOT)) ? "the " + measure : measure;
            String change = a == b ? "stayed at " + to : (a > b ? "decreased" : "rose") + " from " + from + " to " + to;
            said.add(subject + " " + change + (tail.isEmpty() ? "" : " " + tail));
        }
        if (said.isEmpty() || said.size() > 3) {
            return "";
        }
        return said.size() == 1 ? said.get(0) : said.size() == 2 ? said.get(0) + " and " + said.get(1)
                : said.get(0) + ", " + said.get(1) + ", and " + said.get(2);
    }

    /** Singular count nouns among the measures: as a bare subject they take "the" ("the urge rose"). */
    private static final Set<String> SINGULAR = Set.of("urge", "belief");

    private static String value(String n) {
        int slash = n.indexOf('/');
        return slash < 0 ? n : n.substring(0, slash);
    }

    private static String scale(String n) {
        int slash = n.indexOf('/');
        return slash < 0 ? "" : n.substring(slash);
    }

    /** A closing phrase: a preposition and at most three words, no negation ("after exercise", "over 20 min"). */
    private static boolean tailReads(String tail) {
        String[] w = tail.split(" ");
        if (w.length > 4 || !English.PREPOSITIONS.contains(w[0]) || w[0].equals("without")) {
            return false;
        }
        for (String x : w) {
            if (!TAIL_WORD.matcher(x).matches() || x.equals("not") || x.equals("no")) {
                return false;
            }
        }
        return true;
    }
}
