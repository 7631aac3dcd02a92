package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 34: whose act a piece of a field is, read once before any line gives it the clinician's lead ("This clinician
 * ..."). A field of the clinician's (actions, outreach, safety plan, follow-up) holds the client's acts and answers too:
 * "will call her brother if urges rise", "agreed to give the pills to mom", "offered a walk-in slot; declined", "could
 * not engage". Read as the clinician's deed each gives the client's step or answer to the clinician. Only a piece that
 * names its subject, or whose verb only the one asked can do (an answer, a refusal, an agreement, a reply), is given an
 * actor; the rest is UNKNOWN and keeps the composer's reading as before.
 */
public final class Whose {
    private Whose() {
    }

    /** Who did or said a piece. */
    public enum Actor { CLIENT, CLINICIAN, OTHER, UNKNOWN }

    /** The kind of the client's act, which says how it can be said with the client as subject. */
    public enum Act { ANSWER, AGREEMENT, REPLY, STEP, NONE }

    private static final String ADVERB = "(?:(?:also|then|again|initially|ultimately|eventually|later)\\s+)?";
    private static final Pattern CLIENT = Pattern.compile("(?i)^(?:the\\s+)?(?:pt|client|patient|clt)\\b");
    private static final Pattern CLINICIAN = Pattern.compile("(?i)^(?:this\\s+)?(?:clinician|writer|therapist|"
            + "counselor|provider|i|cl|th)\\b(?!')");
    private static final Pattern ANSWER = Pattern.compile("(?i)^" + ADVERB + "(?:was\\s+)?(?:" + AnswerWords.alternation(
            AnswerWords.REFUSALS, AnswerWords.STATES) + "|" + AnswerWords.alternation(AnswerWords.INABILITIES)
            + ")(?![\\w'])(.*)$");
    private static final Pattern AGREEMENT = Pattern.compile("(?i)^" + ADVERB + "(?:" + AnswerWords.alternation(
            AnswerWords.AGREEMENTS) + ")(?![\\w'])(.*)$");
    private static final Pattern REPLY = Pattern.compile("(?i)^" + ADVERB + "(?:" + AnswerWords.alternation(
            AnswerWords.REPLIES) + ")(?![\\w'])(.*)$");
    private static final Pattern WILL = Pattern.compile("(?i)^(?:will|to)\\s+(?:not\\s+)?([a-z]+)\\b");
    // "could not reach pt", "unable to leave VM": the clinician's try to reach someone.
    private static final Pattern A_TRY = Pattern.compile("(?i)^\\s*(?:to\\s+)?(?:reach|contact|locate|leave|get\\s+"
            + "through|connect|confirm|verify)\\b");
    // A safety plan's steps are the client's; these verbs are the ones the clinician takes on the plan itself, or
    // steps either could take ("will review at next session"): such a step's actor is not told.
    private static final Set<String> PLAN_WORK = Set.of("complete", "develop", "create", "write", "update", "make",
            "build", "revise", "finish", "review", "discuss", "sign", "share", "copy", "document", "collaborate",
            "co-create", "follow", "check", "consult", "refer", "send", "revisit", "reassess", "assess", "monitor",
            "schedule", "see", "meet", "provide", "fax", "coordinate");

    /**
     * The actor of {@code piece} (a piece of a field, as typed or expanded), read from its subject and its first verb.
     *
     * @param safetyPlan whether the piece is a step of the safety plan, whose steps without a subject are the client's
     */
    public static Actor of(String piece, boolean safetyPlan) {
        String t = piece.strip();
        if (CLIENT.matcher(t).lookingAt()) {
            return Actor.CLIENT;
        }
        if (CLINICIAN.matcher(t).lookingAt()) {
            return Actor.CLINICIAN;
        }
        int space = t.indexOf(' ');
        String first = (space < 0 ? t : t.substring(0, space)).toLowerCase(Locale.ROOT);
        if (PhraseReader.isPersonNoun(first) || first.equals("her") || first.equals("his") || first.equals("their")) {
            return Actor.OTHER;
        }
        return act(t, safetyPlan) == Act.NONE ? Actor.UNKNOWN : Actor.CLIENT;
    }

    /** How the client's act in a piece with no subject reads, or NONE where the piece is not one only the client does. */
    public static Act act(String piece, boolean safetyPlan) {
        String t = piece.strip();
        Matcher answer = ANSWER.matcher(t);
        if (answer.matches()) {
            return A_TRY.matcher(answer.group(1)).lookingAt() ? Act.NONE : Act.ANSWER;
        }
        if (AGREEMENT.matcher(t).matches()) {
            return Act.AGREEMENT;
        }
        if (REPLY.matcher(t).matches()) {
            return Act.REPLY;
        }
        Matcher will = WILL.matcher(t);
        if (safetyPlan && will.lookingAt() && !PLAN_WORK.contains(will.group(1).toLowerCase(Locale.ROOT))) {
            return Act.STEP;
        }
        return Act.NONE;
    }

    /** Whether {@code verb} (a base) is work on the plan itself, or a step either could take: its actor is not told. */
    public static boolean planWork(String verb) {
        return PLAN_WORK.contains(verb);
    }

    /** Whether any piece of {@code item} (split at ";", "," and ".") is an act only the client does. */
    public static boolean holdsClientAct(String item) {
        int from = 0;
        for (int i = 0; i <= item.length(); i++) {
            if (i == item.length() || item.charAt(i) == ';' || item.charAt(i) == ',' || item.charAt(i) == '.') {
                String piece = item.substring(from, i).strip();
                if (!piece.isEmpty() && (CLIENT.matcher(piece).lookingAt() || act(piece, false) != Act.NONE)) {
                    return true;
                }
                from = i + 1;
            }
        }
        return false;
    }

    /** Whether a piece holds a client's answer at its start that is bare: "declined", "refused", with nothing after. */
    public static boolean bareAnswer(String piece) {
        Matcher answer = ANSWER.matcher(piece.strip());
        return answer.matches() && answer.group(1).isBlank();
    }
}
