package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.testing.TestClock;

/**
 * In a group session another member's name is no part of the client's note: the built prompt warns the vendor for
 * each field that names a person listed as another group member, the draft writes "another group member" in its
 * place (in prose and in labelled lines), and the verifier passes that draft but not one that writes the name.
 */
class GroupMemberPrivacyTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private SessionPrompt.Builder group(ServiceType type) {
        return SamplePrompts.base("cl-9301").serviceType(type).time(LocalTime.of(18, 0), LocalTime.of(19, 30))
                .modality(Modality.IN_PERSON).location("Harbor clinic, Room 2")
                .addParticipant("group member", "Rosalind Okafor").addParticipant("peer", "Theo")
                .addConcern("conflict with Rosalind after group last week").addConcern("cravings after payday")
                .addMentalStatus("alert").addIntervention(Intervention.other("relapse prevention group",
                        "HALT triggers", "gave feedback to Theo"))
                .clientResponse("supportive of Rosalind Okafor, engaged")
                .addPlan("check in w/ Theo re: ride; continue IOP 3x/week")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE).ideation("denies SI/HI").build());
    }

    @Test
    void theBuiltPromptWarnsForEachFieldThatNamesAnotherMember() {
        SessionPrompt prompt = group(ServiceType.GROUP).build();

        assertThat(prompt.warnings()).extracting(PromptWarning::field)
                .containsExactly("presentingConcerns[0]", "interventions[0]", "clientResponse", "plan[0]");
        assertThat(prompt.warnings()).allSatisfy(w -> {
            assertThat(w.kind()).isEqualTo(PromptWarning.Kind.OTHER_GROUP_MEMBER_NAMED);
            // The warning may be logged: it names the field, never the person.
            assertThat(w.message()).contains(w.field(), "another group member").doesNotContain("Rosalind", "Theo");
        });
        assertThatThrownBy(() -> prompt.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(group(ServiceType.MULTI_FAMILY_GROUP).build().warnings()).hasSize(4);
        // Outside a group, or with no member named, there is nothing to warn about.
        assertThat(SamplePrompts.panic().warnings()).isEmpty();
        assertThat(group(ServiceType.INDIVIDUAL).build().warnings()).isEmpty();
    }

    @Test
    void theDraftWritesAnotherGroupMemberAndPassesTheVerifier() {
        NoteDraft draft = drafter.draft(group(ServiceType.GROUP).build(), NoteFormat.SOAP);

        assertThat(draft.verification().findings()).as(draft.text()).isEmpty();
        assertThat(draft.text()).doesNotContain("Rosalind", "Okafor", "Theo");
        assertThat(draft.body()).contains("conflict with another group member after group last week",
                "gave feedback to another group member", "Response: supportive of another group member, engaged.",
                "Other group members also took part in the session.");
    }

    @Test
    void aDraftThatWritesAMembersNameIsFlagged() {
        SessionPrompt prompt = group(ServiceType.GROUP).build();
        NoteDraft clean = drafter.draft(prompt, NoteFormat.SOAP);
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : clean.sections()) {
            List<DraftSentence> sentences = new ArrayList<>();
            for (DraftSentence x : s.sentences()) {
                sentences.add(new DraftSentence(x.text().replace("another group member", "Rosalind"), x.sources()));
            }
            sections.add(new DraftSection(s.key(), s.heading(), sentences));
        }
        NoteDraft named = NoteDraft.unverified(prompt, NoteFormat.SOAP, sections, DrafterKind.LLM, "test");

        assertThat(DraftVerifier.standard().verify(named).passed()).isFalse();
    }
}
