package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 20: a typed noun compound whose first word is also a verb form ("means restriction", "needs assessment",
 * "process group") is the compound, kept as typed, never a verb ("meant restriction"). Every dev prompt is drafted in
 * the five formats, a corpus style in turn ({@code target/dev-means-r20.md}), each draft verified clean.
 */
class ComposerCompoundsRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-means-r20.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-means-r20.md"))).isEmpty();
    }

    @Test
    void aTypedMeansStepIsTheCompoundNeverTheVerbMeant() {
        assertThat(draft("m01")).contains("Actions taken: means restriction counseling w/ pt and wife.")
                .contains("The plan includes a means safety check next session.").doesNotContain("meant");
        assertThat(draft("m17")).contains("Actions taken: means check done with wife by phone.")
                .doesNotContain("meant");
        assertThat(draft("m14")).contains("Actions taken: means restriction counseling provided to parents.")
                .doesNotContain("meant");
    }

    @Test
    void theMeansRemovedAreTheSubjectOfWhatWasDone() {
        assertThat(draft("m03")).contains("Means were removed from home per husband.").doesNotContain("meant");
    }

    @Test
    void aNeedsAssessmentIsNeverSomethingTheClinicianNeeded() {
        assertThat(draft("m12")).contains("Actions taken: Needs assessment done.")
                .contains("The plan includes a needs assessment review next session.").doesNotContain("needed");
        assertThat(draft("m04")).contains("Actions taken: needs assessment completed.");
    }

    @Test
    void aFollowUpCallOrAReviewOfTheSafetyPlanIsAStepNamedNeverAVerb() {
        assertThat(draft("m07")).contains("The plan includes a follow up call tonight at 8.")
                .doesNotContain("will follow up call");
        assertThat(draft("m08")).contains("The plan includes a review of safety plan next session.")
                .doesNotContain("will review of");
    }

    private String draft(String id) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                NoteDraft d = drafter.draft(PromptJson.prompt(c, id), NoteFormat.SOAP, StyleProfile.defaults());
                assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
                return d.text();
            }
        }
        throw new AssertionError(id);
    }
}
