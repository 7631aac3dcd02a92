package org.practicekit.notes.internal;

import java.util.List;

/**
 * The hand-overs the composer uses for nothing but a typed item it copies word for word, which then closes its
 * sentence: ", centered on " before an intervention's focus, ", as shown by " before a goal's evidence, "Presenting
 * concerns comprised " and "Concerns also comprised " before one concern item. No other composer sentence may contain
 * one, so the verifier reads the words from a hand-over to the sentence's end as the clinician's, compared with the
 * field as a labelled line's value is: any word added, left out or replaced is a misquote. Hand-overs the composer
 * words its own way as well ("focused on", "included", a colon) are never read so strictly (round 18: a clean draft
 * whose own wording opened like the field was flagged).
 */
public final class HandOvers {
    /** Before an intervention's focus: "The clinician used exposure therapy, centered on driving on the highway." */
    public static final String FOCUS = ", centered on ";
    /**
     * Round 41: before an intervention's focus typed as a noun phrase with its own article or possessive
     * ({@link InterventionSentences}): "The clinician used exposure therapy to focus on her fear of riding the bus."
     */
    public static final String FOCUS_OBJECT = " to focus on ";
    /**
     * Round 41: before an intervention's focus typed as a sentence of the client's act, with the note's subject:
     * "The clinician used trauma processing, in which the client described the night her father died."
     */
    public static final String FOCUS_SENTENCE = ", in which ";
    /**
     * Before a goal's evidence, opening a sentence of its own after the one that rates the goal (round 24: the evidence
     * is said with its subject and verb, never tagged onto the rating): "This rating is based on 2 attacks this wk."
     */
    public static final String EVIDENCE = "This rating is based on ";
    /** Before the one concern item of a concerns sentence, as the first concerns of the note or after others. */
    public static final String CONCERNS = "Presenting concerns comprised ";
    public static final String OTHER_CONCERNS = "Concerns also comprised ";

    /** Every reserved hand-over, each with the cited field it hands over to (a key prefix). */
    private static final List<String[]> ALL = List.of(new String[] {FOCUS, "interventions["},
            new String[] {FOCUS_OBJECT, "interventions["}, new String[] {FOCUS_SENTENCE, "interventions["},
            new String[] {EVIDENCE, "goals["}, new String[] {CONCERNS, "presentingConcerns["},
            new String[] {OTHER_CONCERNS, "presentingConcerns["});

    private HandOvers() {
    }

    /** A reserved hand-over in a sentence: where the copied item starts and the field prefix it belongs to. */
    public record At(int from, String fieldPrefix, String handOver) {
    }

    /**
     * The first reserved hand-over in {@code text} (a few indexOf, no pattern), or empty when there is none. Case is
     * kept: the composer writes them as they are spelled here.
     */
    public static java.util.Optional<At> find(String text) {
        for (String[] h : ALL) {
            int at = text.indexOf(h[0]);
            if (at >= 0) {
                return java.util.Optional.of(new At(at + h[0].length(), h[1], h[0]));
            }
        }
        return java.util.Optional.empty();
    }

    /** The composer's words of {@code text} before the hand-over found at {@code at}. */
    public static String before(String text, At at) {
        return text.substring(0, at.from() - at.handOver().length());
    }

    /** Whether typed text holds a reserved hand-over itself, so a sentence copying it is not read as handing over. */
    public static boolean typedIn(String typed) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("centered on") || lower.contains("to focus on") || lower.contains("in which") || lower.contains("as shown by") || lower.contains("rating is based on")
                || lower.contains("comprised");
    }
}
