package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.PhraseReader;
import org.practicekit.testing.TestClock;

/**
 * Round 20: a height typed in feet and inches ("ht 5'5\"") carries an inch mark, not an open quotation, and is
 * accepted and drafted verbatim; a count of time typed short ("5 wks without") may end on "without", and "gambling: 2
 * mos without" is written "2 mos without gambling"; a quotation left open is still refused, as are a question and a
 * phrase that stops on its preposition ("stayed home without").
 */
class SessionPromptRefusalsRound20Test {
    static final Path DEV = VerifierCleanRound20Test.DEV;

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static JsonNode dev(String id) {
        return PromptJson.lines(DEV).stream().filter(x -> x.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void countsRefusals() throws IOException {
        SessionPromptRefusalsRound18Test.writeRefusalCounts(Path.of("target/refusals-r20-counts.txt"),
                Path.of("../corpora/notes/dev-independent-r18.jsonl"), Path.of("../corpora/notes/dev-independent-r19.jsonl"),
                Path.of("../corpora/notes/dev-independent-r20.jsonl"));
    }

    @Test
    void aHeightInFeetAndInchesIsAcceptedAndDraftedVerbatim() throws IOException {
        for (String id : List.of("e01-wks-without", "e02-height", "e03-medical-risk", "e04-foci-list", "e05-height-other",
                "e07-wks-without-cig", "e08-etoh-wks-without", "e09-sober-mos-without")) {
            StringBuilder why = new StringBuilder();
            assertThat(PromptJson.promptOrRefusal(dev(id), why)).as(id + ": " + why).isPresent();
        }
        assertThat(PromptJson.verifiedSoap(drafter, DEV, "e02-height").text()).contains("ht 5'5\", wt 102 lbs");
        assertThat(PromptJson.verifiedSoap(drafter, DEV, "e05-height-other").text()).contains("6'1\"");
    }

    @Test
    void aCountOfTimeWithoutWhatItNamesIsWrittenAsASentence() throws IOException {
        // "gambling: 2 mos without": the span's short form is read as Units reads it, and the noun named first is
        // what the client went without.
        assertThat(PromptJson.verifiedSoap(drafter, DEV, "e09-sober-mos-without").text())
                .contains("2 mos without gambling.");
    }

    @Test
    void refusesWhatCannotBeWritten() {
        for (String[] c : List.of(new String[] {"r01-open-quote", "unmatched quotation mark"},
                new String[] {"r02-ends-without", "ends unfinished"}, new String[] {"r03-question", "is a question"},
                new String[] {"r04-ends-of", "ends unfinished"}, new String[] {"r05-stayed-without", "ends unfinished"})) {
            StringBuilder why = new StringBuilder();
            assertThat(PromptJson.promptOrRefusal(dev(c[0]), why)).as(c[0]).isEmpty();
            assertThat(why.toString()).as(c[0]).contains(c[1]);
        }
        // An inch mark is read only after feet: a quoted "5" is a quotation as before.
        assertThat(PhraseReader.inchMarks("rated it \"5\" today")).isZero();
        assertThat(PhraseReader.inchMarks("ht 5'5\", 6' 1\"")).isEqualTo(2);
    }
}
