package org.practicekit.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.practicekit.core.eligibility.EligibilityWatch;
import org.practicekit.core.intake.ConsentDocument;
import org.practicekit.core.intake.ConsentSignature;
import org.practicekit.core.intake.IdentityConfirmation;
import org.practicekit.core.intake.InsuranceField;
import org.practicekit.core.intake.IntakeCase;
import org.practicekit.core.intake.IntakeFields;
import org.practicekit.core.intake.IntakeInquiry;
import org.practicekit.core.intake.IntakeLink;
import org.practicekit.core.intake.IntakePacket;
import org.practicekit.core.intake.IntakeSubmission;
import org.practicekit.core.intake.IntakeWorkflow;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.practice.DueWork;

/** One new client's intake, from the phone call to a complete record in the EHR, without anyone re-typing it. */
final class IntakeChapter implements PracticeDay.Chapter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE MMM d 'at' h:mm a");

    @Override
    public String title() {
        return "A new client's intake";
    }

    @Override
    public void run(DemoPractice p) {
        IntakeWorkflow intake = p.practice.intake();
        IntakePacket packet = intake.packet();

        int staffItemsBefore = p.staff.pending().size();
        Instant firstSession = ZonedDateTime.of(p.clock.instant().atZone(DemoPractice.ZONE).toLocalDate().plusDays(3),
                java.time.LocalTime.of(9, 0), DemoPractice.ZONE).toInstant();
        p.log.step("Jordan Ellery calls about starting therapy. The front desk offers " + p.whitfield.name().display()
                + "'s new-client slot on " + WHEN.format(firstSession.atZone(DemoPractice.ZONE)) + ".");
        IntakeCase c = intake.start(IntakeInquiry.builder().caseId("intake-2026-0042").clientId(ClientId.of("C-1042"))
                .name(PersonName.of("Jordan", "Ellery")).contact(ContactPoint.mobile("+12175550142"))
                .clinicianId(p.whitfield.id()).firstAppointment(firstSession).build());
        p.log.step("Intake packet sent by text: " + packet.forms().size() + " forms and " + packet.consents().size()
                + " consents behind one link. The text carries no health information:");
        p.log.detail("\"" + PracticeDay.last(p, "intake.packet").body() + "\"");

        p.clock.advance(Duration.ofHours(2));
        for (DueWork w : p.practice.due(p.clock.instant())) {
            if (w instanceof DueWork.IntakeStep step && step.action().type().equals("intake.reminder")) {
                p.log.step("Reminder sent (" + step.action().idempotencyKey() + "): nobody had to chase the paperwork.");
            }
        }

        p.clock.advance(Duration.ofMinutes(35));
        IntakeSubmission.Builder first = IntakeSubmission.builder()
                .answer(IntakeFields.GIVEN_NAME, "Jordan").answer(IntakeFields.FAMILY_NAME, "Ellery")
                .answer(IntakeFields.BIRTH_DATE, "1991-04-09").answer(IntakeFields.MOBILE, "(217) 555-0142")
                .answer(IntakeFields.SEX, "male").answer(IntakeFields.GENDER_IDENTITY, "man")
                .answer(IntakeFields.PRONOUNS, "he/him")
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
        p.log.detail("\"" + PracticeDay.last(p, "intake.follow-up").body() + "\"");
        for (ScreeningScore s : c.screenings()) {
            p.log.detail(s.instrument().display() + " scored for the clinician: " + s.total() + " (" + s.band() + ").");
        }

        p.clock.advance(Duration.ofMinutes(20));
        String followUp = PracticeDay.last(p, "intake.follow-up").body();
        String token = followUp.substring(followUp.indexOf("/i/") + 3).split("[ .]")[0];
        IntakeLink link = intake.openLink(token).orElseThrow();
        p.log.step("Jordan opens the link from the text. The portal shows the forms but not the saved answers: they"
                + " wait until Jordan confirms a second fact (" + link.identityCheck().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ").");
        IdentityConfirmation typo = intake.confirmIdentity(token, "09/04/1991");
        p.log.detail("Day and month swapped: " + typo.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ", " + typo.attemptsLeft() + " tries left before the link locks and staff are asked to call.");
        IdentityConfirmation confirmed = intake.confirmIdentity(token, "04/09/1991");
        p.log.detail("Date of birth confirmed: the " + confirmed.intakeCase().orElseThrow().answers().size()
                + " saved answers are shown again. The link stops working 14 days after the last text, or as soon as the"
                + " intake is complete, and the database keeps only a hash of it.");
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
                + WHEN.format(t.atZone(DemoPractice.ZONE)) + " with " + p.whitfield.name().display()
                + ", booked in the appointment book as a first evaluation and written to the EHR; the text says it is"
                + " confirmed and asks nothing more. Status: "
                + done.status().name().toLowerCase(java.util.Locale.ROOT) + "."));
        p.log.detail("\"" + PracticeDay.last(p, "appointment.booked").body() + "\"");
        p.log.detail("The case history has " + done.events().size() + " entries, every one stored before its message or"
                + " write went out.");
        p.log.step("Staff actions this complete, eligible, no-risk intake needed: "
                + (p.staff.pending().size() - staffItemsBefore) + ".");

        // From now on coverage is watched: re-checked 48 hours before sessions and monthly.
        EligibilityWatch watch = p.practice.eligibilityWatch();
        watch.watch(p.ehr.findClient(done.clientId()).orElseThrow(), p.ehr.readCoverage(done.clientId()).orElseThrow(),
                done.eligibility());
        done.firstAppointmentId().flatMap(p.practice.appointments()::appointment).ifPresent(watch::sessionBooked);
        watch.find(done.clientId()).ifPresent(w -> p.log.detail("Coverage is watched from now on: the"
                + " payer is asked again " + WHEN.format(w.nextCheck().atZone(DemoPractice.ZONE))
                + " (48 hours before the first session), then monthly and before later sessions."));
    }

}
