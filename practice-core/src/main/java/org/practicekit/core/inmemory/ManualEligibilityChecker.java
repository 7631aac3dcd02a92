package org.practicekit.core.inmemory;

import java.time.Clock;
import java.util.Objects;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;

/**
 * The embedded {@link EligibilityChecker} for a practice with no clearinghouse connection: it never
 * guesses, it answers UNKNOWN so the intake routes the check to staff.
 */
public final class ManualEligibilityChecker implements EligibilityChecker {
    private final Clock clock;

    public ManualEligibilityChecker(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    @Override
    public EligibilityResult check(EligibilityRequest request) {
        Objects.requireNonNull(request, "request == null");
        return EligibilityResult.builder()
                .status(EligibilityResult.Status.UNKNOWN)
                .note("no eligibility connection configured; verify with the payer by phone or portal")
                .checkedAt(clock.instant())
                .build();
    }
}
