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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Counts, over one draft per distinct prompt of the train, dev and spent blind sets, the prompts the
 * builder refuses and the sentences a clinician would rewrite for their shape alone: the recorded-content
 * frame ("This clinician documented the following ...") and a risk field written as a label fragment
 * ("Means and access: ..."). Drafts rotate through the formats' own choice and the corpus styles, as the
 * round-4 figures did. Writes {@code target/composer-coverage.md}; the figures on the blind sets are seen.
 */
class ComposerCoverageTest {
    static final Path OUT = Path.of("target/composer-coverage.md");
    static final Pattern FRAME = Pattern.compile("documented the following");
    /** A labelled line in the clinician's own words: a few label words, a colon, the field as typed. */
    static final Pattern LABELLED = Pattern.compile("^[A-Z][A-Za-z'\\-]*(?: [a-z'\\-]+){0,3}: ");
    static final Pattern RISK_LABEL = Pattern.compile(
            "(?m)(?:^|\\. )(?:Ideation|Intent|Plan|Means and access|Means|Protective factors|Actions taken|Safety plan"
                    + "|Follow-up|Risk factors): ");
    /**
     * Shorthand pasted into prose, by class, each a sentence a clinician rewrites: a passive that hides who reported,
     * a participle without its verb ("The psychiatrist notified."), a person in an actions list, a room or building
     * without its article, "denied plan", "x3 weeks", a level "rated as no identified", a partner-only session
     * written as family psychotherapy, and an absent client who reports.
     */
    static final Pattern SHORTHAND = Pattern.compile("^It was reported that|^The [a-z]+ (?:notified|informed|contacted"
            + "|consulted)\\b|actions included (?:the )?(?:client|patient)\\b|\\b(?:in|at|to|from|into|on) (?:kitchen"
            + "|bedroom|closet|garage|shed|hallway|basement|bathroom|car|hospital|ED|ER)\\b|\\b(?:denied|with|without)"
            + " plan\\b|\\bx ?\\d+ (?:days?|weeks?|months?|nights?)\\b|as no identified");
    static final Pattern ABSENT_REPORT = Pattern.compile("^The (?:client|patient) (?:reported|noted|described|stated)"
            + "|'s report\\b");
    static final Set<String> PARTNERS = Set.of("husband", "wife", "partner", "spouse", "boyfriend", "girlfriend");

    @Test
    void countsFramesAndRefusalsPerSet() throws IOException {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-03T12:00:00Z"))
                .auditLog(new InMemoryAuditLog()).build();
        List<StyleProfile> styles = new ArrayList<>(CorpusStyles.all().values());
        Map<String, Path> sets = new java.util.LinkedHashMap<>();
        sets.put("train", GrammarGateTest.CORPUS);
        sets.put("dev", GrammarGateTest.CORPUS_R2);
        for (int r = 1; r <= 4; r++) {
            sets.put("spent blind r" + r, Path.of("../corpora/notes/blind-r" + r + ".jsonl"));
        }
        StringBuilder table = new StringBuilder("| set | prompts | refused | frame sentences | risk label fragments"
                + " | clean drafts flagged | shorthand sentences | labelled lines |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        StringBuilder detail = new StringBuilder();
        int[] total = new int[7];
        for (Map.Entry<String, Path> set : sets.entrySet()) {
            if (!Files.exists(set.getValue())) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            int prompts = 0;
            int refused = 0;
            int frames = 0;
            int labels = 0;
            int flagged = 0;
            int shorthand = 0;
            int lines = 0;
            for (JsonNode c : PromptJson.lines(set.getValue())) {
                // Blind sets repeat a prompt once per planted error: one draft per distinct prompt.
                if (!seen.add(c.path("prompt").toString())) {
                    continue;
                }
                prompts++;
                SessionPrompt prompt;
                try {
                    prompt = PromptJson.prompt(c, c.path("id").asText());
                } catch (ValidationException | IllegalArgumentException e) {
                    refused++;
                    detail.append("- refused ").append(set.getKey()).append(' ').append(c.path("id").asText())
                            .append(": ").append(e.getMessage()).append('\n');
                    continue;
                }
                NoteFormat format = PromptJson.format(c);
                if (format.sectionHolding(SectionContent.GOALS).isPresent() && prompt.goals().isEmpty()) {
                    format = NoteFormat.SOAP;
                }
                NoteDraft draft = drafter.draft(prompt, format, styles.get(prompts % styles.size()));
                if (!draft.verification().passed()) {
                    flagged++;
                    detail.append("- flagged ").append(set.getKey()).append(' ').append(c.path("id").asText())
                            .append(": ").append(draft.verification().report().replace('\n', ' ')).append('\n');
                }
                boolean absent = prompt.attendance() != Attendance.ATTENDED;
                boolean couple = !prompt.participants().isEmpty() && prompt.participants().stream()
                        .allMatch(x -> PARTNERS.contains(x.role().toLowerCase(java.util.Locale.ROOT).strip()));
                for (DraftSentence s : draft.sentences()) {
                    // A quotation is counted as a frame sentence already, never twice.
                    // A labelled line is the clinician's own words as typed: its shorthand is theirs, not pasted prose.
                    boolean quoted = s.text().indexOf('"') >= 0 || LABELLED.matcher(s.text()).find();
                    if (!quoted && SHORTHAND.matcher(s.text()).find() || absent && ABSENT_REPORT.matcher(s.text()).find()
                            || couple && s.text().contains("family psychotherapy")) {
                        shorthand++;
                        detail.append("- shorthand ").append(set.getKey()).append(' ').append(s.text()).append('\n');
                    }
                    if (s.sources().stream().anyMatch(x -> x.startsWith("risk."))) {
                        detail.append("- risk ").append(set.getKey()).append(' ').append(s.text()).append('\n');
                    }
                    if (LABELLED.matcher(s.text()).find()) {
                        lines++;
                        detail.append("- labelled ").append(set.getKey()).append(' ').append(s.text()).append('\n');
                    }
                    if (FRAME.matcher(s.text()).find()) {
                        frames++;
                        detail.append("- frame ").append(set.getKey()).append(' ').append(s.text()).append('\n');
                    }
                }
                java.util.regex.Matcher m = RISK_LABEL.matcher(draft.text());
                while (m.find()) {
                    labels++;
                }
            }
            table.append("| ").append(set.getKey()).append(" | ").append(prompts).append(" | ").append(refused)
                    .append(" | ").append(frames).append(" | ").append(labels).append(" | ").append(flagged)
                    .append(" | ").append(shorthand).append(" | ").append(lines).append(" |\n");
            total[0] += prompts;
            total[1] += refused;
            total[2] += frames;
            total[3] += labels;
            total[4] += flagged;
            total[5] += shorthand;
            total[6] += lines;
        }
        table.append("| total | ").append(total[0]).append(" | ").append(total[1]).append(" | ").append(total[2])
                .append(" | ").append(total[3]).append(" | ").append(total[4]).append(" | ").append(total[5])
                .append(" | ").append(total[6]).append(" |\n");
        Files.createDirectories(OUT.getParent());
        Files.writeString(OUT, table + "\n" + detail, StandardCharsets.UTF_8);
        assertThat(total[0]).isGreaterThanOrEqualTo(79);
    }
}
