package org.practicekit.testing.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.OptionalInt;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.PracticeKitException;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityRejection;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.VisitLimit;
import org.practicekit.testing.TestClock;

/**
 * The behaviour every clearinghouse {@link EligibilityChecker} must show, whatever the clearinghouse:
 * a 270 sent for the member asked about, the recorded 271 shapes ({@link Recorded271}) mapped to the
 * right result, answers cached per member and date (never a malformed one, never "ask again later"),
 * retriable failures (503 with Retry-After, dropped connections) retried with the same interchange,
 * authentication failures not retried, no answer within the time limit reported as retriable, and
 * errors that carry no PHI. Every test ends within a bounded time.
 *
 * <p>Extend it in a test and build the adapter for the MockWebServer endpoint the suite starts (on
 * loopback) with {@link RecordedClearinghouse} behind it. A fresh server per test.
 */
@Timeout(30)
public abstract class ClearinghouseContract {
    /** The member id planted to check that it never shows up in an exception message. */
    protected static final String MEMBER_ID = "LKS88120034";
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final LocalDate SESSION = LocalDate.of(2026, 11, 5);

    private MockWebServer server;
    /** The stand-in behind the server; script it in a test of your own. */
    protected RecordedClearinghouse clearinghouse;
    /** The clock the adapter is built with. */
    protected final TestClock clock = TestClock.at("2026-11-02T15:00:00Z");

    /**
     * An adapter that POSTs 270s to {@code endpoint}, waits at most {@code answerTimeout} for an
     * answer, caches per member and date, and reads the time from {@code clock}.
     */
    protected abstract EligibilityChecker newChecker(URI endpoint, Duration answerTimeout, Clock clock);

    @BeforeEach
    void startClearinghouse() throws IOException {
        clearinghouse = new RecordedClearinghouse();
        server = new MockWebServer();
        server.setDispatcher(clearinghouse);
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stopClearinghouse() throws IOException {
        server.shutdown();
    }

    private EligibilityChecker checker() {
        return newChecker(server.url("/x12/realtime").uri(), Duration.ofSeconds(5), clock);
    }

    /** Ana Ruiz, the subscriber, asking about a session on 2026-11-05. */
    protected static EligibilityRequest request(String memberId) {
        Client ana = Client.builder().id("c-1042").name("Ana", "Ruiz").birthDate(LocalDate.of(1990, 5, 17)).zone(ZONE).build();
        Coverage lakeshore = Coverage.builder().payerName("Lakeshore Health Plan").payerId("LKS01")
                .payerKind(PayerKind.COMMERCIAL).memberId(memberId).build();
        return EligibilityRequest.builder().client(ana).coverage(lakeshore).serviceDate(SESSION).build();
    }

    private EligibilityResult answered(Recorded271 shape) {
        clearinghouse.answer(MEMBER_ID, shape);
        return checker().check(request(MEMBER_ID));
    }

    @Test
    void sendsOne270AboutTheMemberAskedAbout() {
        checker().check(request(MEMBER_ID));
        assertThat(clearinghouse.inquiries()).singleElement().satisfies(x12 -> assertThat(x12)
                .startsWith("ISA").contains("270", "005010X279A1", MEMBER_ID, "20261105"));
    }

    @Test
    void activeCoverageWithMentalHealthCopayCoinsuranceAndDeductible() {
        EligibilityResult r = answered(Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE);
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(r.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.COVERED);
        assertThat(r.copay()).hasValue(Money.usd("30.00"));
        assertThat(r.inNetwork().coinsurancePercent()).hasValue(new BigDecimal("20"));
        assertThat(r.inNetwork().deductible()).hasValue(Money.usd("500.00"));
        assertThat(r.deductibleRemaining()).hasValue(Money.usd("125.50"));
        assertThat(r.outOfNetwork().copay()).hasValue(Money.usd("75.00"));
        assertThat(r.outOfNetwork().coinsurancePercent()).hasValue(new BigDecimal("40"));
        assertThat(r.priorAuthorizationRequired()).isFalse();
        assertThat(r.payerReference()).isNotEmpty();
        assertThat(r.needsStaffReview()).isFalse();
        assertThat(r.checkedAt()).isEqualTo(clock.instant());
    }

    @Test
    void inactiveCoverageNeedsStaff() {
        EligibilityResult r = answered(Recorded271.INACTIVE);
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.INACTIVE);
        assertThat(r.coverageEnds()).hasValue(LocalDate.of(2026, 9, 30));
        assertThat(r.needsStaffReview()).isTrue();
    }

