package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Round 40: a verifier built with {@code rememberPrompts(n)} keeps the readings of the last n prompts it read, so a
 * prompt drafted again (another planted error's model call, another format) is read once. What a user notices: the
 * same verdicts, the reading never given to another prompt object, and nothing held by a verifier built without it.
 */
class DraftVerifierPromptMemoryRound40Test {
    private static final Path DEV = Path.of("../corpora/notes/dev-independent-r40.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(org.practicekit.testing.TestClock.at("2026-10-20T12:00:00Z"))
            .audit(new org.practicekit.core.inmemory.InMemoryAuditLog()).build();

    @Test
    void aRememberedReadingGivesTheVerdictsOfAFreshOneOnCleanAndPlantedDrafts() {
        DraftVerifier remembering = DraftVerifier.builder().rememberPrompts(1).build();
        int compared = 0;
        int flagged = 0;
        List<String> differ = new ArrayList<>();
        // The first 24 cases (about 140 drafts); every planted-error run uses the memory, and round 40 compared their
        // reports with the code before it byte for byte (docs/build.md).
        for (JsonNode c : PromptJson.lines(DEV).subList(0, 24)) {
            Optional<SessionPrompt> prompt = PromptJson.promptOrRefusal(c, new StringBuilder());
            if (prompt.isEmpty()) {
                continue;
            }
            NoteFormat format = PromptJson.format(c);
            if (format.sectionHolding(SectionContent.GOALS).isPresent() && prompt.get().goals().isEmpty()) {
                format = NoteFormat.SOAP;
            }
            NoteDraft clean = drafter.draft(prompt.get(), format, StyleProfile.defaults());
            List<NoteDraft> drafts = new ArrayList<>(List.of(clean));
            for (JsonNode error : c.path("errors")) {
                PlantedErrors.plant(clean, error).ifPresent(drafts::add);
            }
            for (NoteDraft d : drafts) {
                Verification fresh = DraftVerifier.standard().verify(d);
                Verification held = remembering.forPrompt(prompt.get()).verify(d);
                compared++;
                flagged += fresh.passed() ? 0 : 1;
                if (!fresh.report().equals(held.report())) {
                    differ.add(c.path("id").asText() + ": " + fresh.report() + " | " + held.report());
                }
            }
        }
        assertThat(compared).isGreaterThan(120);
        assertThat(flagged).as("planted drafts the verifier flags").isGreaterThan(100);
        assertThat(differ).isEmpty();
    }

    @Test
    void aReadingIsGivenOnlyToTheSamePromptObjectAndTheOldestIsPushedOut() {
        List<SessionPrompt> prompts = firstPrompts(3);
        SessionPrompt a = prompts.get(0);
        SessionPrompt b = prompts.get(1);
        SessionPrompt c = prompts.get(2);
        SessionPrompt aAgain = firstPrompts(1).get(0);
        DraftVerifier two = DraftVerifier.builder().rememberPrompts(2).build();

        DraftVerifier.PromptVerifier readA = two.forPrompt(a);
        assertThat(two.forPrompt(a)).isSameAs(readA);
        assertThat(two.forPrompt(aAgain)).as("an equal prompt built again is read afresh").isNotSameAs(readA)
                .extracting(DraftVerifier.PromptVerifier::prompt).isSameAs(aAgain);
        DraftVerifier.PromptVerifier readB = two.forPrompt(b);
        two.forPrompt(c);
        assertThat(two.forPrompt(b)).isSameAs(readB);
        assertThat(two.forPrompt(a)).as("pushed out by two newer prompts").isNotSameAs(readA);
    }

    @Test
    void aVerifierBuiltWithoutItKeepsNothing() {
        SessionPrompt a = firstPrompts(1).get(0);
        assertThat(DraftVerifier.standard().forPrompt(a)).isNotSameAs(DraftVerifier.standard().forPrompt(a));
        DraftVerifier none = DraftVerifier.builder().build();
        assertThat(none.forPrompt(a)).isNotSameAs(none.forPrompt(a));
        assertThatThrownBy(() -> DraftVerifier.builder().rememberPrompts(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    private static List<SessionPrompt> firstPrompts(int n) {
        List<SessionPrompt> out = new ArrayList<>();
        for (JsonNode c : PromptJson.lines(DEV)) {
            PromptJson.promptOrRefusal(c, new StringBuilder()).ifPresent(out::add);
            if (out.size() == n) {
                break;
            }
        }
        return out;
    }
}
