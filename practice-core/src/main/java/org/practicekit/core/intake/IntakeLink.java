package org.practicekit.core.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * What a portal may show when a client opens an intake link, before the client has confirmed who they
 * are: which case the link belongs to, where it stands, whether answers are saved and which second fact
 * unlocks them. It holds no answer and no PHI. Immutable.
 */
public final class IntakeLink {
    /** The second fact a client gives before saved answers are shown. */
    public enum IdentityCheck {
        /** The date of birth the client saved in the forms. */
        DATE_OF_BIRTH,
        /** The last four digits of the phone number the link was texted to. */
        PHONE_LAST_FOUR,
        /**
         * Neither is known (an emailed link, and no date of birth saved yet): saved answers are not shown;
         * the client can still add answers, which merge with the saved ones.
         */
        NONE
    }

    private final String caseId;
    private final IntakeStatus status;
    private final boolean answersSaved;
    private final IdentityCheck identityCheck;
    private final Instant expiresAt;

    IntakeLink(String caseId, IntakeStatus status, boolean answersSaved, IdentityCheck identityCheck, Instant expiresAt) {
        this.caseId = Objects.requireNonNull(caseId, "caseId == null");
        this.status = Objects.requireNonNull(status, "status == null");
        this.answersSaved = answersSaved;
        this.identityCheck = Objects.requireNonNull(identityCheck, "identityCheck == null");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt == null");
    }

    /** The case to submit answers to; keep it on the server side of the portal, never in the page. */
    public String caseId() {
        return caseId;
    }

    public IntakeStatus status() {
        return status;
    }

    /** True when the client saved answers earlier; they are shown only after {@link #identityCheck()}. */
    public boolean answersSaved() {
        return answersSaved;
    }

    public IdentityCheck identityCheck() {
        return identityCheck;
    }

    /** When the link stops opening anything unless the practice writes again (each message extends it). */
    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "IntakeLink[" + caseId + ", " + status + ", check " + identityCheck + "]";
    }
}
