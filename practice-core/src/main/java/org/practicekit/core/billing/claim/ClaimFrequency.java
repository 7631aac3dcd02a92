package org.practicekit.core.billing.claim;

/** The claim frequency code sent in CLM05-3: an original claim, a replacement, or a void. */
public enum ClaimFrequency {
    ORIGINAL("1"),
    REPLACEMENT("7"),
    VOID("8");

    private final String code;

    ClaimFrequency(String code) {
        this.code = code;
    }

    /** The X12 code. */
    public String code() {
        return code;
    }

    /** The frequency for an X12 code. */
    public static ClaimFrequency ofCode(String code) {
        for (ClaimFrequency f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown claim frequency code");
    }
}
