package org.practicekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.billing.BillingOffice;
import org.practicekit.core.billing.claim.BillingProvider;
import org.practicekit.core.billing.claim.Claim;
import org.practicekit.core.billing.claim.ClaimStatus;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.inmemory.OutboxMessageChannel;
import org.practicekit.core.inmemory.StaffQueueEscalation;
import org.practicekit.core.intake.ConsentDocument;
import org.practicekit.core.intake.ConsentSignature;
import org.practicekit.core.intake.InsuranceField;
import org.practicekit.core.intake.IntakeCase;
import org.practicekit.core.intake.IntakeFields;
import org.practicekit.core.intake.IntakeInquiry;
import org.practicekit.core.intake.IntakeStatus;
import org.practicekit.core.intake.IntakeSubmission;
import org.practicekit.core.messaging.ClientMessage;
import org.practicekit.core.messaging.TriageOutcome;
import org.practicekit.core.messaging.outreach.DeliveryPolicy;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Clinician;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.Money;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.practice.DueWork;
import org.practicekit.core.practice.Practice;
import org.practicekit.core.scheduling.AvailabilityRules;
import org.practicekit.core.scheduling.BookingRequest;
import org.practicekit.core.scheduling.RescheduleOffer;
import org.practicekit.core.scheduling.SlotRequest;
import org.practicekit.core.scheduling.WaitlistEntry;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.Escalation;
import org.practicekit.core.spi.OutboundMessage;
import org.practicekit.core.store.InMemoryWorkflowStore;
import org.practicekit.notes.ClinicalRiskAssessment;
import org.practicekit.notes.InterventionType;
import org.practicekit.notes.NoteFormat;
import org.practicekit.notes.OfflineNoteDrafter;
import org.practicekit.notes.ProgressRating;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.lifecycle.NoteBook;
import org.practicekit.notes.lifecycle.ProgressNote;
import org.practicekit.testing.ScriptedEligibilityChecker;
import org.practicekit.testing.TestClock;
import org.practicekit.x12.InterchangeParties;
import org.practicekit.x12.X12ClaimFiles;

/**
 * A whole practice wired through {@link Practice} alone, run for a week with the host's scheduler calling
 * {@code practice.due(now)} every half hour: a new client's intake to a confirmed first appointment in the
 * EHR, a cancellation by text refilled by a "YES", a reschedule by "2", a signed note turned into a claim
 * and an 837P, the remittance posted, a crisis message escalated, and the owner's headline figures counted
 * from the audit log.
 */
class PracticeWeekTest {
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final TestClock clock = TestClock.at(at(MONDAY, "08:00"));
    private final OutboxMessageChannel smsGateway = new OutboxMessageChannel(clock);
    private final StaffQueueEscalation onCall = new StaffQueueEscalation();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryEhr ehr = new InMemoryEhr();
    private final Clinician dana = Clinician.builder().id("dr-whitfield").name("Dana", "Whitfield").credentials("LCSW")
            .npi("1234567893").zone(CHICAGO).addPayerPanel("60054").build();
    private final Practice practice = Practice.builder().name("Prairie Counseling").zone(CHICAGO).phone("(217) 555-0188")
            .portalUrl("https://portal.prairie.example/i/").intakeLinkSecret("prairie-counseling-week-link-secret-for-tests".getBytes(java.nio.charset.StandardCharsets.UTF_8)).clock(clock)
            .store(new InMemoryWorkflowStore(clock)).channel(smsGateway).escalation(onCall)
            .audit(audit).ehr(ehr).eligibility(new ScriptedEligibilityChecker(clock))
            .addClinician(dana, AvailabilityRules.builder(dana.id(), CHICAGO).telehealth("09:00", "17:00",
                    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                    .build())
            .billing(new X12ClaimFiles(new InterchangeParties("PRAIRIECOUNSEL", "CLEARHOUSE01", "Prairie Counseling LLC",
                    "PC0042", "Billing Office", "2175550188", "Prairie Clearinghouse", false),
                    new BillingProvider("Prairie Counseling LLC", "1588667638", "371234567", "101YP2500X",
                            Address.us("1 Main Street", "Springfield", "IL", "62701"))),
                    Map.of("90837", Money.usd("180.00"), "90791", Money.usd("200.00")))
            .build();
    private final List<DueWork> done = new ArrayList<>();
    private Instant lastDue = clock.instant();
    private int texts;

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(CHICAGO).toInstant();
    }

