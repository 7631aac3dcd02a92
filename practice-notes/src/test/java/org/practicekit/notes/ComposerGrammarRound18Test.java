package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.TypedCounts;
import org.practicekit.testing.TestClock;

/**
 * Round 18: the clinician's shorthand written out in prose ("10 min" as "10 minutes", "x2" as "twice", "~1 hr/day"
 * as "about 1 hour per day"). The dev prompts and the train and dev corpora are drafted in every standard format and
 * corpus style ({@code target/grammar-r18-*.md} for reading; every draft verified), and the SOAP draft of each dev
 * prompt and of the first 20 independent prompts is written for counting the shorthand left in prose
 * ({@code target/grammar-r18-counts.txt}).
 */
class ComposerGrammarRound18Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-grammar-r18.jsonl");
    static final Path INDEPENDENT = Path.of("../corpora/notes/dev-independent-r18.jsonl");

    /** Shorthand a signed sentence spells out, outside quotation marks: units, counts, "~", "pt", "yo", "wk". */
    private static final Pattern SHORTHAND = Pattern.compile("(?i)(?<![\\w/])(?:\\d+(?:\\.\\d+)? ?(?:min|mins|hr|hrs|h|wk"
            + "|wks)\\b|x ?\\d+\\b|\\d+x\\b|~ ?\\d|pt:?(?= )|yo\\b|wk\\b|wks\\b|hr/|min/)");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T08:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void writesTheDraftsForReading() throws IOException {
        String flagged = PromptJson.writeDraftsForReading(drafter, "grammar-r18", DEV);
        assertThat(flagged).isEmpty();
    }

    @Test
    void countsTheShorthandLeftInProse() throws IOException {
        StringBuilder counts = new StringBuilder();
        for (Path set : new Path[] {DEV, INDEPENDENT}) {
            Set<String> sentences = new LinkedHashSet<>();
            StringBuilder out = new StringBuilder();
            int drafted = 0;
            for (JsonNode c : PromptJson.lines(set)) {
                if (drafted == (set == DEV ? Integer.MAX_VALUE : 20)) {
                    break;
                }
                Optional<SessionPrompt> prompt = PromptJson.promptOrRefusal(c, out);
                if (prompt.isEmpty()) {
                    continue;
                }
                drafted++;
                String text = drafter.draft(prompt.get(), NoteFormat.SOAP, StyleProfile.defaults()).text();
                out.append("## ").append(c.path("id").asText()).append("\n\n").append(text.strip()).append("\n\n");
                for (String sentence : text.split("(?<=[.!?])\\s+|\\n")) {
                    String unquoted = sentence.replaceAll("\"[^\"]*\"", "\"\"");
                    if (SHORTHAND.matcher(unquoted).find()) {
                        sentences.add(sentence.strip());
                    }
                }
            }
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.writeString(Path.of("target/grammar-r18-soap-" + name + ".md"), out, StandardCharsets.UTF_8);
            counts.append(name).append(": ").append(drafted).append(" SOAP drafts, ").append(sentences.size())
                    .append(" distinct sentences with shorthand in prose\n");
            sentences.forEach(s -> counts.append("  ").append(s).append('\n'));
        }
        Files.writeString(Path.of("target/grammar-r18-counts.txt"), counts, StandardCharsets.UTF_8);
        assertThat(counts).isNotEmpty();
    }

    /** The dev prompt {@code id} drafted as SOAP in the default style; the draft must pass the verifier. */
    private String soap(String id) throws IOException {
        return PromptJson.verifiedSoap(drafter, DEV, id).text();
    }

    @Test
    void aCountTypedWithTheMultiplicationSignIsWrittenAsHowOften() throws IOException {
        assertThat(soap("g18-08-yo-son")).contains("the client's mother practiced limit-setting script twice.")
                .doesNotContain("script x2");
        assertThat(soap("g18-18-slash")).contains("the client role-played opening statement twice.");
        assertThat(soap("g18-12-tele-audio")).contains("The client reported that connection dropped twice.");
        assertThat(soap("g18-04-x2-count")).contains("lost track of questions twice during session");
    }

    @Test
    void whatIsNoCountKeepsItsTypedForm() {
        // An orientation, a duration, a rate, what a number counts, and an adjective (no deed happens twice).
        for (String typed : new String[] {"alert and oriented x4", "A&O x3", "low mood x2 wks", "walks 3x/wk",
                "no sleep x3 nights", "engaged, tearful x2", "4 x 4 breathing"}) {
            assertThat(TypedCounts.written(typed)).as(typed).isEqualTo(typed);
        }
        assertThat(TypedCounts.written("used skill x1 this week")).isEqualTo("used skill once this week");
        assertThat(TypedCounts.written("called mom 3x, no answer")).isEqualTo("called mom 3 times, no answer");
    }

    @Test
    void aPlantedChangeInsideAWrittenCountIsStillCaught() throws IOException {
        NoteDraft clean = PromptJson.verifiedSoap(drafter, DEV, "g18-18-slash");
        for (String planted : new String[] {"5 times", "once"}) {
            java.util.List<DraftSection> sections = new java.util.ArrayList<>();
            boolean changed = false;
            for (DraftSection section : clean.sections()) {
                java.util.List<DraftSentence> sentences = new java.util.ArrayList<>();
                for (DraftSentence sentence : section.sentences()) {
                    String text = sentence.text().replace("opening statement twice", "opening statement " + planted);
                    changed |= !text.equals(sentence.text());
                    sentences.add(new DraftSentence(text, sentence.sources()));
                }
                sections.add(new DraftSection(section.key(), section.heading(), sentences));
            }
            assertThat(changed).isTrue();
            NoteDraft draft = NoteDraft.unverified(clean.prompt(), clean.format(), sections, DrafterKind.LLM, "planted");
            assertThat(DraftVerifier.builder().build().verify(draft).passed()).as(planted).isFalse();
        }
    }
}
