package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Issue 14, round 24: a sentence that copies a field keeps that field's words. The dev prompts plant a word replaced
 * inside a copied field (a refusal turned into its opposite, a time, day or count changed, two actors swapped, one
 * named person replaced by another of the same prompt) and hold clean drafts with modals, phrasal verbs, goals of loss
 * or reduction, and partners and relatives named in responses. Every format and style is drafted to
 * {@code target/dev-copied-r24.md}; the SOAP default drafts to {@code target/dev-copied-r24-soap.md} with its counts.
 * The counter: a sentence of this class holds one of the prompt's typed items (a concern, a focus, a response, a plan
 * step, a goal or its evidence, a safety-plan or follow-up entry) whole, as typed, ignoring case.
 */
class VerifierCopiedRound24Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-copied-r24.jsonl");

    private final DraftVerifier verifier = DraftVerifier.standard();
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-13T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void theDevFileDraftsCleanAndEveryPlantedErrorIsCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        String report = run.report("dev-copied-r24");
        List<String> flagged = VerifierCleanRound18Test.draftEveryFormat(DEV, "dev-copied-r24", report);
        StringBuilder soap = new StringBuilder();
        // The SOAP default's tallies: drafts flagged, sentences that copy a typed item whole.
        int[] tally = new int[2];
        PromptJson.lines(DEV).forEach(c -> PromptJson.promptOrRefusal(c, soap).ifPresent(prompt -> {
            NoteDraft d = drafter.draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
            soap.append("## ").append(c.path("id").asText()).append("\n\n").append(d.text()).append("\n\n");
            d.verification().findings().forEach(f -> soap.append("FINDING ").append(f).append('\n'));
            tally[0] += d.verification().findings().isEmpty() ? 0 : 1;
            tally[1] += copying(d, typedItems(c.path("prompt")));
        }));
        String counts = "SOAP default: drafts flagged " + tally[0] + ", sentences copying a typed item " + tally[1]
                + "\nevery format and style: drafts flagged " + flagged.size() + "\n";
        Files.writeString(Path.of("target/dev-copied-r24-soap.md"), counts + "\n" + soap, StandardCharsets.UTF_8);
        System.out.println(counts + report);
        assertThat(run.rejected).as(report).isEmpty();
        assertThat(run.count(PlantedRun.Outcome.MISSED)).as(report).isZero();
        assertThat(run.cleanFlagged).as(report).isEmpty();
        assertThat(flagged).as(report).isEmpty();
    }

    @Test
    void aPersonMovedOrReplacedInsideACopiedFieldIsCaught() {
        NoteDraft asked = draft("c11-mom-asked-liam");
        String sentence = "The mom asked Liam to put the phone away at dinner.";
        assertThat(asked.text()).contains(sentence);
        assertThat(verifier.verify(asked).findings()).isEmpty();
        assertThat(kinds(asked, sentence, sentence.replace("mom asked Liam", "Liam asked mom")))
                .contains(FindingKind.WRONG_ACTOR);
        assertThat(kinds(asked, sentence, sentence.replace("Liam to put", "Jo to put"))).isNotEmpty();
        // The reporter the composer moves to the front is its frame, not a person moved inside the copy.
        assertThat(kinds(asked, sentence, "The client reported that mom asked Liam to put the phone away at dinner."))
                .isEmpty();

        NoteDraft talk = draft("c12-agreed-talk-dad");
        String wanting = "The client reported wanting to talk with dad about college costs.";
        assertThat(talk.text()).contains(wanting);
        assertThat(kinds(talk, wanting, wanting.replace("with dad", "with the client")))
                .contains(FindingKind.WRONG_ACTOR);
        assertThat(kinds(talk, wanting, wanting.replace("with dad", "with mom"))).isNotEmpty();

        NoteDraft stated = draft("c28-fiancee-response");
        String planning = "In response to supportive therapy, the client stated that fiancée has taken over planning, "
                + "relieved.";
        assertThat(stated.text()).contains(planning);
        assertThat(kinds(stated, planning, planning.replace("that fiancée", "that the client")))
                .contains(FindingKind.WRONG_ACTOR);
    }

    @Test
    void aParticipantNamedBesideAnotherParticipantsRoleIsCaught() {
        NoteDraft family = draft("c16-ava-not-noah");
        String attended = family.sentences().get(0).text();
        assertThat(attended).contains("the client's sister (Ava)").contains("the client's brother (Noah)");
        assertThat(verifier.verify(family).findings()).isEmpty();
        assertThat(kinds(family, attended, attended.replace("sister (Ava)", "sister (Noah)")))
                .contains(FindingKind.INVENTED_PERSON);
        // A name no participant holds is the invented-person rule's, as before.
        assertThat(kinds(family, attended, attended.replace("sister (Ava)", "sister (Maya)"))).isNotEmpty();
    }

    private NoteDraft draft(String id) {
        for (JsonNode c : PromptJson.lines(DEV)) {
            if (c.path("id").asText().equals(id)) {
                SessionPrompt prompt = PromptJson.promptOrRefusal(c, new StringBuilder()).orElseThrow();
                return drafter.draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
            }
        }
        throw new IllegalArgumentException(id);
    }

    private java.util.Set<FindingKind> kinds(NoteDraft draft, String sentence, String changed) {
        return verifier.verify(ComposerLinesRound20Test.replaced(draft, sentence, changed)).kinds();
    }

    /** The sentences of {@code draft} that hold one of {@code items} whole. */
    static int copying(NoteDraft draft, List<String> items) {
        int n = 0;
        for (DraftSentence s : draft.sentences()) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            n += items.stream().anyMatch(i -> i.indexOf(' ') > 0 && lower.contains(i)) ? 1 : 0;
        }
        return n;
    }

    /** A prompt's typed items, lower case. */
    static List<String> typedItems(JsonNode p) {
        List<String> out = new ArrayList<>();
        for (String list : List.of("concerns", "plan", "homework")) {
            p.path(list).forEach(n -> out.add(n.asText()));
        }
        p.path("interventions").forEach(n -> {
            out.add(n.path("focus").asText());
            out.add(n.path("response").asText());
        });
        p.path("goals").forEach(n -> {
            out.add(n.path("goal").asText());
            out.add(n.path("evidence").asText());
        });
        for (String field : List.of("safetyPlan", "followUp", "means", "ideation")) {
            for (String piece : p.path("risk").path(field).asText().split("; ")) {
                out.add(piece);
            }
        }
        return out.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }
}
