package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.English;

/**
 * Round 21: a typed fragment framed by the sentence its type needs. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-frames-r21.md}); every draft must pass the verifier. The sentences of the
 * class are counted by shape ({@link #frameSentences}) into {@code target/dev-frames-r21-counts.txt} for reading.
 */
class ComposerFramesRound21Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-frames-r21.jsonl");

    /**
     * The counter, by shape: a typed label with a spaced " / ", " - " or ": " inside a composed sentence after the verb
     * that uses it; "notable for" and "MSE was"; a stray list line ("Other concerns:", "Risk factors also included") or
     * a factor list holding a sex ("included male, 61"); and a report verb followed by a word the dictionary reads as a
     * verb's "-s" form at least as often a verb as a noun ("reported hates mornings") or as an adjective only that
     * ends the sentence or its list item ("described clingy."). Read by hand: the counter finds the shapes, the reader says which need rewriting.
     */
    static final Pattern SHAPES = Pattern.compile(
            "\\b(?:utilized|used|completed|introduced|assigned|to)\\s+[^.]*?\\S\\s(?:[/\u2013-]\\s|:\\s)"
                    + "|notable for|\\bMSE (?:was|is)\\b|^(?:Other|Presenting) concerns:|Risk factors also included"
                    + "|included (?:male|female|M|F)\\b");
    static final Pattern REPORTED = Pattern.compile("\\b(?:reported|described|endorsed)\\s+([a-z][a-z-]*)(\\s*[.,;]|"
            + " and\\b)?");
    private static final English EN = English.get();

    static boolean countable(String sentence) {
        if (SHAPES.matcher(sentence).find()) {
            return true;
        }
        Matcher m = REPORTED.matcher(sentence);
        while (m.find()) {
            String w = m.group(1);
            String lemma = EN.lemmaForClasses(w);
            int verb = EN.tagged(lemma, English.WordClass.VERB);
            boolean verbS = w.endsWith("s") && !w.endsWith("ss") && !lemma.equals(w) && verb > 0
                    && verb >= EN.tagged(lemma, English.WordClass.NOUN);
            // An adjective before a noun opens a noun phrase ("endorsed passive SI"); alone it has no noun to describe.
            boolean adjective = m.group(2) != null && EN.tagged(w, English.WordClass.ADJECTIVE) >= 0
                    && EN.tagged(w, English.WordClass.NOUN) <= 0 && EN.tagged(w, English.WordClass.VERB) < 0
                    && !w.endsWith("ing");
            if (verbS || adjective) {
                return true;
            }
        }
        return false;
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-frames-r21.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        List<String> hits = frameSentences(Files.readString(out, StandardCharsets.UTF_8));
        Files.writeString(Path.of("target/dev-frames-r21-counts.txt"), hits.size() + " sentences of the class, "
                + flagged.size() + " drafts flagged\n" + String.join("\n", hits) + "\n", StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }

    static List<String> frameSentences(String drafts) {
        List<String> hits = new ArrayList<>();
        String id = "";
        for (String line : drafts.split("\n")) {
            if (line.startsWith("## ")) {
                id = line.substring(3);
                continue;
            }
            for (String sentence : line.split("(?<=[.!?])\\s+(?=[A-Z])")) {
                if (countable(sentence.strip())) {
                    hits.add(id + " | " + sentence.strip());
                }
            }
        }
        return hits;
    }
}
