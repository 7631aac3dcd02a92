package org.practicekit.core.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.spi.EligibilityResult;

/**
 * A coverage {@link EligibilityWatch} keeps an eye on: the payer's last clear answer, when the watch
 * asks next, the problems staff were told about that still stand, and the booked sessions ahead.
 *
 * @param clientId whose coverage
 * @param payerName the payer
 * @param lastAnswer the payer's last clear answer, if any
 * @param nextCheck when the watch asks the payer next
 * @param openProblems the problem codes raised to staff that still stand ("coverage-lapsed")
 * @param upcomingSessions start times of the booked sessions ahead, earliest first
 */
public record WatchedCoverage(ClientId clientId, String payerName, Optional<EligibilityResult> lastAnswer,
        Instant nextCheck, List<String> openProblems, List<Instant> upcomingSessions) {
    public WatchedCoverage {
        Objects.requireNonNull(clientId, "clientId == null");
        Objects.requireNonNull(payerName, "payerName == null");
        Objects.requireNonNull(lastAnswer, "lastAnswer == null");
        Objects.requireNonNull(nextCheck, "nextCheck == null");
        openProblems = List.copyOf(openProblems);
        upcomingSessions = List.copyOf(upcomingSessions);
    }
}
