package org.practicekit.notes.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Round 34: the words of a client's answer, read once. A refusal, a state of not being able or willing, an agreement
 * and a reply are given only by the one asked; the composer (ClientAnswers, Whose) and the verifier
 * (DraftVerifier's answer check) read the same lists, so a word added here is read by both. The words of a medication
 * only considered are here too: the composer keeps such an item off the current list, and the verifier flags a
 * current one, by the same list.
 */
public final class AnswerWords {
    private AnswerWords() {
    }

    /** Answers said with no "was": "declined", "refused the referral", "would not engage". */
    public static final List<String> REFUSALS = List.of("declined", "refused", "would not", "wouldn't",
            "did not want to", "didn't want to", "chose not to");
    /** States that take "was" before them: "unable to commit", "not ready to". */
    public static final List<String> STATES = List.of("unable to", "unwilling to", "not willing to", "not ready to");
    /** An inability said with "could": the client's unless what follows is a try to reach someone (Whose). */
    public static final List<String> INABILITIES = List.of("could not", "couldn't");
    /** Agreements: "agreed to give the pills to mom" is the client's step, never the clinician's. */
    public static final List<String> AGREEMENTS = List.of("agreed", "committed", "promised", "consented");
    /** Replies to a question or a call: "denied SI", "endorsed cravings", "answered", "replied". */
    public static final List<String> REPLIES = List.of("denied", "endorsed", "admitted", "answered", "replied");

    /** What the client tells: "reported use on Saturday" is never the clinician's focus. */
    public static final java.util.Set<String> REPORTS = java.util.Set.of("reported", "stated", "said", "disclosed",
            "shared", "described", "endorsed", "denied", "admitted");

    /** The words as one regex alternation, longest first so "would not" is tried before "would". */
    public static String alternation(List<String> words) {
        return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length())
                .map(w -> w.replace(" ", "\\s+").replace("'", "['\u2019]")).toList());
    }

    /** Both lists as one alternation. */
    public static String alternation(List<String> a, List<String> b) {
        return alternation(java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }

    /**
     * Words that make a medication item a possibility, a plan, an offer or a referral, never one taken now. One list
     * for the composer (which keeps such an item off the current list) and the verifier (which flags it said as
     * current); the verifier's copy had drifted (it lacked eval* and referr*).
     */
    public static final Pattern NOT_YET_CURRENT = Pattern.compile("(?i)\\b(?:discuss\\w*|consider\\w*|interested|"
            + "may|might|could|possible|possibly|potential|pending|planned|plans?|planning|will|to start|to begin|"
            + "to add|to try|recommend\\w*|suggest\\w*|defer\\w*|declin\\w*|refus\\w*|offered|option|options|"
            + "candidate|trial of|eval\\w*|referr\\w*)\\b");
}
