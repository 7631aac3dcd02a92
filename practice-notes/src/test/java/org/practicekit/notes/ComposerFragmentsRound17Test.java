package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.TypedFragments;
import org.practicekit.testing.TestClock;

/**
 * Round 17: typed fragments read as what they are (a noun phrase with its date or number, a measurement, a clause,
 * a gerund, a list of different kinds). The dev prompts and the train and dev corpora are drafted in every standard
 * format and corpus style ({@code target/fragments-r17-*.md} for reading); every draft must pass the verifier.
 */
class ComposerFragmentsRound17Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-fragments-r17.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T08:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReading() throws IOException {
        String flagged = PromptJson.writeDraftsForReading(drafter, "fragments-r17", DEV);
        assertThat(flagged).isEmpty();
    }

    /** The dev prompt {@code id} drafted as SOAP in the default style; the draft must pass the verifier. */
    private NoteDraft soap(String id) throws IOException {
        return PromptJson.verifiedSoap(drafter, DEV, id);
    }

    @Test
    void aDateOrYearTypedAfterANounTakesItsPreposition() throws IOException {
        String dui = soap("f17-01-dui-date").text();
        assertThat(dui).contains("The client reported DUI arrest on 2/28.").contains("a court date on 3/15.")
                .doesNotContain("arrest 2/28");
        assertThat(soap("f17-17-tele-audio-crisis").text()).contains("a prior attempt in 2019.")
                .contains("The client reported eviction notice on 12/1.");
        assertThat(soap("f17-04-deployment").text()).contains("having been deployed to Iraq in 2007.");
        // One name and a year: what happened there the clinician did not type, so nothing is added.
        assertThat(soap("f17-03-iraq-year").text()).contains("Iraq 2007").doesNotContain("in 2007")
                .doesNotContain("deploy");
        assertThat(TypedFragments.dated("since 10/15")).isEqualTo("since 10/15");
        assertThat(TypedFragments.dated("school refusal since 10/15")).isEqualTo("school refusal since 10/15");
    }

    @Test
    void aVerbTypedWithoutItsSubjectReadsAsTheDeed() throws IOException {
        assertThat(soap("f17-12-bare-verb").text()).contains("The client reported isolating in room.")
                .contains("the client described arguing with mom.").doesNotContain("isolate in")
                .doesNotContain("argue with");
        assertThat(soap("f17-02-breakup-mixed").text()).contains("checking ex's social media daily")
                .doesNotContain("noted checks");
        // Nouns that are verbs too stay nouns: "a fight with roommate", "urges to drink" (round 41: "with the roommate").
        assertThat(soap("f17-20-count-noun").text()).contains("a fight with the roommate");
        assertThat(soap("f17-21-homework-mixed").text()).contains("The client reported urges to drink.");
    }
}
