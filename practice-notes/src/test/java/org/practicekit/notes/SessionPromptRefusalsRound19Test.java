package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 19: a preposition stranded by its own clause ends a finished phrase ("mother well cared for", "older sister
 * she's close to"); an unfinished one ("referred for", "close to") is still refused. Counts the refusals of every corpus
 * and both independent sets ({@code target/refusals-r19-counts.txt}); every accepted dev draft must pass the verifier.
 */
class SessionPromptRefusalsRound19Test {
    static final Path DEV = VerifierCleanRound19Test.DEV;

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void countsRefusalsAndDraftsTheDevFileClean() throws IOException {
        SessionPromptRefusalsRound18Test.writeRefusalCounts(Path.of("target/refusals-r19-counts.txt"),
                Path.of("../corpora/notes/dev-independent-r18.jsonl"), Path.of("../corpora/notes/dev-independent-r19.jsonl"));
        String flagged = PromptJson.writeDraftsForReading(drafter, "refusals-r19", DEV);
        // Left for a later round (see VerifierCleanRound19Test): "per X" after a denial, n03.
        assertThat(flagged.lines().filter(l -> !l.isBlank() && Character.isLowerCase(l.charAt(0))))
                .as(flagged).allMatch(l -> l.startsWith("n03-no-per-source "));
    }

    private static JsonNode dev(String id) {
        return PromptJson.lines(DEV).stream().filter(x -> x.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aPrepositionStrandedByItsOwnClauseIsAFinishedPhrase() throws IOException {
        for (String id : List.of("w01-well-cared-for", "w02-sister-shes-close-to", "w03-aunt-hes-able-to-talk-to",
                "w04-coach-theyre-connected-with", "w05-bills-accounted-for", "w07-hygiene-attended-to",
                "w08-friend-im-close-to")) {
            StringBuilder why = new StringBuilder();
            assertThat(PromptJson.promptOrRefusal(dev(id), why)).as(id + ": " + why).isPresent();
        }
        assertThat(PromptJson.verifiedSoap(drafter, DEV, "w02-sister-shes-close-to").text())
                .contains("older sister she's close to");
        assertThat(PromptJson.verifiedSoap(drafter, DEV, "w01-well-cared-for").text())
                .contains("mother well cared for");
    }

    @Test
    void refusesAPhraseThatStopsOnItsPreposition() {
        for (String id : List.of("r01-referred-for", "r02-homework-talk-to", "r03-protective-close-to",
                "r04-worried-about", "r05-sent-to", "r06-admitted-to", "r07-walk-with", "r08-cared-for-alone")) {
            StringBuilder why = new StringBuilder();
            assertThat(PromptJson.promptOrRefusal(dev(id), why)).as(id).isEmpty();
            assertThat(why.toString()).as(id).contains("ends unfinished");
        }
    }
}
