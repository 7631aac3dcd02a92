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
                "gave feedback to another group member", "Overall response: supportive of another group member, engaged.",
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

    private SessionPrompt.Builder plainGroup(ServiceType type) {
        return SamplePrompts.base("cl-9302").serviceType(type).time(LocalTime.of(18, 0), LocalTime.of(19, 30))
                .modality(Modality.IN_PERSON).location("Harbor clinic, Room 2").addMentalStatus("alert")
                .addIntervention(Intervention.other("relapse prevention group", "HALT triggers", "named two triggers"))
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE).ideation("denies SI/HI").build());
    }

    @Test
    void aMembersNameThatIsAWordIsStillWrittenAwayAndAnUnclearMemberRoleStaysAMember() {
        // "Mark" opens the sentence but is no modal: it is the member, and only a modal name ("Will") is kept as a word.
        SessionPrompt mark = plainGroup(ServiceType.GROUP).addParticipant("group member", "Mark Lee")
                .addConcern("Mark will drive her to the meeting on Friday").addPlan("continue weekly group").build();
        NoteDraft draft = drafter.draft(mark, NoteFormat.SOAP);
        assertThat(draft.verification().findings()).as(draft.text()).isEmpty();
        assertThat(draft.body()).doesNotContain("Mark", "Lee").contains("another group member");

        // A role worded in a way of its own still names another member, so the name is written away.
        SessionPrompt cohort = plainGroup(ServiceType.GROUP).addParticipant("group member, Tuesday cohort", "Nadia Ruiz")
                .addConcern("fought with Nadia after group").addPlan("continue weekly group").build();
        NoteDraft cohortDraft = drafter.draft(cohort, NoteFormat.DAP);
        assertThat(cohortDraft.body()).doesNotContain("Nadia", "Ruiz").contains("another group member");
    }

    @Test
    void theClientsOwnItemsAreNeverGivenToAnotherMember() {
        // A member's one-word name that is also an English word, at the start of the client's own plan step, is
        // the word; inside a sentence it is still the member's name and still written away.
        SessionPrompt will = plainGroup(ServiceType.GROUP).addParticipant("group member", "Will Grant")
                .addConcern("cravings after a ride home with Will").addPlan("Will attend Thursday group").build();
        NoteDraft draft = drafter.draft(will, NoteFormat.SOAP);
        assertThat(draft.verification().findings()).as(draft.text()).isEmpty();
        assertThat(draft.text()).doesNotContain("another group member attend", "Grant", "with Will")
                .contains("attend Thursday group", "ride home with another group member");

        // "peer" and "Group Members" typed in a member's name slot are no one's name: the client's "peer pressure"
        // and "group members" stay the client's.
        SessionPrompt roles = plainGroup(ServiceType.GROUP).addParticipant("peer", "peer")
                .addParticipant("group members", "Group Members").addConcern("peer pressure at work")
                .addConcern("feels judged by group members").addPlan("continue weekly group").build();
        assertThat(roles.warnings()).isEmpty();
        NoteDraft rolesDraft = drafter.draft(roles, NoteFormat.DAP);
        assertThat(rolesDraft.verification().findings()).as(rolesDraft.text()).isEmpty();
        assertThat(rolesDraft.body()).contains("peer pressure at work", "judged by group members")
                .doesNotContain("another group member pressure");

        // In a multi-family group the client's own family member is no other member; staff are not members either.
        SessionPrompt family = plainGroup(ServiceType.MULTI_FAMILY_GROUP).addParticipant("family member", "Rosa")
                .addParticipant("peer support specialist", "Jordan").addParticipant("group member", "Kenji Mori")
                .addConcern("argued with Rosa about curfew").addPlan("Rosa to lock up medications")
                .addPlan("check in with Kenji before next group").build();
        assertThat(family.warnings()).extracting(PromptWarning::field).containsExactly("plan[1]");
        NoteDraft familyDraft = drafter.draft(family, NoteFormat.BIRP);
        assertThat(familyDraft.verification().findings()).as(familyDraft.text()).isEmpty();
        assertThat(familyDraft.body()).contains("argued with Rosa about curfew", "Rosa will lock up medications",
                "another group member").doesNotContain("Kenji", "Mori", "Another group member will lock up");
    }
}
