package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 17: who did it, whether it happened, and the risk block. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-meaning-r17.md}); the prompts below are built here from one dev prompt's
 * shape (a high-risk individual session), edited in the test, and every draft must pass the verifier.
 */
class ComposerMeaningRound17Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r17.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        // m30's "Pills were given to husband to hold." is flagged on main too (the verifier reads the husband as the
        // one who holds and the passive as giving it away); the verifier is another helper's, left to them.
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-meaning-r17.md")))
                .allMatch(f -> f.startsWith("m30-plan-might ") && f.contains("given to husband to hold"));
    }

    /** The high-risk dev prompt m16 with {@code edit} applied, drafted in {@code format} and verified clean. */
    private NoteDraft draft(NoteFormat format, Consumer<ObjectNode> edit) {
        ObjectNode c = (ObjectNode) PromptJson.lines(DEV).get(15).deepCopy();
        edit.accept((ObjectNode) c.path("prompt"));
        NoteDraft draft = drafter.draft(PromptJson.prompt(c, "t"), format, StyleProfile.defaults());
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft;
    }

    private NoteDraft soap(Consumer<ObjectNode> edit) {
        return draft(NoteFormat.SOAP, edit);
    }

    private static void set(ObjectNode p, String field, String... items) {
        ComposerRiskRound16Test.set(p, field, items);
    }

    private static ObjectNode risk(ObjectNode p) {
        return ComposerRiskRound16Test.risk(p);
    }

    @Test
    void theRiskBlockAtHighRiskIsWholeAndInOrderInEveryFormat() {
        for (NoteFormat format : new NoteFormat[] {NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP}) {
            String t = draft(format, p -> risk(p).put("followUp", "phone check tomorrow")).text();
            int level = t.indexOf("assessed the client's current risk of suicide as high.");
            int plan = t.indexOf("The client described a plan to overdose on stored pills.");
            int means = t.indexOf("The client reported access to");
            int risks = t.indexOf("Risk factors included a job loss, firearm access, and a prior attempt in 2019.");
            int protective = t.indexOf("Protective factors included the client's daughter, the client's dog, and faith.");
            int safetyPlan = t.indexOf("completed the safety plan with the client.");
            int meansStep = t.indexOf("The client's brother will hold the handgun.");
            int crisisLine = t.indexOf("988 information was given.");
            // Round 41: a held role after a verb takes "the" ("consulted the supervisor").
            int consulted = t.indexOf("consulted the supervisor.");
            int followUp = t.indexOf("Follow-up is a phone check tomorrow.");
            // Round 37: the step on the means before the safety plan, as a reviewer reads the actions.
            assertThat(new int[] {level, plan, means, risks, protective, meansStep, safetyPlan, crisisLine, consulted,
                    followUp}).as(format + ": " + t).isSorted().doesNotContain(-1);
            // Nothing of the risk part after the follow-up: the risk factors and the actions come before it.
            assertThat(t.substring(followUp)).doesNotContain("Risk factors").doesNotContain("988");
        }
    }

    @Test
    void aPlanTypedAsAGerundOrWithWouldIsWhatTheClientWouldDoNeverADeed() {
        String gerund = soap(p -> risk(p).put("plan", "jumping off the Rt 9 bridge")).text();
        assertThat(gerund).contains("The client described a plan to jump off the Rt 9 bridge.")
                .doesNotContain("jumped");
        String would = soap(p -> risk(p).put("plan", "would jump off the overpass near work")).text();
        assertThat(would).contains("The client described a plan to jump off the overpass near work.")
                .doesNotContain("The client would jump");
        String thinking = soap(p -> risk(p).put("plan", "thinking about jumping from bridge")).text();
        assertThat(thinking).doesNotContain("plan to think");
    }

    @Test
    void aMoodTheClientGaveIsTheClientsAccountNeverAnObservation() {
        String reported = soap(p -> set(p, "mentalStatus", "reports mood irritable", "affect restricted")).text();
        assertThat(reported).contains("The client described mood as irritable.").contains("Affect was restricted.")
                .doesNotContain("Mood was irritable").doesNotContain("Reports mood");
        String quoted = soap(p -> set(p, "mentalStatus", "mood 'irritable'")).text();
        assertThat(quoted).contains("The client described mood as \"irritable.\"").doesNotContain("Mood was");
        String described = soap(p -> set(p, "mentalStatus", "pt describes mood as 'down'")).text();
        assertThat(described).contains("The client described mood as \"down.\"").doesNotContain("Mental status:");
        // The examiner's own word stays an observation.
        String observed = soap(p -> set(p, "mentalStatus", "mood irritable")).text();
        assertThat(observed).contains("Mood was irritable.");
    }

    @Test
    void whatTheClinicianObservedIsTheClinciansNeverTheClients() {
        String o = soap(p -> set(p, "mentalStatus", "observed fidgeting", "tearful")).text();
        assertThat(o).contains("This clinician observed fidgeting.").doesNotContain("The client observed");
    }

    @Test
    void aParticipantThereForPartOfTheSessionIsNotWrittenAsThereThroughout() {
        String s = soap(p -> {
            p.put("serviceType", "FAMILY_WITH_CLIENT");
            ArrayNode people = p.putArray("participants");
            people.addObject().put("role", "father (joined last 15 min)").put("name", "");
        }).text();
        assertThat(s).contains("The client's father joined for the last 15 minutes.").doesNotContain("(joined");
    }

    @Test
    void aFamilyMembersRiskIsTheirsAndARegressionIsNotSoftened() {
        NoteDraft d = soap(p -> {
            set(risk(p), "riskFactors", "mother's hx of suicide attempt", "job loss");
            ArrayNode goals = p.putArray("goals");
            goals.addObject().put("goal", "reduce SI frequency").put("rating", "REGRESSION").put("evidence", "");
        });
        assertThat(d.text()).contains("Risk factors included the client's mother's history of suicide attempt")
                .contains("The client showed regression on the goal of reducing SI frequency.")
                .doesNotContain("some regression");
    }
}
