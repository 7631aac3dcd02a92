package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.Shorthand;
import org.practicekit.testing.TestClock;

/**
 * Round 16: the risk part, no-show notes and whose fact it is. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-risk-r16.md}); the prompts below are built here from the first dev prompt's
 * shape (a moderate-risk individual session), not taken from the dev file, and every draft must pass the verifier.
 */
class ComposerRiskRound16Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-risk-r16.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-risk-r16.md"))).isEmpty();
    }

    /** The first dev prompt with {@code edit} applied, drafted as SOAP in the default style and verified clean. */
    private NoteDraft soap(Consumer<ObjectNode> edit) {
        ObjectNode c = (ObjectNode) PromptJson.lines(DEV).get(0).deepCopy();
        edit.accept((ObjectNode) c.path("prompt"));
        NoteDraft draft = drafter.draft(PromptJson.prompt(c, "t"), NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft;
    }

    private static String section(NoteDraft draft, String name) {
        return draft.section(name).orElseThrow().text();
    }

    static void set(ObjectNode p, String field, String... items) {
        ArrayNode a = p.putArray(field);
        for (String i : items) {
            a.add(i);
        }
    }

    static ObjectNode risk(ObjectNode p) {
        return (ObjectNode) p.path("risk");
    }

    private static void missed(ObjectNode p, String... outreach) {
        p.put("attendance", "NO_SHOW");
        set(p, "outreach", outreach);
        set(p, "concerns");
        set(p, "mentalStatus");
        p.putArray("interventions");
        p.put("clientResponse", "");
    }

    @Test
    void aMissedSessionKeepsTheClinicansLevelAndSaysHowItWasKnown() {
        String lastSession = section(soap(p -> missed(p, "called x2, left VM")), "assessment");
        assertThat(lastSession).startsWith("Risk was not assessed in a session because the client did not attend. The"
                + " risk level this clinician documented for the client remains moderate, based on the session before"
                + " this one.");
        String reached = section(soap(p -> missed(p, "called pt, no answer", "spoke w/ sister - pt safe per sister")),
                "assessment");
        assertThat(reached).contains("This clinician rated the client's current risk as moderate, based on the outreach.")
                .doesNotContain("assessed the client's current risk");
        String none = section(soap(p -> {
            missed(p, "left voicemail");
            risk(p).put("level", "NONE").put("ideation", "").put("intent", "").put("plan", "").put("means", "")
                    .put("safetyPlan", "").put("followUp", "");
            set(risk(p), "riskFactors");
            set(risk(p), "protectiveFactors");
            set(risk(p), "actionsTaken");
        }), "assessment");
        assertThat(none).contains("Risk was not assessed because the client did not attend the session.")
                .doesNotContain("risk level");
    }

    @Test
    void anAnswerTypedInTheOutreachIsTheClientsNeverTheClinicians() {
        String o = section(soap(p -> missed(p, "called at 9:05 - spoke briefly, pt said overslept, denied SI")), "objective");
        assertThat(o).contains("The client denied SI.").doesNotContain("clinician also denied");
        // Whom the clinician reached is not said: the clinician's own words, never "This clinician also denied SI."
        String unsaid = section(soap(p -> missed(p, "called at 10:10 - spoke briefly, denied SI")), "objective");
        assertThat(unsaid).doesNotContain("clinician also denied").doesNotContain("The client denied");
    }

    @Test
    void theLevelOpensTheRiskPartAtLowRiskToo() {
        String a = section(soap(p -> {
            risk(p).put("level", "LOW").put("ideation", "denies SI").put("intent", "").put("plan", "")
                    .put("means", "").put("safetyPlan", "").put("followUp", "");
            set(risk(p), "actionsTaken");
        }), "assessment");
        assertThat(a).startsWith("This clinician assessed the client's current risk of harm as low. The client denied SI."
                + " Risk factors included recent divorce and living alone.");
    }

    @Test
    void aStepAnotherPersonWillTakeOnTheMeansIsTheirs() {
        String held = section(soap(p -> risk(p).put("means", "sister to hold the pills tonight")), "assessment");
        assertThat(held).contains("The sister will hold the pills tonight.").doesNotContain("The sister to hold");
    }

    @Test
    void theSafetyPlanAndTheFollowUpFollowTheFactorsAndTheFollowUpComesLast() {
        String a = section(soap(p -> { }), "assessment");
        assertThat(a.indexOf("Protective factors included")).isLessThan(a.indexOf("safety plan"));
        // Round 17: the risk factors come before the protective factors, the follow-up last (round 16 put them after).
        assertThat(a.indexOf("Risk factors included")).isGreaterThan(0).isLessThan(a.indexOf("Protective factors"));
        assertThat(a.indexOf("Follow-up is a phone check Saturday.")).isGreaterThan(a.indexOf("safety plan"))
                .isGreaterThan(a.indexOf("sister take the oxycodone"));
    }

    @Test
    void safetyPlanAndMeansStepsTypedInThePlanOrHomeworkAreInTheRiskPart() {
        NoteDraft d = soap(p -> {
            set(p, "plan", "safety plan on phone", "weekly sessions", "sister to lock up meds tonight");
            set(p, "homework", "give razors to roommate", "thought log daily");
        });
        String a = section(d, "assessment");
        String plan = section(d, "plan");
        assertThat(a).contains("safety plan, copy on phone").doesNotContain("safety plan on phone").contains("lock up medications tonight")
                .contains("give razors to the roommate");
        assertThat(plan).doesNotContain("safety plan").doesNotContain("razors").doesNotContain("lock up")
                .contains("weekly sessions").contains("thought log");
    }

    @Test
    void anIntakeGoalRatedMetWasMetNeverIdentified() {
        NoteDraft d = soap(p -> {
            p.put("serviceType", "DIAGNOSTIC_EVALUATION");
            ArrayNode goals = p.putArray("goals");
            goals.addObject().put("goal", "identify treatment goals").put("rating", "GOAL_MET").put("evidence", "");
            goals.addObject().put("goal", "reduce panic attacks").put("rating", "STEADY_PROGRESS").put("evidence", "");
        });
        assertThat(d.text()).contains("The client met the goal of identifying treatment goals.")
                .doesNotContain("identified the goal of identifying");
    }

    @Test
    void daysTypedShortAreDaysWhereTheyCannotBeTheVerbOrTheNoun() {
        assertThat(Shorthand.expand("phone check Sat", false)).isEqualTo("phone check Saturday");
        assertThat(Shorthand.expand("sess Thu or Sun", false)).isEqualTo("sess Thursday or Sunday");
        assertThat(Shorthand.expand("pt sat with mother", false)).isEqualTo("pt sat with mother");
        assertThat(Shorthand.expand("Sat in car for an hour", false)).isEqualTo("Sat in car for an hour");
        assertThat(Shorthand.expand("out in the sun", false)).isEqualTo("out in the sun");
    }

    @Test
    void anObservationTypedAmongTheConcernsIsWhatWasSeen() {
        String s = section(soap(p -> set(p, "concerns", "low mood", "appeared disheveled", "observed to be pressured")),
                "subjective");
        assertThat(s).contains("The client reported low mood.").contains("The client appeared disheveled.")
                .contains("The client was observed to be pressured.").doesNotContain("having");
    }
}
