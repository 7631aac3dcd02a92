package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.ServiceType;

/**
 * Issue 14, round 20: a sentence that gives the act to the wrong person is flagged whatever kind of sentence it is: a
 * goal's progress (the rating is said of the goal's owner), a response ("parents agreed" is the participants', never
 * the client's), homework and safety steps a named person is to take ("mom to use the chart", "Luis to lock razors"),
 * and what someone "agreed to" do. Each dev prompt carries wrong-actor errors planted
 * three ways (a new sentence, a clause added, a word replaced); its clean drafts stay clean.
 */
class VerifierActorRound20Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-actor-r20.jsonl");
    /**
     * Left alone: the clinician doing the client's homework ("The clinician will use a coping card nightly": "use" and
     * "complete" are the clinician's own verbs elsewhere), a participant whose name is an English word ("Mark"), and
     * "another group member" as the doer (the composer itself writes other members so, from the fields' own words),
     * and the clinician as the speaker of the client's quotation (quoted words are not read for who said them).
     */
    private static final List<String> LEFT_ALONE = List.of("a01-indiv-panic", "a02-couple-conflict",
            "a04-group-sud", "a15-indiv-quote", "a21-indiv-psychosis");

    /** Outcomes per sentence kind, in the order the dev file plants them. */
    static Map<String, int[]> byKind(PlantedRun run) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode c : PromptJson.lines(DEV)) {
            c.path("errors").forEach(e -> kinds.add(e.path("sentence").asText("?")));
        }
        Map<String, int[]> out = new TreeMap<>();
        for (int i = 0; i < run.results.size(); i++) {
            int[] k = out.computeIfAbsent(kinds.get(i), x -> new int[4]);
            k[run.results.get(i).outcome().ordinal()]++;
        }
        return out;
    }

    @Test
    void theDevFileDraftsCleanAndWrongActorsOfEveryKindAreCaught() throws IOException {
        PlantedRun run = PlantedRun.of(DEV, false);
        StringBuilder s = new StringBuilder(run.report("dev-actor-r20"));
        byKind(run).forEach((k, v) -> s.append(String.format("  sentence %-10s caught %3d  missed %2d  not planted %2d%n",
                k, v[0], v[1], v[2])));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-actor-r20-kinds.txt"), s, StandardCharsets.UTF_8);
        assertThat(run.rejected).as(s.toString()).isEmpty();
        assertThat(run.cleanFlagged).as(s.toString()).isEmpty();
        assertThat(run.count(PlantedRun.Outcome.NOT_PLANTED)).as(s.toString()).isZero();
        assertThat(run.count(PlantedRun.Outcome.CAUGHT)).as(s.toString()).isGreaterThanOrEqualTo(93);
        assertThat(run.results).as(s.toString()).filteredOn(r -> r.outcome() == PlantedRun.Outcome.MISSED)
                .allMatch(r -> LEFT_ALONE.contains(r.caseId()));
    }

    private static VerifierCleanRound19Test.Written written(Consumer<SessionPrompt.Builder> fields, String sentence,
            String source) {
        return new VerifierCleanRound19Test.Written(VerifierWhoSaidItTest.prompt(fields), sentence, source);
    }

    private static final Consumer<SessionPrompt.Builder> CHILD_WITH_MOTHER = b -> b
            .serviceType(ServiceType.FAMILY_WITH_CLIENT).addParticipant("mother", "Rosa")
            .addConcern("9yo w/ tantrums at bedtime")
            .addGoal("reduce bedtime tantrums", ProgressRating.STEADY_PROGRESS, "5 tantrums vs 8 last wk per mom")
            .addHomework("mom to use sticker chart nightly");
    private static final Consumer<SessionPrompt.Builder> PARENTS_ONLY = b -> b
            .serviceType(ServiceType.FAMILY_WITHOUT_CLIENT).addParticipant("mother", "Ana")
            .addParticipant("father", "Tom").addConcern("parents report 12yo refusing school")
            .addHomework("parents to log mornings");
    private static final Consumer<SessionPrompt.Builder> QUOTED = b -> b.addConcern("work stress, \"I can't keep up\"")
            .addHomework("use ice cube skill when urges");

    @Test
    void eachSentenceKindWithItsOwnerIsNotFlagged() {
        List<VerifierCleanRound19Test.Written> faithful = List.of(
                written(CHILD_WITH_MOTHER, "This rating is based on 5 tantrums vs 8 last wk per mom.", "goals[0]"),
                written(CHILD_WITH_MOTHER, "The client's mother will use a sticker chart nightly.", "homework[0]"),
                written(PARENTS_ONLY, "The parents will log mornings.", "homework[0]"),
                written(QUOTED, "The client stated, \"I can't keep up.\"", "presentingConcerns[0]"),
                written(QUOTED, "For homework, the client agreed to use the ice cube skill when urges.", "homework[0]"));
        assertThat(faithful).allSatisfy(w -> assertThat(w.verified().findings()).as(w.sentence())
                .allMatch(f -> f.kind() == FindingKind.REPEATED_SENTENCE));
    }

    @Test
    void theSameSentencesWithTheActGivenToSomeoneElseAreFlagged() {
        List<VerifierCleanRound19Test.Written> swapped = List.of(
                written(CHILD_WITH_MOTHER, "The mother made steady progress toward the goal of reducing bedtime"
                        + " tantrums.", "goals[0]"),
                written(CHILD_WITH_MOTHER, "Rosa made steady progress toward the goal of reducing bedtime tantrums.",
                        "goals[0]"),
                written(CHILD_WITH_MOTHER, "The client will use a sticker chart nightly.", "homework[0]"),
                written(PARENTS_ONLY, "The client will log mornings.", "homework[0]"),
                written(QUOTED, "For homework, the client's father agreed to use the ice cube skill when urges.",
                        "homework[0]"));
        assertThat(swapped).allSatisfy(w -> assertThat(w.verified().findings()).as(w.sentence())
                .anyMatch(f -> f.kind() == FindingKind.WRONG_ACTOR));
    }
}
