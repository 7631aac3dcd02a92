package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, round 14: the verifier reads whether a sentence keeps the tense and certainty of the field it cites. What a
 * field says in words is planned, intended or to be done, stated as done, is flagged; so is a done act
 * stated as a plan. Clean drafts of every corpus and dev prompt, in every format and style, are not flagged.
 */
class VerifierTenseRound14Test {
    private final DraftVerifier verifier = DraftVerifier.standard();

    private static SessionPrompt prompt(Consumer<SessionPrompt.Builder> fields) {
        return VerifierWhoSaidItTest.prompt(fields);
    }

    private static NoteDraft draft(SessionPrompt p, NoteFormat f, StyleProfile style) {
        return VerifierWhoSaidItTest.draft(p, f, style);
    }

    /** The SOAP draft of {@code p} with {@code sentence}, citing {@code source}, added to its first section. */
    private Verification with(SessionPrompt p, String sentence, String source) {
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : draft(p, NoteFormat.SOAP, StyleProfile.defaults()).sections()) {
            List<DraftSentence> list = new ArrayList<>(s.sentences());
            if (sections.isEmpty()) {
                list.add(new DraftSentence(sentence, List.of(source)));
            }
            sections.add(new DraftSection(s.key(), s.heading(), list));
        }
        return verifier.verify(NoteDraft.unverified(p, NoteFormat.SOAP, sections, DrafterKind.LLM, "test"));
    }

    private void flagged(SessionPrompt p, String sentence, String source) {
        Verification v = with(p, sentence, source);
        assertThat(v.findings()).as(sentence).anyMatch(f -> f.kind() == FindingKind.NEGATION_MISMATCH);
    }

    private void passes(SessionPrompt p, String sentence, String source) {
        Verification v = with(p, sentence, source);
        assertThat(v.passed()).as(sentence + ": " + v.report()).isTrue();
    }

    @Test
    void aPlannedOrIntendedActStatedAsDoneIsFlagged() {
        flagged(prompt(b -> b.addConcern("considering leaving her job")), "The client left her job.", "presentingConcerns[0]");
        flagged(prompt(b -> b.addConcern("plans to quit vaping by January")), "The client quit vaping.", "presentingConcerns[0]");
        flagged(prompt(b -> b.addConcern("wants to reconnect with estranged father")),
                "The client reconnected with her estranged father.", "presentingConcerns[0]");
        flagged(prompt(b -> b.addConcern("going to call her sister this week")), "The client called her sister this week.",
                "presentingConcerns[0]");
        flagged(prompt(b -> b.addConcern("low mood").addPlan("will start sertraline 25 mg per PCP")), "The client started sertraline 25 mg.",
                "plan[1]");
        flagged(prompt(b -> b.addConcern("low mood").addPlan("PCP f/u for labs to be scheduled")),
                "PCP follow-up for labs was scheduled.", "plan[1]");
        flagged(prompt(b -> b.addConcern("thinking about moving back in with parents")),
                "The client moved back in with her parents.", "presentingConcerns[0]");
    }

    @Test
    void aDoneActStatedAsAPlanIsFlagged() {
        flagged(prompt(b -> b.addConcern("started sertraline two weeks ago")), "The client will start sertraline.",
                "presentingConcerns[0]");
        flagged(prompt(b -> b.addConcern("quit smoking in October")), "The client plans to quit smoking in October.",
                "presentingConcerns[0]");
    }

    @Test
    void aBarePlanStepStatedAsDoneIsFlagged() {
        // Round 15 reads a bare step opening a homework or plan item as not yet done (round 14 left it to the other
        // checks); VerifierCleanRound15Test holds the rest of the widening.
        flagged(prompt(b -> b.addConcern("low mood").addHomework("put phone in the kitchen at night")),
                "The client put the phone in the kitchen at night.", "homework[0]");
    }

    @Test
    void theSameTenseAndAnAbilityAreNotFlagged() {
        passes(prompt(b -> b.addConcern("plans to quit vaping by January")), "The client plans to quit vaping by January.",
                "presentingConcerns[0]");
        passes(prompt(b -> b.addConcern("started sertraline two weeks ago")),
                "The client started sertraline two weeks ago.", "presentingConcerns[0]");
        passes(prompt(b -> b.addConcern("was able to call her sister")), "The client called her sister.", "presentingConcerns[0]");
    }

    @Test
    void everyCleanDraftOfTheCorpusAndDevFilesPasses() {
        List<String> failed = new ArrayList<>();
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        int n = 0;
        for (String file : List.of("prompts.jsonl", "prompts-r2.jsonl", "dev-risk-r13.jsonl", "dev-facts-r13.jsonl",
                "dev-responses-r13.jsonl", "dev-tense-r14.jsonl")) {
            for (JsonNode c : PromptJson.lines(Path.of("src/test/resources/corpus", file))) {
                SessionPrompt p;
                try {
                    p = PromptJson.prompt(c, c.path("id").asText());
                } catch (RuntimeException refused) {
                    continue;
                }
                for (NoteFormat f : NoteFormat.standard()) {
                    NoteDraft d;
                    try {
                        d = draft(p, f, styles.get(n++ % styles.size()).getValue());
                    } catch (org.practicekit.core.ValidationException noGoal) {
                        continue;
                    }
                    Verification v = verifier.verify(d);
                    v.findings().stream().filter(x -> x.message().contains("as done;")
                            || x.message().contains("as still to come;"))
                            .forEach(x -> failed.add(file + " " + c.path("id").asText() + " " + f + ": " + x.message()));
                }
            }
        }
        assertThat(failed).isEmpty();
    }
}
