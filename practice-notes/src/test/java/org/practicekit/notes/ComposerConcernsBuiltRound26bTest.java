package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.notes.ComposerRiskRound16Test.set;

import org.junit.jupiter.api.Test;

/**
 * Round 26b: concern items {@code PhraseReader.composable} refuses, written as prose by their class instead of a
 * "Presenting concerns:" line; the typed words stay checked (a changed, dropped or negated word is still caught).
 */
class ComposerConcernsBuiltRound26bTest {
    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    @Test
    void aCompoundEndingInAPluralThatIsAlsoAVerbIsReportedAsThePluralNoun() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "low mood", "job worries"));
        assertThat(d.text()).contains("reported job worries").doesNotContain("concerns: job worries");
        assertThat(frames.flagged(d, "job worries", "debt worries")).isTrue();
    }

    @Test
    void aRelativeAndWhatTheRelativeIsDoingIsAReportedClauseWithItsOwner() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "low mood", "husband threatening divorce"));
        assertThat(d.text()).contains("that the client's husband is threatening divorce")
                .doesNotContain("concerns: husband");
        assertThat(frames.flagged(d, "husband is threatening", "husband is not threatening")).isTrue();
        assertThat(frames.flagged(d, "husband is threatening", "brother is threatening")).isTrue();
        assertThat(frames.flagged(d, "threatening divorce", "threatening separation")).isTrue();
    }

    @Test
    void aFinitePredicateWithoutASubjectIsTheClientsOnlyWhereThePronounIsTyped() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "worried about her job", "hasn't eaten in 2 days"));
        assertThat(d.text()).contains("that she hasn't eaten in 2 days");
        assertThat(frames.flagged(d, "hasn't eaten in 2 days", "has eaten in 2 days")).isTrue();
        assertThat(frames.flagged(d, "in 2 days", "in 5 days")).isTrue();
        // No pronoun typed: the clinician's line is kept rather than a guessed "he" or "she".
        NoteDraft none = frames.soap(p -> set(p, "concerns", "low mood", "hasn't eaten in 2 days"));
        assertThat(none.text()).doesNotContain("that he").doesNotContain("that she");
    }

    @Test
    void anAdjectiveThatWasCountedIsAStateBeenInNeverAFeeling() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "low mood", "absent from class 4x"));
        assertThat(d.text()).contains("being absent from class 4 times").doesNotContain("feeling absent");
        assertThat(frames.flagged(d, "4 times", "6 times")).isTrue();
        // An adjective of feeling with no count keeps its "feeling".
        assertThat(frames.soap(p -> set(p, "concerns", "low mood", "anxious about work")).text())
                .contains("feeling anxious about work");
    }
}
