package org.practicekit.llm.phi.internal;

import java.util.Locale;
import java.util.Set;

/**
 * What a number or a number-like chunk is in its sentence, read from the words around it rather than its shape:
 * the word a number counts ("3 dias", "22 años"), a day number in a date slot of Spanish or Portuguese ("el 22",
 * "no dia 3"), a service's no-reply address, a hashtag or subreddit that names a topic. The rules of
 * {@link TherapyTextScanner} and the guard's {@link ResidualCheck} (and so the detector's deny-by-default reading)
 * ask the same questions here, so both answer alike.
 */
public final class NumberReading {
    private NumberReading() {
    }

    /**
     * {@code spans} without those inside a service's no-reply address ("noreply@zoom.us": the token model reads
     * "noreply" as a name, though no person writes from it) and without hashtags of words run together ("#MeToo").
     */
    public static java.util.List<org.practicekit.llm.phi.PhiSpan> withoutServiceSenders(String text,
            java.util.List<org.practicekit.llm.phi.PhiSpan> spans) {
        if (text.indexOf('@') < 0 && text.indexOf('#') < 0 || spans.isEmpty()) {
            return spans;
        }
        java.util.List<org.practicekit.llm.phi.PhiSpan> out = new java.util.ArrayList<>(spans.size());
        for (org.practicekit.llm.phi.PhiSpan span : spans) {
            int s = span.start();
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            int e = span.end();
            while (e < text.length() && !Character.isWhitespace(text.charAt(e))) {
                e++;
            }
            if (!noReplyAddress(text, s, e) && !(topicTag(text, span.start()) && joinedWords(text, span.start(), span.end()))) {
                out.add(span); // "#MeToo", "#sobertok" name a topic; "#Maria" may be a person's
            }
        }
        return out;
    }

    /** Articles and prepositions before a day number that date it ("el 22", "no dia 3", "desde el 5"). */
    private static final Set<String> DAY_ARTICLES = Set.of("el", "no", "do", "ao", "o", "al", "del");
    private static final Set<String> SPANISH_ARTICLES = Set.of("el", "al", "del");
    private static final Set<String> DAY_WORDS = Set.of("dia", "día");
    /** What may follow a day number in a date slot: the end, a time or a conjunction, not what it counts. */
    private static final Set<String> AFTER_DAY = Set.of("a", "y", "e", "o", "ou", "que", "pero", "mas", "porque",
            "para", "às", "as", "en", "em", "cuando", "no", "ni", "si", "quando", "ya", "já", "me", "se", "lo", "la", "le", "nos");
    /** Prepositions of time before "el N": "desde el 15", "a partir del 20", "hasta el 3". */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("desde", "hasta", "partir", "antes", "después",
            "despues", "para", "since", "until");
    /** Local parts of a service's automated sender: no person reads or writes them. */
    private static final Set<String> NO_REPLY = Set.of("noreply", "donotreply", "dontreply", "notifications",
            "notification", "mailer-daemon", "postmaster", "no-reply", "no_reply", "do-not-reply", "do_not_reply");

    /**
     * The word at {@code s} directly follows a bare number ("3 dias", "22 años", "8 meses", "5 pastillas"): it is
     * what the number counts or measures, not a name written without a capital.
     */
    static boolean countedWord(String text, int s) {
        if (s < 2 || text.charAt(s - 1) != ' ' || !Character.isLowerCase(text.charAt(s))) {
            return false;
        }
        int d = s - 2;
        if (!isDigit(text.charAt(d))) {
            return false;
        }
        while (d >= 0 && (isDigit(text.charAt(d)) || text.charAt(d) == ',' || text.charAt(d) == '.')) {
            d--;
        }
        return d < 0 || Character.isWhitespace(text.charAt(d)) || "($~+-".indexOf(text.charAt(d)) >= 0;
    }