    @Test
    void aDependentsAnswerComesFromTheDependentsLoop() {
        clearinghouse.answer("LKS55102266", Recorded271.DEPENDENT);
        EligibilityResult r = checker().check(dependentRequest());
        assertThat(clearinghouse.inquiries()).singleElement().satisfies(x12 -> assertThat(x12)
                .containsIgnoringCase("Leo").contains("20110220"));
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(r.mentalHealthBenefit()).isEqualTo(EligibilityResult.MentalHealthBenefit.COVERED);
        assertThat(r.copay()).hasValue(Money.usd("20.00"));
        assertThat(r.inNetwork().coinsurancePercent()).hasValue(new BigDecimal("10"));
    }

    @Test
    void visitLimitsWithVisitsLeftAndALimitReached() {
        assertThat(answered(Recorded271.VISIT_LIMIT).visitLimit()).hasValue(new VisitLimit(12, OptionalInt.of(30)));
        clearinghouse.answer("LKS10000003", Recorded271.VISIT_LIMIT_REACHED);
        EligibilityResult full = checker().check(request("LKS10000003"));
        assertThat(full.visitLimit()).hasValueSatisfying(v -> assertThat(v.exhausted()).isTrue());
        assertThat(full.needsStaffReview()).isTrue();
    }

    @Test
    void priorAuthorizationRequired() {
        EligibilityResult r = answered(Recorded271.PRIOR_AUTH_REQUIRED);
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(r.priorAuthorizationRequired()).isTrue();
        assertThat(r.copay()).hasValue(Money.usd("40.00"));
    }

