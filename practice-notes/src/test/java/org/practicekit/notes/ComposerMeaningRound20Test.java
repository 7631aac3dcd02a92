package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 20: who did it, and the risk block holds every safety step. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-meaning-r20.md}), each draft verified clean; the prompts below are dev
 * prompts found by id, some edited in the test.
 */
class ComposerMeaningRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r20.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-meaning-r20.md"))).isEmpty();
        Path independent = Path.of(System.getProperty("r20.independent", "none"));
        if (independent.toFile().isFile()) {
            DevRiskR13ReadTest.writeDrafts(independent, Path.of("target/dev-independent-r20-moderate.md"));
        }
    }

    /** The dev prompt {@code id} with {@code edit} applied, drafted in {@code format} and verified clean. */
    private String draft(String id, NoteFormat format, Consumer<ObjectNode> edit) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                ObjectNode copy = c.deepCopy();
                edit.accept((ObjectNode) copy.path("prompt"));
                NoteDraft d = drafter.draft(PromptJson.prompt(copy, id), format, StyleProfile.defaults());
                assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
                return d.text();
            }
        }
        throw new IllegalArgumentException(id);
    }

    private String soap(String id) {
        return draft(id, NoteFormat.SOAP, p -> { });
    }

    /** The risk part of a SOAP draft: from the level sentence to the diagnosis sentence. */
    private static String riskPart(String text) {
        int from = text.indexOf("current risk");
        int to = text.indexOf("Treatment this session targeted", from);
        assertThat(from).isNotNegative();
        assertThat(to).isGreaterThan(from);
        return text.substring(from, to);
    }

    @Test
    void aServicesDeedIsTheServicesNeverTheCliniciansNorABrokenPassive() {
        String ems = soap("m02");
        assertThat(riskPart(ems)).contains("EMS transported the client to the ED last night.")
                .contains("The ED discharged the client this am.");
        assertThat(ems).doesNotContain("was transported the client").doesNotContain("actions included ED");
        String police = soap("m20");
        assertThat(riskPart(police)).contains("The police removed the handgun from the truck.");
        assertThat(police).doesNotContain("actions included police");
    }

    @Test
    void aRelativesDeedIsTheirsAndNamedAsTheNoteNamesThem() {
        String t = riskPart(soap("m19"));
        assertThat(t).contains("The client's wife picked the client up from work at 11.")
                .doesNotContain("wife was picked");
        assertThat(riskPart(soap("m04"))).contains("The client's father locked 2 shotguns in safe yesterday.")
                .doesNotContain("The dad");
        assertThat(riskPart(soap("m24"))).contains("The grandmother will hold the car keys.")
                .contains("The aunt will check on the client after school.");
    }

    @Test
    void safetyStepsTypedInTheResponseAreInTheRiskPartAsSentences() {
        for (NoteFormat format : NoteFormat.standard()) {
            // GIRP needs a treatment-plan goal; m17 names none, so one is added for it.
            String t = draft("m17", format, p -> ((com.fasterxml.jackson.databind.node.ArrayNode) p.path("goals"))
                    .addObject().put("goal", "stay safe").put("rating", "STEADY_PROGRESS"));
            assertThat(t).as(format.name()).contains("The father will sleep in her room tonight.")
                    .contains("A copy of the safety plan was given to the father.")
                    .doesNotContain("Response to safety planning:").doesNotContain("showed copy");
            assertThat(t.indexOf("A copy of the safety plan")).as(format.name())
                    .isLessThan(t.indexOf("Treatment this session targeted"));
        }
        assertThat(riskPart(soap("m15"))).contains("A copy of the safety plan was given.")
                .contains("The client's brother will stay overnight.")
                .contains("The plan includes a means check next session.").doesNotContain("Plan: means");
    }

    @Test
    void aPickupTypedInThePlanIsWrittenWithTheSafetyPlan() {
        String t = soap("m16");
        assertThat(riskPart(t)).contains("will pick the client up after session.");
    }

    @Test
    void anOptionAndTheFathersAnswerAreOneSentence() {
        assertThat(riskPart(soap("m17"))).contains(
                "This clinician discussed IOP with the client, and the father agreed to the referral.");
    }

    @Test
    void aSessionWithoutTheClientNeverSaysTheWorkWasWithTheClient() {
        String t = soap("m06");
        assertThat(t).contains("This clinician worked on safety planning, focused on means restriction counseling.")
                .contains("will complete the safety plan with son Tuesday.")
                .contains("The parents will lock the medications tonight.")
                .doesNotContain("safety planning with the client");
    }

    @Test
    void aPartnerSessionIsCouplesOnlyWhenThePromptSaysSo() {
        assertThat(soap("m22")).contains("family psychotherapy session with the client present")
                .doesNotContain("couples");
        assertThat(soap("m23")).contains("conjoint family psychotherapy session");
        assertThat(draft("m22", NoteFormat.SOAP, p -> ((com.fasterxml.jackson.databind.node.ArrayNode) p
                .path("concerns")).add("couple's conflict over chores"))).contains("conjoint family psychotherapy session");
        assertThat(draft("m22", NoteFormat.SOAP, p -> ((com.fasterxml.jackson.databind.node.ArrayNode) p
                .path("concerns")).add("argued a couple of times this week")))
                .contains("family psychotherapy session with the client present");
    }

    @Test
    void theLethalMeansAreNeverMeaning() {
        assertThat(soap("m04")).contains("focused on means safety").doesNotContain("meaning");
    }
}
