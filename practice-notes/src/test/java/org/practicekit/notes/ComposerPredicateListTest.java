package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.testing.TestClock;

/**
 * A response or an observation typed as a list of predicates without a subject is one sentence about the client
 * with every typed word in it; what does not read with certainty keeps its labelled line; a field that names the
 * client again ("stayed with pt") never makes the client act on the client. Every draft passes the verifier.
 */
class ComposerPredicateListTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static final ClinicalRiskAssessment NO_RISK = ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE)
            .ideation("denies SI/HI").build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-9201").time(LocalTime.of(9, 0), LocalTime.of(9, 50))
                .modality(Modality.IN_PERSON).location("Elm Street office").addConcern("low mood since spring")
                .addIntervention(InterventionType.BEHAVIORAL_ACTIVATION, "pleasant activities", "")
                .addPlan("continue weekly sessions").risk(NO_RISK);
    }

    private String body(SessionPrompt prompt) {
        NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft.body();
    }

    @Test
    void aSubjectlessResponseListIsOneSentenceAboutTheClient() {
        String body = body(session().addMentalStatus("guarded at first, then open")
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING, "all-or-nothing thinking",
                        "accepted support, tearful")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "sleep hygiene", "ambivalent but agreed to try")
                .clientResponse("engaged, tearful when discussing dad, receptive to reframe").build());

        assertThat(body).contains("the client was engaged, tearful when discussing the client's father, and receptive to reframe.",
                "the client accepted support and was tearful.", "the client was ambivalent but agreed to try.",
                "The client was guarded at first, then open.");
        assertThat(body).doesNotContain("Response:", "Mental status:");
    }

    @Test
    void aRoleTakesItsArticleAndADeedReadAsANounKeepsTheLine() {
        assertThat(body(session().clientResponse("active participant").build()))
                .contains("The client was an active participant.").doesNotContain("Response:");
        assertThat(body(session().clientResponse("engaged").addMentalStatus("well groomed, walks with a cane").build()))
                .contains("Mental status: well groomed, walks with a cane.").doesNotContain("with walks");
    }

    @Test
    void aDeedEndingInAPersonThenAStateIsOneSentenceTiedToItsIntervention() {
        String body = body(session().addIntervention(InterventionType.SUPPORTIVE_THERAPY, "grief",
                "shared memories of her husband, tearful").build());

        // The state gets its own "was", so it cannot be read as the husband's.
        assertThat(body).contains("the client shared memories of her husband and was tearful.")
                .doesNotContain("Response:", "husband, tearful");
        // Others in the room: whose state "tearful" is, the line leaves to the field.
        assertThat(body(session().addParticipant("mother", "Ines Varga").addIntervention(
                InterventionType.SUPPORTIVE_THERAPY, "grief", "shared memories of her husband, tearful").build()))
                .contains("Response to supportive therapy: shared memories of her husband, tearful.");
        // Two states after the deed share the one "was"; a state before the deed is still not the deed's object.
        assertThat(body(session().addIntervention(InterventionType.SUPPORTIVE_THERAPY, "grief",
                "talked about her sister, tense at first, calmer by the end").build()))
                .contains("the client talked about her sister, and was tense at first and calmer by the end.");
    }

    @Test
    void whatDoesNotReadWithCertaintyKeepsItsLabelledLine() {
        String body = body(session()
                .addIntervention(InterventionType.SOCIAL_SKILLS, "feeling words", "named mad, sad, worried")
                .clientResponse("SUDS 7 to 4, engaged").build());

        // "mad, sad, worried" are what was named, never how the client was.
        assertThat(body).contains("named mad, sad, worried.", "Overall response: SUDS 7 to 4, engaged.")
                .doesNotContain("was sad");
        // A closing noun phrase, or others in the room whose state it could be: the line holds every word to the field.
        assertThat(body(session().clientResponse("warm, engaged, humor at times").build()))
                .contains("Overall response: warm, engaged, humor at times.");
        assertThat(body(session().addParticipant("mother", "Ines Varga").clientResponse("interested, a bit skeptical")
                .build())).contains("Overall response: interested, a bit skeptical.");
    }

    @Test
    void aComposedStateGivenToTheClinicianIsFlagged() {
        SessionPrompt prompt = session().clientResponse("interested, a bit skeptical").build();
        NoteDraft clean = drafter.draft(prompt, NoteFormat.SOAP);
        assertThat(clean.body()).contains("The client was interested and a bit skeptical.");
        java.util.List<DraftSection> sections = new java.util.ArrayList<>();
        for (DraftSection s : clean.sections()) {
            sections.add(new DraftSection(s.key(), s.heading(), s.sentences().stream().map(x -> new DraftSentence(
                    x.text().replace("The client was interested", "This clinician was interested"), x.sources()))
                    .toList()));
        }
        NoteDraft changed = NoteDraft.unverified(prompt, NoteFormat.SOAP, sections, DrafterKind.LLM, "test");

        // As a labelled line the field had no subject to change; as prose, the state stays the client's.
        assertThat(DraftVerifier.standard().verify(changed).kinds()).contains(FindingKind.WRONG_ACTOR);
    }

    @Test
    void aFieldThatNamesTheClientNeverMakesTheClientActOnTheClient() {
        String body = body(session().clientResponse("stayed with pt")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "family stress", "engaged, pt's mother tearful")
                .addConcern("clt worried about job").addConcern("client's son moved out").build());

        assertThat(body).doesNotContainPattern("(?i)the client \\w+ with the client")
                .doesNotContainPattern("(?i)reported (?:that )?the client worried");
        assertThat(body).contains("Overall response: stayed with the client.", "engaged, pt's mother tearful.",
                "The client reported being worried about job.", "the client's son moved out");
        assertThat(body).doesNotContainPattern("(?<![Tt]he )client's son");
    }
}
