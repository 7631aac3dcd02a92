package org.practicekit.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicekit.core.FieldProblem;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.ValidationException;
import org.practicekit.core.event.WorkflowEvent;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.intake.IntakeInquiry;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.scheduling.AvailabilityRules;
import org.practicekit.core.scheduling.BookingRequest;
import org.practicekit.core.spi.EligibilityChecker;
import org.practicekit.core.spi.EligibilityResult;
import org.practicekit.core.testsupport.SteppingClock;

class PracticeTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    // Monday Nov 30 2026, 07:30 in Chicago: before quiet hours end.
    private final SteppingClock clock = SteppingClock.at("2026-11-30T13:30:00Z");
    private final OutboxMessageChannel outbox = new OutboxMessageChannel(clock);
    private final Clinician dana = Clinician.builder().id("dr-whitfield").name("Dana", "Whitfield").credentials("LCSW")
            .npi("1234567893").zone(CHICAGO).build();

    private Practice practice() {
        return Practice.inMemory(clock).channel(outbox).name("Prairie Counseling").zone(CHICAGO).phone("(217) 555-0188")
                .portalUrl("https://portal.prairie.example/i/")
                .addClinician(dana, AvailabilityRules.builder(dana.id(), CHICAGO).telehealth("09:00", "17:00",
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                        .build())
                .build();
    }

    @Test
    void aPracticeMissingPartsNamesEveryOneAtOnceAndHasNoSilentInMemoryAuditLog() {
        assertThatThrownBy(() -> Practice.builder().portalUrl("http://portal.example/").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::path).containsExactly("name", "zone", "phone", "portalUrl", "intakeLinkSecret", "store",
                                "channel", "escalation", "audit", "ehr", "eligibility", "clinicians"));
    }

    @Test
    void everyEngineIsWiredToTheSamePortsAndEveryTextGoesThroughTheDeliveryPolicy() {
        Practice p = practice();
        p.intake().start(IntakeInquiry.builder().caseId("case-1").clientId(ClientId.of("c-1"))
                .name(PersonName.of("Jordan", "Ellery")).contact(ContactPoint.mobile("+12175550142")).build());
        // 07:30 in Chicago is inside quiet hours: the packet link waits for 08:00, it is not sent.
        assertThat(outbox.messages()).isEmpty();
        clock.set(Instant.parse("2026-11-30T14:00:00Z"));
        assertThat(p.due(clock.instant())).filteredOn(w -> w instanceof DueWork.Delivery).singleElement()
                .satisfies(w -> assertThat(w.summary()).isEqualTo("intake.packet sent"));
        assertThat(outbox.messages()).singleElement().satisfies(m -> assertThat(m.body())
                .startsWith("Prairie Counseling: Hi Jordan. ").endsWith("Reply STOP to opt out."));
        assertThat(p.audit().find(Instant.EPOCH, Instant.MAX)).extracting(e -> e.action())
                .contains("message.deferred-quiet-hours", "message.sent");
        assertThatThrownBy(p::billing).isInstanceOf(NonRetriableException.class).hasMessageContaining("billing is not set up");
    }

    @Test
    void dueRunsEveryEnginesWorkAndReturnsItAsOneTypedList() {
        Practice p = practice();
        clock.set(Instant.parse("2026-11-30T15:00:00Z"));
        Appointment a = p.appointments().book(BookingRequest.builder().clientId(ClientId.of("c-2"))
                .contact(ContactPoint.mobile("+12175550143")).clientZone(CHICAGO).clinicianId(dana.id())
                .start(LocalDate.of(2026, 12, 3).atTime(10, 0).atZone(CHICAGO).toInstant()).build());
        p.intake().start(IntakeInquiry.builder().caseId("case-2").clientId(ClientId.of("c-3"))
                .name(PersonName.of("Ana", "Ruiz")).contact(ContactPoint.mobile("+12175550144")).build());

        clock.set(a.slot().start().minus(Duration.ofHours(48)));
        List<DueWork> due = p.due(clock.instant());

        assertThat(due).filteredOn(w -> w instanceof DueWork.SchedulingStep s
                && s.event().type().equals("appointment.reminder-sent")).hasSize(1);
        assertThat(due).filteredOn(w -> w instanceof DueWork.IntakeStep s && s.action().type().equals("intake.reminder"))
                .hasSize(1);
        assertThat(due).allSatisfy(w -> assertThat(w.summary()).doesNotContain("Ruiz", "+1217"));
        assertThat(p.dueTasks()).extracting(DueTask::engine).containsExactly("intake", "scheduling", "follow-ups",
                "outreach", "eligibility");
        assertThat(p.due(clock.instant())).as("nothing twice").noneMatch(w -> w instanceof DueWork.SchedulingStep
                || w instanceof DueWork.IntakeStep);
    }

    /** An engine of a module outside core, with due work of its own. */
    static final class ExportQueue implements DueSource {
        final List<Instant> runs = new ArrayList<>();

        @Override
        public List<WorkflowEvent> due(Instant now) {
            runs.add(now);
            return List.of(new WorkflowEvent(now, "notes", "pn-1", "note.exported", "Signed note exported on retry."));
        }
    }

    @Test
    void anEngineFromAnotherModuleIsBuiltOnceAndItsDueWorkJoinsTheList() {
        Practice p = practice();
        ExportQueue first = p.engine(ExportQueue.class, x -> new ExportQueue());
        ExportQueue second = p.engine(ExportQueue.class, x -> new ExportQueue());
        assertThat(second).isSameAs(first);
        assertThat(p.due(clock.instant())).filteredOn(w -> w instanceof DueWork.Extension).singleElement()
                .satisfies(w -> assertThat(w.engine()).isEqualTo("notes"));
        assertThat(first.runs).hasSize(1);
    }

    @Test
    void coverageWatchedThroughThePracticeIsReCheckedBeforeTheSessionAndALapseReachesStaff() {
        // The payer answered "active" at intake; by the session the coverage has ended.
        EligibilityChecker payer = request -> EligibilityResult.builder().status(EligibilityResult.Status.INACTIVE)
                .coverageEnds(LocalDate.of(2026, 11, 30)).checkedAt(clock.instant()).build();
        StaffQueueEscalation staff = new StaffQueueEscalation();
        Practice p = Practice.inMemory(clock).channel(outbox).escalation(staff).eligibility(payer)
                .name("Prairie Counseling").zone(CHICAGO).phone("(217) 555-0188").portalUrl("https://portal.prairie.example/i/")
                .addClinician(dana, AvailabilityRules.builder(dana.id(), CHICAGO).telehealth("09:00", "17:00",
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                        .build())
                .build();
        Client ana = Client.builder().id("c-4").name("Ana", "Ruiz").birthDate(LocalDate.of(1990, 5, 17)).zone(CHICAGO)
                .addContact(ContactPoint.mobile("+12175550145")).build();
        Coverage lakeshore = Coverage.builder().payerName("Lakeshore Health Plan").payerId("LKS01")
                .payerKind(PayerKind.COMMERCIAL).memberId("LKS88120034").build();
        Appointment first = p.appointments().book(BookingRequest.builder().clientId(ana.id())
                .contact(ContactPoint.mobile("+12175550145")).clientZone(CHICAGO).clinicianId(dana.id())
                .start(LocalDate.of(2026, 12, 4).atTime(10, 0).atZone(CHICAGO).toInstant()).build());
        p.eligibilityWatch().watch(ana, lakeshore, Optional.of(EligibilityResult.builder()
                .status(EligibilityResult.Status.ACTIVE).checkedAt(clock.instant()).build()));
        p.eligibilityWatch().sessionBooked(first);

        clock.set(first.slot().start().minus(Duration.ofHours(47)));
        List<DueWork> due = p.due(clock.instant());

        assertThat(due).filteredOn(w -> w instanceof DueWork.CoverageCheck && !w.needsPerson())
                .extracting(DueWork::summary).singleElement().asString().startsWith("eligibility.rechecked");
        assertThat(due).filteredOn(w -> w instanceof DueWork.CoverageCheck && w.needsPerson()).singleElement().satisfies(w -> {
            assertThat(w.engine()).isEqualTo("eligibility");
            assertThat(w.summary()).startsWith("eligibility.coverage-lapsed").doesNotContain("Ruiz", "LKS88120034");
        });
        assertThat(staff.pending()).filteredOn(e -> e.category().equals("eligibility.coverage-lapsed")).hasSize(1);
    }
}
