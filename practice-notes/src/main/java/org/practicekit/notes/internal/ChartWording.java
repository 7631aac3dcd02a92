package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 39: the people a clinician names in chart shorthand inside a response or a goal's evidence, said as a signed
 * line says them: "pt" as "the client", a relation with nothing owning it ("call sis", "asking mom") as the client's
 * ("call the client's sister", "asking the client's mother"), and a friend or a peer typed bare ("with friend") with
 * its article. Only a word whose slot says whose it is: after a verb or a preposition, or opening the text, never
 * after a determiner, a possessive, a number, an adjective or a name, never before "'s" or inside quotation marks. The
 * verifier reads "mother" for "mom" (one role) and "the client's" as the client, so every word still traces to the
 * prompt. Stateless and thread-safe.
 */
public final class ChartWording {
    /**
     * The client's family and partners, as a signed note names them ("mom" is the client's mother). A roommate, a boss
     * or a sponsor is someone of the client's life, not a relation the possessive settles: left as typed.
     */
    private static final Set<String> RELATIONS = Set.of("mother", "father", "mom", "dad", "stepmother", "stepfather",
            "stepmom", "stepdad", "parents", "wife", "husband", "spouse", "partner", "boyfriend", "girlfriend",
            "fiance", "fiancee", "son", "daughter", "children", "kids", "brother", "sister", "siblings",
            "grandmother", "grandfather", "grandma", "grandpa", "grandparents", "aunt", "uncle", "cousin", "stepson",
            "stepdaughter", "niece", "nephew", "grandson", "granddaughter", "grandkids", "grandchildren");
    /** Everyday forms written as the relation they name (the verifier's roles read them as the same person). */
    private static final java.util.Map<String, String> WRITTEN = java.util.Map.of("mom", "mother", "dad", "father",
            "grandma", "grandmother", "grandpa", "grandfather", "stepmom", "stepmother", "stepdad", "stepfather");
    /** People met one of many: said with "a" ("with a friend"), never given to the client. */
    private static final Set<String> ONE_OF_MANY = Set.of("friend", "peer", "coworker", "co-worker", "neighbor",
            "neighbour", "classmate", "stranger", "colleague");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
    private static final Pattern CLIENT_SHORT = Pattern.compile("(?<![A-Za-z'])(pt|Pt)(?!['A-Za-z])");
    /** Words after which a relation is already someone's or counted ("her mom", "2 sisters", "both parents"). */
    private static final Set<String> OWNED_BEFORE = Set.of("a", "an", "the", "this", "that", "these", "those", "her",
            "his", "their", "my", "our", "your", "its", "whose", "each", "every", "both", "no", "one", "any", "some",
            "another", "other", "own", "and", "or", "nor", "than", "per", "as", "s", "step", "ex", "future", "new",
            "former", "late", "biological", "foster", "adoptive", "older", "younger", "oldest", "youngest", "elder",
            "twin", "half", "grand");

    private ChartWording() {
    }

    /**
     * {@code text} (a response's or evidence's words as the composer wrote them) with "pt" said as "the {@code term}",
     * each unowned relation as "the {@code term}'s" relation where {@code owned} accepts that relation (the client's
     * alone in the session, or a participant of that role), and a bare friend or peer with "a". The text itself where
     * nothing reads so.
     */
    public static String written(String text, String term, Predicate<String> owned) {
        return written(text, term, owned, false);
    }

    /**
     * As {@link #written(String, String, Predicate)}; {@code subjects}: whether a relation before its own verb ("after
     * mom joined", "mom practiced") is said too. In a composed sentence it is not (who does what the verifier reads
     * from the words around the person, and a possessive there moves that reading); in a line of the clinician's words,
     * read by the verifier word for word, it is.
     */
    public static String written(String text, String term, Predicate<String> owned, boolean subjects) {
        return written(text, term, owned, subjects, false);
    }

