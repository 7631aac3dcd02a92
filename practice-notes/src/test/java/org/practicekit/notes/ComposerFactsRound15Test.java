package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 15: what a typed item is. Facts of the record (results, a prescriber's change, another source's report) are
 * written from their source, homework typed as a noun is the task its head names, and the risk part keeps item 9 beside
 * the ideation, the steps on the means beside the means, and the reasons for living after the protective factors.
 * Every dev prompt is drafted in the five formats ({@code target/dev-facts-r15.md}); the prompts below are built here,
 * not taken from the dev file, and every draft must pass the verifier.
 */
class ComposerFactsRound15Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-facts-r15.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPassesButOne() throws IOException {
        // r09's "agreed to give pills to husband to lock up" is flagged before and after this round (the verifier's
        // reading of who locks); every other dev draft passes.
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-facts-r15.md")))
                .allMatch(f -> f.startsWith("r09-reasons-living") && f.contains("WRONG_ACTOR"));
    }

    /** A prompt from the first dev prompt's shape with {@code edit} applied, drafted as SOAP and verified clean. */
    private String soap(java.util.function.Consumer<ObjectNode> edit, String section) {
        JsonNode first = PromptJson.lines(DEV).get(0).deepCopy();
        ObjectNode c = (ObjectNode) first;
        edit.accept((ObjectNode) c.path("prompt"));
        NoteDraft draft = drafter.draft(PromptJson.prompt(c, "t"), NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft.section(section).orElseThrow().text();
    }

    private static void set(ObjectNode p, String field, String... items) {
        ArrayNode a = p.putArray(field);
        for (String i : items) {
            a.add(i);
        }
    }

    @Test
    void resultsAreTheRecordsNeverTheClientsReport() {
        String s = soap(p -> set(p, "concerns", "hba1c 8.1", "GAD-7: 9", "worry about work"), "subjective");
        assertThat(s).contains("The HbA1c was 8.1.").contains("The GAD-7 score was 9.")
                .contains("The client reported worry about work.").doesNotContain("reported hba1c")
                .doesNotContain("noted GAD-7").doesNotContain("concerns:");
        String uds = soap(p -> set(p, "concerns", "uds negative", "cravings at night"), "subjective");
        assertThat(uds).contains("The UDS was negative.");
    }

    @Test
    void anotherSourcesReportNamesItsSource() {
        String school = soap(p -> set(p, "concerns", "per school, 2 suspensions this semester", "low mood"),
                "subjective");
        assertThat(school).contains("The school reported 2 suspensions this semester.")
                .doesNotContain("reported being per school");
        String po = soap(p -> set(p, "concerns", "per probation officer, failed 1 drug test", "low mood"), "subjective");
        assertThat(po).contains("The probation officer reported that the client failed 1 drug test.");
        String pcp = soap(p -> set(p, "concerns", "A1c 6.9 per PCP", "low mood"), "subjective");
        assertThat(pcp).contains("Per the PCP, the A1c was 6.9.");
    }

    @Test
    void aPrescribersChangeIsThePrescribersNeverTheClientsReport() {
        String s = soap(p -> set(p, "concerns", "psychiatrist started lamotrigine 25 mg last wk", "low mood"),
                "subjective");
        assertThat(s).contains("The psychiatrist started lamotrigine 25 mg last week.")
                .doesNotContain("reported psychiatrist").doesNotContain("concerns:");
    }

    @Test
    void homeworkTypedAsANounIsTheTaskItsHeadNames() {
        String plan = soap(p -> set(p, "homework", "worry journal", "relapse prevention worksheet",
                "box breathing practice", "mood tracking app"), "plan");
        assertThat(plan).contains("The client will complete a worry journal, a relapse prevention worksheet, and box"
                + " breathing practice.").contains("The client will also use a mood tracking app.")
                .doesNotContain("Homework:").doesNotContain("agreed to relapse");
        String diary = soap(p -> set(p, "homework", "sleep diary x5 nights", "thought records"), "plan");
        assertThat(diary).contains("The client will complete a sleep diary for 5 nights and thought records.");
    }

    @Test
    void homeworkTypedAsAVerbKeepsItsVerb() {
        String plan = soap(p -> set(p, "homework", "call sponsor 2x this week", "check mood chart nightly",
                "daily walks"), "plan");
        assertThat(plan).contains("agreed to call the client's sponsor 2x this week").contains("to check a mood chart nightly")
                .contains("daily walks").doesNotContain("will complete").doesNotContain("to daily walk");
    }

    @Test
    void itemNineStandsBesideTheDenialAndMeansStepsBesideTheMeans() {
        String risk = soap(p -> {
            ObjectNode r = p.putObject("risk");
            r.put("level", "MODERATE").put("ideation", "denies SI").put("intent", "denies").put("plan", "none")
                    .put("means", "keeps a rifle at home").put("safetyPlan", "reviewed safety plan with client")
                    .put("followUp", "call Friday");
            r.putArray("riskFactors").add("job loss");
            r.putArray("protectiveFactors").add("brother").add("reasons for living - daughter, dog");
            r.putArray("actionsTaken").add("client declined to store rifle with brother").add("gave crisis line");
            ArrayNode sc = p.putArray("screenings");
            ObjectNode phq = sc.addObject().put("instrument", "PHQ9").put("total", 12).put("band", "moderate");
            phq.putArray("items").add(1).add(2).add(2).add(1).add(1).add(2).add(1).add(1).add(1);
        }, "assessment");
        int denial = risk.indexOf("The client denied SI.");
        int item9 = risk.indexOf("PHQ-9 item 9");
        assertThat(denial).isGreaterThanOrEqualTo(0);
        assertThat(item9).as(risk).isGreaterThan(denial).isLessThan(risk.indexOf("intent"));
        int declined = risk.indexOf("The client declined to store the rifle with the client's brother.");
        // Round 37: the steps on the means open the actions, before the safety plan; the follow-up ends them.
        assertThat(declined).as(risk).isGreaterThan(risk.indexOf("Reasons for living"))
                .isLessThan(risk.indexOf("safety plan"));
        assertThat(risk.indexOf("will call")).as(risk).isGreaterThan(risk.indexOf("safety plan"));
        int reasons = risk.indexOf("Reasons for living included daughter and dog.");
        assertThat(reasons).as(risk).isGreaterThan(risk.indexOf("Protective factors included")).isLessThan(
                risk.indexOf("safety plan"));
        assertThat(risk).doesNotContain("Protective factors: reasons");
    }
}
