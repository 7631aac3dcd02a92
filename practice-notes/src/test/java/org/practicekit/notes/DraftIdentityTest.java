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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Writes every offline draft the tests know of (the sample prompts, the train and dev corpora and the
 * spent blind sets of rounds 1 to 5) in every standard format and every corpus style, with each
 * sentence's sources and the verifier's report, to {@code target/draft-identity.txt}. A change made
 * for speed alone must leave that file byte-identical (compare its SHA-256 before and after). A tool for
 * that check, not a gate: it runs only with {@code -Dnotes.draftIdentity=true} (the file is about 77 MB).
 */
@EnabledIfSystemProperty(named = "notes.draftIdentity", matches = "true")
class DraftIdentityTest {
    static final Path OUT = Path.of("target/draft-identity.txt");

    @Test
    void writesEveryDraftInEveryFormatAndStyle() throws IOException {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-03T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        List<Map.Entry<String, SessionPrompt>> prompts = new ArrayList<>();
        SamplePrompts.all().values().forEach(s -> prompts.add(Map.entry(s.name(), s.prompt())));
        for (Path corpus : List.of(GrammarGateTest.CORPUS, GrammarGateTest.CORPUS_R2, PlantedErrorCorpusTest.DEV,
                BlindPlantedErrorsTest.BLIND, BlindPlantedErrorsTest.BLIND_R2, BlindPlantedErrorsTest.BLIND_R3,
                BlindPlantedErrorsTest.BLIND_R4, BlindPlantedErrorsTest.BLIND_R5)) {
            if (!Files.exists(corpus)) {
                continue;
            }
            for (JsonNode c : PromptJson.lines(corpus)) {
                String id = c.path("id").asText();
                try {
                    prompts.add(Map.entry(corpus.getFileName() + "/" + id, PromptJson.prompt(c, id)));
                } catch (RuntimeException rejected) {
                    // The builder refuses some planted prompts; they have no draft to compare.
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int drafts = 0;
        for (Map.Entry<String, SessionPrompt> p : prompts) {
            for (NoteFormat format : NoteFormat.standard()) {
                if (format.sectionHolding(SectionContent.GOALS).isPresent() && p.getValue().goals().isEmpty()) {
                    continue;
                }
                for (Map.Entry<String, StyleProfile> style : CorpusStyles.all().entrySet()) {
                    NoteDraft draft = drafter.draft(p.getValue(), format, style.getValue());
                    out.append("## ").append(p.getKey()).append(' ').append(format.name()).append(' ')
                            .append(style.getKey()).append('\n').append(draft.text()).append('\n');
                    draft.sentences().forEach(s -> out.append(s.sources()).append(' ').append(s.text()).append('\n'));
                    out.append(draft.verification().report()).append("\n\n");
                    drafts++;
                }
            }
        }
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, out.toString(), StandardCharsets.UTF_8);
        assertThat(drafts).isGreaterThan(1000);
    }
}