    /**
     * As {@link #written(String, String, Predicate, boolean)}; {@code reporter}: whether a relation after "per" ("per
     * dad") is said too (round 40, a concern line: the reporter stays where it was typed, named as the note names it).
     * A reserved hand-over copies "per X" word for word and never asks for it.
     */
    public static String written(String text, String term, Predicate<String> owned, boolean subjects,
            boolean reporter) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int open = quoteAt(text, 0);
        while (open >= 0) {
            int close = closing(text, open);
            if (close < 0) {
                break;
            }
            out.append(outsideQuotes(text.substring(from, open), term, owned, from == 0, subjects, reporter))
                    .append(text, open, close + 1);
            from = close + 1;
            open = quoteAt(text, from);
        }
        return out.append(outsideQuotes(text.substring(from), term, owned, from == 0, subjects, reporter)).toString();
    }

    private static String outsideQuotes(String text, String term, Predicate<String> owned, boolean opening,
            boolean subjects, boolean reporter) {
        // "pt" alone is the client; "pt's" and a capital opening a sentence keep their case.
        String t = CLIENT_SHORT.matcher(text).replaceAll(m -> (m.group(1).equals("Pt") ? "The " : "the ") + term);
        Matcher m = WORD.matcher(t);
        StringBuilder b = new StringBuilder();
        int copied = 0;
        String before = null;
        int beforeEnd = 0;
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            String gap = t.substring(beforeEnd, m.start());
            boolean startOfClause = before == null ? opening && gap.isBlank() : gap.contains(",") || gap.contains(";");
            // "1 friend", "3x w/ dad": a number or a mark before the word counts or qualifies it; left as typed.
            boolean free = w.equals(lower) && gap.chars().noneMatch(c -> Character.isDigit(c) || c == '/' || c == '('
                    || c == '&' || c == '+') && (startOfClause || before != null && (takesObject(before)
                    || reporter && before.equals("per")));
            boolean apostrophe = m.end() < t.length() && (t.charAt(m.end()) == '\'' || t.charAt(m.end()) == '\u2019');
            // Round 40: "dad/stepmom", "mom/dad": a word a slash joins to the next is one of a pair typed as one word.
            boolean paired = m.end() < t.length() && t.charAt(m.end()) == '/';
            boolean possessed = apostrophe || paired || !subjects && beforeItsVerb(t, m.end());
            if (WRITTEN.containsKey(lower) && w.equals(lower) && !apostrophe && "the".equals(before)
                    && owned.test(WRITTEN.get(lower))) {
                // "the mom", "The dad" written by a frame: the client's mother or father, as the note names them.
                int the = beforeEnd - 3;
                b.append(t, copied, the).append(t.charAt(the) == 'T' ? "The " : "the ").append(term).append("'s ")
                        .append(WRITTEN.get(lower));
                copied = m.end();
                before = lower;
                beforeEnd = m.end();
                continue;
            }
            if (free && !possessed && RELATIONS.contains(lower) && owned.test(WRITTEN.getOrDefault(lower, lower))) {
                b.append(t, copied, m.start()).append("the ")
                        .append(term).append("'s ").append(WRITTEN.getOrDefault(lower, lower));
                copied = m.end();
            } else if (free && !possessed && !startOfClause && ONE_OF_MANY.contains(lower)) {
                b.append(t, copied, m.start()).append("a ").append(w);
                copied = m.end();
            }
            before = lower;
            beforeEnd = m.end();
        }
        return b.append(t.substring(copied)).toString();
    }

    /** "d/t" and "re" between two words: a cause and a topic typed as a chart's symbols. */
    private static final Pattern CONCERN_SYMBOL = Pattern.compile("(?<=[a-z] )(d/t|re)(?= [A-Za-z0-9])");

    /**
     * Round 40: {@code text} with "d/t" and "re" typed between two words said as "due to" and "regarding", as a concern
     * line writes them; the verifier reads the field and the line through the same method.
     */
    public static String symbolsSaid(String text) {
        return text.indexOf("d/t") < 0 && text.indexOf(" re ") < 0 ? text
                : CONCERN_SYMBOL.matcher(text).replaceAll(m -> m.group(1).equals("re") ? "regarding" : "due to");
    }

    /** The relation an everyday form names as the note writes it ("mom" to "mother"); the word itself otherwise. */
    public static String relation(String word) {
        return WRITTEN.getOrDefault(word, word);
    }

    /** Whether {@code word} (lower case, as written) is a relation this class may give the client. */
    public static boolean isRelation(String word) {
        return RELATIONS.contains(word);
    }

    private static final Pattern NEXT = Pattern.compile("\\s+([a-z]+)");

    /** Whether the word after {@code end} is a verb's past or present ("mom joined", "dad says"): a subject's verb. */
    private static boolean beforeItsVerb(String t, int end) {
        Matcher n = NEXT.matcher(t).region(end, t.length());
        if (!n.lookingAt()) {
            return false;
        }
        String w = n.group(1);
        if (w.equals("will") || w.equals("was") || w.equals("is") || w.equals("has") || w.equals("had")) {
            return true;
        }
        String base = English.get().baseOf(w);
        return (w.endsWith("ed") || w.endsWith("s")) && !base.isEmpty() && !base.equals(w)
                && English.get().canBeVerb(base);
    }

    /** A verb or a preposition: what stands after it is its object, a person with nothing owning them. */
    private static boolean takesObject(String word) {
        if (OWNED_BEFORE.contains(word) || English.DETERMINERS.contains(word) || English.POSSESSIVES.contains(word)) {
            return false;
        }
        if (English.PREPOSITIONS.contains(word)) {
            return true;
        }
        English e = English.get();
        // "called", "asking", "told", "visit": a verb's form whose object follows; an adjective ("supportive") or a
        // noun ("phone") would own or name the person, so it is left.
        String base = word.endsWith("ing") || word.endsWith("ed") ? e.baseOf(word) : word;
        return !base.isEmpty() && e.canBeVerb(base) && !e.isAdjective(word)
                && e.tagged(base, English.WordClass.VERB) >= e.tagged(base, English.WordClass.NOUN);
    }

    private static int quoteAt(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C') {
                return i;
            }
        }
        return -1;
    }

    private static int closing(String text, int open) {
        char o = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (o == '"' && c == '"' || o == '\u201C' && c == '\u201D') {
                return i;
            }
        }
        return -1;
    }
}
