package org.practicekit.notes.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who can have said or found what a sentence states: a measured result (a lab level, a drug screen, a vital sign) is
 * found by whoever measured it, never reported by the client; a client who was not in the session reported nothing
 * and was assessed by no one, so only the people who came can be the source of a statement about the client's
 * safety. Read from the sentence's subject and verb, for the verifier.
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

    private static final Pattern CLIENT_SAYS = Pattern.compile("\\b(?:client|patient|pt) (?:also )?(?:reported|reports|"
            + "noted|notes|described|stated|states|endorsed|shared|said|indicated)\\b([^;.]*)");

    /** What may stand between a report verb and the result it reports: an article, a possessive, "that". */
    private static final Pattern OBJECT = Pattern.compile(" (?:that )?(?:(?:a|an|the|her|his|their|its) )?");

    private WhoFoundIt() {
    }

    /**
     * Whether lower-case {@code sentence} gives the client a measured result as the client's own report: "The client
     * reported a BP of 162/98", "the patient noted a lithium level of 1.4". The test or vital sign comes from the
     * record facts' closed class, with its value right after it.
     */
    public static boolean resultAsClientsReport(String sentence) {
        Matcher m = CLIENT_SAYS.matcher(sentence);
        while (m.find()) {
            // The result is what is reported: right after the verb, or after an article or a possessive ("a BP of
            // ...", "her lithium level ..."); "described prediabetes, A1c 6.1" reports the condition.
            Matcher object = OBJECT.matcher(m.group(1));
            if (object.lookingAt() && RecordFacts.measured(m.group(1).substring(object.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a field reads as the client's own report ("pt reports", "per pt", "self-reported"), so a result in it may
     * be the client's to report.
     */
    public static boolean clientReports(List<String> field) {
        for (int k = 0; k < field.size(); k++) {
            String w = field.get(k);
            if (w.startsWith("self-report")) {
                return true;
            }
            if (CLIENT.contains(w) && k + 1 < field.size() && Reporters.reporting(field.get(k + 1))
                    || w.equals("per") && k + 1 < field.size() && CLIENT.contains(field.get(k + 1))) {
                return true;
            }
        }
        return false;
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