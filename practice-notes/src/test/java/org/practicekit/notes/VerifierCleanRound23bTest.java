package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Issue 14, round 23b: a clean draft stays clean. The dev prompts hold the client's words quoted without a period
 * typed inside the marks, a modal or a level word inside a copied field ("can", "will", "may", "high"), a response
 * typed as a passive ("coached by leader"), phrasal verbs ("calling out", "gave up", "shuts down"), a loss or a
 * reduction as a goal, and a partner, a sponsor or a spouse named in a response. Every format and style is drafted to
 * {@code target/dev-clean-r23b.md}; the SOAP default drafts to {@code target/dev-clean-r23b-soap.md} with the counts.
 */
class VerifierCleanRound23bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-r23b.jsonl");

    /** A period inside a closing quotation mark (American usage), counted for the report. */
    static final Pattern PERIOD_INSIDE = Pattern.compile("\\.[\"\u201D](?=\\s|$)");
    /** A passive printed as a sentence without its auxiliary: "The client coached by leader." */
    static final Pattern PASSIVE_FRAGMENT = Pattern.compile("(?m)(?:^|[.:,] )(?:[Tt]he client|[Tt]he patient|[A-Z][a-z]+) "
            + "(?:also )?\\w+(?:ed|en) by\\b");

    private final DraftVerifier verifier = DraftVerifier.standard();
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-10T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void theDevFileDraftsCleanAndEveryPlantedErrorIsCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-clean-r23b");
        List<String> flagged = VerifierCleanRound18Test.draftEveryFormat(DEV, "dev-clean-r23b", report);
        StringBuilder soap = new StringBuilder();
        // The SOAP default's tallies: drafts flagged, periods inside a quotation, passive fragments.
        int[] tally = new int[3];
        PromptJson.lines(DEV).forEach(c -> PromptJson.promptOrRefusal(c, soap).ifPresent(prompt -> {
            NoteDraft d = drafter.draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
            soap.append("## ").append(c.path("id").asText()).append("\n\n").append(d.text()).append("\n\n");
            d.verification().findings().forEach(f -> soap.append("FINDING ").append(f).append('\n'));
            tally[0] += d.verification().findings().isEmpty() ? 0 : 1;
            tally[1] += count(PERIOD_INSIDE, d.text());
            tally[2] += count(PASSIVE_FRAGMENT, d.text());
        }));
        int soapFlagged = tally[0];
        int inside = tally[1];
        int passives = tally[2];
        String counts = "SOAP default: drafts flagged " + soapFlagged + ", periods inside a quotation " + inside
                + ", passive fragments " + passives
                + "\nevery format and style: drafts flagged " + flagged.size() + "\n";
        Files.writeString(Path.of("target/dev-clean-r23b-soap.md"), counts + "\n" + soap, StandardCharsets.UTF_8);
        System.out.println(counts + report);
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
        assertThat(passives).as(counts).isZero();
        assertThat(run.cleanFlagged).as(report).isEmpty();
        assertThat(flagged).as(report).isEmpty();
    }

    @Test
    void aQuotationIsCopiedAsTyped() {
        NoteDraft mood = drafter.draft(prompt("q02-mood-quote-two-words"), NoteFormat.SOAP, StyleProfile.defaults());
        String sentence = "The client described mood as \"okay, tired of meds.\"";
        assertThat(mood.text()).contains(sentence).doesNotContain("tired of medications");
        assertThat(verifier.verify(mood).findings()).isEmpty();
        for (String changed : List.of(sentence.replace("okay", "great"), sentence.replace("tired of", "happy with"))) {
            assertThat(verifier.verify(ComposerLinesRound20Test.replaced(mood, sentence, changed)).passed())
                    .as(changed).isFalse();
        }
        // A period the clinician typed inside the marks stays there, and only one ends the sentence.
        NoteDraft typed = drafter.draft(prompt("q03-quote-typed-with-period"), NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(typed.text()).contains("\"I just want it to stop.\" ").doesNotContain("stop.\".");
    }

    @Test
    void aParticipleWithItsAgentIsWrittenAsAPassiveAndItsAgentIsStillChecked() {
        NoteDraft redirected = drafter.draft(prompt("p04-redirected-by-therapist"), NoteFormat.SOAP,
                StyleProfile.defaults());
        String sentence = "In response, the client was redirected by this clinician 2x when interrupting the client's father.";
        assertThat(redirected.text()).contains(sentence);
        assertThat(verifier.verify(redirected).findings()).isEmpty();
        for (String changed : List.of(sentence.replace("this clinician", "the client's mother"),
                sentence.replace("2x", "5x"), sentence.replace("interrupting", "hitting"))) {
            assertThat(verifier.verify(ComposerLinesRound20Test.replaced(redirected, sentence, changed)).passed())
                    .as(changed).isFalse();
        }
        NoteDraft prompted = drafter.draft(prompt("p02-prompted-by-staff"), NoteFormat.SOAP, StyleProfile.defaults());
        assertThat(prompted.text()).contains("the client was prompted by cofacilitator to share")
                .doesNotContainPattern(PASSIVE_FRAGMENT);
    }

    private static SessionPrompt prompt(String id) {
        for (var c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().equals(id)) {
                return PromptJson.promptOrRefusal(c, new StringBuilder()).orElseThrow();
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static int count(Pattern p, String text) {
        return (int) p.matcher(text).results().count();
    }
}
