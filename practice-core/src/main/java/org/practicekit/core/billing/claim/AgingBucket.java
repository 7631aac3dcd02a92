package org.practicekit.core.billing.claim;

/** Accounts-receivable age of an outstanding claim, counted from its first submission. */
public enum AgingBucket {
    DAYS_0_30(0, 30),
    DAYS_31_60(31, 60),
    DAYS_61_90(61, 90),
    DAYS_91_120(91, 120),
    OVER_120(121, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgingBucket(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The bucket for a claim {@code days} old. */
    public static AgingBucket of(long days) {
        for (AgingBucket b : values()) {
            if (days >= b.from && days <= b.to) {
                return b;
            }
        }
        return DAYS_0_30;
    }

    /** "0-30 days", "over 120 days". */
    public String label() {
        return this == OVER_120 ? "over 120 days" : from + "-" + to + " days";
    }
}
