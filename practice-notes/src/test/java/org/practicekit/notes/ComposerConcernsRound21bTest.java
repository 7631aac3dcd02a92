package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 21b: the concerns field written as sentences by the type of each item. Every dev prompt is drafted in the five
 * formats, a corpus style in turn ({@code target/dev-concerns-r21b.md}); every draft must pass the verifier. The
 * sentences of the class are counted by shape ({@link #SHAPES}) into {@code target/dev-concerns-r21b-counts.txt}.
 */
class ComposerConcernsRound21bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r21b.jsonl");

    /**
     * The counter, by shape: a labelled line of concern items ("Presenting concerns:", "Other concerns:", "Concerns
     * discussed:", "Also discussed:") or a sentence holding a chart symbol or shorthand a clinician reader rewrites
     * ("+", "->", "w/", "re:", "x3", "wks").
     */
    static final Pattern SHAPES = Pattern.compile("^(?:Presenting concerns|Other concerns|Concerns discussed"
            + "|Also discussed):|\\s\\+\\s|->|\\bw/|\\bre:|\\bx\\d|\\bwks?\\b");

    static List<String> concernLines(String drafts) {
        List<String> hits = new ArrayList<>();
        String id = "";
        for (String line : drafts.split("\n")) {
            if (line.startsWith("## ")) {
                id = line.substring(3);
                continue;
            }
            for (String sentence : line.split("(?<=[.!?])\\s+(?=[A-Z])")) {
                String s = sentence.strip().replaceFirst("^[*#>\\- ]*(?:\\*\\*[^*]+\\*\\*:?\\s*)?", "");
                if (SHAPES.matcher(s).find()) {
                    hits.add(id + " | " + s);
                }
            }
        }
        return hits;
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-concerns-r21b.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        List<String> hits = concernLines(Files.readString(out, StandardCharsets.UTF_8));
        Files.writeString(Path.of("target/dev-concerns-r21b-counts.txt"), hits.size() + " sentences of the class, "
                + flagged.size() + " drafts flagged\n" + String.join("\n", hits) + "\n", StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }
}
