package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Issue 14, round 22b: a clean draft stays clean. The dev prompts hold the shapes whose clean drafts were flagged: a
 * response naming each member of a group, a day or a place typed beside an event, another person in protective
 * factors, an earlier score in the same item, a dose change typed with an arrow, a diagnosis with a qualifier, two
 * people's items side by side, a telehealth location and the British "judgement". Every format and style is drafted to
 * {@code target/dev-clean-r22b.md}, findings to {@code target/dev-clean-r22b.txt}; the SOAP default drafts to
 * {@code target/dev-clean-r22b-soap.md} with the class counts.
 */
class VerifierCleanRound22bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-r22b.jsonl");

    /** Sentences of the class by shape: a group of people's possessive written "s's", an arrow left between numbers. */
    static final Pattern BROKEN_POSSESSIVE = Pattern.compile(
            "(?i)\\b(?:parents|grandparents|members|caregivers|siblings|kids|children)'s\\b");
    static final Pattern ARROW = Pattern.compile("\\d\\s*(?:->|→|>)\\s*\\d");

    @Test
    void theDevFileDraftsCleanAndEveryPlantedErrorIsCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-clean-r22b");
        List<String> flagged = VerifierCleanRound18Test.draftEveryFormat(DEV, "dev-clean-r22b", report);
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-09T03:00:00Z"))
                .auditLog(new InMemoryAuditLog()).build();
        StringBuilder soap = new StringBuilder();
        int possessives = 0;
        int arrows = 0;
        int soapFlagged = 0;
        for (var c : PromptJson.lines(DEV)) {
            String id = c.path("id").asText();
            var prompt = PromptJson.promptOrRefusal(c, soap);
            if (prompt.isEmpty()) {
                continue;
            }
            NoteDraft d = drafter.draft(prompt.get(), NoteFormat.SOAP, StyleProfile.defaults());
            soap.append("## ").append(id).append("\n\n").append(d.text()).append("\n\n");
            d.verification().findings().forEach(f -> soap.append("FINDING ").append(f).append('\n'));
            soapFlagged += d.verification().findings().isEmpty() ? 0 : 1;
            possessives += count(BROKEN_POSSESSIVE, d.text());
            arrows += count(ARROW, d.text());
        }
        String counts = "SOAP default: drafts flagged " + soapFlagged + ", broken possessives " + possessives
                + ", arrows left " + arrows + "\nevery format and style: drafts flagged " + flagged.size() + "\n";
        Files.writeString(Path.of("target/dev-clean-r22b-soap.md"), counts + "\n" + soap, StandardCharsets.UTF_8);
        System.out.println(counts + report);
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(flagged).as(report).isEmpty();
        assertThat(possessives).as(counts).isZero();
        assertThat(run.cleanFlagged).as(report).isEmpty();
        // c18's "900" is written as typed inside "600mg->900mg", a token the planter cannot find alone. Arrows are
        // counted, not asserted: written as "from 90 to 100 mg" the verifier binds the first dose to the drug where the
        // field's arrow binds it to nothing, and flags it (measured and taken out, see the docs).
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
        assertThat(run.count(PlantedRun.Outcome.CAUGHT)).as(report).isGreaterThanOrEqualTo(30);
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
