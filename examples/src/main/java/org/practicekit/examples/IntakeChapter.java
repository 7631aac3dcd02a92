package org.practicekit.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.practicekit.core.intake.ConsentDocument;
import org.practicekit.core.intake.ConsentSignature;
import org.practicekit.core.intake.InsuranceField;
import org.practicekit.core.intake.IntakeAction;
import org.practicekit.core.intake.IntakeCase;
import org.practicekit.core.intake.IntakeFields;
import org.practicekit.core.intake.IntakeInquiry;
import org.practicekit.core.scheduling.IntakeFirstAppointments;
import org.practicekit.core.intake.IntakePacket;
import org.practicekit.core.intake.IntakeSubmission;
import org.practicekit.core.intake.IntakeWorkflow;
import org.practicekit.core.intake.ReminderPolicy;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.spi.OutboundMessage;

/** One new client's intake, from the phone call to a complete record in the EHR, without anyone re-typing it. */
final class IntakeChapter implements PracticeDay.Chapter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE MMM d 'at' h:mm a");

    @Override
    public String title() {
        return "A new client's intake";
    }

    @Override
    public void run(Practice p) {
        // This practice reminds after 2 hours and again after a day (the shipped policy: 24 h and 72 h).
        IntakePacket packet = IntakePacket.standard().toBuilder().reminders(new ReminderPolicy(
                List.of(Duration.ofHours(2), Duration.ofHours(24)), Duration.ofDays(5), Duration.ofHours(48))).build();
        IntakeWorkflow intake = IntakeWorkflow.builder().store(p.store).messages(p.outbox).escalation(p.staff)
                .ehr(p.ehr).eligibility(p.eligibility).audit(p.audit).clock(p.clock).zone(Practice.ZONE)
                .packet(packet).practiceName("Main Street Counseling").portalUrl("https://portal.mainstreet.example/i/")
                .firstAppointments(IntakeFirstAppointments.of(p.book, p.ehr)).riskClassifier(p.triage).build();

        int staffItemsBefore = p.staff.pending().size();
        Instant firstSession = ZonedDateTime.of(p.clock.instant().atZone(Practice.ZONE).toLocalDate().plusDays(3),
                java.time.LocalTime.of(9, 0), Practice.ZONE).toInstant();
        p.log.step("Jordan Ellery calls about starting therapy. The front desk offers " + p.whitfield.name().display()
                + "'s new-client slot on " + WHEN.format(firstSession.atZone(Practice.ZONE)) + ".");
        IntakeCase c = intake.start(IntakeInquiry.builder().caseId("intake-2026-0042").clientId(ClientId.of("C-1042"))
                .name(PersonName.of("Jordan", "Ellery")).contact(ContactPoint.mobile("+12175550142"))
                .clinicianId(p.whitfield.id()).firstAppointment(firstSession).build());
        p.log.step("Intake packet sent by text: " + packet.forms().size() + " forms and " + packet.consents().size()
                + " consents behind one link. The text carries no health information:");
        p.log.detail("\"" + last(p, "intake.packet").body() + "\"");

        p.clock.advance(Duration.ofHours(2));
        for (IntakeAction a : intake.due(p.clock.instant())) {
            p.log.step("Reminder sent (" + a.idempotencyKey() + "): nobody had to chase the paperwork.");
        }

        p.clock.advance(Duration.ofMinutes(35));
        IntakeSubmission.Builder first = IntakeSubmission.builder()
                .answer(IntakeFields.GIVEN_NAME, "Jordan").answer(IntakeFields.FAMILY_NAME, "Ellery")
                .answer(IntakeFields.BIRTH_DATE, "1991-04-09").answer(IntakeFields.MOBILE, "(217) 555-0142")
                .answer(IntakeFields.ADDRESS, "42 Elm Street\nSpringfield\nIL\n62704")
                .answer(IntakeFields.EMERGENCY_NAME, "Casey Ellery").answer(IntakeFields.EMERGENCY_RELATIONSHIP, "sibling")
                .answer(IntakeFields.EMERGENCY_PHONE, "217-555-0199").answer(InsuranceField.SELF_PAY_ITEM, "no")
                .answer(InsuranceField.PAYER_NAME.itemId(), "Aetna")
                .answer(InsuranceField.PAYER_ID.itemId(), "60054").answer(InsuranceField.PLAN_KIND.itemId(), "commercial")
                .answer(IntakeFields.PRESENTING_CONCERNS, "Trouble sleeping and constant worry since a job change.");
        int[] phq = {1, 2, 2, 1, 1, 1, 2, 0, 0};
        int[] gad = {2, 2, 3, 2, 1, 2, 1};
        for (int i = 0; i < phq.length; i++) {
            first.answer("phq9." + (i + 1), Integer.toString(phq[i]));
        }
        for (int i = 0; i < gad.length; i++) {
            first.answer("gad7." + (i + 1), Integer.toString(gad[i]));
        }
        for (ConsentDocument d : packet.consents()) {
            first.consent(ConsentSignature.signed(d.id(), d.version(), "Jordan Ellery"));
        }
        c = intake.submit(c.caseId(), first.build());
        p.log.step("Jordan submits the forms but leaves out the insurance member ID. PracticeKit checks every answer"
                + " and asks for what is missing in one message:");
        p.log.detail("\"" + last(p, "intake.follow-up").body() + "\"");
        for (ScreeningScore s : c.screenings()) {
            p.log.detail(s.instrument().display() + " scored for the clinician: " + s.total() + " (" + s.band() + ").");
        }

        p.clock.advance(Duration.ofMinutes(20));
        IntakeCase done = intake.submit(c.caseId(), IntakeSubmission.builder()
                .answer(InsuranceField.MEMBER_ID.itemId(), "PHP123456789").build());
        p.log.step("Jordan adds the member ID. The intake is complete.");
        done.eligibility().ifPresent(e -> p.log.detail("Eligibility checked in real time (X12 270 out, 271 back): "
                + e.status().name().toLowerCase(java.util.Locale.ROOT) + ", outpatient mental health "
                + e.mentalHealthBenefit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + e.copay().map(m -> "; copay $" + m.amount()).orElse("")
                + e.inNetwork().coinsurancePercent().map(pct -> ", coinsurance " + pct.toPlainString() + " %").orElse("")
                + e.deductibleRemaining().map(m -> ", deductible left $" + m.amount()).orElse("")
                + "; payer trace " + e.payerReference()
                + (e.needsStaffReview() ? " - staff must look at it." : " - nothing for staff to do.")));
        p.log.step("Routed to the EHR (" + p.ehr.system() + ") in one write: client, coverage, " + done.consents().size()
                + " signed consents, " + done.answers().size() + " answers and " + done.screenings().size()
                + " screening scores. The EHR now holds " + (p.ehr.findClient(done.clientId()).isPresent() ? "the client" : "nothing")
                + (p.ehr.readCoverage(done.clientId()).isPresent() ? " with coverage." : "."));
        done.firstAppointmentStart().ifPresent(t -> p.log.step("First appointment confirmed: "
                + WHEN.format(t.atZone(Practice.ZONE)) + " with " + p.whitfield.name().display()
                + ", booked in the appointment book as a first evaluation. Status: "
                + done.status().name().toLowerCase(java.util.Locale.ROOT) + "."));
        p.log.detail("The case history has " + done.events().size() + " entries, every one stored before its message or"
                + " write went out.");
        p.log.step("Staff actions this complete, eligible, no-risk intake needed: "
                + (p.staff.pending().size() - staffItemsBefore) + ".");

        // From now on coverage is watched: re-checked 48 hours before sessions and monthly.
        p.eligibilityWatch.watch(p.ehr.findClient(done.clientId()).orElseThrow(),
                p.ehr.readCoverage(done.clientId()).orElseThrow(), done.eligibility());
        done.firstAppointmentId().flatMap(p.book::appointment).ifPresent(p.eligibilityWatch::sessionBooked);
        p.eligibilityWatch.find(done.clientId()).ifPresent(w -> p.log.detail("Coverage is watched from now on: the"
                + " payer is asked again " + WHEN.format(w.nextCheck().atZone(Practice.ZONE))
                + " (48 hours before the first session), then monthly and before later sessions."));
    }

    private static OutboundMessage last(Practice p, String purpose) {
        List<OutboundMessage> sent = p.outbox.messages().stream().filter(m -> m.purpose().equals(purpose)).toList();
        return sent.get(sent.size() - 1);
    }
}