    @Test
    void aMemberIdThePayerRejectsGoesToAPersonToCorrect() {
        EligibilityResult r = answered(Recorded271.AAA_72_INVALID_MEMBER_ID);
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.UNKNOWN);
        assertThat(r.rejection()).hasValueSatisfying(j -> {
            assertThat(j.code()).isEqualTo("72");
            assertThat(j.followUp()).isEqualTo(EligibilityRejection.FollowUp.CORRECT_CLIENT_DATA);
        });
        assertThat(r.needsStaffReview()).isTrue();
        assertThat(r.note()).contains("member id");
    }

    @Test
    void aSubscriberThePayerCannotFindGoesToAPersonToCorrect() {
        EligibilityResult r = answered(Recorded271.AAA_75_SUBSCRIBER_NOT_FOUND);
        assertThat(r.rejection()).hasValueSatisfying(j -> {
            assertThat(j.code()).isEqualTo("75");
            assertThat(j.followUp()).isEqualTo(EligibilityRejection.FollowUp.CORRECT_CLIENT_DATA);
        });
    }

    @Test
    void aPayerUnableToRespondIsUnknownUntilAskedAgainAndNotCached() {
        EligibilityChecker checker = checker();
        clearinghouse.answer(MEMBER_ID, Recorded271.AAA_42_UNABLE_TO_RESPOND);
        EligibilityResult r = checker.check(request(MEMBER_ID));
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.UNKNOWN);
        assertThat(r.retryLater()).isTrue();

        clearinghouse.answer(MEMBER_ID, Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE);
        assertThat(checker.check(request(MEMBER_ID)).status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(clearinghouse.inquiries()).hasSize(2);
    }

    @Test
    void answersAreCachedPerMemberAndDate() {
        EligibilityChecker checker = checker();
        EligibilityResult first = checker.check(request(MEMBER_ID));
        EligibilityResult again = checker.check(request(MEMBER_ID));
        assertThat(again).isEqualTo(first);
        assertThat(clearinghouse.inquiries()).hasSize(1);

        checker.check(request(MEMBER_ID).toBuilder().serviceDate(SESSION.plusDays(7)).build());
        checker.check(request("LKS10000009"));
        assertThat(clearinghouse.inquiries()).hasSize(3);
    }

    @Test
    void aBusyClearinghouseIsAskedAgainWithTheSameInterchange() {
        clearinghouse.enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1"));
        EligibilityResult r = checker().check(request(MEMBER_ID));
        assertThat(r.status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(clearinghouse.inquiries()).hasSize(2);
        assertThat(clearinghouse.inquiries().get(1)).as("a retry sends the same 270, never a new one")
                .isEqualTo(clearinghouse.inquiries().get(0));
    }

    @Test
    void aDroppedConnectionIsRetried() {
        clearinghouse.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        assertThat(checker().check(request(MEMBER_ID)).status()).isEqualTo(EligibilityResult.Status.ACTIVE);
    }

    @Test
    void aServerThatKeepsFailingIsRetriableAndRetriedOnlyAFewTimes() {
        for (int i = 0; i < 6; i++) {
            clearinghouse.enqueue(new MockResponse().setResponseCode(500));
        }
        RetriableException e = catchThrowableOfType(() -> checker().check(request(MEMBER_ID)), RetriableException.class);
        assertThat(e).isNotNull();
        assertThat(clearinghouse.inquiries().size()).isBetween(1, 4);
    }

    @Test
    void anAuthenticationFailureIsNotRetried() {
        clearinghouse.enqueue(new MockResponse().setResponseCode(401));
        NonRetriableException e = catchThrowableOfType(() -> checker().check(request(MEMBER_ID)),
                NonRetriableException.class);
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("401");
        assertThat(clearinghouse.inquiries()).hasSize(1);
    }

    @Test
    void noAnswerWithinTheTimeLimitIsRetriableLater() {
        for (int i = 0; i < 4; i++) {
            clearinghouse.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        EligibilityChecker quick = newChecker(server.url("/x12/realtime").uri(), Duration.ofSeconds(1), clock);
        long started = System.nanoTime();
        RetriableException e = catchThrowableOfType(() -> quick.check(request(MEMBER_ID)), RetriableException.class);
        assertThat(e).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aMalformed271IsAValidationExceptionAndNothingIsCached() {
        EligibilityChecker checker = checker();
        clearinghouse.answer(MEMBER_ID, Recorded271.MALFORMED_CONTROL_COUNT);
        ValidationException e = catchThrowableOfType(() -> checker.check(request(MEMBER_ID)), ValidationException.class);
        assertThat(e).isNotNull();
        assertThat(e.problems()).isNotEmpty();

        clearinghouse.answer(MEMBER_ID, Recorded271.ACTIVE_MH_COPAY_COINSURANCE_DEDUCTIBLE);
        assertThat(checker.check(request(MEMBER_ID)).status()).isEqualTo(EligibilityResult.Status.ACTIVE);
        assertThat(clearinghouse.inquiries()).hasSize(2);
    }

    @Test
    void errorsNameNeitherTheMemberNorTheClient() {
        clearinghouse.enqueue(new MockResponse().setResponseCode(400));
        clearinghouse.answer(MEMBER_ID, Recorded271.MALFORMED_CONTROL_COUNT);
        EligibilityChecker checker = checker();
        for (int i = 0; i < 2; i++) {
            PracticeKitException e = catchThrowableOfType(() -> checker.check(request(MEMBER_ID)),
                    PracticeKitException.class);
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).doesNotContain(MEMBER_ID, "Ruiz", "RUIZ", "19900517", "1990-05-17");
        }
    }

    /** Leo Ruiz, 15, on his mother Marta's plan. */
    protected static EligibilityRequest dependentRequest() {
        Client leo = Client.builder().id("c-2077").name("Leo", "Ruiz").birthDate(LocalDate.of(2011, 2, 20)).zone(ZONE).build();
        Coverage family = Coverage.builder().payerName("Lakeshore Health Plan").payerId("LKS01")
                .payerKind(PayerKind.COMMERCIAL).memberId("LKS55102266")
                .subscriber(PersonName.of("Marta", "Ruiz"), Coverage.Relationship.CHILD).build();
        return EligibilityRequest.builder().client(leo).coverage(family).serviceDate(SESSION).build();
    }
}
