package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 21b: whose a typed piece is. The dev prompts type items about partners, parents, children, coworkers and a
 * clinician-client's patients, each with pieces that are the other person's and pieces that are the client's. Every
 * prompt is drafted in every standard format and corpus style ({@code target/dev-whose-r21b.md}), each draft verified
 * clean, every planted wrong actor caught, and the sentences of the class counted ({@code target/dev-whose-r21b-counts.txt}).
 */
class ComposerWhoseRound21bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-whose-r21b.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-08T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    /**
     * The counter: in the SOAP draft (default style) of each prompt, the sentence holding the first two words of a piece
     * typed after a comma in an item that opens with a piece about someone other than the client; its subject read as
     * "client" ("The client ..."), "kept" (the item's first piece in the same sentence or line) or "other" (any other
     * subject). And medication lists given a source the prompt does not name ("By the client's report, current ...").
     */
    static Map<String, Integer> counts(List<NoteDraft> soap, List<JsonNode> cases) {
        Map<String, Integer> n = new TreeMap<>();
        Pattern client = Pattern.compile("(?i)^(?:the (?:client|patient)|she|he)\\b.*");
        for (int i = 0; i < cases.size(); i++) {
            String text = soap.get(i).text();
            n.merge("medication source not typed", count(text, "'s report, current medication"), Integer::sum);
            for (JsonNode concern : cases.get(i).path("prompt").path("concerns")) {
                String[] pieces = concern.asText().split(", ");
                if (pieces.length < 2 || pieces[0].toLowerCase(Locale.ROOT).matches("(?:pt|clt|client)\\b.*")) {
                    continue;
                }
                String[] words = pieces[1].toLowerCase(Locale.ROOT).split(" ");
                String probe = words.length > 1 ? words[0] + " " + words[1] : words[0];
                String head = pieces[0].toLowerCase(Locale.ROOT).split(" ")[0];
                for (String sentence : text.split("(?<=\\.) |\n")) {
                    String lower = sentence.toLowerCase(Locale.ROOT);
                    int at = lower.indexOf(probe);
                    if (at < 0) {
                        continue;
                    }
                    String kind = lower.contains(head) && lower.indexOf(head) < at ? "kept"
                            : client.matcher(sentence.strip()).matches() ? "client" : "other";
                    n.merge(kind, 1, Integer::sum);
                    break;
                }
            }
        }
        return n;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void writesEveryDevDraftForReadingEachPassesAndEveryWrongActorIsCaught() throws IOException {
        StringBuilder out = new StringBuilder();
        StringBuilder flagged = new StringBuilder();
        PromptJson.draftsForReading(drafter, DEV, false, out, flagged);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-whose-r21b.md"), out, StandardCharsets.UTF_8);
        List<JsonNode> cases = PromptJson.lines(DEV);
        List<NoteDraft> soap = cases.stream().map(c -> drafter.draft(PromptJson.prompt(c, c.path("id").asText()),
                NoteFormat.SOAP, StyleProfile.defaults())).toList();
        StringBuilder soapText = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            soapText.append("## ").append(cases.get(i).path("id").asText()).append("\n").append(soap.get(i).text())
                    .append("\n\n");
        }
        Files.writeString(Path.of("target/dev-whose-r21b-soap.md"), soapText, StandardCharsets.UTF_8);
        Map<String, Integer> counts = counts(soap, cases);
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-whose-r21b");
        Files.writeString(Path.of("target/dev-whose-r21b-counts.txt"), counts + "\n" + report, StandardCharsets.UTF_8);
        // Left alone: w11, a family session without the client whose mother and father are written "the parents" (an
        // invented person to the verifier, flagged on the base too) and "missing work" written as the parents' report.
        List<String> leftAlone = List.of("w11-grandma-hospice");
        assertThat(flagged.toString().lines().filter(l -> l.startsWith("w") && !l.startsWith("w11-")))
                .as(flagged.toString()).noneMatch(l -> l.matches("w\\d\\d-\\S+ \\S+ \\S+"));
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(run.cleanFlagged.keySet()).as(report).isSubsetOf(leftAlone);
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
        assertThat(counts.getOrDefault("medication source not typed", 0)).as(counts.toString()).isZero();
    }
}
