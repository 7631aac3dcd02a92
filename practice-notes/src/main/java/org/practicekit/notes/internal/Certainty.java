package org.practicekit.notes.internal;

import java.util.List;
import java.util.Set;

/**
 * How a verb in a run of words stands: done (a past form with its subject, or after "was", "has", "having"), still
 * to be done (after a modal, "to", "plans to", "going to", "considering", before "pending" or "recommended"), or
 * neither. Read from the words around the verb and its form, for the verifier's check that a sentence keeps the tense
 * and certainty of the field it cites. Words are the verifier's lower-case words with their clause bounds.
 */
public final class Certainty {
    /** How a verb stands. */
    public enum Status {
        /** Stated as done. */
        DONE,
        /** Held as not yet done by a word that says so ("will", "to", "considering", "pending"). */
        PLANNED,
        /** Neither. */
        NEITHER
    }

    private static final English EN = English.get();
    /**
     * Words before a verb that hold it as not yet done: a firm future or an intention. Not a bare "to" ("needed to",
     * "had to", "asked to" are often done), nor "can", "could", "would", "if" (an ability or a condition is no plan
     * the draft contradicts by stating the act).
     */
    private static final Set<String> BEFORE = Set.of("will", "shall", "gonna", "considering", "contemplating",
            "pending");
    /** Verbs that, with "to", hold the act as intended: "plans to quit", "going to call", "wants to reconnect". */
    private static final Set<String> INTENDING = Set.of("plans", "plan", "planning", "going", "intends", "intend",
            "intending", "wants", "want", "wanting", "hopes", "hope", "hoping", "agreed", "agrees", "agree",
            "agreeing");
    /**
     * Words after an act, or before its noun, that hold it as proposed, not done: "referral recommended", "labs
     * pending", "recommended a psychiatric evaluation", "considering hospitalization".
     */
    private static final Set<String> PROPOSED = Set.of("recommended", "recommend", "recommends", "pending",
            "requested", "considering", "contemplating", "planned");
    /** Who a bare "to" follows when it names a step someone is to take: "pt to attend", "parents to set up". */
    private static final Set<String> DOERS = Set.of("client", "patient", "pt", "clinician", "writer", "therapist",
            "parents", "couple", "family", "partner", "partners", "both", "each");
    /** Endings of a noun made from a verb, with what to put back: "referral" refer, "evaluation" evaluate. */
    private static final String[][] NOUN_ENDINGS = {{"ation", "ate"}, {"ation", "e"}, {"ation", ""}, {"ment", ""},
        {"ission", "it"}, {"sion", "t"}, {"ssion", "ss"}, {"ion", "e"}, {"ion", ""}, {"rral", "r"}, {"al", "e"}, {"al", ""}};
    /** Words that hold a verb only as a firm future: what a sentence must not give to an act the field says was done. */
    private static final Set<String> FUTURE = Set.of("will", "shall", "going", "gonna", "plans", "planning", "intends",
            "wants", "hopes", "considering", "contemplating");
    /** Who or what does a verb right before it: "the client started", "I consulted". */
    private static final Set<String> SUBJECTS = Set.of("client", "patient", "pt", "i", "clinician", "writer",
            "therapist", "he", "she", "they", "we", "also", "then", "already", "both");
    /** "thinking about moving": mulled over, not done ("talked about quitting" is talk). */
    private static final Set<String> MULLING = Set.of("thinking", "thought", "think", "talking", "talked", "dreaming");
    private static final Set<String> SINGULAR = Set.of("client", "patient", "pt", "clinician", "writer", "therapist",
            "he", "she", "also", "already");
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "has", "had", "have", "having", "been");

    private Certainty() {
    }

    /** The verb's dictionary form when {@code w} is a form of a verb, or "". */
    public static String verb(String w) {
        String base = EN.baseOf(w);
        return base == null ? "" : base;
    }

    /**
     * How the verb at {@code i} of a draft's sentence stands. Done only where the form says so plainly: a past
     * form (not one that is also the base) with a subject or an auxiliary right before it.
     */
    public static Status inSentence(List<String> words, List<Boolean> bounds, int i) {
        if (marked(words, bounds, null, i)) {
            return Status.PLANNED;
        }
        String w = words.get(i);
        String base = verb(w);
        if (base.isEmpty() || !(EN.past(base).equals(w) || EN.participle(base).equals(w))) {
            return Status.NEITHER;
        }
        String before = i > 0 && !bounds.get(i) ? words.get(i - 1) : "";
        if (base.equals(w)) {
            // "quit", "cut", "set": past only after a singular subject ("the client quit") or an auxiliary ("having
            // quit"), never after "I" or "they".
            return SINGULAR.contains(before) || AUXILIARIES.contains(before) ? Status.DONE : Status.NEITHER;
        }
        return SUBJECTS.contains(before) || AUXILIARIES.contains(before) ? Status.DONE : Status.NEITHER;
    }

    /**
     * How the word at {@code k} of a field stands: planned where a modal, "to" or an intention comes before it, or
     * "pending" or "recommended" after it, or the field is one of plans ({@code future}: plan, homework, follow-up)
     * and the word is not a past form; done where it is a past form with nothing of the kind around it.
     */
    public static Status inField(List<String> words, List<Boolean> bounds, int k, boolean future) {
        return inField(words, bounds, null, k, future);
    }

    /**
     * As {@link #inField(List, List, int, boolean)}; {@code commas} (or null) marks where a list item begins, which
     * ends the object of "about" ("talked about the friendship, laughed about the games": the laugh is no topic).
     */
    public static Status inField(List<String> words, List<Boolean> bounds, List<Boolean> commas, int k,
            boolean future) {
        if (marked(words, bounds, commas, k)) {
            return Status.PLANNED;
        }
        if (k >= 2 && words.get(k - 1).equals("be") && words.get(k - 2).equals("to")) {
            return Status.PLANNED;
        }
        if (proposed(words, bounds, k)) {
            return Status.PLANNED;
        }
        if (future && k >= 1 && !bounds.get(k) && words.get(k - 1).equals("to")
                && (k == 1 || bounds.get(k - 1) || DOERS.contains(words.get(k - 2)))) {
            // "pt to attend 2 meetings", "to hit the gym": a step someone is to take.
            return Status.PLANNED;
        }
        if (k >= 2 && !bounds.get(k) && !bounds.get(k - 1) && words.get(k - 1).equals("to")
                && (DOERS.contains(words.get(k - 2)) || Reporters.role(words.get(k - 2)).isPresent())) {
            // "pt to give pills to wife tonight", "mom to lock meds" among the actions taken: a person's step still
            // to take in any field, as the composer writes it ("will give").
            return Status.PLANNED;
        }
        if (future && (k == 0 || bounds.get(k)) && EN.is(words.get(k), English.Form.BASE)
                && EN.baseOf(words.get(k)).equals(words.get(k))) {
            // A plan or homework step opens with its bare verb: "call sponsor daily", "put phone in the kitchen".
            return Status.PLANNED;
        }
        String w = words.get(k);
        String base = verb(w);
        boolean past = !base.isEmpty() && (EN.past(base).equals(w) || EN.participle(base).equals(w));
        if (past && !base.equals(w)) {
            return Status.DONE;
        }
        if (past && !future && (k == 0 || bounds.get(k) || SINGULAR.contains(words.get(k - 1)))) {
            // "quit smoking in October" opening a concern: what the client did, as the composer reads it too.
            return Status.DONE;
        }
        // A bare step in a plan ("call sponsor daily") is not yet done but says so in no word: not read as planned,
        // since the draft may write the session's part of it as done.
        return Status.NEITHER;
    }

    /**
     * The verb a noun of a field stands for where the field holds it as proposed ("referral to psychiatry
     * recommended" refer, "evaluation pending" evaluate, "considering hospitalization" hospitalize), or "". A noun is
     * never read as done: only its proposal counts, so an act the draft states as done contradicts it.
     */
    public static String proposedVerb(List<String> words, List<Boolean> bounds, int k) {
        String w = words.get(k);
        if (w.length() < 6 || !verb(w).isEmpty() || !proposed(words, bounds, k)) {
            return "";
        }
        for (String[] e : NOUN_ENDINGS) {
            if (w.endsWith(e[0]) && w.length() - e[0].length() >= 3) {
                String stem = w.substring(0, w.length() - e[0].length()) + e[1];
                if (EN.isVerb(stem)) {
                    return stem;
                }
            }
        }
        return "";
    }

    /**
     * A word of proposal after the act or its noun in the same clause, within three words ("referral recommended",
     * "referral to psychiatry recommended"), or within two before it ("recommended starting", "considering
     * hospitalization").
     */
    private static boolean proposed(List<String> words, List<Boolean> bounds, int k) {
        for (int x = k + 1; x < Math.min(words.size(), k + 4) && !bounds.get(x); x++) {
            if (PROPOSED.contains(words.get(x))) {
                return true;
            }
        }
        for (int x = k - 1; x >= Math.max(0, k - 2) && !bounds.get(x + 1); x--) {
            if (PROPOSED.contains(words.get(x))) {
                return true;
            }
        }
        return false;
    }

    /** True when a firm future stands right before the verb at {@code i} ("will start", "plans to start"). */
    public static boolean firmFuture(List<String> words, List<Boolean> bounds, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2) && !bounds.get(k + 1); k--) {
            if (FUTURE.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A word within three before {@code i} in its clause that holds the verb as not yet done. */
    private static boolean marked(List<String> words, List<Boolean> bounds, List<Boolean> commas, int i) {
        boolean item = true;
        for (int k = i - 1; k >= Math.max(0, i - 3) && !bounds.get(k + 1); k--) {
            String w = words.get(k);
            item &= commas == null || !commas.get(k + 1);
            if (BEFORE.contains(w) || item && w.equals("about") && k > 0 && MULLING.contains(words.get(k - 1))
                    || w.equals("to") && k > 0 && INTENDING.contains(words.get(k - 1))) {
                return true;
            }
        }
        return false;
    }
}
