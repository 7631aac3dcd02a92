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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.PromptSources;
import org.practicekit.testing.TestClock;

/**
 * Writes 100 drafts picked at random (fixed seed) from the round-2 prompts (the 44 of the broadened
 * corpus, written in clinicians' styles) and the round-1 corpus and sample prompts, in every format and
 * style, each after the prompt it was drafted from, to {@code target/blind-read-r2/drafts.txt}: the
 * file a licensed clinician who has not seen the composer reads, listing every sentence they would
 * rewrite. Round 1's file was {@code target/blind-read/drafts.txt}; its read is
 * {@code corpora/notes/blind-read-r1.md}.
 */
class BlindReadDraftsTest {
    @Test
    void writesOneHundredRandomDraftsWithTheirPrompts() throws IOException {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-01T12:00:00Z"))
                .auditLog(new InMemoryAuditLog()).build();
        List<Object[]> prompts = new ArrayList<>();
        List<Object[]> r2 = new ArrayList<>();
        for (JsonNode c : PromptJson.lines(GrammarGateTest.CORPUS_R2)) {
            r2.add(new Object[] {c.path("id").asText(), PromptJson.prompt(c, c.path("id").asText())});
        }
        for (JsonNode c : PromptJson.lines(GrammarGateTest.CORPUS)) {
            prompts.add(new Object[] {c.path("id").asText(), PromptJson.prompt(c, c.path("id").asText())});
        }
        SamplePrompts.all().forEach((name, sample) -> prompts.add(new Object[] {name, sample.prompt()}));
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        Random random = new Random(20261203L);
        StringBuilder out = new StringBuilder("100 draft progress notes, each after the session prompt it was drafted"
                + " from.\nRead each draft as a licensed clinician would before signing it, and list every sentence"
                + " you would rewrite.\n\n");
        int written = 0;
        while (written < 100) {
            // Two of three drafts come from the round-2 prompts, which no reader has seen yet.
            Object[] pick = random.nextInt(3) < 2 ? r2.get(random.nextInt(r2.size()))
                    : prompts.get(random.nextInt(prompts.size()));
            SessionPrompt prompt = (SessionPrompt) pick[1];
            NoteFormat format = NoteFormat.standard().get(random.nextInt(5));
            if (format.sectionHolding(SectionContent.GOALS).isPresent() && prompt.goals().isEmpty()) {
                format = NoteFormat.SOAP;
            }
            Map.Entry<String, StyleProfile> style = styles.get(random.nextInt(styles.size()));
            NoteDraft draft = drafter.draft(prompt, format, style.getValue());
            written++;
            out.append("==================== Draft ").append(written).append(" of 100 (").append(format.name())
                    .append(", style \"").append(style.getKey()).append("\", prompt ").append(pick[0]).append(")\n");
            out.append("---- Session prompt\n");
            PromptSources.of(prompt).forEach((field, value) -> out.append(field).append(": ")
                    .append(field.equals("session") ? prompt.date() + " " + prompt.start() + "-" + prompt.end() + ", "
                            + prompt.serviceType() + ", " + prompt.modality() + (prompt.clientAtHome()
                            ? " (client at home)" : "") + ", " + prompt.attendance()
                            + (prompt.location().isEmpty() ? "" : ", " + prompt.location()) : value).append('\n'));
            out.append("---- Draft\n").append(draft.text()).append('\n');
            assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        }
        Path file = Path.of("target/blind-read-r2/drafts.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        assertThat(out.toString()).contains("Draft 100 of 100");
    }
}
