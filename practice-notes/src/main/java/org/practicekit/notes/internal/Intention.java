package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import org.practicekit.notes.internal.English.Form;

/**
 * What a typed predicate says about when and how surely its act happens: an intention, plan or future ("plans to
 * quit", "going to overdose", "will consult", "wants to try") is not a deed, so writing it in the session's past
 * must keep the marker ("plans to", "is going to"), never "planned to" or "went to". Read from the phrase's grammar
 * (the head verb's lemma and form and the infinitive after it), not from a list of typed phrases.
 */
public final class Intention {
    private static final English EN = English.get();
    /**
     * Verbs whose infinitive complement has not happened: "plans to", "intends to", "wants to". "go" only as
     * "going to" (a future); "went to the ED" is a deed.
     */
    static final Set<String> LEMMAS = Set.of("plan", "intend", "want", "hope", "mean", "aim", "wish", "expect",
            "go", "consider", "contemplate");

    private Intention() {
    }

    /**
     * Where the intended act starts in {@code ph} (the word after "to", or the gerund after "considering"), or -1
     * when the predicate states no intention. Only a head typed in the present or as a gerund counts: "planned to"
     * typed in the past is the clinician's own past.
     */
    static int intendedAt(Phrase ph) {
        if (ph.head < 0 || ph.head >= ph.tokens.size()) {
            return -1;
        }
        String h = ph.tokens.get(ph.head).toLowerCase(Locale.ROOT);
        String lemma = EN.baseOf(h);
        if (!LEMMAS.contains(lemma) || ph.form == Form.PAST) {
            return -1;
        }
        boolean gerund = h.endsWith("ing");
        if (lemma.equals("go") && !gerund) {
            return -1;
        }
        String next = ph.word(ph.head + 1);
        if (next.equals("to") && !EN.baseOf(ph.word(ph.head + 2)).isEmpty()) {
            return ph.head + 2;
        }
        if ((lemma.equals("consider") || lemma.equals("contemplate")) && gerund && !next.isEmpty()) {
            return ph.head + 1;
        }
        return -1;
    }

    /**
     * The predicate for a sentence in the session's past that keeps its intention: "plans to set bedtime routine"
     * stays as typed, "going to call sister" is "is going to call sister", "considering leaving" is "is considering
     * leaving". Null when the predicate states no intention.
     */
    static String pastKeepingIntent(Phrase ph) {
        if (intendedAt(ph) < 0) {
            return null;
        }
        String h = ph.tokens.get(ph.head).toLowerCase(Locale.ROOT);
        String tail = ph.from(ph.head);
        if (h.endsWith("ing")) {
            return (ph.head > 0 ? ph.join(ph.tokens, 0, ph.head) + " " : "") + "is " + tail;
        }
        if (ph.form == Form.BASE) {
            return (ph.head > 0 ? ph.join(ph.tokens, 0, ph.head) + " " : "") + EN.third(EN.baseOf(h))
                    + tail.substring(h.length());
        }
        return ph.text();
    }

    /** The intended act as a base-form verb phrase ("overdose on pills tonight"), or "" when none is stated. */
    static String intended(Phrase ph) {
        int at = intendedAt(ph);
        return at < 0 ? "" : ph.from(at);
    }

    /** A passive noun typed with "to be" before its participle ("labs to be scheduled"): not yet done. */
    static boolean pending(Phrase passiveNoun) {
        int n = passiveNoun.size();
        return n >= 3 && passiveNoun.word(n - 2).equals("to") && passiveNoun.word(n - 1).equals("be");
    }

    /** A {@link #pending} noun without its "to be" ("labs"). */
    static Phrase withoutToBe(Phrase passiveNoun) {
        return leading(passiveNoun, passiveNoun.size() - 2);
    }

    /** A noun typed with a last word that says it is awaited: "referral to psychiatry recommended", "labs pending". */
    static boolean awaited(Phrase noun) {
        int n = noun.size();
        return n >= 2 && AWAITED.contains(noun.word(n - 1)) && Character.isLetter(noun.word(n - 2).isEmpty() ? '1'
                : noun.word(n - 2).charAt(0));
    }

    private static final Set<String> AWAITED = Set.of("recommended", "pending", "requested");

    /** The first {@code n} words of a noun phrase, as a noun phrase. */
    static Phrase leading(Phrase noun, int n) {
        return new Phrase(Phrase.Kind.NOUN, noun.tokens.subList(0, n), noun.spaces.subList(0, n), -1, null, false);
    }
}
