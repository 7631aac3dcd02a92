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
import org.practicekit.testing.TestClock;

/**
 * Round 22: what a hand-over still copies as typed, and the small words of a sentence. The dev prompts
 * ({@code dev-handover-r22.jsonl}) and round 21's are drafted in every standard format and corpus style
 * ({@code target/handover-r22-*.md}); sentences are counted by shape ({@code target/handover-r22-counts.txt}), and every
 * draft must pass the verifier.
 */
class ComposerHandoverRound22Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-handover-r22.jsonl");

    /**
     * The counter. In a hand-over's item: chart shorthand a signed sentence spells out ("wk", "mo", "hrs", "w/", "b/c",
     * "approx", "HW", "UDS" is kept: an instrument), a symbol standing for a word ("+", "->", "~", "x2", "x 3"). In any
     * sentence that is not a labelled line (no "Label: " opening): the same symbols and shorthand, and a subject noun
     * that disagrees with its verb in the plural ("Pupils was").
     */
    static final Map<String, Pattern> HANDED = new LinkedHashMap<>();
    static final Map<String, Pattern> ANY = new LinkedHashMap<>();

    static {
        Pattern shorthand = Pattern.compile("\\b(?:wks?|mos?|hrs?|mins?|w/o?|b/c|approx|re:|yo|y/o|pt|sx|hx|tx)(?![\\w/])"
                + "|(?<!\\w)w/");
        Pattern symbol = Pattern.compile(" \\+ |\\s-+>\\s?|(?<![\\w])~\\d|\\bx ?\\d\\b|\\b\\d+x\\b");
        HANDED.put("shorthand", shorthand);
        HANDED.put("symbol", symbol);
        ANY.put("shorthand", shorthand);
        ANY.put("symbol", symbol);
        ANY.put("plural with was", Pattern.compile("\\b[A-Z]?[a-z]+s (?:was|is|has)\\b(?! (?:been|reported|noted))"));
    }

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-12T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void draftsTheDevPromptsAndCountsShorthandLeftInSentences() throws IOException {
        StringBuilder flagged = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        Files.createDirectories(Path.of("target"));
        for (Path set : List.of(DEV, ComposerHandoverRound21Test.DEV, ComposerLinesRound20Test.DEV)) {
            StringBuilder out = new StringBuilder();
            List<String> texts = PromptJson.draftsForReading(drafter, set, false, out, flagged);
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/handover-r22-" + name + ".md"), out, StandardCharsets.UTF_8);
            counts.append(name).append(": drafts ").append(texts.size()).append('\n').append(count(texts));
        }
        Files.writeString(Path.of("target/handover-r22-counts.txt"), counts, StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/handover-r22-flagged.txt"), flagged, StandardCharsets.UTF_8);
        // Known before round 22 and reported, not tuned to: h22-08 (the clinician's place typed as "therapist at
        // clinic" in a phone session) is flagged WRONG_ACTOR on the sentence the composer writes for it. Every other
        // draft must pass.
        assertThat(flagged.toString().lines().filter(l -> l.matches("^[a-z]\\d\\d-\\d\\d-.*"))
                .filter(l -> !l.startsWith("h22-08-audio-car ")).toList()).isEmpty();
        // What a user sees: no hand-over of the dev prompts copies shorthand or a symbol into its sentence.
        assertThat(counts.toString().lines().findFirst().orElseThrow()).startsWith("dev-handover-r22");
        assertThat(counts.toString().lines().skip(1).findFirst().orElseThrow())
                .contains("with {shorthand=0, symbol=0}");
    }

    /** Sentences by shape (hand-over items, then every prose sentence), then each distinct one counted, for reading. */
    static String count(List<String> texts) {
        int handed = 0;
        int prose = 0;
        Map<String, Integer> handedBy = new LinkedHashMap<>();
        Map<String, Integer> anyBy = new LinkedHashMap<>();
        HANDED.keySet().forEach(k -> handedBy.put(k, 0));
        ANY.keySet().forEach(k -> anyBy.put(k, 0));
        List<String> seen = new ArrayList<>();
        for (String text : texts) {
            for (String sentence : text.split("(?<=\\.)\\s+|\\n")) {
                String s = sentence.strip();
                if (s.isEmpty() || s.startsWith("#") || s.matches("^[A-Z][A-Za-z /'-]{0,40}: .*") || s.matches("^\\*\\*.*")) {
                    continue;
                }
                String unquoted = s.replaceAll("\"[^\"]*\"", "\"\"");
                int at = ComposerHandoverRound21Test.handOverEnd(unquoted);
                if (at >= 0) {
                    handed++;
                    String item = unquoted.substring(at);
                    for (Map.Entry<String, Pattern> shape : HANDED.entrySet()) {
                        if (shape.getValue().matcher(item).find()) {
                            handedBy.merge(shape.getKey(), 1, Integer::sum);
                            note(seen, "H " + s);
                            break;
                        }
                    }
                }
                prose++;
                for (Map.Entry<String, Pattern> shape : ANY.entrySet()) {
                    if (shape.getValue().matcher(unquoted).find()) {
                        anyBy.merge(shape.getKey(), 1, Integer::sum);
                        note(seen, "S " + s);
                        break;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("  hand-over sentences " + handed + ", with " + handedBy
                + "; prose sentences " + prose + ", with " + anyBy + "\n");
        seen.forEach(s -> out.append("    ").append(s).append('\n'));
        return out.toString();
    }

    private static void note(List<String> seen, String s) {
        if (!seen.contains(s)) {
            seen.add(s);
        }
    }
}
