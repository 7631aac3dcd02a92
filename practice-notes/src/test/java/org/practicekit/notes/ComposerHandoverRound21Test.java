package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.HandOvers;
import org.practicekit.testing.TestClock;

/**
 * Round 21: a typed item handed over after the composer's words (", as shown by", ", centered on") is one a sentence can
 * end on. The dev prompts ({@code dev-handover-r21.jsonl}) and the dev files of rounds 19 and 20 are drafted in every
 * standard format and corpus style ({@code target/handover-r21-*.md}); every sentence holding a hand-over is counted by
 * the shape of what follows it ({@code target/handover-r21-counts.txt}), and every draft must pass the verifier.
 */
class ComposerHandoverRound21Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-handover-r21.jsonl");

    /**
     * The counter: shapes of a handed item no sentence can end on. A bare count ("19 days", "90%"), a score or rate
     * beside an earlier one without a word saying how they relate ("EPDS 19, was 13", "2/wk from 5", "30 -> 18",
     * "13/21 vs 15/21"), a rate in shorthand ("4x/wk", "hrs/night"), a list after a dash or a slash ("TIPP - ice
     * water", "PMR/breathing").
     */
    static final Map<String, Pattern> UNFINISHED = new LinkedHashMap<>();

    static {
        UNFINISHED.put("bare count", Pattern.compile("^[~<>]?\\d[\\d.,%]*(?: [a-z]+)?$"));
        UNFINISHED.put("score pair", Pattern.compile("\\d\\S*(?:,? was |\\s*\\(was | vs\\.? | -> | prev\\.? | from \\d)"
                + "|\\bfrom \\d+ to \\d"));
        UNFINISHED.put("shorthand rate", Pattern.compile("\\d\\s*x?/(?:wk|week|day|d|night|mo|month|5|7)\\b"
                + "|\\b\\d+x\\b|\\b(?:hrs|drinks)/"));
        UNFINISHED.put("dash or slash list", Pattern.compile(" - |[A-Za-z0-9]{2,}/[A-Za-z]{2,}"));
    }

    private final DraftVerifier verifier = DraftVerifier.standard();
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-10T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void draftsTheDevPromptsAndCountsHandOversThatCannotEndASentence() throws IOException {
        StringBuilder flagged = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        Files.createDirectories(Path.of("target"));
        for (Path set : List.of(DEV, ComposerLinesRound20Test.DEV, ComposerLinesRound19Test.DEV,
                Path.of("src/test/resources/corpus/dev-evidence-r19.jsonl"))) {
            StringBuilder out = new StringBuilder();
            List<String> texts = PromptJson.draftsForReading(drafter, set, false, out, flagged);
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/handover-r21-" + name + ".md"), out, StandardCharsets.UTF_8);
            counts.append(name).append(": drafts ").append(texts.size()).append('\n').append(count(texts));
        }
        Files.writeString(Path.of("target/handover-r21-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(flagged.toString().strip()).isEmpty();
    }

    /**
     * A composed hand-over is still read against its field: the score changed, the earlier score changed, the direction
     * turned, an item of the focus list swapped for another's, or the evidence of another goal moved in, is flagged.
     */
    @Test
    void aChangeInAComposedHandOverIsFlagged() {
        SessionPrompt epds = prompt("h21-02-epds-was-perinatal");
        NoteDraft clean = drafter.draft(epds, NoteFormat.SOAP, StyleProfile.defaults());
        // Round 24: the evidence is said in its own sentence right after the one that rates its goal.
        String sentence = "This rating is based on an EPDS score of 19, up from 13.";
        assertThat(clean.text()).contains("The client showed regression on the goal of reducing postpartum depressive "
                + "symptoms.").contains(sentence);
        assertThat(verifier.verify(clean).findings()).isEmpty();
        for (String changed : List.of(sentence.replace("of 19", "of 17"), sentence.replace("from 13", "from 15"),
                sentence.replace("up from", "down from"), sentence.replace("an EPDS score of 19, up from 13",
                        "a PHQ-9 score of 12, down from 18"))) {
            NoteDraft bad = ComposerLinesRound20Test.replaced(clean, sentence, changed);
            assertThat(verifier.verify(bad).passed()).as(changed).isFalse();
        }
        NoteDraft tipp = drafter.draft(prompt("h21-06-tipp-dash-list"), NoteFormat.SOAP, StyleProfile.defaults());
        String focus = "This clinician used DBT skills training, centered on TIPP: ice water and paced breathing.";
        assertThat(tipp.text()).contains(focus);
        assertThat(verifier.verify(tipp).findings()).isEmpty();
        for (String changed : List.of(focus.replace("ice water", "cold water"), focus.replace(" and paced breathing", ""),
                focus.replace("TIPP:", "STOP:"))) {
            NoteDraft bad = ComposerLinesRound20Test.replaced(tipp, focus, changed);
            assertThat(verifier.verify(bad).passed()).as(changed).isFalse();
        }
    }

    private static SessionPrompt prompt(String id) {
        for (com.fasterxml.jackson.databind.JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().equals(id)) {
                return PromptJson.promptOrRefusal(c, new StringBuilder()).orElseThrow();
            }
        }
        throw new AssertionError(id);
    }

    /** Hand-over sentences by shape of the handed item, then each unfinished one (distinct) for reading. */
    static String count(List<String> texts) {
        int handed = 0;
        Map<String, Integer> byShape = new LinkedHashMap<>();
        UNFINISHED.keySet().forEach(k -> byShape.put(k, 0));
        List<String> seen = new ArrayList<>();
        for (String text : texts) {
            for (String sentence : text.split("(?<=\\.)\\s+|\\n")) {
                int at = handOverEnd(sentence);
                if (at < 0) {
                    continue;
                }
                handed++;
                String item = sentence.substring(at).replaceAll("\\.$", "");
                for (Map.Entry<String, Pattern> shape : UNFINISHED.entrySet()) {
                    if (shape.getValue().matcher(item).find()) {
                        byShape.merge(shape.getKey(), 1, Integer::sum);
                        if (!seen.contains(sentence.strip())) {
                            seen.add(sentence.strip());
                        }
                        break;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("  hand-over sentences " + handed + ", unfinished " + byShape + "\n");
        seen.forEach(s -> out.append("    U ").append(s).append('\n'));
        return out.toString();
    }

    static int handOverEnd(String sentence) {
        for (String h : List.of(HandOvers.FOCUS, HandOvers.EVIDENCE)) {
            int at = sentence.indexOf(h);
            if (at >= 0) {
                return at + h.length();
            }
        }
        return -1;
    }
}
