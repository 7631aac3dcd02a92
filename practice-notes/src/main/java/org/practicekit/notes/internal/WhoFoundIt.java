package org.practicekit.notes.internal;

import java.util.List;
import java.util.Set;

/**
 * Who can have said or found what a sentence states: a client who was not in the session reported nothing and was
 * assessed by no one, so only the people who came can be the source of a statement about the client's safety. Read
 * from the sentence's subject and verb, for the verifier.
 */
public final class WhoFoundIt {
    /** The client as a subject (a possessive, "the client's mother", is someone else). */
    private static final Set<String> CLIENT = Set.of("client", "patient", "pt");
    /** The clinician as a subject, or the clinician's own finding ("this clinician's risk assessment"). */
    private static final Set<String> CLINICIAN = Set.of("clinician", "clinician's", "writer", "writer's", "therapist",
            "therapist's", "i", "my", "we", "our", "assessment");
    /** Verbs that make their subject the source of what follows. */
    private static final Set<String> SAYING = Set.of("reported", "reports", "noted", "notes", "described", "describes",
            "stated", "states", "endorsed", "endorses", "shared", "shares", "said", "says", "indicated", "indicates",
            "denied", "denies", "identified", "identifies", "acknowledged", "disclosed", "confirmed", "expressed");
    /** Verbs that open a clause whose subject is the words before them. */
    private static final Set<String> FINITE = Set.of("was", "were", "is", "are", "has", "have", "had");
    /** Nouns a risk word can modify as the name of a procedure ("risk assessment", "safety screening"). */
    private static final Set<String> PROCEDURES = Set.of("assessment", "assessments", "screening", "screen",
            "evaluation");

    private WhoFoundIt() {
    }

    /**
     * Whether the clause holding the word at {@code at} (a denial of risk) has the client or the clinician for its
     * source: its subject (the words from the clause's start to its first verb) names the client ("The client denied
     * SI") or the clinician ("this clinician identified no ..."). A clause with someone else or no one for its subject
     * ("The parents reported no SI", "No SI was reported per the parents") is what those present said.
     */
    public static boolean notFromThosePresent(List<String> words, List<Boolean> bounds, List<Boolean> commas, int at) {
        if (at + 1 < words.size() && PROCEDURES.contains(words.get(at + 1))) {
            // "no risk assessment was made": the risk word names a procedure not done, not a risk denied.
            return false;
        }
        int start = at;
        while (start > 0 && !bounds.get(start) && !commas.get(start)) {
            start--;
        }
        int verb = -1;
        for (int k = start; k < words.size() && (k == start || !bounds.get(k)); k++) {
            if (SAYING.contains(words.get(k)) || FINITE.contains(words.get(k))) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        for (int k = start; k < verb; k++) {
            if (CLIENT.contains(words.get(k)) || CLINICIAN.contains(words.get(k))) {
                return true;
            }
        }
        return false;
    }
}