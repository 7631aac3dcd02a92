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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Writes the verifier's findings for every clean draft (the sample prompts behind the goldens, the grammar-gate
 * corpora, the planted-dev set and the spent blind sets, in every standard format and corpus style) and for every
 * planted case of the planted sets (planted the way {@link PlantedRun} plants them) to
 * {@code target/verifier-identity.txt}. A change to the verifier made for speed alone must leave that file
 * byte-identical (compare its SHA-256 before and after). A tool, not a gate: it runs only with
 * {@code -Dnotes.verifierIdentity=true}.
 */
@EnabledIfSystemProperty(named = "notes.verifierIdentity", matches = "true")
class VerifierFindingsIdentityTest {
    static final Path OUT = Path.of("target/verifier-identity.txt");

    @Test
    void writesTheFindingsOfEveryCleanAndPlantedDraft() throws IOException {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-03T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        DraftVerifier verifier = DraftVerifier.standard();
        StringBuilder out = new StringBuilder();
        int verified = 0;

        List<Map.Entry<String, SessionPrompt>> prompts = new ArrayList<>();
        SamplePrompts.all().values().forEach(s -> prompts.add(Map.entry(s.name(), s.prompt())));
        List<Path> planted = List.of(PlantedErrorCorpusTest.DEV, BlindPlantedErrorsTest.BLIND,
                BlindPlantedErrorsTest.BLIND_R2, BlindPlantedErrorsTest.BLIND_R3, BlindPlantedErrorsTest.BLIND_R4,
                BlindPlantedErrorsTest.BLIND_R5);
        List<Path> corpora = new ArrayList<>(List.of(GrammarGateTest.CORPUS, GrammarGateTest.CORPUS_R2));
        corpora.addAll(planted);
        for (Path corpus : corpora) {
            for (JsonNode c : PromptJson.lines(corpus)) {
                String id = c.path("id").asText();
                try {
                    prompts.add(Map.entry(corpus.getFileName() + "/" + id, PromptJson.prompt(c, id)));
                } catch (RuntimeException rejected) {
                    // The builder refuses some planted prompts; they have no draft to verify.
                }
            }
        }
        // Every clean draft, in every format and style.
        for (Map.Entry<String, SessionPrompt> p : prompts) {
            for (NoteFormat format : NoteFormat.standard()) {
                if (format.sectionHolding(SectionContent.GOALS).isPresent() && p.getValue().goals().isEmpty()) {
                    continue;
                }
                for (Map.Entry<String, StyleProfile> style : CorpusStyles.all().entrySet()) {
                    NoteDraft draft = drafter.draft(p.getValue(), format, style.getValue());
                    out.append("## ").append(p.getKey()).append(' ').append(format.name()).append(' ')
                            .append(style.getKey()).append('\n').append(draft.verification().report()).append('\n');
                    // The verifier on its own, straight after the drafter's run on the same prompt.
                    out.append(verifier.verify(draft).report()).append("\n\n");
                    verified += 2;
                }
            }
        }
        // Every planted case, planted into the clean draft the way PlantedRun plants it.
        List<StyleProfile> styles = new ArrayList<>(CorpusStyles.all().values());
        for (Path corpus : planted) {
            int cases = 0;
            for (JsonNode c : PromptJson.lines(corpus)) {
                StyleProfile style = styles.get(cases++ % styles.size());
                String id = c.path("id").asText();
                SessionPrompt prompt;
                try {
                    prompt = PromptJson.prompt(c, id);
                } catch (RuntimeException rejected) {
                    continue;
                }
                NoteFormat format = PromptJson.format(c);
                if (format.sectionHolding(SectionContent.GOALS).isPresent() && prompt.goals().isEmpty()) {
                    format = NoteFormat.SOAP;
                }
                NoteDraft clean = drafter.draft(prompt, format, style);
                int n = 0;
                for (JsonNode error : c.path("errors")) {
                    Optional<NoteDraft> draft = PlantedErrors.plant(clean, error);
                    out.append("## planted ").append(corpus.getFileName()).append('/').append(id).append(" #")
                            .append(n++).append(' ').append(error.path("kind").asText()).append(' ')
                            .append(error.path("mode").asText()).append('\n');
                    if (draft.isPresent()) {
                        Verification v = verifier.verify(draft.get());
                        out.append(v.kinds()).append('\n').append(v.report()).append("\n\n");
                        verified++;
                    } else {
                        out.append("not planted\n\n");
                    }
                }
            }
        }
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, out.toString(), StandardCharsets.UTF_8);
        assertThat(verified).isGreaterThan(1000);
    }
}
