package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 24: the concerns' and the focus' labelled lines. Every dev prompt is drafted in the five formats, a corpus style
 * in turn ({@code target/dev-labelled-r24.md}); every draft must pass the verifier. Two counters, by shape, into
 * {@code target/dev-labelled-r24-counts.txt}: every sentence that is a label followed by typed text ({@link #LABELLED}),
 * and of them the concerns' and focus lines this round composes ({@link #CONCERNS_AND_FOCUS}).
 */
class ComposerLabelledRound24Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-labelled-r24.jsonl");

    /** A label of one to six words, capitalized, then a colon and the typed text ("Homework: ...", "Focus of X: ..."). */
    static final Pattern LABELLED = Pattern.compile("^[A-Z][A-Za-z'\\-]*(?: [A-Za-z'\\-]+){0,5}: \\S");

    /** The concerns' and the focus lines ("Presenting concerns:", "Other concerns:", "Focus:", "Focus of X:"). */
    static final Pattern CONCERNS_AND_FOCUS = Pattern.compile("^(?:Presenting concerns|Other concerns|Focus"
            + "(?: of [^:]{1,58})?): \\S");

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-labelled-r24.md");
        List<String> flagged = DevRiskR13ReadTest.writeDrafts(DEV, out);
        String drafts = Files.readString(out, StandardCharsets.UTF_8);
        List<String> labelled = ComposerConcernsRound21bTest.concernLines(drafts, LABELLED);
        List<String> ours = ComposerConcernsRound21bTest.concernLines(drafts, CONCERNS_AND_FOCUS);
        Files.writeString(Path.of("target/dev-labelled-r24-counts.txt"), labelled.size() + " labelled lines, "
                + ours.size() + " of them concerns or focus, " + flagged.size() + " drafts flagged\n"
                + String.join("\n", labelled) + "\n", StandardCharsets.UTF_8);
        assertThat(flagged).isEmpty();
    }

    /** An individual session drafted in every format and verified clean, with planted changes checked. */
    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    private static void focus(ObjectNode p, String type, String focus) {
        p.putArray("interventions").addObject().put("type", type).put("label", "").put("focus", focus)
                .put("response", "engaged");
    }

    @Test
    void aFocusTypedAsAPastPredicateIsTheGerundOfItsVerb() {
        NoteDraft d = frames.soap(p -> focus(p, "MOTIVATIONAL_INTERVIEWING", "Reviewed what led up to the relapse"));
        assertThat(d.text()).contains("focused on reviewing what led up to the relapse")
                .doesNotContain("Focus of motivational interviewing:");
        // The typed words are still checked: a changed object is caught.
        assertThat(frames.flagged(d, "the relapse", "the argument")).isTrue();
        assertThat(frames.soap(p -> focus(p, "EXPOSURE", "practiced riding the bus alone")).text())
                .contains("focused on practicing riding the bus alone").doesNotContain("Focus of exposure");
        // Deny by default: an auxiliary's past is a state, never the work ("focused on being tearful" says otherwise).
        assertThat(frames.soap(p -> focus(p, "SUPPORTIVE_THERAPY", "was tearful about the move")).text())
                .doesNotContain("on being tearful").doesNotContain("on was");
    }

    @Test
    void aFocusTypedAsAQuestionWordsClauseIsTheObjectOfFocusedOn() {
        NoteDraft d = frames.soap(p -> focus(p, "PROBLEM_SOLVING", "how to ask the landlord for more time"));
        assertThat(d.text()).contains("focused on how to ask the landlord for more time")
                .doesNotContain("Focus of problem-solving");
        assertThat(frames.flagged(d, "the landlord", "the employer")).isTrue();
        // A second clause after a comma is not one clause: the old reading holds.
        assertThat(frames.soap(p -> focus(p, "PROBLEM_SOLVING", "what to say, who to call")).text())
                .doesNotContain("focused on what to say, who to call");
    }

    @Test
    void aNegatedAbilityTypedAloneIsTheClientsReportInASentence() {
        NoteDraft d = frames.soap(p -> ComposerRiskRound16Test.set(p, "concerns", "low mood", "can't focus at work"));
        assertThat(d.text()).contains("being unable to focus at work").doesNotContain("concerns: can't focus");
        // The negation is still checked: dropped, it is caught; so is a changed place.
        assertThat(frames.flagged(d, "being unable to focus", "being able to focus")).isTrue();
        assertThat(frames.flagged(d, "at work", "at school")).isTrue();
        // Deny by default: in a session with others the item does not say whose it is.
        String family = frames.soap(p -> {
            p.put("serviceType", "FAMILY_WITH_CLIENT");
            p.putArray("participants").addObject().put("role", "mother").put("name", "");
            ComposerRiskRound16Test.set(p, "concerns", "can't sleep");
        }).text();
        assertThat(family).doesNotContain("unable to sleep");
    }
}
