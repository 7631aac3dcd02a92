package org.practicekit.llm.phi.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A psychotherapy, a treatment model or a public law named in full ("Internal Family Systems", "Assertive Community
 * Treatment", "Kendra's Law", "the Family and Medical Leave Act") is public wherever it stands: it names no person and
 * places no one (issue 13, round 22b). Read by {@link PublicReading} before its person cues, because a law named after
 * a person carries a given name the detector reads as one.
 *
 * <p>Deny by default: the span must lie inside one listed name ({@code treatments-and-laws.txt}); a capitalized word
 * right before or after the name makes it part of an organization's name ("the Portland DBT Center") and keeps it; a
 * name that holds a person's possessive ("Kendra's Law") or is one word counts only with every word capitalized as
 * listed, so "Kendra's law school" stays a person's.
 */
final class TreatmentsAndLaws {
    /** The listed names by their first word, longest first, lower case. */
    private static final Map<String, List<String>> BY_FIRST_WORD = byFirstWord();
    /** Lower-case words a listed name may hold between capitalized ones. */
    private static final java.util.Set<String> JOINS = WordSet.of("and", "of", "for", "in", "the", "to", "with", "a");

    /** Whether {@code text[s, e)} lies inside a listed therapy, treatment model or law that stands alone. */
    boolean reads(String text, int s, int e) {
        int p = s;
        for (int words = 0; words < 8 && p >= 0; words++) {
            if (covers(text, p, s, e)) {
                return true;
            }
            p = ProperNounContext.prevWordStart(text, p, false);
        }
        return false;
    }

    private static boolean covers(String text, int p, int s, int e) {
        int we = p;
        while (we < text.length() && Character.isLetterOrDigit(text.charAt(we))) {
            we++;
        }
        if (we <= p) {
            return false;
        }
        List<String> names = BY_FIRST_WORD.get(norm(text.substring(p, we)));
        if (names == null) {
            return false;
        }
        for (String name : names) {
            int end = p + name.length();
            if (end < e || end > text.length() || !norm(text.substring(p, end)).equals(name)
                    || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            if (strictCase(name) && !capitalized(text, p, end)) {
                continue;
            }
            // the span's own leading article ("the Family and Medical") is part of the sentence, not the name
            return p <= firstCapital(text, s, e) && standsAlone(text, p, end);
        }
        return false;
    }

    /** No capitalized word joined to the name on either side: "Seeking Safety Institute" is an organization. */
    private static boolean standsAlone(String text, int p, int end) {
        if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        int q = ProperNounContext.prevWordStart(text, p, false);
        if (q < 0 || !Character.isUpperCase(text.charAt(q))) {
            return true;
        }
        int qe = ProperNounContext.wordEnd(text, q);
        boolean joined = qe < p && text.substring(qe, p).isBlank();
        return !joined || PublicMentions.sentenceStart(text, p) == p || q == PublicMentions.sentenceStart(text, p);
    }

    private static int firstCapital(String text, int s, int e) {
        for (int k = s; k < e; k = Math.max(ProperNounContext.wordEnd(text, k), k + 1)) {
            k = PublicMentions.skipBlanks(text, k);
            if (k < e && Character.isUpperCase(text.charAt(k))) {
                return k;
            }
        }
        return s;
    }

    /** A name after a person ("Kendra's Law") or of one word is read only as written, capitalized. */
    private static boolean strictCase(String name) {
        return name.indexOf(' ') < 0 || name.contains("'s ");
    }

    private static boolean capitalized(String text, int p, int end) {
        for (int k = p; k < end; k = Math.max(ProperNounContext.wordEnd(text, k), k + 1)) {
            k = PublicMentions.skipBlanks(text, k);
            int we = ProperNounContext.wordEnd(text, k);
            if (k < end && !Character.isUpperCase(text.charAt(k)) && !JOINS.contains(norm(text.substring(k, we)))) {
                return false;
            }
        }
        return true;
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> byFirstWord() {
        Map<String, List<String>> out = new HashMap<>();
        for (String entry : Lexicon.entries("treatments-and-laws.txt")) {
            String name = norm(entry);
            String first = name.split("[ \\-']", 2)[0];
            out.computeIfAbsent(first, k -> new ArrayList<>()).add(name);
        }
        out.values().forEach(list -> list.sort((a, b) -> b.length() - a.length()));
        return out;
    }
}
