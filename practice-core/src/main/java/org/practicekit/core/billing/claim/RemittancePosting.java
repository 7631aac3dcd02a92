package org.practicekit.core.billing.claim;

import java.util.List;
import java.util.Objects;
import org.practicekit.core.billing.denial.DenialFlag;

/**
 * What posting one remittance did: the claims it moved (in their new state), the flags it raised, the
 * claim ids it named that the ledger does not hold, whether it balanced, whether it had been posted
 * before (then nothing changed), and whether it was held for staff because it does not balance (then
 * nothing changed either, until staff post it after review).
 */
public record RemittancePosting(String traceNumber, List<Claim> updated, List<DenialFlag> flags, List<String> unmatchedClaimIds,
        boolean balanced, boolean alreadyPosted, boolean heldForReview) {
    public RemittancePosting {
        Objects.requireNonNull(traceNumber, "traceNumber == null");
        updated = List.copyOf(updated);
        flags = List.copyOf(flags);
        unmatchedClaimIds = List.copyOf(unmatchedClaimIds);
    }

    /** A posting that was not held for review. */
    public RemittancePosting(String traceNumber, List<Claim> updated, List<DenialFlag> flags, List<String> unmatchedClaimIds,
            boolean balanced, boolean alreadyPosted) {
        this(traceNumber, updated, flags, unmatchedClaimIds, balanced, alreadyPosted, false);
    }

    /** Only the flags that are denials (not patient responsibility or contractual write-offs). */
    public List<DenialFlag> denials() {
        return flags.stream().filter(DenialFlag::isDenial).toList();
    }
}
