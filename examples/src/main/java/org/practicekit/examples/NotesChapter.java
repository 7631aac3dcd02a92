package org.practicekit.examples;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.practicekit.core.NonRetriableException;
import org.practicekit.core.billing.CptSuggestion;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.ClinicalRiskAssessment;
import org.practicekit.notes.DraftSection;
import org.practicekit.notes.InterventionType;
import org.practicekit.notes.NoteDraft;
import org.practicekit.notes.NoteFormat;
import org.practicekit.notes.OfflineNoteDrafter;
import org.practicekit.notes.ProgressRating;
import org.practicekit.notes.SessionPrompt;
import org.practicekit.notes.lifecycle.NoteBook;
import org.practicekit.notes.lifecycle.ProgressNote;

/**
 * Between sessions: the clinician answers a short session prompt, PracticeKit drafts the progress
 * note offline, the verifier checks it, the clinician confirms the CPT suggestion and signs; the
 * signed note goes to the EHR and can no longer change.
 */
final class NotesChapter implements PracticeDay.Chapter {
    @Override
    public String title() {
        return "Progress note: prompt, draft, verify, sign";
    }

    @Override
    public void run(DemoPractice p) {
        LocalDate today = p.clock.instant().atZone(DemoPractice.ZONE).toLocalDate();
        SessionPrompt prompt = SessionPrompt.builder().client(EhrChapter.RILEY).clinician(p.whitfield.id())
                .clinicianName(p.whitfield.name()).date(today).time(LocalTime.of(10, 0), LocalTime.of(10, 53))
                .modality(Modality.IN_PERSON).location(p.office.name()).payer(PayerKind.COMMERCIAL)
                .addConcern("three panic attacks while driving on the highway in the past week")
                .addMentalStatus("alert and oriented x4").addMentalStatus("anxious affect")
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(2, 2, 2, 1, 2, 1, 2), 12,
                        "moderate"))
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING,
                        "the prediction that a panic attack will cause a crash",
                        "identified two alternative outcomes and rated belief in the prediction down from 90% to 50%")
                .addIntervention(InterventionType.EXPOSURE, "interoceptive exercises",
                        "completed both exercises with peak anxiety of 6 out of 10")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("reduce panic attacks to fewer than one a week", ProgressRating.STEADY_PROGRESS,
                        "three attacks this week, down from five")
                .addHomework("practice the interoceptive exercises once a day")
                .addPlan("continue weekly CBT for panic with graded driving exposure")
                .nextAppointment(LocalDateTime.of(today.plusDays(7), LocalTime.of(9, 0)))
                .addDiagnosis("F41.0", "panic disorder").build();
        p.log.step(p.whitfield.name().display() + " answers the session prompt for Riley's 10:00 AM session: 1 concern, "
                + prompt.interventions().size() + " interventions, risk, goal, homework and plan.");

        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(p.practice.clock()).audit(p.practice.audit())
                .build();
        NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP, whitfieldStyle());
        p.log.step("The client has no consent to AI-assisted documentation on record, so the offline drafter"
                + " wrote this SOAP draft:");
        for (DraftSection s : draft.sections()) {
            p.log.detail(s.heading());
            for (String line : wrap(s.text(), 96)) {
                p.log.detail("  " + line);
            }
        }
        p.log.step(draft.verification().passed()
                ? "Verifier: all " + draft.sentences().size() + " sentences trace to the prompt; every intervention,"
                        + " the risk statement, homework and plan are in, and nothing was added."
                : "Verifier found problems: " + draft.verification().kinds());

        NoteBook book = NoteBook.of(p.practice);
        ProgressNote note = book.open(draft);
        p.clock.advance(Duration.ofMinutes(4));
        note = book.edit(note.id(), "plan", note.sections().get(3).text() + " The client will call if panic attacks"
                + " increase before then.", p.whitfield.id());
        p.log.step(p.whitfield.name().display() + " adds one sentence to the plan; the edit is tracked ("
                + note.edits().size() + " edit).");
        CptSuggestion cpt = book.attachCptSuggestion(note.id()).cptSuggestion().orElseThrow();
        p.log.step("CPT suggestion attached for her to confirm: " + String.join(", ", cpt.codes())
                + ", place of service " + cpt.placeOfService() + " (" + prompt.minutes() + " documented minutes).");
        ProgressNote signed = book.sign(note.id(), p.whitfield, cpt.codes());
        p.log.step("Signed by " + signed.signature().orElseThrow().display() + "; SHA-256 "
                + signed.signature().orElseThrow().contentSha256().substring(0, 16) + "…; sent to the EHR: "
                + (signed.exported() ? "yes" : "pending") + ".");
        try {
            book.edit(note.id(), "plan", "Changed after signing.", p.whitfield.id());
        } catch (NonRetriableException e) {
            p.log.step("A change after signing is refused: the note is locked and its hash still verifies ("
                    + book.verify(note.id()) + ").");
        }
        ProgressNote addendum = book.addendum(note.id(), "The client called at noon: the planned highway drive went"
                + " well.", p.whitfield);
        p.log.step("Later facts go in a signed addendum linked to the note (" + addendum.id() + ").");

        NoteDraft family = drafter.draft(mayaFamilySession(p, today), NoteFormat.DAP, book.styleOf(p.okafor.id()));
        ProgressNote maya = book.open(family);
        CptSuggestion familyCodes = book.attachCptSuggestion(maya.id()).cptSuggestion().orElseThrow();
        book.sign(maya.id(), p.okafor, familyCodes.codes());
        p.log.step(p.okafor.name().display() + " documents his 8:00 AM family session with Maya and her mother the same"
                + " way: DAP draft, " + String.join(", ", familyCodes.codes()) + " confirmed, signed without changes.");
        p.log.detail("Each signed note now holds what billing needs: the session, the confirmed codes and the"
                + " diagnoses. Today's notes to bill: " + p.audit.all().stream().filter(e -> e.action().equals("note.signed"))
                        .count() + ".");
    }

    /** Okafor's 8:00 family session with Maya (Medicaid) and her mother, in the office. */
    private static SessionPrompt mayaFamilySession(DemoPractice p, LocalDate today) {
        return SessionPrompt.builder().client(EhrChapter.MAYA).clinician(p.okafor.id()).clinicianName(p.okafor.name())
                .date(today).time(LocalTime.of(8, 0), LocalTime.of(8, 50)).modality(Modality.IN_PERSON)
                .location(p.office.name()).payer(PayerKind.MEDICAID).serviceType(ServiceType.FAMILY_WITH_CLIENT)
                .addParticipant("mother", "Grace Okonkwo")
                .addConcern("missing homework and arguments at home about screen time")
                .addMentalStatus("restless but engaged").addMentalStatus("euthymic mood")
                .addIntervention(InterventionType.PARENT_TRAINING, "a homework routine with a visual checklist",
                        "the mother agreed to praise each finished task")
                .clientResponse("participated actively and chose the checklist rewards herself")
                .risk(ClinicalRiskAssessment.none("denied suicidal ideation, self-harm and homicidal ideation"))
                .addGoal("finish homework on four school nights each week", ProgressRating.MINIMAL_PROGRESS,
                        "two school nights this week")
                .addHomework("use the homework checklist every school night")
                .addPlan("continue weekly family sessions")
                .nextAppointment(LocalDateTime.of(today.plusDays(7), LocalTime.of(8, 0)))
                .addDiagnosis("F90.2", "attention-deficit hyperactivity disorder, combined type").build();
    }

    private static org.practicekit.notes.StyleProfile whitfieldStyle() {
        // Dr. Whitfield's earlier signed notes: first person, "client", plain headings.
        return org.practicekit.notes.StyleProfile.learnedFrom(List.of(
                "Subjective\nClient reported a calmer week. I reviewed her sleep log.\n\nPlan\nI will see her weekly.",
                "Assessment\nClient made steady progress. I found no current risk.\n\nPlan\nI will continue CBT."));
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