    /** Moves the week to {@code t}, with the host's scheduler calling due(now) every half hour on the way. */
    private void until(Instant t) {
        for (Instant next = lastDue.plus(Duration.ofMinutes(30)); !next.isAfter(t); next = next.plus(Duration.ofMinutes(30))) {
            clock.set(next);
            done.addAll(practice.due(next));
            lastDue = next;
        }
        clock.set(t);
    }

    private TriageOutcome text(String client, String phone, String body) {
        return practice.messages().receive(ClientMessage.builder().id("sms-" + (++texts)).clientId(ClientId.of(client))
                .text(body).receivedAt(clock.instant()).from(ContactPoint.mobile(phone)).build());
    }

    private void existingClient(String id, String given, String phone, Coverage coverage) {
        Client c = Client.builder().id(id).name(given, "Example").birthDate(LocalDate.of(1988, 4, 12))
                .address(Address.us("48 Elm Court", "Springfield", "IL", "62704")).addContact(ContactPoint.mobile(phone))
                .zone(CHICAGO).build();
        EhrIntake.Builder b = EhrIntake.builder().idempotencyKey("earlier/" + id).questionnaireId("intake").client(c)
                .submittedAt(clock.instant());
        if (coverage != null) {
            b.coverage(coverage);
        }
        ehr.routeIntake(b.build());
    }

