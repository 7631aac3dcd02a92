package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 25: the concerns and the session's focus written as prose. Every dev prompt is drafted in the five formats, a
 * corpus style in turn ({@code target/dev-concerns-prose-r25.md}); every draft must pass the verifier. The counter, by
 * shape, into {@code target/dev-concerns-prose-r25-counts.txt} (and the same for the older concerns and labelled dev
 * files, for comparison): every sentence that is a label followed by typed text that is not a value
 * ({@link #TYPED_AFTER_LABEL}), of them the concerns' and focus lines ({@link #CONCERNS_AND_FOCUS}), and every
 * ", centered on" sentence.
 */
class ComposerConcernsProseRound25Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-prose-r25.jsonl");

    /** A label of one to six words, capitalized, then a colon and the typed text ("Homework: ...", "Focus of X: ..."). */
    static final Pattern LABELLED = Pattern.compile("^[A-Z][A-Za-z'\\-]*(?: [A-Za-z'\\-]+){0,5}: \\S");

    /** What a chart field may hold after its label: a code, a score, a date or a time, nothing else typed. */
    static final Pattern VALUE = Pattern.compile("^[A-Za-z'\\- ]{1,60}: (?:[A-Z]\\d{2}(?:\\.\\w+)?\\b.*|[\\d/:.\\- ]+"
            + "(?:\\s*(?:a\\.m\\.|p\\.m\\.|AM|PM|minutes?|of \\d+))?\\.?|[A-Z]{2,}[\\w-]* \\d+.*)$");

    /** A labelled line whose text is typed words, not a value. */
    static final Pattern TYPED_AFTER_LABEL = LABELLED;

    /** The concerns' and the focus lines ("Presenting concerns:", "Other concerns:", "Focus:", "Focus of X:"). */
    static final Pattern CONCERNS_AND_FOCUS = Pattern.compile("^(?:Presenting concerns|Other concerns|Focus"
            + "(?: of [^:]{1,58})?): \\S");

    static final Pattern CENTERED_ON = Pattern.compile(", centered on ");

    /** The counts of one file's drafts, with every matched sentence after them for reading. */
    static String counts(Path dev, String name, List<String> flagged) throws IOException {
        Path out = Path.of("target/" + name + ".md");
        flagged.addAll(DevRiskR13ReadTest.writeDrafts(dev, out));
        String drafts = Files.readString(out, StandardCharsets.UTF_8);
        List<String> typed = new ArrayList<>();
        for (String line : ComposerConcernsRound21bTest.concernLines(drafts, TYPED_AFTER_LABEL)) {
            String bare = line.replaceFirst("^[*#>\\- ]*(?:\\*\\*[^*]+\\*\\*:?\\s*)?(?:[A-Z]: )?", "");
            if (!VALUE.matcher(bare).matches()) {
                typed.add(line);
            }
        }
        List<String> ours = ComposerConcernsRound21bTest.concernLines(drafts, CONCERNS_AND_FOCUS);
        List<String> centered = ComposerConcernsRound21bTest.concernLines(drafts, CENTERED_ON);
        String report = name + ": " + typed.size() + " labels with typed text, " + ours.size()
                + " of them concerns or focus, " + centered.size() + " centered on, " + flagged.size()
                + " drafts flagged\n";
        Files.writeString(Path.of("target/" + name + "-counts.txt"), report + String.join("\n", typed)
                + "\n\n" + String.join("\n", centered) + "\n", StandardCharsets.UTF_8);
        return report;
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<String> flagged = new ArrayList<>();
        StringBuilder all = new StringBuilder(counts(DEV, "dev-concerns-prose-r25", flagged));
        for (String other : List.of("dev-labelled-r24", "dev-concerns-r23", "dev-concerns-r22", "dev-concerns-r21b",
                "dev-lines-r20", "dev-frames-r22")) {
            all.append(counts(Path.of("src/test/resources/corpus/" + other + ".jsonl"), "r25-" + other,
                    new ArrayList<>()));
        }
        Files.writeString(Path.of("target/concerns-prose-r25-summary.txt"), all, StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }

    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    private static void focus(ObjectNode p, String type, String focus) {
        p.putArray("interventions").addObject().put("type", type).put("label", "").put("focus", focus)
                .put("response", "engaged");
    }

    private String soapWith(String type, String typedFocus) {
        return frames.soap(p -> focus(p, type, typedFocus)).text();
    }

    @Test
    void aFocusOpenedByAVerbsPastIsTheGerundOfItsVerbNotATopicHandedOver() {
        NoteDraft d = frames.soap(p -> focus(p, "COGNITIVE_RESTRUCTURING", "challenged beliefs about being a burden"));
        assertThat(d.text()).contains("focused on challenging beliefs about being a burden")
                .doesNotContain("centered on").doesNotContain("Focus of");
        // The typed words are still checked: a changed object is caught.
        assertThat(frames.flagged(d, "being a burden", "being a failure")).isTrue();
    }

    @Test
    void aGerundPhraseOrAQuestionWordsClauseIsTheObjectOfFocusedOnAsTyped() {
        assertThat(soapWith("COGNITIVE_RESTRUCTURING", "identifying 'should' statements"))
                .contains("focused on identifying 'should' statements").doesNotContain("centered on");
        NoteDraft d = frames.soap(p -> focus(p, "MOTIVATIONAL_INTERVIEWING", "what happened before the relapse"));
        assertThat(d.text()).contains("focused on what happened before the relapse").doesNotContain("centered on");
        assertThat(frames.flagged(d, "the relapse", "the argument")).isTrue();
    }

    @Test
    void aNounPhraseThatNeedsNoArticleIsTheObjectAndACommandIsNot() {
        assertThat(soapWith("COGNITIVE_RESTRUCTURING", "evidence for and against 'burden' thought"))
                .contains("focused on evidence for and against 'burden' thought").doesNotContain("centered on");
        // Deny by default: a verb's base before a plural reads as a command, never "focused on avoid triggers".
        assertThat(soapWith("COGNITIVE_RESTRUCTURING", "avoid triggers")).doesNotContain("focused on avoid triggers");
        // An auxiliary's past is a state, never the work.
        assertThat(soapWith("SUPPORTIVE_THERAPY", "was tearful about the move")).doesNotContain("on being tearful")
                .doesNotContain("focused on was");
    }
}
