package org.practicekit.core.model;

/** The kind of payer, which decides telehealth modifiers, late-cancel fees and filing limits. */
public enum PayerKind {
    MEDICARE,
    MEDICAID,
    COMMERCIAL
}
