package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 17: the verifier reads typed words where a sentence hands over to an intervention's focus ("with a focus on",
 * "targeting", "for", "on"), its response ("In response, ", "During this work, ") or a goal's evidence ("as evidenced
 * by", "with"), as well as after a colon, "focused on" and "included": a word swapped, a "not" put in or a clause added
 * inside the copied words is flagged. Planted in the SOAP and DAP drafts of both dev files and the train corpus.
 */
class VerifierLinesRound17Test {
    private static final List<Path> SETS = List.of(ComposerLinesRound16Test.DEV, VerifierProseRound17Test.DEV,
            Path.of("src/test/resources/corpus/prompts.jsonl"));
    /** The hand-overs this round adds to round 17's colon, "focused on" and "included". */
    private static final List<String> LEADS = List.of("in response, ", "during this work, ", " with a focus on ",
            " targeting ", " on ", " for ", " as evidenced by ");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();
    private final DraftVerifier verifier = DraftVerifier.standard();

    @Test
    void aChangeInsideAFocusResponseOrEvidenceWovenIntoASentenceIsFlagged() throws IOException {
        VerifierProseRound17Test.assertCaught(drafter, verifier, SETS, LEADS,
                key -> key.startsWith("interventions[") || key.startsWith("goals["), "lines-r17-planted.txt", 90);
    }
}
