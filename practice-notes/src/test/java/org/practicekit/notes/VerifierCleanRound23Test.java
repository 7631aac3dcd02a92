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
 * Issue 14, round 23: a clean draft stays clean. The dev prompts hold a response naming each member of a group, an
 * event typed with its day and place, other people's items in protective factors and a group response, an earlier
 * score in the same item, a dose change typed with an arrow, two people's items in one list, "parents deny SI/HI", and
 * telehealth locations that say who joined from where. Every format and style is drafted to
 * {@code target/dev-clean-r23.md}; the SOAP default drafts to {@code target/dev-clean-r23-soap.md} with the counts.
 */
class VerifierCleanRound23Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-clean-r23.jsonl");

    /** A group's possessive written "s's" ("parents's"). */
    static final Pattern BROKEN_POSSESSIVE = VerifierCleanRound22bTest.BROKEN_POSSESSIVE;
    /** An arrow left between two numbers. */
    static final Pattern ARROW = Pattern.compile("\\d\\s*(?:mg)?\\s*(?:->|→|>|=>)\\s*\\d");
    /** A label inside a sentence's label: "... therapy: parents: Dana ...", a typed group label left in. */
    static final Pattern SECOND_LABEL = Pattern.compile("(?m)^[^\\n.]*:[^\\n.:]*\\b\\w+: [A-Z]");
    /** A location that says its own joining twice ("joining from the couple joined from ..."). */
    static final Pattern JOINED_TWICE = Pattern.compile("(?i)\\bjoin\\w*\\b[^.\\n]*\\bjoin\\w*\\b");

    @Test
    void theDevFileDraftsCleanAndEveryPlantedErrorIsCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-clean-r23");
        List<String> flagged = VerifierCleanRound18Test.draftEveryFormat(DEV, "dev-clean-r23", report);
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-10T03:00:00Z"))
                .auditLog(new InMemoryAuditLog()).build();
        StringBuilder soap = new StringBuilder();
        int possessives = 0;
        int arrows = 0;
        int labels = 0;
        int joined = 0;
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
            labels += count(SECOND_LABEL, d.text());
            joined += count(JOINED_TWICE, d.text());
        }
        String counts = "SOAP default: drafts flagged " + soapFlagged + ", broken possessives " + possessives
                + ", arrows left " + arrows + ", second labels " + labels + ", joined twice " + joined
                + "\nevery format and style: drafts flagged " + flagged.size() + "\n";
        Files.writeString(Path.of("target/dev-clean-r23-soap.md"), counts + "\n" + soap, StandardCharsets.UTF_8);
        System.out.println(counts + report);
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(flagged).as(report).isEmpty();
        assertThat(possessives).as(counts).isZero();
        assertThat(run.cleanFlagged).as(report).isEmpty();
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
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
