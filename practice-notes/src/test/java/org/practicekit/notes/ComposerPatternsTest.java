package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.testing.TestClock;

/**
 * The patterns the blind clinician read of round 1 found, each as the clinician typed it: phrases the
 * reader misclassified, shorthand, hyphenated and quoted terms, comma fragments, first-person clinician
 * text, and what the composer cannot read with confidence, which it writes as the clinician's words
 * after a label. Every draft here also passes the verifier.
 */
class ComposerPatternsTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-11-30T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private SessionPrompt.Builder typed() {
        return SamplePrompts.base("cl-3001").time(LocalTime.of(10, 0), LocalTime.of(10, 53)).modality(Modality.IN_PERSON)
                .location("Main Street office")
                .addConcern("waves of sadness and guilt since his father's death")
                .addConcern("nightmares 4 nights a week").addConcern("startles at loud noises")
                .addConcern("not eating, up most of the night")
                .addConcern("She told me she has been skipping meals.")
                .addMentalStatus("Speech rapid but coherent").addMentalStatus("thought content: fear of failure")
                .addIntervention(InterventionType.SAFETY_PLANNING, "steps to take when anger spikes",
                        "listed three people to call")
                .addIntervention(InterventionType.COMMUNICATION_SKILLS, "I-statements with her brother",
                        "practiced two I-statements")
                .addIntervention(InterventionType.PROBLEM_SOLVING, "limits on spending",
                        "SUDS peaked at 80, dropped to 35 after 40 minutes")
                .addIntervention(Intervention.other("STOP skill", "urges to self-harm", "used it twice"))
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW).ideation("denied SI/HI")
                        .addRiskFactor("recent loss").addProtectiveFactor("supportive wife")
                        .addAction("I gave her the crisis line number").build())
                .addGoal("reduce nightmares to one per week", ProgressRating.REGRESSION, "signs of hypomania this week")
                .addHomework("text sister each morning").addHomework("breathing 2x/day")
                .addPlan("f/u in 2 wks").addPlan("f/u w/ PCP re: sleep").addPlan("next exposure: lead the group check-in")
                .addDiagnosis("F31.0", "Bipolar I disorder, current episode hypomanic");
    }

    @Test
    void misreadPhrasesAreReadForWhatTheyAre() {
        NoteDraft draft = drafter.draft(typed().build(), NoteFormat.SOAP);
        String body = draft.body();

        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        assertThat(body).contains("waves of sadness", "startling at loud noises", "steps to take when anger spikes",
                "limits on spending", "I-statements", "bipolar I disorder", "Speech was rapid but coherent.",
                "Thought content was notable for fear of failure.", "showed regression on the goal", "STOP skill");
        assertThat(body).doesNotContain("waving", "stepping to take", "limiting on", "signed of", "Stopping",
                "this clinician-statements", "bipolar this clinician", "f/ued", "followed up", "regression toward",
                "Speech rapid but was", "Thought was content", "introduced");
    }

    @Test
    void shorthandIsWrittenOutAndNeverInflected() {
        String body = drafter.draft(typed().build(), NoteFormat.SOAP).body();

        // A plan step no one but a clinician takes is not "follow up": the steps stay the clinician's own words, under
        // "Plan:", shorthand and all; the prose around them writes shorthand out.
        String plan = "Plan: f/u in 2 wks; f/u w/ PCP re: sleep; next exposure: lead the group check-in.";
        assertThat(body).contains(plan, "For homework, the client agreed to text the client's sister each morning.",
                "breathing 2x/day");
        assertThat(body.replace(plan, "")).doesNotContain(" w/ ", " re: ", "wks");
    }

    @Test
    void firstPersonClinicianTextBecomesTheProfilesPhrase() {
        String body = drafter.draft(typed().build(), NoteFormat.SOAP).body();

        assertThat(body).contains("This clinician gave her the crisis line number.",
                "The client reported that she has been skipping meals.");
        assertThat(body).doesNotContain("told me", " I gave");
    }

    @Test
    void whatCannotBeReadWithConfidenceIsTheCliniciansWordsInTheirRecord() {
        String body = drafter.draft(typed().build(), NoteFormat.SOAP).body();

        // A comma run that is not a list, and a label the clinician typed, are kept word for word as the
        // clinician's record: "dropped to 35" never becomes something the client did.
        // The line names the intervention it answers, since it closes the section away from that sentence.
        assertThat(body).contains("\nResponse to problem-solving therapy: SUDS peaked at 80, dropped to 35 after 40 minutes.",
                "Plan: f/u in 2 wks; f/u w/ PCP re: sleep; next exposure: lead the group check-in.");
        assertThat(body).doesNotContain("The client dropped", "Also discussed:", " Response: ",
                "documented the following");
        // A comma run holding a negation is never split: its negation's reach depends on its neighbours.
        assertThat(body).contains("Other concerns: not eating, up most of the night.");
    }

    @Test
    void piecesThatReadAreWrittenAsSentencesAboutTheRightPerson() {
        SessionPrompt prompt = typed().clientResponse("engaged, guarded regarding drinking")
                .addIntervention(new Intervention(InterventionType.BEHAVIORAL_ACTIVATION, "", "pleasant activities",
                        "identified walking w/ neighbor, cooking, calling brother"))
                .addConcern("dx with MS in October").addMentalStatus("mood 'flat'").build();
        String body = drafter.draft(prompt, NoteFormat.SOAP).body();

        assertThat(body).contains("the client was engaged and guarded regarding drinking.",
                "the client identified walking with a neighbor, cooking, and calling the client's brother.");
        assertThat(body).contains("The client described mood as \"flat.\"");
        assertThat(body).doesNotContain("The client guarded", "having diagnosed");
    }

    @Test
    void aDraftNeverClaimsToBeSignedAndPirpSpellsOutItsHeadings() {
        NoteDraft draft = drafter.draft(typed().build(), NoteFormat.PIRP,
                StyleProfile.learnedFrom(StyleProfileTest.WHITFIELD_NOTES));

        assertThat(draft.text()).doesNotContainIgnoringCase("signed").startsWith("Problem:\n").contains("\nPlan:\n")
                .doesNotContain("\nP: ");
    }

    @Test
    void theBuilderListsEveryProblemAndTakesWhatItCanCompose() {
        SessionPrompt.Builder b = typed().addIntervention(new Intervention(InterventionType.OTHER, "", "x", "y"))
                .addConcern("worry about").addHomework("consistent")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.HIGH).ideation("endorses SI").addRiskFactor("job loss").build());

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.hasProblemAt("interventions[4].label")).isTrue();
            assertThat(e.hasProblemAt("presentingConcerns[5]")).isTrue();
            assertThat(e.hasProblemAt("homework[2]")).isTrue();
            assertThat(e.hasProblemAt("risk.intent")).isTrue();
            assertThat(e.hasProblemAt("risk.plan")).isTrue();
            assertThat(e.hasProblemAt("risk.means")).isTrue();
            assertThat(e.hasProblemAt("risk.protectiveFactors")).isTrue();
            assertThat(e.hasProblemAt("risk.safetyPlan")).isTrue();
            assertThat(e.hasProblemAt("risk.followUp")).isTrue();
        });
        // What round 1 refused and can be composed: a preposition first, "per ...", "about 40 ...", a stranded
        // preposition after "what", a named letter.
        SessionPrompt accepted = typed().addMentalStatus("on camera from the kitchen table")
                .addMentalStatus("in no acute distress").location("Group Room A")
                .addHomework("write about what a future without children could look like")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW).ideation("per mother, no statements about suicide")
                        .means("about 40 pills at home, mother holds them").addRiskFactor("recent loss").build())
                .build();
        NoteDraft draft = drafter.draft(accepted, NoteFormat.DAP);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        assertThat(draft.body()).contains("in no acute distress", "on camera from the kitchen table",
                "The mother reported no statements about suicide.");
    }
}
