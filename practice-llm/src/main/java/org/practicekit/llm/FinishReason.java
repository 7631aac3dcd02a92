package org.practicekit.llm;

/** Why the model stopped, normalized across providers. */
public enum FinishReason {
    /** The model finished its answer. */
    STOP,
    /** The token limit cut the answer short. */
    LENGTH,
    /** The provider's safety filter withheld or cut the answer, or the model refused. */
    CONTENT_FILTER,
    /** Anything else the provider reported. */
    OTHER
}
