package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.notes.ComposerRiskRound16Test.risk;
import static org.practicekit.notes.ComposerRiskRound16Test.set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 19: what the sentence says. A step typed as still to happen stays so, the clinician's word before a noun owns
 * it, an agreement or a service's step keeps its subject. Every dev prompt is drafted in the five formats, a corpus
 * style in turn ({@code target/dev-meaning-r19.md}); the prompts below are one dev prompt (a moderate-risk individual
 * session) edited in the test, and every draft must pass the verifier.
 */
class ComposerMeaningRound19Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r19.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-meaning-r19.md"))).isEmpty();
    }

    /** The moderate-risk dev prompt p01 with {@code edit} applied, drafted in {@code format} and verified clean. */
    private NoteDraft draft(NoteFormat format, StyleProfile style, Consumer<ObjectNode> edit) {
        ObjectNode c = (ObjectNode) PromptJson.lines(DEV).get(0).deepCopy();
        edit.accept((ObjectNode) c.path("prompt"));
        NoteDraft draft = drafter.draft(PromptJson.prompt(c, "t"), format, style);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft;
    }

    private String soap(Consumer<ObjectNode> edit) {
        return draft(NoteFormat.SOAP, StyleProfile.defaults(), edit).text();
    }

    @Test
    void anActionTypedWithToIsStillToHappenNeverWrittenAsDone() {
        String t = soap(p -> set(risk(p), "actionsTaken", "988 info given", "to send crisis card",
                "to consult w/ supervisor"));
        assertThat(t).contains("will send a crisis card").contains("will consult with the supervisor")
                .doesNotContain("sent a crisis card").doesNotContain("consulted with supervisor");
    }

    @Test
    void aSafetyPlanStillToBeMadeIsNotWrittenAsMadeAndOneNotMadeSaysWhat() {
        String later = soap(p -> risk(p).put("safetyPlan", "to update next session"));
        assertThat(later).contains("will update the safety plan next session.").doesNotContain("updated next session");
        String unable = soap(p -> risk(p).put("safetyPlan", "unable to complete"));
        assertThat(unable).contains("The client was unable to complete the safety plan.");
    }

    @Test
    void aClientStepTypedWithToIsWhatTheClientWillDo() {
        String t = soap(p -> set(p, "concerns", "low mood", "pt to bring her relapse plan next wk"));
        assertThat(t).contains("will bring her relapse plan next week").doesNotContain("brought her relapse plan");
    }

    @Test
    void someoneElsesAgreementAndAServicesStepKeepTheirSubject() {
        String t = soap(p -> set(risk(p), "actionsTaken", "his dad agreed by phone to lock the rifle",
                "EMS to transport to ED"));
        assertThat(t).contains("His father agreed by phone to lock the rifle.")
                .contains("EMS will transport the client to the ED.")
                .doesNotContain("actions included his dad").doesNotContain("actions included EMS");
    }

    @Test
    void theCliniciansWordBeforeANounOwnsItInEveryVoice() {
        Consumer<ObjectNode> video = p -> {
            p.put("modality", "TELEHEALTH_VIDEO");
            p.put("location", "pt at her apartment; clinician office");
        };
        // Round 34: the clinician's place is said in its own clause, never as where the client joined from.
        assertThat(soap(video)).contains("and this clinician at the office").doesNotContain("this clinician office");
        StyleProfile first = CorpusStyles.all().get("first-person-short");
        String mine = draft(NoteFormat.SOAP, first, video).text();
        assertThat(mine).contains("and me at the office").doesNotContain("I office", "this clinician");
    }

    @Test
    void parentsWithoutTheClientAreMoreThanOneAndFamilySupportIsAFactor() {
        String t = soap(p -> {
            p.put("serviceType", "FAMILY_WITHOUT_CLIENT");
            ArrayNode people = p.putArray("participants");
            people.addObject().put("role", "parents").put("name", "");
            set(risk(p), "protectiveFactors", "family support", "her 2 cats");
        });
        assertThat(t).contains("parents were engaged").doesNotContain("parents was")
                .doesNotContain("factor is that family support");
    }

    @Test
    void aCountBeforeTheClientsWordCountsOthersAndTheClientsOwnCountIsTheirs() {
        String t = soap(p -> {
            set(p, "concerns", "nurse on a cardiac unit", "2 patient deaths on her unit last wk");
            set(risk(p), "riskFactors", "pt 2 ED visits in Nov", "lives alone");
        });
        assertThat(t).contains("2 patient deaths on her unit last week").contains("the client's 2 ED visits")
                .doesNotContain("2 the client deaths").doesNotContain("the client 2 ED visits");
    }

    @Test
    void aPieceWithNoSubjectIsThePersonJustNamedsAndAForwardTimeKeepsItAhead() {
        String t = soap(p -> set(risk(p), "actionsTaken", "brother called from session, coming to pick up keys tonight",
                "call pt tomorrow"));
        assertThat(t).contains("will come to pick up keys tonight").doesNotContain("This clinician also came")
                .contains("will also call the client tomorrow").doesNotContain("called the client tomorrow");
    }

    @Test
    void aPointOfAScoreAndPhysicalTherapyAreNeverTheClient() {
        String t = soap(p -> {
            set(p, "concerns", "low back pain, resuming PT next wk", "reported 1 pt drop in pain after breathing");
        });
        assertThat(t).contains("resuming PT").contains("1 pt drop in pain").doesNotContain("resuming the client")
                .doesNotContain("1 the client drop").doesNotContain("1 patient drop");
    }
}
