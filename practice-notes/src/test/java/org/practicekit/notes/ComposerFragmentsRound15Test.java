package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.notes.internal.TypedFragments;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 15: typed fragments behind a label ("Presenting concerns: ...", "Response to ...: pt tearful, engaged ok w/
 * reframe") written as sentences about their person where every piece reads. The dev prompts and the train and dev
 * corpora are drafted in every standard format and corpus style ({@code target/fragments-r15-*.md} for reading,
 * {@code target/fragments-r15-counts.txt} for the counts in docs/notes.md); every draft must pass the verifier.
 */
class ComposerFragmentsRound15Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-fragments-r15.jsonl");
    /** A labelled line of this brief's fields: the concerns, and a response, focus or goal evidence. */
    private static final Pattern LINE = Pattern.compile("(?:^|(?<=[.!?\"] ))((?:Presenting concerns|Other concerns"
            + "|Response|Focus|Evidence|Overall response)(?: to | of | for the )?[^:.]{0,60}): "
            + "([^\n]*?[.!?\"])(?= |$)");
    /** Shorthand a signed sentence would not hold, outside quotation marks. */
    private static final Pattern FRAGMENT = Pattern.compile(
            "(?i)\\b(?:pt|c/o|w/|(?<!oriented )x\\d+ ?(?:wk|wks|d|days?|mo)?|\\d+h)\\b|\\bok\\b");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReadingAndCountsLabelledLinesAndFragments() throws IOException {
        StringBuilder counts = new StringBuilder();
        StringBuilder flagged = new StringBuilder();
        for (Path set : List.of(DEV, Path.of("src/test/resources/corpus/prompts.jsonl"),
                Path.of("src/test/resources/corpus/prompts-r2.jsonl"))) {
            StringBuilder out = new StringBuilder();
            Set<String> distinctLines = new LinkedHashSet<>();
            Set<String> fragments = new LinkedHashSet<>();
            int lines = 0;
            List<String> texts = PromptJson.draftsForReading(drafter, set, false, out, flagged);
            int drafts = texts.size();
            for (String text : texts) {
                for (String paragraph : text.split("\n")) {
                    Matcher m = LINE.matcher(paragraph);
                    while (m.find()) {
                        lines++;
                        distinctLines.add(m.group(1) + ": " + m.group(2));
                    }
                    for (String sentence : paragraph.replaceAll("\"[^\"]*\"", "\"\"").split("(?<=[.!?]) ")) {
                        if (FRAGMENT.matcher(sentence).find() && !LINE.matcher(sentence).find()) {
                            fragments.add(sentence);
                        }
                    }
                }
            }
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/fragments-r15-" + name + ".md"), out, StandardCharsets.UTF_8);
            counts.append(name).append(": drafts ").append(drafts).append(", labelled lines ").append(lines)
                    .append(", distinct ").append(distinctLines.size()).append(", shorthand sentences (distinct) ")
                    .append(fragments.size()).append('\n');
            distinctLines.forEach(l -> counts.append("  L ").append(l).append('\n'));
            fragments.forEach(l -> counts.append("  F ").append(l).append('\n'));
        }
        Files.writeString(Path.of("target/fragments-r15-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(flagged.toString()).isEmpty();
    }

    /** The dev prompt {@code id} drafted as SOAP in the default style; the draft must pass the verifier. */
    private NoteDraft soap(String id) throws IOException {
        return PromptJson.verifiedSoap(drafter, DEV, id);
    }

    private static String subjective(NoteDraft draft) {
        return draft.section("subjective").orElseThrow().text();
    }

    @Test
    void aComplaintTypedWithCoIsWhatTheClientReportedWithItsDuration() throws IOException {
        assertThat(subjective(soap("f15-02-co-fatigue"))).contains("The client reported fatigue for 2 weeks.")
                .doesNotContain("c/o").doesNotContain("concerns:");
        assertThat(subjective(soap("f15-19-imminent"))).contains("The client reported not sleeping for 4 days.")
                .doesNotContain("c/o");
        assertThat(subjective(soap("f15-05-co-headaches")))
                .contains("The client reported headaches and poor sleep since job loss.");
        assertThat(subjective(soap("f15-25-other-concerns"))).contains("neck pain for 1 week.")
                .doesNotContain("Other concerns:");
    }

    @Test
    void anAmountOfSleepAndANounWithHowItWasAreSentences() throws IOException {
        String s = subjective(soap("f15-03-sleep-appetite"));
        assertThat(s).contains("The client reported sleeping 5 hours.")
                .contains("The client reported that appetite was down.")
                .doesNotContain("5h").doesNotContain("concerns:");
        assertThat(subjective(soap("f15-17-tele-phone"))).contains("sleeping 4 hours a night")
                .doesNotContain("concerns:");
    }

    @Test
    void aResponseTypedWithPtIsASentenceAboutTheClient() throws IOException {
        assertThat(soap("f15-16-tele-video").text())
                .contains("In response to supportive therapy, the client was tearful and receptive.")
                .doesNotContain("Response to supportive therapy:");
        assertThat(soap("f15-06-pt-reports").text())
                .contains("the client was engaged and receptive to feedback.").doesNotContain("pt engaged");
        assertThat(soap("f15-15-group").text()).contains("the client shared openly with the group.")
                .doesNotContain("Response to relapse prevention group:");
        assertThat(soap("f15-26-pt-denies").text()).contains("the client was quiet and engaged.");
    }

    @Test
    void whatDoesNotReadWithCertaintyKeepsTheOneLabelledForm() throws IOException {
        // "ok" is no word a signed sentence holds for the clinician; two people complaining are two reports the
        // field does not tell apart from the client's.
        assertThat(soap("f15-01-pt-tearful").text())
                .contains("\nResponse to cognitive restructuring: the client tearful, engaged ok with reframe.")
                // round 39: the labelled line writes "w/" out; no composed sentence takes the words
                .doesNotContainPattern("(?m)^(?!Response to ).*engaged ok with");
        assertThat(subjective(soap("f15-14-family")))
                .contains("Presenting concerns: teen c/o being nagged, the client's mother c/o disrespect.");
    }

    @Test
    void aDurationAfterAPluralNounTakesNoArticle() throws IOException {
        assertThat(subjective(soap("f15-30-group-tele"))).contains("Presenting concerns included cravings for 1 week.")
                .doesNotContain("a cravings");
    }

    @Test
    void theReaderRewritesOnlyWhatItReadsWithCertainty() {
        assertThat(TypedFragments.concern("pt c/o fatigue x2wk")).isEqualTo("fatigue x2 weeks");
        assertThat(TypedFragments.concern("sleep 5h")).isEqualTo("sleeping 5 hours");
        assertThat(TypedFragments.concern("mom down")).isEqualTo("mom down");
        assertThat(TypedFragments.concern("worry about work")).isEqualTo("worry about work");
        assertThat(TypedFragments.aboutTheClient("pt tearful")).isEqualTo("tearful");
        assertThat(TypedFragments.aboutTheClient("pt and wife engaged")).isEqualTo("pt and wife engaged");
        assertThat(TypedFragments.aboutTheClient("pt to practice daily")).isEqualTo("pt to practice daily");
        assertThat(TypedFragments.aboutTheClient("pt shared openly w/ group")).isEqualTo("shared openly w/ the group");
        assertThat(TypedFragments.aboutTheClient("coped with ease")).isEqualTo("coped with ease");
    }
}
