package org.practicekit.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practicekit.core.RetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityRejection;
import org.practicekit.core.spi.EligibilityRequest;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.HumanEscalation;
import org.practicekit.core.spi.VisitLimit;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.core.testsupport.SteppingClock;

class EligibilityWatchTest {
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final Instant MONDAY = Instant.parse("2026-11-02T15:00:00Z");
    private static final Client ANA = Client.builder().id("c-1042").name("Ana", "Ruiz").birthDate(LocalDate.of(1990, 5, 17))
            .zone(ZONE).build();
    private static final Coverage LAKESHORE = Coverage.builder().payerName("Lakeshore Health Plan").payerId("LKS01")
            .payerKind(PayerKind.COMMERCIAL).memberId("LKS88120034").build();

    private final SteppingClock clock = new SteppingClock(MONDAY);
    private final StaffQueueEscalation staff = new StaffQueueEscalation();
    private final Payer payer = new Payer();
    private final InMemoryWorkflowStore store = new InMemoryWorkflowStore(clock);

    /** Answers from a queue (then the last answer again), recording each request. */
    private final class Payer implements EligibilityChecker {
        final Deque<Function<Instant, EligibilityResult>> answers = new ArrayDeque<>();
        final List<EligibilityRequest> requests = new ArrayList<>();
        Function<Instant, EligibilityResult> last = Payer::active;

        static EligibilityResult active(Instant at) {
            return EligibilityResult.builder().status(EligibilityResult.Status.ACTIVE)
                    .mentalHealthBenefit(EligibilityResult.MentalHealthBenefit.COVERED).copay(Money.usd("30.00"))
                    .checkedAt(at).build();
        }

        Payer then(Function<Instant, EligibilityResult> answer) {
            answers.add(answer);
            return this;
        }

        @Override
        public EligibilityResult check(EligibilityRequest request) {
            requests.add(request);
            if (!answers.isEmpty()) {
                last = answers.poll();
            }
            return last.apply(clock.instant());
        }
    }

    private EligibilityWatch watch(HumanEscalation escalation) {
        return EligibilityWatch.builder().store(store).eligibility(payer).escalation(escalation).clock(clock).zone(ZONE)
                .build();
    }

    private static Appointment session(String id, Instant start) {
        return Appointment.builder().id(AppointmentId.of(id)).clientId(ANA.id()).clinicianId(ClinicianId.of("dr-whitfield"))
                .serviceType(ServiceType.INDIVIDUAL).slot(TimeSlot.of(start, Duration.ofMinutes(53)))
                .modality(Modality.TELEHEALTH_VIDEO).build();
    }

    private EligibilityWatch watchedAfterIntake(Instant firstSession) {
        EligibilityWatch w = watch(staff);
        w.watch(ANA, LAKESHORE, Optional.of(Payer.active(clock.instant())));
        w.sessionBooked(session("a-1", firstSession));
        return w;
    }

    private List<EligibilityEntry> dueAt(EligibilityWatch w, Instant at) {
        clock.set(at);
        return w.due(at).stream().map(a -> new EligibilityEntry(a.code(), a.key())).toList();
    }

    private record EligibilityEntry(String code, String key) {
    }

