package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 26: an intervention's response and a goal's evidence written as sentences. Every dev prompt
 * ({@code corpus/dev-responses-prose-r26.jsonl}) is drafted in the five formats, a corpus style in turn
 * ({@code target/dev-responses-prose-r26.md}); every draft must pass the verifier. The counter ({@link #SHAPES}) counts
 * into {@code target/dev-responses-prose-r26-counts.txt}; {@code -Dresponses26.before=<drafts file>} counts an earlier
 * commit's drafts with the same counter.
 */
class ComposerResponsesProseRound26Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-responses-prose-r26.jsonl");

    /**
     * The counter, one count each: a "Response to X:" or "Overall response:" line with text after its colon (a format's
     * "Response:" heading alone is not counted), an "Evidence" or "Evidence for ...:" line, and a sentence holding
     * "This rating is based on".
     */
    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?(?:Response to [^:]+|"
                + "Overall response|Response): .+"));
        SHAPES.put("\"Evidence\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?Evidence(?: for [^:]+)?:.*"));
        SHAPES.put("\"based on\" sentences", s -> s.contains("rating is based on "));
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-responses-prose-r26",
                "responses26.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * A deed whose object is a count with its noun is said as a clause with the client as its subject, beside its
     * rating; a changed count or object is flagged. A count over days with no object keeps its line.
     */
    @Test
    void aDeedWithACountedObjectIsAClauseAndAChangeIsFlagged() {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        DraftVerifier verifier = DraftVerifier.standard();
        SessionPrompt records = withEvidence("rp26-18-misspelled", "paid 2 bills");
        String sentence = "The client paid 2 bills.";
        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft d = drafter.draft(records, format, StyleProfile.defaults());
            assertThat(d.text()).as(format.name()).contains(sentence).doesNotContain("Evidence for the goal:");
            assertThat(verifier.verify(d).findings()).as(format.name()).isEmpty();
        }
        NoteDraft clean = drafter.draft(records, NoteFormat.SOAP, StyleProfile.defaults());
        for (String changed : List.of(sentence.replace("2 bills", "3 bills"),
                sentence.replace("bills", "fines"))) {
            assertThat(verifier.verify(ComposerLinesRound20Test.replaced(clean, sentence, changed)).passed())
                    .as(changed).isFalse();
        }
        SessionPrompt days = withEvidence("rp26-18-misspelled", "used 3 of 7 days");
        assertThat(drafter.draft(days, NoteFormat.SOAP, StyleProfile.defaults()).text())
                .doesNotContain("The client used 3 of 7 days");
    }

    /** A dev prompt with its first goal's evidence replaced. */
    static SessionPrompt withEvidence(String id, String evidence) {
        for (com.fasterxml.jackson.databind.JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().equals(id)) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = c.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("prompt").path("goals").get(0))
                        .put("evidence", evidence);
                return PromptJson.promptOrRefusal(copy, new StringBuilder()).orElseThrow();
            }
        }
        throw new AssertionError(id);
    }
}