    @Test
    void aWholePracticeRunsAWeekThroughPracticeAloneAndTheOwnersFiguresComeFromTheAuditLog() {
        Coverage aetna = Coverage.builder().payerName("Aetna").payerId("60054").payerKind(PayerKind.COMMERCIAL)
                .memberId("W1234567").build();
        existingClient("taylor", "Taylor", "+12175551001", null);
        existingClient("priya", "Priya", "+12175551003", aetna);
        existingClient("sam", "Sam", "+12175551002", null);

        // Monday 09:00: a new client calls; the front desk agrees Thursday 09:00 with Dana.
        until(at(MONDAY, "09:00"));
        Instant thursdayNine = at(MONDAY.plusDays(3), "09:00");
        practice.intake().start(IntakeInquiry.builder().caseId("intake-1").clientId(ClientId.of("jordan"))
                .name(PersonName.of("Jordan", "Ellery")).contact(ContactPoint.mobile("+12175550142"))
                .clinicianId(dana.id()).firstAppointment(thursdayNine).build());
        // Monday 09:00 also: Taylor's and Sam's sessions are on the book; Priya waits for a time.
        Appointment taylor = practice.appointments().book(booking("taylor", "+12175551001", at(MONDAY.plusDays(2), "10:00")));
        Appointment sam = practice.appointments().book(booking("sam", "+12175551002", at(MONDAY.plusDays(2), "14:00")));
        practice.waitlist().add(WaitlistEntry.builder("wl-priya", SlotRequest.builder(ClientId.of("priya")).zone(CHICAGO)
                .payer("60054", PayerKind.COMMERCIAL).build(), ContactPoint.mobile("+12175551003")).preferredName("Priya")
                .build());

        // Monday 11:00: Jordan sends complete forms: insured and eligible, no risk.
        until(at(MONDAY, "11:00"));
        IntakeCase jordan = practice.intake().submit("intake-1", completeIntake());
        assertThat(jordan.status()).isEqualTo(IntakeStatus.COMPLETE);
        assertThat(ehr.findClient(ClientId.of("jordan"))).isPresent();
        Appointment first = ehr.appointments(thursdayNine, thursdayNine.plusSeconds(60)).get(0);
        assertThat(first.clientId().value()).isEqualTo("jordan");
        assertThat(first.status()).as("the first appointment is in the EHR, confirmed").isEqualTo(AppointmentStatus.CONFIRMED);

        // Tuesday 09:00: Taylor cancels by text; the freed hour goes to Priya, who takes it with "YES".
        until(at(MONDAY.plusDays(1), "09:00"));
        assertThat(text("taylor", "+12175551001", "X").reply()).hasValueSatisfying(r -> assertThat(r.action())
                .isEqualTo("cancelled"));
        assertThat(smsGateway.messages()).last().satisfies(m -> assertThat(m.body()).contains("A time opened for you"));
        until(at(MONDAY.plusDays(1), "09:40"));
        TriageOutcome yes = text("priya", "+12175551003", "YES");
        assertThat(yes.reply()).hasValueSatisfying(r -> assertThat(r.action()).isEqualTo("accepted"));
        assertThat(yes.keyword()).as("YES to an open offer is not an opt-in").isEmpty();
        Appointment priya = practice.appointments().appointments(dana.id(), MONDAY.plusDays(2), MONDAY.plusDays(2)).stream()
                .filter(a -> a.clientId().value().equals("priya")).findFirst().orElseThrow();
        assertThat(priya.slot()).isEqualTo(taylor.slot());
        assertThat(ehr.appointments(taylor.slot().start(), taylor.slot().end())).extracting(a -> a.clientId().value())
                .containsExactlyInAnyOrder("taylor", "priya");

        // Tuesday 10:00: Sam asks to move; three times are held and Sam answers "2".
        until(at(MONDAY.plusDays(1), "10:00"));
        RescheduleOffer options = practice.appointments().offerReschedule(sam.id(),
                SlotRequest.builder(ClientId.of("sam")).zone(CHICAGO).build());
        until(at(MONDAY.plusDays(1), "10:30"));
        assertThat(text("sam", "+12175551002", "2").reply()).hasValueSatisfying(r -> assertThat(r.action())
                .isEqualTo("picked-option-2"));
        assertThat(practice.appointments().appointment(sam.id()).orElseThrow().slot().start())
                .isEqualTo(options.options().get(1).time().start());

        // Wednesday 11:00: Dana documents Priya's 10:00 session; drafted, reviewed and signed in one step.
        until(at(MONDAY.plusDays(2), "11:00"));
        NoteBook notes = NoteBook.of(practice);
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(practice.clock()).audit(practice.audit()).build();
        ProgressNote note = notes.open(drafter.draft(priyaSession(), NoteFormat.SOAP));
        List<String> codes = notes.attachCptSuggestion(note.id()).cptSuggestion().orElseThrow().codes();
        notes.sign(note.id(), dana, codes);
        BillingOffice billing = practice.billing();
        Claim claim = billing.claimFor(notes.billableSession(note.id()));
        assertThat(billing.claimFor(notes.billableSession(note.id()))).as("a retry finds the same claim").isEqualTo(claim);

        // Wednesday 17:00: the day's claims go out as one 837P.
        until(at(MONDAY.plusDays(2), "17:00"));
        BillingOffice.ClaimBatch batch = billing.submitDrafts(501).orElseThrow();
        assertThat(batch.claimIds()).containsExactly(claim.id());
        assertThat(batch.x12()).contains("ST*837*0001*005010X222A1~", "CLM*" + claim.id() + "*180***10:B:1",
                "SV1*HC:90837:95*180*UN*1", "NM1*82*1*WHITFIELD*DANA****XX*1234567893~");

        // Thursday 20:00: a client's message shows crisis language: a person is told at once, in quiet hours too.
        until(at(MONDAY.plusDays(3), "20:00"));
        TriageOutcome crisis = text("sam", "+12175551002", "I want to end my life tonight. I have the pills ready.");
        assertThat(crisis.escalated()).isTrue();
        assertThat(crisis.crisisReplySent()).isTrue();
        assertThat(onCall.pending()).anySatisfy(e -> {
            assertThat(e.category()).isEqualTo("risk.message");
            assertThat(e.urgency()).isEqualTo(Escalation.Urgency.IMMEDIATE);
        });

        // Friday 10:00: Aetna's remittance pays the claim.
        until(at(MONDAY.plusDays(4), "10:00"));
        billing.post(BillingChapter.remittance("AETNA", "60054", "AE20261204", claim, "180", "", ""));
        assertThat(billing.claims().claim(claim.id()).orElseThrow().status()).isEqualTo(ClaimStatus.PAID);
        until(at(MONDAY.plusDays(4), "17:00"));

        // The host's one scheduler hook did the week's later work: reminders, and the intake packet held until 08:00.
        assertThat(done).anySatisfy(w -> assertThat(w).isInstanceOf(DueWork.SchedulingStep.class));
        assertThat(done).filteredOn(w -> w instanceof DueWork.SchedulingStep s
                && s.event().type().equals("appointment.reminder-sent")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(done).noneMatch(w -> w instanceof DueWork.Delivery d && d.needsPerson());

        // Every text named the practice and said how to opt out (the crisis-resources reply answers the
        // client's own message and is sent even after an opt-out).
        for (OutboundMessage m : smsGateway.messages()) {
            assertThat(m.body()).startsWith("Prairie Counseling: ");
            if (!m.purpose().equals(DeliveryPolicy.CRISIS_RESOURCES)) {
                assertThat(m.body()).endsWith("Reply STOP to opt out.");
            }
        }

        OwnerSummary owner = OwnerSummary.of(audit.all());
        assertThat(owner.newClients()).containsExactly("jordan");
        assertThat(owner.staffActionsPerNewClient()).as("a complete, eligible, no-risk intake needs nobody").isZero();
        assertThat(owner.sessions()).isEqualTo(1);
        assertThat(owner.staffActionsPerSession()).as("review and sign").isEqualTo(1.0);
        assertThat(owner.needsPerson()).extracting(OwnerSummary.NeedsPerson::category).containsExactly("risk.message");
        assertThat(owner.slotsRefilled()).isEqualTo(1);
        assertThat(owner.minutesEmpty()).isEqualTo(40);
        assertThat(owner.repliesApplied()).isEqualTo(3);
        assertThat(owner.billed()).isEqualByComparingTo("180.00");
        assertThat(owner.paid()).isEqualByComparingTo("180.00");
    }

    private static BookingRequest booking(String client, String phone, Instant start) {
        return BookingRequest.builder().clientId(ClientId.of(client)).contact(ContactPoint.mobile(phone)).clientZone(CHICAGO)
                .preferredName(client.substring(0, 1).toUpperCase() + client.substring(1))
                .clinicianId(ClinicianId.of("dr-whitfield")).start(start)
                .payerKind(PayerKind.COMMERCIAL).build();
    }

    private IntakeSubmission completeIntake() {
        IntakeSubmission.Builder b = IntakeSubmission.builder().answer(IntakeFields.GIVEN_NAME, "Jordan")
                .answer(IntakeFields.FAMILY_NAME, "Ellery").answer(IntakeFields.BIRTH_DATE, "1991-04-09")
                .answer(IntakeFields.MOBILE, "(217) 555-0142").answer(IntakeFields.ADDRESS, "42 Elm Street\nSpringfield\nIL\n62704")
                .answer(IntakeFields.SEX, "male").answer(IntakeFields.EMERGENCY_NAME, "Casey Ellery")
                .answer(IntakeFields.EMERGENCY_RELATIONSHIP, "sibling").answer(IntakeFields.EMERGENCY_PHONE, "217-555-0199")
                .answer(InsuranceField.SELF_PAY_ITEM, "no").answer(InsuranceField.PAYER_NAME.itemId(), "Aetna")
                .answer(InsuranceField.PAYER_ID.itemId(), "60054").answer(InsuranceField.PLAN_KIND.itemId(), "commercial")
                .answer(InsuranceField.MEMBER_ID.itemId(), "PHP123456789")
                .answer(IntakeFields.PRESENTING_CONCERNS, "Trouble sleeping and constant worry since a job change.");
        for (int i = 1; i <= 9; i++) {
            b.answer("phq9." + i, "1");
        }
        b.answer("phq9.9", "0");
        for (int i = 1; i <= 7; i++) {
            b.answer("gad7." + i, "1");
        }
        for (ConsentDocument d : practice.intake().packet().consents()) {
            b.consent(ConsentSignature.signed(d.id(), d.version(), "Jordan Ellery"));
        }
        return b.build();
    }

    private SessionPrompt priyaSession() {
        LocalDate wednesday = MONDAY.plusDays(2);
        return SessionPrompt.builder().client("priya").clinician(dana.id()).clinicianName(dana.name()).date(wednesday)
                .time(LocalTime.of(10, 0), LocalTime.of(10, 53)).modality(Modality.TELEHEALTH_VIDEO).clientAtHome(true)
                .payer(PayerKind.COMMERCIAL)
                .addConcern("worry about a new job that keeps her awake most nights")
                .addMentalStatus("alert and oriented x4").addMentalStatus("anxious affect")
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING, "the belief that she will be fired in her first month",
                        "named three pieces of evidence against it")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("sleep at least six hours on most nights", ProgressRating.STEADY_PROGRESS,
                        "four good nights this week")
                .addHomework("write down the worry and one answer to it before bed")
                .addPlan("continue weekly CBT for generalized anxiety")
                .nextAppointment(LocalDateTime.of(wednesday.plusDays(7), LocalTime.of(10, 0)))
                .addDiagnosis("F41.1", "generalized anxiety disorder").build();
    }
}
