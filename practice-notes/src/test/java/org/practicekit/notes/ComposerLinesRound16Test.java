package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.TypedFragments;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 16: the labelled lines of the responses, focuses, goal evidence, concerns and outreach ("Response to ...:",
 * "Evidence for the goal:", "Presenting concerns:", "Outreach:") closed into the sentence they belong to. The dev
 * prompts and the train and dev corpora are drafted in every standard format and corpus style
 * ({@code target/lines-r16-*.md} for reading, {@code target/lines-r16-counts.txt} for the counts in docs/notes.md);
 * every draft must pass the verifier.
 */
class ComposerLinesRound16Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r16.jsonl");
    /** A labelled line of this brief's fields. */
    private static final Pattern LINE = Pattern.compile("(?:^|(?<=[.!?\"] ))((?:Presenting concerns|Other concerns"
            + "|Outreach|Response|Focus|Evidence|Overall response)(?: to | of | for the )?[^:.]{0,60}): "
            + "([^\n]*?[.!?\"])(?= |$)");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReadingAndCountsLabelledLines() throws IOException {
        StringBuilder counts = new StringBuilder();
        StringBuilder flagged = new StringBuilder();
        for (Path set : List.of(DEV, Path.of("src/test/resources/corpus/prompts.jsonl"),
                Path.of("src/test/resources/corpus/prompts-r2.jsonl"))) {
            StringBuilder out = new StringBuilder();
            Set<String> distinct = new LinkedHashSet<>();
            List<String> texts = PromptJson.draftsForReading(drafter, set, false, out, flagged);
            int lines = PromptJson.countLines(texts, LINE, distinct);
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/lines-r16-" + name + ".md"), out, StandardCharsets.UTF_8);
            counts.append(name).append(": drafts ").append(texts.size()).append(", labelled lines ").append(lines)
                    .append(String.format(" (%.2f a draft)", texts.isEmpty() ? 0.0 : (double) lines / texts.size()))
                    .append(", distinct ").append(distinct.size()).append('\n');
            distinct.forEach(l -> counts.append("  L ").append(l).append('\n'));
        }
        counts.append(refusals());
        Files.writeString(Path.of("target/lines-r16-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(flagged.toString()).isEmpty();
    }

    /** The prompts of every corpus file the builder refuses, with the message, to count what a refusal costs. */
    private static String refusals() throws IOException {
        StringBuilder out = new StringBuilder();
        List<Path> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().forEach(sets::add);
        }
        for (Path set : sets) {
            int refused = 0;
            StringBuilder why = new StringBuilder();
            List<JsonNode> cases = PromptJson.lines(set);
            for (JsonNode c : cases) {
                if (PromptJson.promptOrRefusal(c, why).isEmpty()) {
                    refused++;
                }
            }
            out.append("refused ").append(set.getFileName()).append(": ").append(refused).append(" of ")
                    .append(cases.size()).append('\n').append(why.toString().replaceAll("(?m)^", "    "));
        }
        return out.toString();
    }

    @Test
    void aScoreChangeIsReadOnlyWhereEveryPieceReads() {
        assertThat(TypedFragments.scoreChange("SUDS 7->4 after 3 rounds", "the client"))
                .isEqualTo("the client rated SUDS at 7 and then at 4 after 3 rounds");
        assertThat(TypedFragments.scoreChange("tension 6->3", "the client")).isEqualTo("the client rated tension at 6 and then at 3");
        assertThat(TypedFragments.scoreChange("SUDS 6 to 3", "the client")).isEqualTo("the client rated SUDS at 6 and then at 3");
        // A person is no score, a typed verb is the clinician's line, and "ok" no preposition.
        assertThat(TypedFragments.scoreChange("urge dropped 8->4", "the client")).isEmpty();
        assertThat(TypedFragments.scoreChange("mom 7->4", "the client")).isEmpty();
        assertThat(TypedFragments.scoreChange("urge drops 8->4", "the client")).isEmpty();
        assertThat(TypedFragments.scoreChange("SUDS 7->4 ok", "the client")).isEmpty();
    }

    /** The dev prompt {@code id} drafted as SOAP in the default style; the draft must pass the verifier. */
    private NoteDraft soap(String id) throws IOException {
        return PromptJson.verifiedSoap(drafter, DEV, id);
    }

    @Test
    void evidenceThatDoesNotReadStaysBesideItsProgressWordForWord() throws IOException {
        assertThat(soap("l16-02-evidence-down-from").text()).contains("The client made steady progress toward the goal"
                + " of reducing panic attacks to fewer than 2 a week: two attacks this week, down from five.")
                .doesNotContain("Evidence for");
        assertThat(soap("l16-19-evidence-per-mom").text()).contains("toward the goal of reducing tantrums to 2 a week:"
                + " per mom 3 tantrums/wk (was 6).").doesNotContain("Evidence for");
        // Typed as the clinician's own sentence, it follows the progress sentence as typed.
        assertThat(soap("l16-28-full-sentence-response").text()).contains("The client made steady progress toward the"
                + " goal of reducing angry outbursts at work. The client reported one outburst this week.");
    }

    @Test
    void aFocusTypedAsATopicIsTheObjectOfItsInterventionsSentence() throws IOException {
        assertThat(soap("l16-03-resp-shorthand").text())
                .contains("This clinician used cognitive restructuring focused on job review worries.")
                .doesNotContain("Focus of");
        assertThat(soap("l16-28-full-sentence-response").text()).contains("This clinician used cognitive restructuring"
                + " focused on the thought that coworkers are against him").doesNotContain("Focus of");
    }

    @Test
    void aScoreTypedWithAnArrowIsWhatTheClientRatedInTheResponse() throws IOException {
        assertThat(soap("l16-04-resp-arrow").text())
                .contains("In response, the client rated SUDS at 7 and then at 4 after 3 rounds.")
                .doesNotContain("Response to", "->");
        assertThat(soap("l16-15-focus-plus").text())
                .contains("In response, the client was relaxed. The client rated tension at 6 and then at 3.")
                .doesNotContain("Response to");
    }

    @Test
    void concernTopicsAreListedWithTheConcernsAndTheRestKeepsItsLine() throws IOException {
        assertThat(soap("l16-26-group-focus").text()).contains("Presenting concerns included relapse triggers and"
                + " loneliness.").doesNotContain("Presenting concerns:");
        // Dash bullets and a negation, or a slash run, are not read as topics: the clinician's line keeps them.
        assertThat(soap("l16-21-concerns-dashes").text())
                .contains("Presenting concerns: - low mood - isolating - not returning calls.");
    }

    @Test
    void aValueHoldingAFillerIsRefusedNamingTheFieldAndTheFiller() {
        org.practicekit.core.ValidationException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> PromptJson.prompt(PromptJson.lines(DEV).stream()
                        .filter(c -> c.path("id").asText().equals("l16-18-two-goals")).findFirst().orElseThrow(),
                        "l16-18-two-goals"), org.practicekit.core.ValidationException.class);
        assertThat(refused.getMessage()).contains("goals[1].evidence").contains("\"n/a\"");
    }
}
