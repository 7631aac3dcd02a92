package org.practicekit.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.practicekit.core.RetriableException;
import org.practicekit.core.model.Money;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;

/**
 * An {@link EligibilityChecker} whose answers a test scripts per member id, standing in for a
 * clearinghouse. Unscripted members are ACTIVE with a $25 copay. Thread-safe.
 */
public final class ScriptedEligibilityChecker implements EligibilityChecker {
    private final Clock clock;
    private final Map<String, EligibilityResult.Builder> byMember = new HashMap<>();
    private final List<EligibilityRequest> requests = new ArrayList<>();
    private int transientFailures;

    public ScriptedEligibilityChecker(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Scripts the answer for one member id (checkedAt is filled in at call time). */
    public synchronized ScriptedEligibilityChecker answer(String memberId, EligibilityResult.Status status,
            boolean priorAuthorizationRequired) {
        byMember.put(memberId, EligibilityResult.builder().status(status)
                .mentalHealthBenefit(status == EligibilityResult.Status.ACTIVE
                        ? EligibilityResult.MentalHealthBenefit.COVERED : EligibilityResult.MentalHealthBenefit.UNKNOWN)
                .priorAuthorizationRequired(priorAuthorizationRequired));
        return this;
    }

    /** The next {@code count} checks fail as if the clearinghouse timed out. */
    public synchronized ScriptedEligibilityChecker failNext(int count) {
        this.transientFailures = count;
        return this;
    }

    @Override
    public synchronized EligibilityResult check(EligibilityRequest request) {
        Objects.requireNonNull(request, "request == null");
        requests.add(request);
        if (transientFailures > 0) {
            transientFailures--;
            throw new RetriableException("clearinghouse timeout (scripted)", "scripted-eligibility", "check", null);
        }
        EligibilityResult.Builder scripted = byMember.get(request.coverage().memberId());
        if (scripted == null) {
            scripted = EligibilityResult.builder().status(EligibilityResult.Status.ACTIVE)
                    .mentalHealthBenefit(EligibilityResult.MentalHealthBenefit.COVERED)
                    .copay(Money.usd("25.00")).deductibleRemaining(Money.usd("0.00"));
        }
        return scripted.payerReference("TRN-" + requests.size()).checkedAt(clock.instant()).build();
    }

    /** Every request received. */
    public synchronized List<EligibilityRequest> requests() {
        return List.copyOf(requests);
    }
}