    /**
     * A bare day number (1 to 31) that a Spanish or Portuguese article or "dia" puts in a date slot: "nos vemos el
     * 22 a las 10", "ligou no dia 3", "desde el 5.". Returns where the date starts ("dia" when it is written, else
     * the number) or -1; "el 22 por ciento", "el 3 de cada 10" and "el 10 de mayo" (a rule's) are left.
     */
    static int daySlotStart(String text, int s, int e) {
        if (e - s > 2 || e - s < 1) {
            return -1;
        }
        for (int k = s; k < e; k++) {
            if (!isDigit(text.charAt(k))) {
                return -1;
            }
        }
        int v = Integer.parseInt(text, s, e, 10);
        if (v < 1 || v > 31 || e < text.length() && (Character.isLetterOrDigit(text.charAt(e))
                || text.charAt(e) == '%' || text.charAt(e) == '/' || text.charAt(e) == ':')) {
            return -1;
        }
        int p = prevWord(text, s);
        if (p < 0) {
            return -1;
        }
        String before = word(text, p);
        int start = s;
        if (DAY_WORDS.contains(before)) {
            int pp = prevWord(text, p);
            if (pp < 0 || !DAY_ARTICLES.contains(word(text, pp))) {
                return -1; // "tres dia 3": a count, not a date
            }
            start = p; // "no dia 3": the day word belongs to the date
        } else if (!SPANISH_ARTICLES.contains(before)) {
            return -1; // Portuguese "no 3" alone is no date slot ("no 3 andar")
        }
        int n = e;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        if (n >= text.length() || ".,;!?)".indexOf(text.charAt(n)) >= 0) {
            return start;
        }
        String next = word(text, n);
        if (start < s) {
            return next.equals("de") || next.equals("do") || next.equals("da") ? -1 : start; // "dia 3" names a day
        }
        if (next.equals("de") || next.equals("del") || next.equals("por") || next.equals("x")) {
            return -1; // "el 3 de cada 10", "el 22 por ciento": a share; "el 10 de mayo" is a rule's
        }
        int pp = prevWord(text, p);
        return AFTER_DAY.contains(next) || pp >= 0 && TIME_PREPOSITIONS.contains(word(text, pp)) ? start : -1;
    }

    /**
     * The word after a number ending at {@code end} is a plural everyday noun ("1400 files", "2500 patients", "1200
     * followers"): the number counts it. The caller checks that no identifier word stands before the number.
     */
    static boolean countedNounAfter(String text, int end, org.practicekit.core.text.WordList english) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int ws = end + 1;
        int we = wordEnd(text, ws);
        if (we + 1 < text.length() && text.charAt(we) == ' ' && Character.isLowerCase(text.charAt(we + 1))
                && text.charAt(we - 1) != 's' && english.isCommonWord(text, ws, we)) {
            ws = we + 1; // "3000 unread emails": one word before the noun counted
            we = wordEnd(text, ws);
        }
        end = ws - 1;
        return we - end - 1 >= 4 && text.charAt(we - 1) == 's' && text.charAt(we - 2) != 's'
                && (english.isCommonWord(text, end + 1, we) || english.isCommonWord(text, end + 1, we - 1));
    }

    /** An e-mail address whose local part is a service's automated sender ("noreply@zoom.us"). */
    static boolean noReplyAddress(String text, int s, int e) {
        if (s >= e || text.charAt(s) == '@') {
            return false;
        }
        int at = s + 1;
        while (at < e && text.charAt(at) != '@') {
            at++; // within the word only: a search to the end of the text made the residual reading quadratic
        }
        return at < e && NO_REPLY.contains(text.substring(s, at).toLowerCase(Locale.ROOT));
    }

    /**
     * The word at {@code s} is a hashtag or a subreddit's name ("#sobertok", "r/stopdrinking"): a topic people post
     * under, not a person; a user's handle ("u/name", "@name") is not one.
     */
    static boolean topicTag(String text, int s) {
        if (s >= 1 && text.charAt(s - 1) == '#') {
            return s == 1 || Character.isWhitespace(text.charAt(s - 2)) || text.charAt(s - 2) == '(';
        }
        return s >= 2 && text.charAt(s - 1) == '/' && (text.charAt(s - 2) == 'r' || text.charAt(s - 2) == 'R')
                && (s == 2 || !Character.isLetterOrDigit(text.charAt(s - 3)) && text.charAt(s - 3) != '/');
    }

    /** Words run together, as a hashtag writes them: "MeToo", "sobertok" (no capital after the first letter is lower). */
    private static boolean joinedWords(String text, int s, int e) {
        boolean lowerOnly = true;
        for (int k = s + 1; k < e; k++) {
            char c = text.charAt(k);
            if (Character.isUpperCase(c) && Character.isLowerCase(text.charAt(k - 1))) {
                return true;
            }
            lowerOnly &= !Character.isUpperCase(c);
        }
        return lowerOnly && Character.isLowerCase(text.charAt(s));
    }

    private static int prevWord(String text, int s) {
        int k = s - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        if (k < 0 || !Character.isLetter(text.charAt(k))) {
            return -1;
        }
        while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static String word(String text, int s) {
        return text.substring(s, wordEnd(text, s)).toLowerCase(Locale.ROOT);
    }

    private static int wordEnd(String text, int s) {
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
