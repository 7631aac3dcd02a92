package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.practicekit.notes.ComposerRiskRound16Test.set;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

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
            + "|Also discussed):|\\s\\+\\s|->|\\bw/|\\bre:|\\bx\\d(?! *\\.)|\\bwks?\\b");

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

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();
    private final DraftVerifier verifier = DraftVerifier.standard();

    /** The first dev prompt with {@code edit} applied, drafted in every format and verified clean; the SOAP draft. */
    private NoteDraft soap(Consumer<ObjectNode> edit) {
        ObjectNode c = (ObjectNode) PromptJson.lines(DEV).get(0).deepCopy();
        edit.accept((ObjectNode) c.path("prompt"));
        SessionPrompt prompt = PromptJson.prompt(c, "t");
        NoteDraft soap = null;
        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft draft = drafter.draft(prompt, format, StyleProfile.defaults());
            assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
            soap = format == NoteFormat.SOAP ? draft : soap;
        }
        return soap;
    }

    /** Whether the draft with {@code from} replaced by {@code to} in the one sentence holding it is flagged. */
    private boolean flagged(NoteDraft clean, String from, String to) {
        for (int i = 0; i < clean.sections().size(); i++) {
            List<DraftSentence> sentences = clean.sections().get(i).sentences();
            for (int j = 0; j < sentences.size(); j++) {
                if (sentences.get(j).text().contains(from)) {
                    NoteDraft bad = VerifierProseRound17Test.with(clean, i, j, sentences.get(j).text().replace(from, to));
                    return !verifier.verify(bad).passed();
                }
            }
        }
        throw new AssertionError("no sentence holds " + from);
    }

    @Test
    void aSpacedPlusBetweenConcernsIsReadAsAnd() {
        NoteDraft d = soap(p -> set(p, "concerns", "low mood + poor sleep + irritability"));
        assertThat(d.text()).contains("low mood").contains("irritability").doesNotContain(" + ")
                .doesNotContain("Presenting concerns:");
        // An item changed or left out of the composed list is still caught.
        assertThat(flagged(d, "irritability", "agitation")).isTrue();
        assertThat(flagged(d, "poor sleep", "poor appetite")).isTrue();
    }

    @Test
    void aPlusBesideATestOrSubstanceIsKeptAsTyped() {
        // "UDS + fentanyl": the plus is a positive result, never "and".
        String t = soap(p -> set(p, "concerns", "UDS today + fentanyl", "cravings daily")).text();
        assertThat(t).contains("+ fentanyl").doesNotContain("UDS today and fentanyl");
        // A plus on a number is no separator.
        String n = soap(p -> set(p, "concerns", "drinking 6+ beers nightly")).text();
        assertThat(n).contains("6+");
    }
}
