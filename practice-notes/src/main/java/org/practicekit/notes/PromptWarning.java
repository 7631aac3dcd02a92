package org.practicekit.notes;

import java.util.Objects;

/**
 * Something in a built prompt the drafter handles for the clinician and the vendor should see, without refusing the
 * prompt. The message names the field, never the person or the words typed, so it may be logged.
 *
 * @param kind what was found
 * @param field the field it was found in, as a draft cites it ("presentingConcerns[0]", "clientResponse")
 * @param message what the draft does about it, for the clinician
 */
public record PromptWarning(Kind kind, String field, String message) {
    /** What a warning is about. */
    public enum Kind {
        /**
         * In a group session, a field names a person the prompt lists as another group member; the draft writes
         * "another group member" in place of the name, since another member's name is no part of the client's note.
         */
        OTHER_GROUP_MEMBER_NAMED,
        /**
         * In a group session whose members are listed by name, a field names a person who is neither the client nor a
         * listed participant: the note cannot say who they are, and the clinician should list them or type their role.
         */
        UNPLACED_PERSON_NAMED,
        /**
         * At moderate risk or higher, a risk element (ideation, intent, plan, means and access) is typed as not
         * recorded ("not assessed", "unknown"): the draft says so under the element's name and states no denial, and
         * the clinician should assess it or document why before signing.
         */
        RISK_ELEMENT_NOT_RECORDED
    }

    public PromptWarning {
        Objects.requireNonNull(kind, "kind == null");
        field = Objects.requireNonNull(field, "field == null").strip();
        message = Objects.requireNonNull(message, "message == null").strip();
    }
}
