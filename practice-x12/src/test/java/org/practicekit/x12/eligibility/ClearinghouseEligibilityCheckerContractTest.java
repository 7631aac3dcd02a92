package org.practicekit.x12.eligibility;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.practicekit.x12.InterchangeParties;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.testing.eligibility.ClearinghouseContract;

/** Our own clearinghouse adapter, raw X12 over HTTP, passes the contract every adapter must pass. */
class ClearinghouseEligibilityCheckerContractTest extends ClearinghouseContract {
    static final InterchangeParties PARTIES = new InterchangeParties("MAINSTCOUNSEL", "CLEARHOUSE01",
            "Main Street Counseling", "MAINST01", "Dana Whitfield", "2175550100", "Clearhouse", false);
    static final InquiringProvider PROVIDER = new InquiringProvider("Main Street Counseling LLC", "1588667638", "371234567");

    @Override
    protected EligibilityChecker newChecker(URI endpoint, Duration answerTimeout, Clock clock) {
        return ClearinghouseEligibilityChecker.builder()
                .transport(HttpsX12Transport.builder().endpoint(endpoint).header("X-Api-Key", "ch-test-key").build())
                .parties(PARTIES).provider(PROVIDER).answerTimeout(answerTimeout).retries(2, Duration.ofMillis(50))
                .clock(clock).build();
    }
}
