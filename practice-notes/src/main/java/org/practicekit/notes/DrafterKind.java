package org.practicekit.notes;

/** Which kind of drafter wrote a draft; every draft says so. */
public enum DrafterKind {
    /** The deterministic offline drafter: no network, no model. */
    OFFLINE,
    /** A language model behind the PHI guard, verified against the prompt. */
    LLM
}
