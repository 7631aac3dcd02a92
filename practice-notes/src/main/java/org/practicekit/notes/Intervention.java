package org.practicekit.notes;

import java.util.Objects;
import java.util.Optional;

/**
 * One intervention the clinician used, with what it focused on and how the client responded.
 *
 * @param type the coded intervention
 * @param label the name when {@code type} is OTHER ("narrative reauthoring"); otherwise "" for the
 *     coded name
 * @param focus what it focused on, as a noun phrase ("the prediction that a panic attack will cause
 *     a crash"), or ""
 * @param response how the client responded, as a past-tense predicate ("identified two alternative
 *     explanations") or a full clause ("the client identified..."), or ""
 */
public record Intervention(InterventionType type, String label, String focus, String response) {
    public Intervention {
        Objects.requireNonNull(type, "type == null");
        label = Objects.requireNonNull(label, "label == null").strip();
        focus = Objects.requireNonNull(focus, "focus == null").strip();
        response = Objects.requireNonNull(response, "response == null").strip();
    }

    /** A coded intervention with its focus and the client's response. */
    public static Intervention of(InterventionType type, String focus, String response) {
        return new Intervention(type, "", focus, response);
    }

    /** An intervention without a code, named by {@code label}. */
    public static Intervention other(String label, String focus, String response) {
        return new Intervention(InterventionType.OTHER, label, focus, response);
    }

    /** The name used in the note: the label if given, otherwise the coded name. */
    public String name() {
        return label.isEmpty() ? type.display() : label;
    }

    /** The focus, if one was given. */
    public Optional<String> focusText() {
        return focus.isEmpty() ? Optional.empty() : Optional.of(focus);
    }

    /** The client's response, if one was given. */
    public Optional<String> responseText() {
        return response.isEmpty() ? Optional.empty() : Optional.of(response);
    }
}
