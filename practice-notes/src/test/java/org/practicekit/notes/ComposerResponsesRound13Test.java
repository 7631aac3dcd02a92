package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * How an intervention's response and the session's overall response are written: a sentence about who responded,
 * tied to its intervention, never a bare "Response:" line; what cannot be written so is refused at build().
 */
class ComposerResponsesRound13Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-responses-r13.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    /** Every dev prompt in every format and corpus style, written to target for reading; each draft verified. */
    @Test
    void writesTheDevDraftsForReading() throws IOException {
        StringBuilder out = new StringBuilder();
        StringBuilder flagged = new StringBuilder();
        int drafts = PromptJson.draftsForReading(drafter, DEV, true, out, flagged).size();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-responses-r13.md"), out.toString(), StandardCharsets.UTF_8);
        assertThat(drafts).isPositive();
        assertThat(flagged).as(flagged.toString()).isEmpty();
    }

    private static final ClinicalRiskAssessment LOW = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW)
            .ideation("denies SI/HI").addRiskFactor("work stress").addProtectiveFactor("supportive friends").build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-1301").time(LocalTime.of(14, 0), LocalTime.of(14, 50))
                .modality(Modality.IN_PERSON).location("Elm Street office").addConcern("worry about work").risk(LOW)
                .addPlan("continue weekly sessions");
    }

    private NoteDraft draft(SessionPrompt prompt, NoteFormat format) {
        NoteDraft draft = drafter.draft(prompt, format);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft;
    }

    @Test
    void aResponseThatSaysWhatAnotherPersonWillDoIsTheClientsAgreementNeverTheClinicians() {
        SessionPrompt prompt = session().addIntervention(new Intervention(InterventionType.OTHER,
                "means restriction counseling", "locking up meds", "agreed partner keeps meds")).build();
        for (StyleProfile style : CorpusStyles.all().values()) {
            NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP, style);
            assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
            assertThat(draft.body()).containsPattern("the (client|patient) agreed that the partner would keep medications\\.")
                    .doesNotContain("agreed partner", ", and agreed");
        }
    }

    @Test
    void aVerbOfSpeechIsWhatTheClientDidNotHowTheClientWas() {
        String body = draft(session().addIntervention(new Intervention(InterventionType.OTHER, "relapse prevention group",
                "relapse triggers", "shared about a lapse last wk")).build(), NoteFormat.DAP).body();

        assertThat(body).contains("the client shared about a lapse last week.").doesNotContain("was shared");
    }

    @Test
    void aStateOfBothPeopleInACoupleSessionNamesBothNeverTheClientAlone() {
        String body = draft(session().serviceType(ServiceType.FAMILY_WITH_CLIENT).addParticipant("partner", "Jordan Vale")
                .addIntervention(InterventionType.COMMUNICATION_SKILLS, "speaker-listener technique",
                        "practiced paraphrasing").clientResponse("both engaged").build(), NoteFormat.DAP).body();

        assertThat(body).contains("Overall, both the client and the client's partner were engaged.")
                .doesNotContain("the client was both");
    }

    @Test
    void aResponsePartedByADashIsTwoSentencesAboutTheClient() {
        String body = draft(session().addIntervention(InterventionType.PSYCHOEDUCATION, "fight or flight response",
                "receptive - asked good questions").clientResponse("motivated - wants to return to shopping").build(),
                NoteFormat.SOAP).body();

        assertThat(body).contains("In response, the client was receptive. The client asked good questions.",
                "Overall, the client was motivated.").doesNotContain(" - ", "Response:", "the client motivated");
    }

    @Test
    void theParentWhoRespondedIsNamedAsTheNoteNamesThemAndATeenIsTheClient() {
        String body = draft(session().serviceType(ServiceType.FAMILY_WITH_CLIENT).addParticipant("mother", "Laura Hines")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "panic cycle", "mom asked how to respond during attacks")
                .addIntervention(InterventionType.EXPOSURE, "school approach hierarchy", "teen agreed to attend first period")
                .build(), NoteFormat.DAP).body();

        assertThat(body).contains("the client's mother asked how to respond during attacks.",
                "the client agreed to attend first period.").doesNotContain("the mom ", "the teen ");
    }

    @Test
    void aTypedTechniqueIsWhatTheClinicianUsedWithItsArticle() {
        String body = draft(session().addIntervention(new Intervention(InterventionType.OTHER, "chain analysis",
                "weekend binge", "identified boredom as a trigger")).addIntervention(new Intervention(
                InterventionType.OTHER, "Gottman method", "repair attempts", "practiced a repair attempt"))
                .addIntervention(new Intervention(InterventionType.OTHER, "relapse prevention group", "", "engaged"))
                .build(), NoteFormat.SOAP).body();

        assertThat(body).contains("This clinician used a chain analysis focused on weekend binge.",
                "This clinician also used the Gottman method focused on repair attempts.",
                "facilitated a relapse prevention group.").doesNotContain("used chain", "used Gottman", "used relapse");
    }

    @Test
    void aResponseThatOnlyGradesTheSessionIsRefusedNamingTheField() {
        SessionPrompt.Builder b = session().addIntervention(InterventionType.SUPPORTIVE_THERAPY, "loneliness", "minimal")
                .clientResponse("ok");

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                .contains("interventions[0].response: grades the session", "clientResponse: grades the session"));
    }

    @Test
    void aSentenceTypedWithAPronounOrInThePassiveSaysTheClientDidIt() {
        String body = draft(session().addIntervention(InterventionType.COMMUNICATION_SKILLS, "assertive requests",
                "She wrote a script and rehearsed it twice.").addIntervention(InterventionType.COGNITIVE_RESTRUCTURING,
                "catastrophizing about review", "2 distortions identified (catastrophizing, mind reading)")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "family role", "named two ways his family relies on him")
                .build(), NoteFormat.SOAP).body();

        assertThat(body).contains("In response, the client wrote a script and rehearsed it twice.",
                "the client identified 2 distortions (catastrophizing, mind reading).",
                "the client named two ways his family relies on him.")
                .doesNotContain("she wrote", "Response:", "named that");
    }

    @Test
    void aMeasureOfWhatTheClientShowedClosesTheOverallResponseAsADeed() {
        String body = draft(session().addIntervention(new Intervention(InterventionType.OTHER, "chain analysis",
                "weekend binge", "identified boredom as a trigger")).clientResponse("engaged, some shame when describing binge")
                .build(), NoteFormat.SOAP).body();

        assertThat(body).contains("Overall, the client was engaged and showed some shame when describing binge.")
                .doesNotContain("Response:", "was some shame");
    }
}
