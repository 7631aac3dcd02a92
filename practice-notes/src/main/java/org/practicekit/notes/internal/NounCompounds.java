package org.practicekit.notes.internal;

import java.util.List;

/**
 * A typed noun compound whose first word is also a verb form: "means restriction counseling", "needs assessment done",
 * "means safety check". In a step the clinician typed (a risk action, a focus, a plan item) a third-person verb has no
 * subject of its own, so reading it as a verb writes the clinician as its actor ("meant restriction counseling"). Read
 * from the dictionary instead: the word is the plural of a noun WordNet lists, and the bare nouns after it name an act
 * (a nominalization such as "restriction", "assessment", "counseling", or a noun that opens compounds and is also a
 * step, such as "check", "review", "plan"), so the words are the compound, kept as typed.
 */
final class NounCompounds {
    private static final English EN = English.get();
    /** Endings of nouns made from verbs ("restriction", "assessment", "avoidance", "analysis"). */
    private static final List<String> NOMINALIZATIONS = List.of("tion", "sion", "ment", "ance", "ence", "sis");

    private NounCompounds() {
    }

    /**
     * The words from {@code at} open a noun compound: {@code l.get(at)} is a third-person form of {@code base} that is
     * also the plural of a noun (never a speech verb such as "reports"), and the run of up to three bare singular nouns
     * after it holds an act noun.
     */
    static boolean opens(List<String> l, int at, String base) {
        if (!pluralNoun(l.get(at), base)) {
            return false;
        }
        for (int i = at + 1; i < l.size() && i <= at + 3; i++) {
            String x = l.get(i);
            if (x.isEmpty() || !Character.isLetter(x.charAt(0)) || English.DETERMINERS.contains(x)
                    || English.POSSESSIVES.contains(x) || English.PREPOSITIONS.contains(x) || EN.ADVERBS.contains(x)
                    || EN.isAdjective(x) && !EN.isNounFirst(x) || EN.tagged(x, English.WordClass.NOUN) < 0) {
                return false;
            }
            if (actNoun(x)) {
                return true;
            }
            if (x.endsWith("s") && !x.endsWith("ss")) {
                return false; // "calls parents": a plural object, the verb's
            }
        }
        return false;
    }

    /**
     * "means removed from home per husband": the plural noun (as in {@link #opens}) is the subject of the participle
     * after it, an act someone did to it, never the clinician's "meant removed".
     */
    static boolean passiveSubject(List<String> l, int at, String base) {
        if (at + 1 >= l.size() || !pluralNoun(l.get(at), base)) {
            return false;
        }
        String next = l.get(at + 1);
        return next.endsWith("ed") && EN.is(next, English.Form.PARTICIPLE) && !EN.isAdjective(next);
    }

    /**
     * "review of safety plan next session", "follow up call tonight", "check in call tomorrow": a verb base that is also
     * a noun, then "of" it does not take as a verb in the dictionary; or a verb and its particle whose hyphenated form
     * the lexicon knows as a noun ("follow-up", "check-in"), then a bare act noun. Either is a noun phrase, never "will
     * review of safety plan" or "will follow up call".
     */
    static boolean opensWithBase(List<String> l, int at) {
        if (at + 1 >= l.size()) {
            return false;
        }
        String w = l.get(at);
        String next = l.get(at + 1);
        if (next.equals("of")) {
            return (EN.tagged(w, English.WordClass.NOUN) > 0 || EN.isNounFirst(w)) && !StrandedPrepositions.takes(w, "of");
        }
        if (at + 2 >= l.size() || !next.equals("up") && !next.equals("in")) {
            return false;
        }
        String hyphenated = w + "-" + next;
        String after = l.get(at + 2);
        return (EN.isNounFirst(hyphenated) || EN.isCountNoun(hyphenated)) && !after.endsWith("s")
                && !English.DETERMINERS.contains(after) && EN.tagged(after, English.WordClass.NOUN) >= 0
                && (EN.isCountNoun(after) || actNoun(after));
    }

    /** {@code w}, a third-person form of {@code base}, is also the plural of a noun WordNet lists, never "reports". */
    private static boolean pluralNoun(String w, String base) {
        return !w.equals(base) && w.endsWith("s") && EN.tagged(base, English.WordClass.NOUN) > 0 && !EN.isSpeechVerb(base);
    }

    private static boolean actNoun(String x) {
        if (EN.canBeVerb(x)) {
            return EN.isNounFirst(x) && EN.isCountNoun(x);
        }
        for (String ending : NOMINALIZATIONS) {
            if (x.endsWith(ending)) {
                return true;
            }
        }
        String base = EN.baseOf(x);
        return x.endsWith("ing") && !base.isEmpty() && EN.isVerb(base);
    }
}
