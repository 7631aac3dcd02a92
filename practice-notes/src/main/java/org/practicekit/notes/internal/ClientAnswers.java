package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 32c: a status word in the safety-plan, follow-up or actions field that is the client's answer or a state, not
 * the clinician's act ("declined", "refused to complete SP", "would not engage in safety planning", "partially
 * completed"). The field holds both kinds; read as the clinician's deed, "declined" gives the client's refusal to the
 * clinician. Said with the client as subject where the item is one clause the client answers, or as the state of the
 * field's own object; anything else with such a word is kept as typed after its label (deny by default).
 */
final class ClientAnswers {
    private ClientAnswers() {
    }

    // The client as typed before the answer ("pt declined"): the answer is the client's either way.
    private static final String CLIENT = "(?:(?:the\\s+)?(?:pt|client|patient|clt)\\s+)?";
    // Answers with no "was" ("declined ...", "could not commit ..."), and states that take one ("unable to ..."): the
    // words are AnswerWords', read by the verifier too.
    private static final Pattern ANSWER = Pattern.compile("(?i)^" + CLIENT + "(" + AnswerWords.alternation(
            AnswerWords.REFUSALS, AnswerWords.INABILITIES) + ")(?![\\w'])(.*)$");
    private static final Pattern STATE = Pattern.compile("(?i)^" + CLIENT + "(?:was\\s+)?(" + AnswerWords.alternation(
            AnswerWords.STATES) + ")(?![\\w'])(.*)$");
    // At the item's start, for the deny-by-default label; an answer later in the item ("son called, pt declined
    // consent") is read by RiskActs as before. Each word without its "to": "did not want SP" is an answer too.
    private static final Pattern ANYWHERE = Pattern.compile("(?i)^" + CLIENT + "(?:was\\s+)?(?:" + AnswerWords
            .alternation(java.util.stream.Stream.concat(AnswerWords.REFUSALS.stream(), AnswerWords.STATES.stream())
                    .map(w -> w.endsWith(" to") ? w.substring(0, w.length() - 3) : w).toList()) + ")(?![\\w'])");
    // "could not reach pt": a try of the clinician's to reach someone, never the client's inability.
    private static final Pattern A_TRY = Pattern.compile("(?i)^(?:reach|contact|locate|leave|get through|connect)\\b");
    // "partially completed": how far the field's own object got, never a person's deed.
    private static final Pattern DEGREE = Pattern.compile("(?i)^(partially|partly|mostly|fully|not yet|not fully)\\s+"
            + "(completed|done|reviewed|updated|finished|started)$");
    // A verb the field's own object completes ("unable to complete" the safety plan): said with that object.
    private static final java.util.Set<String> OBJECT_VERBS = java.util.Set.of("complete", "finish", "review",
            "update", "make", "sign", "create", "do", "write", "revise", "develop");
    // One clause: nothing after it that could be another actor's act.
    private static final Pattern ONE_CLAUSE = Pattern.compile("[^;,.()\"'/]*");

    /** Whether the item holds a client's answer at the start of any of its pieces. */
    static boolean mentions(String typed) {
        return ANYWHERE.matcher(typed.strip()).find();
    }

    /**
     * The item as a sentence: "The client declined the safety plan.", "The client was unable to commit to the plan.",
     * "The safety plan was partially completed.", or empty where it is not one clause the client answers.
     *
     * @param subject the client as the note names it ("the client")
     * @param was "was" or "were" for that subject
     * @param object the field's own object when the answer names none ("the safety plan"), or empty
     */
    static Optional<String> sentence(String typed, String subject, String was, String object) {
        String item = typed.strip().replaceAll("[.;]+$", "").strip();
        Matcher degree = DEGREE.matcher(item);
        if (degree.matches()) {
            return object.isEmpty() ? Optional.empty() : Optional.of(Phrases.capitalize(object) + " " + was + " "
                    + item.toLowerCase(Locale.ROOT));
        }
        Matcher answer = ANSWER.matcher(item);
        Matcher state = STATE.matcher(item);
        String verb;
        String rest;
        if (answer.matches()) {
            verb = answer.group(1).toLowerCase(Locale.ROOT);
            rest = answer.group(2).strip();
        } else if (state.matches()) {
            verb = was + " " + state.group(1).toLowerCase(Locale.ROOT);
            rest = state.group(2).strip();
        } else {
            return Optional.empty();
        }
        if (verb.startsWith("could") && (rest.isEmpty() || A_TRY.matcher(rest).find())) {
            return Optional.empty();
        }
        if (!ONE_CLAUSE.matcher(rest).matches()) {
            return Optional.empty();
        }
        boolean bare = rest.isEmpty();
        if (bare && (object.isEmpty() || verb.endsWith(" to") || verb.startsWith("would") || verb.startsWith("did")
                || verb.startsWith("chose"))) {
            // "would not", "unable to" with nothing after: what was not done is not typed.
            return Optional.empty();
        }
        String said = bare ? object : Shorthand.expand(rest, false);
        if (!bare && !object.isEmpty() && OBJECT_VERBS.contains(rest.toLowerCase(Locale.ROOT))) {
            said = said + " " + object;
        }
        return Optional.of(Phrases.capitalize(subject) + " " + verb + " " + said);
    }
}
