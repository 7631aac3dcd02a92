package org.practicekit.notes;

/** What the verifier found wrong with a draft. Every kind blocks the draft. */
public enum FindingKind {
    MISSING_INTERVENTION,
    MISSING_RISK_STATEMENT,
    MISSING_RISK_ACTION,
    MISSING_HOMEWORK,
    MISSING_PLAN_ELEMENT,
    MISSING_NEXT_APPOINTMENT,
    MISSING_SECTION,
    INVENTED_MEDICATION,
    INVENTED_DIAGNOSIS,
    INVENTED_INTERVENTION,
    INVENTED_NUMBER,
    INVENTED_DATE,
    INVENTED_PERSON,
    UNSOURCED_SENTENCE,
    LEFTOVER_PLACEHOLDER,
    REPEATED_SENTENCE,
    FILLER_TEXT,
    /** A level of care or hospitalization the prompt does not name. */
    INVENTED_LEVEL_OF_CARE,
    /** A legal or police event the prompt does not name. */
    INVENTED_LEGAL_EVENT,
    /** A substance the prompt does not name. */
    INVENTED_SUBSTANCE,
    /** A major life event (divorce, affair, death, job loss, move...) the prompt does not name. */
    INVENTED_LIFE_EVENT,
    /** A quotation that is not in the prompt word for word. */
    INVENTED_QUOTE,
    /** A statement about ideation, intent, plan, means, self-harm or safety, or a risk level, that the risk fields contradict or do not support. */
    RISK_CONTRADICTION,
    /** A statement of the prompt turned into its opposite ("completed" to "did not complete"). */
    NEGATION_MISMATCH,
    /** Someone other than the prompt's actor said or did the thing: the mother for the client, the clinician for the client. */
    WRONG_ACTOR,
    /** A symptom or behavior (hallucinations, purging, panic attacks...) the prompt does not mention, or only denies. */
    INVENTED_SYMPTOM,
    /**
     * A labelled line that gives a field as the clinician's own words ("Homework: ...") but changes them: a word
     * replaced, a clause added, a number or a negation changed.
     */
    MISQUOTED_FIELD
}
