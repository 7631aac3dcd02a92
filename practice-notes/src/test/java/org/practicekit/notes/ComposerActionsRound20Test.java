package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 20: another person's act typed in the risk actions with a name, a time, consent or several pieces, written as
 * whole sentences in the risk part with the right actor and status. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-actions-r20.md}), each draft verified clean.
 */
class ComposerActionsRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-actions-r20.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-actions-r20.md"))).isEmpty();
        Path independent = Path.of(System.getProperty("r20.independent", "none"));
        if (independent.toFile().isFile()) {
            DevRiskR13ReadTest.writeDrafts(independent, Path.of("target/dev-independent-r20-actions.md"));
        }
    }

    @Test
    void aRelativeCalledWithANameConsentAndWhereTheyStand() {
        assertThat(risk("a01")).contains(
                "The client's brother, Wayne, was called with the client's consent and is en route.")
                .doesNotContain("Actions taken:");
        assertThat(risk("a25")).contains("The client's brother, Wayne, is coming tonight with the client's consent.");
        assertThat(risk("a08")).contains("The client's sister, Ana, was called with the client's consent.")
                .doesNotContain("The sister Ana");
    }

    @Test
    void aServiceDispatchedOrAProviderNotifiedKeepsItsTimeOrDate() {
        assertThat(risk("a02")).contains("Mobile crisis was dispatched at 2:40pm.").doesNotContain("Actions taken:");
        assertThat(risk("a03")).contains("This clinician notified the PCP on 12/3.")
                .doesNotContain("actions included PCP");
        assertThat(risk("a09")).contains("This clinician notified the psychiatrist at 3:15pm.")
                .doesNotContain("The psychiatrist notified");
        assertThat(risk("a26")).contains("A police welfare check was requested at 9:10pm.");
        assertThat(risk("a29")).contains(
                "The psychiatrist, Dr. Lee, was paged at 3:30pm and will call the client tonight.");
    }

    @Test
    void severalPiecesAreOneActorsSentenceOrEachPersonsOwn() {
        assertThat(risk("a06")).contains("Mobile crisis was called at 10:40 and arrived at 11:05.");
        assertThat(risk("a07")).contains(
                "The client's husband joined by phone and agreed to hold the medications.");
        assertThat(risk("a10")).contains("911 was called at 4:05pm. The police arrived at 4:20.");
        assertThat(risk("a12")).contains("This clinician notified the father, who will pick the client up at 5.");
        assertThat(risk("a16")).contains("The client's partner was called with the client's consent and agreed to "
                + "remove the gun tonight.");
        assertThat(risk("a19")).contains("The client's aunt was contacted, but there was no answer.");
        assertThat(risk("a20")).contains("EMS was called at 11:20. The client was transported to the ED.");
        assertThat(risk("a23")).contains("The client's son was called. The client declined consent.")
                .doesNotContain("The son called");
    }

    @Test
    void aCalledPersonIsNeverTheOneWhoCalled() {
        assertThat(risk("a28")).contains("The client's husband was called with the client's consent.")
                .contains("Mobile crisis was dispatched at 2:40pm.")
                .contains("This clinician notified the PCP on 12/3.")
                .doesNotContain("The husband called").doesNotContain("Actions taken:");
    }

    /** The risk part of the SOAP draft of dev prompt {@code id}, verified clean. */
    private String risk(String id) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                NoteDraft d = drafter.draft(PromptJson.prompt(c, id), NoteFormat.SOAP, StyleProfile.defaults());
                assertThat(d.verification().passed()).as(d.verification().report()).isTrue();
                String text = d.text();
                int from = text.indexOf("current risk");
                int to = text.indexOf("Treatment this session targeted", from);
                assertThat(from).isNotNegative();
                return text.substring(from, to < 0 ? text.length() : to);
            }
        }
        throw new IllegalArgumentException(id);
    }
}
