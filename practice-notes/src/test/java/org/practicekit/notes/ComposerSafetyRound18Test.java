package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 18: who did what in the risk part, and whether it happened. Every dev prompt is drafted in the five formats,
 * a corpus style in turn ({@code target/dev-safety-r18.md}), each draft verified clean; the prompts below are dev
 * prompts found by id, some edited here, and each draft must pass the verifier.
 */
class ComposerSafetyRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-safety-r18.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-safety-r18.md"))).isEmpty();
    }

    /** The dev prompt {@code id} with {@code edit} applied, drafted in {@code format} and verified clean. */
    private NoteDraft draft(String id, NoteFormat format, StyleProfile style, Consumer<ObjectNode> edit) {
        JsonNode found = PromptJson.lines(DEV).stream().filter(c -> c.path("id").asText().equals(id)).findFirst()
                .orElseThrow();
        ObjectNode c = found.deepCopy();
        edit.accept((ObjectNode) c.path("prompt"));
        NoteDraft draft = drafter.draft(PromptJson.prompt(c, "t"), format, style);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft;
    }

    private String soap(String id) {
        return draft(id, NoteFormat.SOAP, StyleProfile.defaults(), p -> { }).text();
    }

    private String soap(String id, String... actions) {
        return draft(id, NoteFormat.SOAP, StyleProfile.defaults(), p -> {
            var list = JsonNodeFactory.instance.arrayNode();
            for (String a : actions) {
                list.add(a);
            }
            ((ObjectNode) p.path("risk")).set("actionsTaken", list);
        }).text();
    }

    @Test
    void anOptionTheClinicianPutIsTheClinicians_andTheAnswerIsWhoeverGaveIt() {
        String t = soap("s01-pt-declined-admission");
        assertThat(t).contains("This clinician discussed voluntary admission with the client, and the client declined.")
                .doesNotContain("The client discussed").doesNotContain("The client declined.");
        assertThat(soap("s04-clinician-declined-wrong"))
                .contains("This clinician discussed hospitalization with the client, and the client declined.")
                .doesNotContain("reported discussed");
        // A family member's answer is theirs, never the client's.
        assertThat(draft("s22-parent-declined", NoteFormat.BIRP, StyleProfile.defaults(), p -> { }).text())
                .contains("This clinician offered an IOP referral, and the father declined.");
        assertThat(soap("s23-offered-accepted"))
                .contains("This clinician offered an IOP referral, and the client accepted.");
        // Discussed and no more: never written as agreed or as a step someone will take.
        assertThat(soap("s05-planned-not-done"))
                .contains("This clinician discussed a plan to remove the Tylenol from home with the client.")
                .doesNotContain("The client discussed");
    }

    @Test
    void theFirstPersonStyleKeepsTheSameActors() {
        String t = draft("s01-pt-declined-admission", NoteFormat.DAP, CorpusStyles.all().get("first-person-short"),
                p -> { }).text();
        assertThat(t).contains("I discussed voluntary admission with the client, and the client declined.");
    }

    @Test
    void aStepOnTheMeansNamesItsItemsAndWhoseRelativeTakesIt() {
        assertThat(soap("s02-brother-holds-handgun"))
                .contains("The client's brother will hold the handgun until further notice.")
                .doesNotContain("will hold handgun");
        assertThat(soap("s06-discussed-vs-agreed"))
                .contains("The client's wife agreed to remove the rope from the garage.");
        assertThat(soap("s27-dash-list")).contains("The client will give the key to the client's father.")
                .contains("The client's father agreed to change the lock.");
        assertThat(soap("s04-clinician-declined-wrong"))
                .contains("The client declined to give the razors to the roommate.");
        // A relative in the session is named as the opening sentence names them.
        assertThat(draft("s03-family-agreed", NoteFormat.SOAP, StyleProfile.defaults(), p -> { }).text())
                .contains("The mother agreed to lock up the medications tonight.");
    }

    @Test
    void anActDoneBySomeoneIsTheirs_andAStepTypedInPiecesIsWholeSentences() {
        assertThat(soap("s24-attempt-history-plan"))
                .contains("The client and the client's sister disposed of the pills at the pharmacy.")
                .doesNotContain("actions included pills");
        String t = soap("s17-means-steps-fragments");
        assertThat(t).contains("The rifle will go to the client's brother's house tonight. The ammo was locked in the"
                + " truck.").doesNotContain("actions included rifle");
        // An action the clinician took stays the clinician's.
        assertThat(soap("s20-pt-refused-plan", "mother notified w/ pt consent", "pt refused to give up pills"))
                .contains("notified the client's mother with the client's consent.")
                .contains("The client refused to give up the pills.");
    }

    @Test
    void theFollowUpIsOneSentenceAndEndsTheBlockInEveryFormat() {
        for (NoteFormat format : NoteFormat.standard()) {
            String t = draft("s18-followup-split", format, StyleProfile.defaults(), ComposerSafetyRound18Test::goal).text();
            assertThat(t).as(format.name()).contains("Follow-up is a phone check Saturday and the next session Tuesday.")
                    .doesNotContain("Follow-up also includes");
        }
        for (NoteFormat format : NoteFormat.standard()) {
            String t = draft("s09-tele-location", format, StyleProfile.defaults(), ComposerSafetyRound18Test::goal).text();
            int[] at = {t.indexOf("current risk of suicide as high."), t.indexOf("The client reported daily SI."),
                t.indexOf("described a plan to overdose."), t.indexOf("Risk factors included chronic pain."),
                t.indexOf("Protective factors included"),
                // Round 37: the step on the means comes before the safety plan.
                t.indexOf("The client's husband will hold the oxycodone."), t.indexOf("completed the safety plan"),
                t.indexOf("The client's husband agreed to stay with the client tonight."),
                t.indexOf("The follow-up plan includes a call tomorrow")};
            assertThat(at).as(format.name() + ": " + t).isSorted().doesNotContain(-1);
        }
    }

    /** A treatment-plan goal, which GIRP is written around. */
    private static void goal(ObjectNode p) {
        p.putArray("goals").addObject().put("goal", "remain safe and reduce suicidal thoughts")
                .put("rating", "STEADY_PROGRESS").put("evidence", "");
    }

    @Test
    void aPlanTypedAsOneGerundIsThePlanAndAQuestionAskedIsTheClinicians() {
        assertThat(soap("s26-clinician-will")).contains("The client described hanging as the plan.")
                .doesNotContain("The client hung.");
        assertThat(draft("s32-low-asked", NoteFormat.DAP, StyleProfile.defaults(), p -> { }).text())
                .contains("When asked about SI, the client denied it.").doesNotContain("The client asked");
    }

    @Test
    void theVerifierStillCatchesADenialThatContradictsTheRiskFields() {
        NoteDraft clean = draft("s01-pt-declined-admission", NoteFormat.SOAP, StyleProfile.defaults(), p -> { });
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("mode", "replace").put("kind", "risk-denial")
                .put("find", "The client reported daily SI.").put("text", "The client denied SI.");
        NoteDraft bad = PlantedErrors.plant(clean, error).orElseThrow();
        assertThat(DraftVerifier.standard().verify(bad).passed()).isFalse();
        // And an affirmation where the client was only asked and denied.
        NoteDraft low = draft("s32-low-asked", NoteFormat.SOAP, StyleProfile.defaults(), p -> { });
        ObjectNode affirmed = JsonNodeFactory.instance.objectNode().put("mode", "replace").put("kind", "risk-denial")
                .put("find", "When asked about SI, the client denied it.").put("text", "The client endorsed SI.");
        assertThat(DraftVerifier.standard().verify(PlantedErrors.plant(low, affirmed).orElseThrow()).passed())
                .isFalse();
    }
}