    @Test
    void checksAgainFortyEightHoursBeforeTheFirstSessionAndNotBefore() {
        Instant first = MONDAY.plus(Duration.ofDays(5));
        EligibilityWatch w = watchedAfterIntake(first);

        assertThat(dueAt(w, MONDAY.plus(Duration.ofDays(2)))).isEmpty();
        assertThat(payer.requests).isEmpty();
        assertThat(w.find(ANA.id()).orElseThrow().nextCheck()).isEqualTo(first.minus(Duration.ofHours(48)));

        assertThat(dueAt(w, first.minus(Duration.ofHours(48)))).extracting(EligibilityEntry::code)
                .containsExactly("eligibility.rechecked");
        assertThat(payer.requests).singleElement().satisfies(r -> {
            assertThat(r.serviceDate()).isEqualTo(LocalDate.ofInstant(first, ZONE));
            assertThat(r.coverage()).isEqualTo(LAKESHORE);
        });
        assertThat(staff.pending()).as("an active answer needs nobody").isEmpty();
        assertThat(dueAt(w, first.minus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void lapsedCoverageBecomesOneSameDayStaffItemBeforeTheSession() {
        Instant first = MONDAY.plus(Duration.ofDays(5));
        EligibilityWatch w = watchedAfterIntake(first);
        payer.then(at -> EligibilityResult.builder().status(EligibilityResult.Status.INACTIVE)
                .coverageEnds(LocalDate.of(2026, 10, 31)).checkedAt(at).build());

        dueAt(w, first.minus(Duration.ofHours(47)));

        assertThat(staff.pending()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("eligibility.coverage-lapsed");
            assertThat(e.urgency()).isEqualTo(Escalation.Urgency.SAME_DAY);
            assertThat(e.summary()).contains("Lakeshore Health Plan", "ended 2026-10-31", "Before the session on Saturday",
                    "self-pay", "CO-26");
        });
        // Still lapsed at the next session's check: staff already know, nothing new is raised.
        w.sessionBooked(session("a-2", first.plus(Duration.ofDays(14))));
        dueAt(w, first.plus(Duration.ofDays(12)));
        assertThat(payer.requests).hasSize(2);
        assertThat(staff.pending()).hasSize(1);
    }

    @Test
    void aUsedUpVisitLimitAndANewPriorAuthorizationRequirementReachStaff() {
        EligibilityWatch w = watchedAfterIntake(MONDAY.plus(Duration.ofDays(20)));
        payer.then(at -> Payer.active(at).toBuilder().visitLimit(VisitLimit.of(20, 20)).priorAuthorizationRequired(true)
                .build());

        dueAt(w, MONDAY.plus(Duration.ofDays(18)));

        assertThat(staff.pending()).extracting(Escalation::category)
                .containsExactly("eligibility.visit-limit-reached", "eligibility.prior-authorization-required");
        assertThat(staff.pending().get(0).summary()).contains("0 visits left of 20", "CO-119");
        assertThat(staff.pending().get(1).summary()).contains("request an authorization", "CO-197");
    }

    @Test
    void aPriorAuthorizationStaffAlreadyKnewOfFromIntakeIsNotRaisedAgain() {
        EligibilityWatch w = watch(staff);
        w.watch(ANA, LAKESHORE, Optional.of(Payer.active(clock.instant()).toBuilder().priorAuthorizationRequired(true).build()));
        w.sessionBooked(session("a-1", MONDAY.plus(Duration.ofDays(5))));
        payer.then(at -> Payer.active(at).toBuilder().priorAuthorizationRequired(true).build());

        dueAt(w, MONDAY.plus(Duration.ofDays(4)));

        assertThat(payer.requests).hasSize(1);
        assertThat(staff.pending()).isEmpty();
        assertThat(w.find(ANA.id()).orElseThrow().openProblems()).containsExactly("prior-authorization-required");
    }

    @Test
    void withoutSessionsTheCoverageIsCheckedAtTheInterval() {
        EligibilityWatch w = watch(staff);
        w.watch(ANA, LAKESHORE, Optional.of(Payer.active(MONDAY)));

        assertThat(dueAt(w, MONDAY.plus(Duration.ofDays(29)))).isEmpty();
        assertThat(dueAt(w, MONDAY.plus(Duration.ofDays(30)))).hasSize(1);
        assertThat(w.find(ANA.id()).orElseThrow().nextCheck()).isEqualTo(MONDAY.plus(Duration.ofDays(60)));
    }

    @Test
    void laterSessionsAreCheckedOnlyWhenTheAnswerIsOlderThanAWeek() {
        Instant first = MONDAY.plus(Duration.ofDays(5));
        EligibilityWatch w = watchedAfterIntake(first);
        w.sessionBooked(session("a-2", first.plus(Duration.ofDays(3))));
        w.sessionBooked(session("a-3", first.plus(Duration.ofDays(17))));

        dueAt(w, first.minus(Duration.ofHours(48)));
        dueAt(w, first.plus(Duration.ofDays(1)));
        assertThat(payer.requests).as("the answer before a-2 is three days old").hasSize(1);

        dueAt(w, first.plus(Duration.ofDays(15)));
        assertThat(payer.requests).as("the answer before a-3 is over a week old").hasSize(2);
    }

    @Test
    void aPayerThatCannotAnswerIsAskedAgainLaterAndStaffHearOnlyCloseToTheSession() {
        Instant first = MONDAY.plus(Duration.ofDays(5));
        EligibilityWatch w = watchedAfterIntake(first);
        Function<Instant, EligibilityResult> busy = at -> EligibilityResult.builder()
                .status(EligibilityResult.Status.UNKNOWN).rejection(new EligibilityRejection("42",
                        "unable to respond at current time", EligibilityRejection.FollowUp.RETRY_LATER)).checkedAt(at).build();
        payer.then(busy);
        Instant checkpoint = first.minus(Duration.ofHours(48));

        assertThat(dueAt(w, checkpoint)).extracting(EligibilityEntry::code).containsExactly("eligibility.deferred");
        assertThat(w.find(ANA.id()).orElseThrow().nextCheck()).isEqualTo(checkpoint.plus(Duration.ofHours(1)));
        assertThat(staff.pending()).isEmpty();

        dueAt(w, first.minus(Duration.ofHours(20)));
        assertThat(staff.pending()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("eligibility.coverage-unverified");
            assertThat(e.summary()).contains("could not be verified", "2 tries");
        });
        payer.then(Payer::active);
        dueAt(w, first.minus(Duration.ofHours(17)));
        assertThat(w.find(ANA.id()).orElseThrow().openProblems()).isEmpty();
        assertThat(staff.pending()).hasSize(1);
    }

    @Test
    void aTimeoutIsRetriedAfterTheServersRetryAfter() {
        EligibilityWatch w = watch(staff);
        w.watch(ANA, LAKESHORE, Optional.empty());
        EligibilityChecker down = request -> {
            throw new RetriableException("no answer within 20 s", "clearinghouse", "eligibility", null, Duration.ofHours(3));
        };
        EligibilityWatch timingOut = EligibilityWatch.builder().store(store).eligibility(down).escalation(staff)
                .clock(clock).zone(ZONE).build();

        assertThat(timingOut.due(MONDAY)).extracting(a -> a.code()).containsExactly("eligibility.deferred");
        assertThat(w.find(ANA.id()).orElseThrow().nextCheck()).isEqualTo(MONDAY.plus(Duration.ofHours(3)));
        assertThat(w.find(ANA.id()).orElseThrow().lastAnswer()).isEmpty();
    }

    @Test
    void aStaffItemThePagerCouldNotTakeStaysOwedAndIsHandedOverOnce() {
        List<Escalation> handed = new ArrayList<>();
        boolean[] down = {true};
        HumanEscalation pager = e -> {
            if (down[0]) {
                throw new RetriableException("pager down", "pager", "escalate", null);
            }
            handed.add(e);
        };
        EligibilityWatch w = watch(pager);
        w.watch(ANA, LAKESHORE, Optional.of(Payer.active(MONDAY)));
        payer.then(at -> EligibilityResult.builder().status(EligibilityResult.Status.INACTIVE).checkedAt(at).build());

        clock.set(MONDAY.plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> w.due(clock.instant())).isInstanceOf(RetriableException.class);
        down[0] = false;
        w.due(clock.instant());
        w.due(clock.instant());

        assertThat(handed).singleElement().satisfies(e -> assertThat(e.idempotencyKey())
                .isEqualTo("eligibility/c-1042/coverage-lapsed/1"));
        assertThat(payer.requests).as("the answer was stored before the pager failed").hasSize(1);
    }

    @Test
    void aNewCoverageStartsOverAndSessionsNeedAWatchedClient() {
        EligibilityWatch w = watch(staff);
        assertThatThrownBy(() -> w.sessionBooked(session("a-1", MONDAY.plus(Duration.ofDays(3)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("watch(client, coverage, lastAnswer)");
        w.watch(ANA, LAKESHORE, Optional.of(Payer.active(MONDAY)));
        assertThat(w.find(ANA.id()).orElseThrow().lastAnswer()).isPresent();

        Coverage newPlan = LAKESHORE.toBuilder().payerName("Prairie Mutual").payerId("PRM02").memberId("PRM5531").build();
        WatchedCoverage now = w.watch(ANA, newPlan, Optional.empty());

        assertThat(now.payerName()).isEqualTo("Prairie Mutual");
        assertThat(now.lastAnswer()).isEmpty();
        assertThat(now.nextCheck()).isEqualTo(MONDAY);
        assertThat(w.stop(ClientId.of("c-1042"))).isTrue();
        assertThat(w.find(ANA.id())).isEmpty();
    }
}
