package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.testing.TestClock;

/**
 * The composer as a signing clinician reads it: a non-zero PHQ-9 item 9 is in the risk part, a typed list of
 * concerns is composed item by item with only the items that do not read on a labelled line, "pt" and an age is who
 * the client is, and a group note carries no other member's name as someone's report. Every draft passes the verifier.
 */
class ComposerItemsTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static final ClinicalRiskAssessment NO_RISK = ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE)
            .ideation("denies SI/HI").build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-9101").time(LocalTime.of(9, 0), LocalTime.of(9, 50))
                .modality(Modality.IN_PERSON).location("Elm Street office")
                .addMentalStatus("flat affect")
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING, "all-or-nothing thinking", "engaged")
                .addPlan("continue weekly sessions");
    }

    private NoteDraft draft(SessionPrompt prompt, NoteFormat format) {
        NoteDraft draft = drafter.draft(prompt, format);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft;
    }

    private static ScreeningScore phq9(int item9) {
        return new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(2, 2, 1, 2, 1, 1, 1, 0, item9),
                10 + item9, item9 == 0 ? "moderate" : "moderate");
    }

    @Test
    void aNonZeroItemNineIsStatedInTheRiskPartAtEveryLevel() {
        ClinicalRiskAssessment moderate = ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE)
                .ideation("passive SI, no plan").intent("denies intent").plan("no plan")
                .means("no firearms at home").addRiskFactor("recent job loss").addProtectiveFactor("her two cats")
                .safetyPlan("reviewed safety plan").followUp("check in by phone Thursday").build();
        for (ClinicalRiskAssessment risk : List.of(moderate, NO_RISK)) {
            NoteDraft draft = draft(session().addConcern("low mood").addScreening(phq9(2)).risk(risk).build(),
                    NoteFormat.SOAP);
            DraftSentence item = draft.sentences().stream().filter(s -> s.text().startsWith("PHQ-9 item 9"))
                    .findFirst().orElseThrow(() -> new AssertionError(draft.body()));
            assertThat(item.text()).isEqualTo("PHQ-9 item 9 (thoughts that you would be better off dead or of hurting"
                    + " yourself) was scored 2 (more than half the days).");
            assertThat(item.sources()).contains("screeningScores[0]");
        }
        NoteDraft zero = draft(session().addConcern("low mood").addScreening(phq9(0)).risk(moderate).build(),
                NoteFormat.SOAP);
        assertThat(zero.body()).doesNotContain("item 9");
    }

    @Test
    void aTypedListOfConcernsIsComposedItemByItemAndOnlyTheRestIsLabelled() {
        NoteDraft draft = draft(session().risk(NO_RISK)
                .addConcern("poor sleep, irritability at work; HA 4d/wk (was 6), avoidant re dentist")
                .build(), NoteFormat.SOAP);
        String body = draft.body();

        assertThat(body).contains("poor sleep", "irritability at work");
        assertThat(body).doesNotContain("Presenting concerns: poor sleep, irritability at work; HA");
        DraftSentence line = draft.sentences().stream().filter(s -> s.text().contains("concerns: "))
                .findFirst().orElseThrow(() -> new AssertionError(body));
        assertThat(line.text()).as(body).isEqualTo("Other concerns: HA 4d/week (was 6); avoidant regarding dentist.");
        assertThat(line.sources()).containsExactly("presentingConcerns[0]");
    }

    @Test
    void theClientAndAnAgeIsWhoTheClientIs() {
        String withRole = draft(session().risk(NO_RISK).addConcern("pt 52 yo retired machinist")
                .addConcern("low mood since spring").build(), NoteFormat.SOAP).body();
        assertThat(withRole).contains("The client is a 52-year-old retired machinist.");

        String listed = draft(session().risk(NO_RISK).addConcern("client 37 y/o, graduate student, poor appetite")
                .build(), NoteFormat.DAP).body();
        assertThat(listed).contains("The client is a 37-year-old graduate student.", "poor appetite");
        String ageOnly = draft(session().risk(NO_RISK).addConcern("pt 61, nightmares").build(), NoteFormat.SOAP).body();
        assertThat(ageOnly).contains("The client reported nightmares.", "concerns: the client 61.");
        for (String body : List.of(withRole, listed, ageOnly)) {
            assertThat(body).doesNotContainPattern("(?i)reported (?:that )?the (?:client|patient) \\d");
        }
    }

    @Test
    void aGroupNoteCarriesNoOtherMembersNameAsAReport() {
        NoteDraft draft = draft(session().serviceType(org.practicekit.core.model.ServiceType.GROUP).risk(NO_RISK)
                .addConcern("conflict with Dolores about chores").addConcern("isolating on weekends")
                .clientResponse("supportive toward Ignatius").build(), NoteFormat.SOAP);

        assertThat(draft.body()).contains("isolating on weekends");
        for (DraftSentence s : draft.sentences()) {
            if (s.text().contains("Dolores") || s.text().contains("Ignatius")) {
                // Kept only as the clinician typed it, on a labelled line, never as anyone's report or a member.
                assertThat(s.text()).as(draft.body()).containsPattern("^[A-Z][a-z]+(?: [a-z]+){0,3}: ")
                        .doesNotContainPattern("(?i)member|reported|described");
            }
        }
    }
}
