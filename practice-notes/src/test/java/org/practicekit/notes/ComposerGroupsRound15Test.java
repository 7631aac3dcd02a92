package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.ProseComposer;
import org.practicekit.testing.TestClock;

/**
 * Round 15: who is who in group, multi-family, family and couples notes (the identified client however typed, other
 * members and other families by role, an unplaced person refused), and list fields typed as none, stated as facts.
 */
class ComposerGroupsRound15Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-groups-r15.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-05T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-groups-r15.md"))).isEmpty();
    }

    private static JsonNode dev(String id) {
        return PromptJson.lines(DEV).stream().filter(c -> c.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    /** The dev prompt {@code id} drafted as SOAP in the default style; the draft must pass the verifier. */
    private NoteDraft soap(String id) {
        NoteDraft draft = drafter.draft(PromptJson.prompt(dev(id), id), NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft;
    }

    private static String text(NoteDraft draft) {
        return draft.text();
    }

    @Test
    void theIdentifiedClientTypedWithHerNameInBracketsIsTheClientNeverANameOrAnotherMember() {
        String pt = text(soap("g01-group-pt-paren"));
        assertThat(pt).contains("In response, the client identified payday as a trigger.")
                .contains("Overall, the client was receptive to feedback from another group member.")
                .doesNotContain("Dana").doesNotContain("dana").doesNotContain("pt (");
        String idd = text(soap("g02-group-idd-pt"));
        assertThat(idd).contains("The client offered support.").doesNotContain("Dana").doesNotContain("the the")
                .doesNotContain("client's Dana").doesNotContain("ID'd");
        String brackets = text(soap("g07-group-role-in-brackets"));
        assertThat(brackets).contains("In response, the client drew her panic cycle.")
                .contains("Other concerns: another group member shared a similar experience.")
                .doesNotContain("(client)").doesNotContain("(member)");
        String roleFirst = text(soap("g08-group-name-in-brackets"));
        assertThat(roleFirst).contains("Other concerns: another group member encouraged her to call her sponsor.")
                .contains("the client named two reasons to stay sober").doesNotContain("(Dana)")
                .doesNotContain("member (another group member)");
    }

    @Test
    void ipIndexClientAnInitialAndADashedRoleAreTheClient() {
        assertThat(text(soap("g03-group-IP"))).contains("the client practiced 5-4-3-2-1 with another group member.")
                .contains("another group member shared coping strategies that client wrote down")
                .doesNotContain(" IP ");
        assertThat(text(soap("g04-group-index"))).contains("the client role-played with another group member")
                .doesNotContain("index");
        assertThat(text(soap("g05-group-clientD"))).contains("In response, the client accepted feedback.")
                .doesNotContain("client D.").doesNotContain("Dana");
        assertThat(text(soap("g06-group-our-client"))).contains("Presenting concerns included her progress with sleep.")
                .doesNotContain("our the client").doesNotContain("Dana");
        assertThat(text(soap("g26-group-dash-role"))).contains("the client practiced urge surfing")
                .doesNotContain("ID the client").doesNotContain("- peer -");
    }

    @Test
    void anotherFamilysParentAndChildAreWrittenByRoleNeverAsTheClientsFamily() {
        String d = text(soap("g09-mfg-other-parent"));
        assertThat(d).contains("The client's mother (Carla), another member's parent, and another group member also"
                + " took part in the session.")
                .contains("Other concerns: another member's parent shared how her family uses a contract.")
                .contains("Another group member said he felt the same as the client.")
                .doesNotContain("Jen").doesNotContain("Tyler").doesNotContain("client's other");
        assertThat(text(soap("g23-mfg-other-child"))).contains("Other concerns: another group member shared his phone"
                + " contract.").contains("Another member's parent said her son struggles too.")
                .doesNotContain("another family's son");
    }

    @Test
    void aPersonOffTheListedRosterIsWarnedNamingTheFieldAndTheWordNeverTheName() {
        for (String id : List.of("g16-group-ambiguous-name", "g17-group-unknown-person")) {
            SessionPrompt p = PromptJson.prompt(dev(id), id);
            assertThat(p.warnings()).as(id).filteredOn(w -> w.kind() == PromptWarning.Kind.UNPLACED_PERSON_NAMED)
                    .extracting(PromptWarning::message).anySatisfy(m -> assertThat(m)
                            .startsWith("presentingConcerns[0]: word ").doesNotContain("Chris").doesNotContain("Sarah"));
        }
        // A listed member is placed, never warned about; an individual session names no one to confuse.
        assertThat(PromptJson.prompt(dev("g01-group-pt-paren"), "g01").warnings())
                .noneMatch(w -> w.kind() == PromptWarning.Kind.UNPLACED_PERSON_NAMED);
        SessionPrompt alone = TestPrompts.panic().toBuilder().addConcern("misses Chris since the move").build();
        assertThat(alone.warnings()).isEmpty();
    }

    @Test
    void medicationsTypedAsNoneAreAFactTheNoteStatesAndThePromptHolds() {
        for (String id : List.of("g18-individual-none-meds", "g19-individual-no-meds-high", "g20-individual-not-on-meds",
                "g21-individual-nil", "g02-group-idd-pt", "g12-couples-pt-name")) {
            SessionPrompt p = PromptJson.prompt(dev(id), id);
            assertThat(p.medications()).as(id).isEmpty();
            assertThat(p.recordedAsNone("medications")).as(id).isTrue();
            assertThat(p.recordedAsNone()).as(id).extracting(RecordedNone::typed)
                    .containsExactly(dev(id).path("prompt").path("medications").get(0).asText());
            assertThat(text(soap(id))).as(id).contains("is not taking any medication at present.")
                    .doesNotContain("current medication was");
        }
        // "N/A" is not asked, never "none"; a medication that is not taken is a medication, never "none".
        assertThat(PromptJson.prompt(dev("g27-individual-none-homework"), "g27").recordedAsNone("medications"))
                .isFalse();
        SessionPrompt stopped = TestPrompts.panic().toBuilder().addMedication("not taking sertraline").build();
        assertThat(stopped.recordedAsNone()).isEmpty();
        assertThat(stopped.medications()).contains("not taking sertraline");
    }

    @Test
    void homeworkTypedAsNoneIsStatedAndNoneBesideAnItemAddsNothing() {
        assertThat(text(soap("g27-individual-none-homework"))).contains("No homework was assigned this session.");
        SessionPrompt both = TestPrompts.panic().toBuilder().addMedication("meds: none")
                .addMedication("sertraline 50 mg").build();
        assertThat(both.recordedAsNone()).isEmpty();
        assertThat(both.medications()).contains("sertraline 50 mg");
    }

    @Test
    void theVerifierCitesANoneFieldAndCatchesAnInventedMedication() {
        SessionPrompt p = PromptJson.prompt(dev("g18-individual-none-meds"), "g18");
        NoteDraft clean = drafter.draft(p, NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(clean.verification().passed()).as(clean.verification().report()).isTrue();
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : ProseComposer.compose(p, NoteFormat.SOAP, StyleProfile.defaults())) {
            List<DraftSentence> sentences = new ArrayList<>(s.sentences());
            if (s.key().equals("subjective")) {
                sentences.replaceAll(x -> x.text().contains("not taking any medication")
                        ? new DraftSentence("The client is taking sertraline 50 mg daily.", List.of("medications")) : x);
            }
            sections.add(new DraftSection(s.key(), s.heading(), sentences));
        }
        Verification v = DraftVerifier.standard().verify(NoteDraft.unverified(p, NoteFormat.SOAP, sections,
                DrafterKind.LLM, "test"));
        assertThat(v.passed()).isFalse();
        assertThat(v.report()).contains("sertraline").contains("records the medications as none");
    }
}
