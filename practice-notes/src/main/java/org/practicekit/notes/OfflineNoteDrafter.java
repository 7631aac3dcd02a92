package org.practicekit.notes;

import java.time.Clock;
import java.util.Objects;
import org.practicekit.core.spi.AuditLog;

/**
 * The deterministic drafter: no network, no model, the same prompt always gives the same note.
 * It writes clinical prose in the clinician's style (past tense for the session, future for the
 * plan, each intervention tied to the client's response) and cites the prompt field behind every
 * sentence. It is also every other drafter's fallback. Thread-safe.
 */
public final class OfflineNoteDrafter extends NoteDrafter {
    private OfflineNoteDrafter(Builder b) {
        super(b.clock, b.auditLog, DocumentationConsents.none(), b.verifier);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    protected boolean disclosesToModel() {
        return false;
    }

    @Override
    protected NoteDraft doDraft(SessionPrompt prompt, NoteFormat format, StyleProfile style) {
        return composeOffline(prompt, format, style);
    }

    /** Builds an {@link OfflineNoteDrafter}. Required: clock, audit. */
    public static final class Builder {
        private Clock clock;
        private AuditLog auditLog;
        private DraftVerifier verifier = DraftVerifier.standard();

        private Builder() {
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        public Builder audit(AuditLog audit) {
            this.auditLog = Objects.requireNonNull(audit, "audit == null");
            return this;
        }

        /**
         * The old name of {@link #audit(AuditLog)}.
         *
         * @deprecated use {@link #audit(AuditLog)}, the name every engine's builder uses
         */
        @Deprecated
        public Builder auditLog(AuditLog auditLog) {
            return audit(auditLog);
        }

        public Builder verifier(DraftVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier == null");
            return this;
        }

        public OfflineNoteDrafter build() {
            return new OfflineNoteDrafter(this);
        }
    }
}
