package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Round 25 (issue 14): each element of the risk part is a sentence that names its element. The intent field is often
 * typed as a degree or an answer alone ("some", "yes", "clear intent tonight"), which the general reading wrote as a
 * state of the client ("The client was some.") or a bare note ("The risk assessment noted yes."); the plan field as a
 * method alone ("pills", "gun in truck"), written as a note that never says it is the plan. Deny by default: only a
 * piece that is a degree word of {@link #DEGREES}, an answer of {@link #YES}, or a degree before
 * "intent" is read here; everything else keeps the composer's reading. A deed typed in the passive with the clinician
 * as its agent is the clinician's ({@link #clinicianAgent}).
 */
final class RiskElements {
    // Degrees a clinician rates intent with (a closed class of English gradable adjectives and quantifiers).
    static final Set<String> DEGREES = Set.of("some", "low", "moderate", "high", "strong", "clear", "little", "minimal",
            "limited", "partial", "unclear", "mild", "significant", "weak", "vague", "definite", "uncertain", "severe",
            "considerable", "slight", "medium", "possible");
    // An affirmative answer typed alone in the intent field.
    static final Set<String> YES = Set.of("yes", "y", "+", "present", "positive", "endorsed", "endorses");
    private static final Set<String> INTENT_WORDS = Set.of("intent", "intention", "intent.", "intention.");

    private RiskElements() {
    }

    /**
     * Whether the intent field's piece is a degree or an answer alone ("some", "yes"): written after the field's name
     * ("Intent: some."), the element named, since the verifier sources no "intent" the clinician did not type.
     */
    static boolean intentAlone(String piece) {
        String lower = bare(piece);
        return DEGREES.contains(lower) || YES.contains(lower);
    }

    /** A degree before the noun ("clear intent tonight"), as typed, to follow "The risk assessment noted"; or empty. */
    static String intentNoted(String piece) {
        String lower = bare(piece);
        List<String> words = List.of(lower.split("\\s+"));
        if (words.size() >= 2 && words.size() <= 5 && DEGREES.contains(words.get(0))
                && INTENT_WORDS.contains(words.get(1))) {
            // "clear intent tonight": a degree and the noun, never "cleared intent".
            return lower;
        }
        return "";
    }

    private static String bare(String piece) {
        String t = piece.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.toLowerCase(Locale.ROOT);
    }

    /**
     * A note of the plan field ("The risk assessment noted pills.") that does not say it is the plan: the same note
     * with "as the plan" ("The risk assessment noted pills as the plan."), the frame round 18 gave a method typed as
     * a gerund. Empty when the note already names a plan or is not a note of the plan field's words.
     */
    static String planNote(String sentence, String lead) {
        if (!sentence.startsWith(lead + " ") || !sentence.endsWith(".")) {
            return "";
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.matches(".*\\b(?:plans?|planned|planning|no|none|denies|denied|not|unknown)\\b.*")) {
            return "";
        }
        return sentence.substring(0, sentence.length() - 1) + " as the plan.";
    }

    // A deed typed in the passive with the clinician as its agent ("police called by clinician", "CPS report filed by
    // writer"): the thing acted on, a regular past participle, "by" and the clinician.
    private static final java.util.regex.Pattern CLINICIAN_AGENT = java.util.regex.Pattern.compile(
            "(?i)^(?<what>[a-z][a-z0-9' -]*?)\\s+(?<verb>[a-z]+ed)\\s+by\\s+(?:the\\s+|this\\s+)?(?:clinician|writer"
                    + "|therapist|counselor|me)\\.?$");

    /**
     * An action typed in the passive with the clinician as its agent, written as the clinician's deed ("clinician
     * called police"), so the clinician is its subject ("This clinician called the police."), never "The police was
     * called by this clinician." nor "This clinician's actions included CPS report filed by this clinician."; empty
     * when the action is not typed so.
     */
    static String clinicianAgent(String typed) {
        java.util.regex.Matcher m = CLINICIAN_AGENT.matcher(typed.strip());
        if (!m.matches()) {
            return "";
        }
        return "clinician " + m.group("verb").toLowerCase(Locale.ROOT) + " " + m.group("what");
    }
}
