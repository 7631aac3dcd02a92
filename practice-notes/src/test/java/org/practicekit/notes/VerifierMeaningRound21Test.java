package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.ProseComposer;

/**
 * Round 21: the meaning errors a clinician would sign by mistake, planted into clean drafts of the round's dev prompts
 * (another person's act credited to the client, a planned step written as done, a no-risk statement for a client who
 * was not in the session), are flagged; what those present reported is not. (A result credited to the client is not
 * read yet: the reading measured this round flagged a clean draft of a fresh independent set and was taken out.)
 */
class VerifierMeaningRound21Test {
    private final DraftVerifier verifier = DraftVerifier.standard();

    private static SessionPrompt dev(String id) {
        for (JsonNode c : PromptJson.lines(ComposerMeaningRound21Test.DEV)) {
            if (c.path("id").asText().startsWith(id)) {
                return PromptJson.prompt(c, id);
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** The SOAP draft of dev prompt {@code id} with {@code sentence} citing {@code source} added to its assessment. */
    private Verification with(String id, String sentence, String source) {
        SessionPrompt p = dev(id);
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : ProseComposer.compose(p, NoteFormat.SOAP, StyleProfile.defaults())) {
            List<DraftSentence> list = new ArrayList<>(s.sentences());
            if (s.key().equals("assessment")) {
                list.add(new DraftSentence(sentence, List.of(source)));
            }
            sections.add(new DraftSection(s.key(), s.heading(), list));
        }
        return verifier.verify(NoteDraft.unverified(p, NoteFormat.SOAP, sections, DrafterKind.LLM, "test"));
    }

    private void flagged(String id, String sentence, String source) {
        Verification v = with(id, sentence, source);
        assertThat(v.passed()).as(sentence + " should be flagged").isFalse();
    }

    @Test
    void anotherPersonsActWrittenAsTheClientsIsFlagged() {
        flagged("mr09", "The client agreed to lock all medications in the lockbox tonight.", "interventions[0]");
        flagged("mr09", "The client agreed to lock the medications and hand out the doses.", "risk.actionsTaken[0]");
        flagged("mr14", "The client removed the rope from the garage.", "risk.actionsTaken[0]");
        flagged("mr10", "In response, the client took the car keys for the weekend.", "interventions[0]");
    }

    @Test
    void aPlannedStepWrittenAsDoneIsFlagged() {
        flagged("mr19", "The client poured out the wine tonight.", "homework[0]");
        flagged("mr20", "The client gave the stockpiled pills to the client's wife.", "risk.actionsTaken[0]");
        flagged("mr21", "In response, the client told the boss.", "interventions[0]");
    }

    @Test
    void aNoRiskStatementForAClientWhoWasNotThereIsFlagged() {
        flagged("mr24", "The client denied suicidal ideation.", "presentingConcerns[1]");
        flagged("mr24", "This clinician identified no current safety concerns for the client.", "risk.level");
        flagged("mr26", "The client has no current safety concerns.", "risk.level");
        flagged("mr26", "Based on the foster mother's report, this clinician identified no current safety concerns"
                + " for the client.", "risk.level");
    }

    @Test
    void whatThoseWhoCameReportedPasses() {
        assertThat(with("mr24", "The parents reported no SI or self-harm.", "presentingConcerns[1]").passed()).isTrue();
        assertThat(with("mr24", "No SI or self-harm was reported per the parents.", "presentingConcerns[1]").passed())
                .isTrue();
    }
}
