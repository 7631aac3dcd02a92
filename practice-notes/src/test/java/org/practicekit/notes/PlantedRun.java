package org.practicekit.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.notes.llm.LlmNoteDrafter;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.llm.ScriptedLlmClient;

/**
 * Runs a planted-error corpus through the public API: the {@link SessionPrompt} builder, the
 * {@link OfflineNoteDrafter}, the error planted into the clean draft, then {@link DraftVerifier}; and
 * the {@link LlmNoteDrafter} path, where the scripted LLM client from practice-testing answers with
 * the corrupted draft and the drafter must fall back to the offline draft.
 */
final class PlantedRun {
    /** What happened to one planted error. */
    enum Outcome { CAUGHT, MISSED, NOT_PLANTED, PROMPT_REJECTED }

    /** One planted error's result. */
    record Result(String caseId, String kind, String mode, Outcome outcome, String detail, boolean llmFellBack,
            String text) {
    }

    final List<Result> results = new ArrayList<>();
    /** Cases whose clean offline draft the verifier flagged (false positives), with the findings. */
    final Map<String, String> cleanFlagged = new TreeMap<>();
    final Map<String, String> rejected = new TreeMap<>();
    int cases;

    private final TestClock clock = TestClock.at("2026-10-20T12:00:00Z");
    /**
     * One verifier for the clean draft, the planted drafts and the LLM path, remembering the prompt being run: each
     * prompt is read once, not once more for every planted error's model call (about five a prompt). A reading is
     * matched by the prompt object, and verifies what a fresh reading does (DraftVerifierPromptMemoryRound40Test).
     */
    private final DraftVerifier verifier = DraftVerifier.builder().rememberPrompts(1).build();
    private final OfflineNoteDrafter offline = OfflineNoteDrafter.builder().clock(clock).auditLog(new InMemoryAuditLog())
            .verifier(verifier).build();
    private final HeldFallback fallback = new HeldFallback();
    /**
     * One PHI guard for the run's LLM path, as a practice holds one: it remembers what it read in the drafter's fixed
     * instructions and in a prompt's fields (sent again for each of the prompt's planted errors), and sends, audits
     * and restores the same text as a guard built per call (PhiGuardScanMemoryRound39Test).
     */
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).clock(clock).actor("dr-corpus")
            .build();

    static PlantedRun of(Path corpus, boolean llmPath) {
        PlantedRun run = new PlantedRun();
        List<StyleProfile> styles = new ArrayList<>(CorpusStyles.all().values());
        for (JsonNode c : PromptJson.lines(corpus)) {
            run.one(c, styles.get(run.cases % styles.size()), llmPath);
        }
        return run;
    }

    /**
     * Runs {@code corpus} through the LLM path too and writes its report to {@code target/<name>.txt} (every rejected
     * prompt, miss and clean-draft finding), where a reader looks first when a floor fails.
     */
    static PlantedRun ofWritingReport(Path corpus, String name) throws IOException {
        PlantedRun run = of(corpus, true);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/" + name + ".txt"), run.report(name), StandardCharsets.UTF_8);
        return run;
    }

    private void one(JsonNode c, StyleProfile style, boolean llmPath) {
        cases++;
        String id = c.path("id").asText();
        SessionPrompt prompt;
        try {
            prompt = PromptJson.prompt(c, id);
        } catch (ValidationException | IllegalArgumentException e) {
            rejected.put(id, e.getMessage());
            for (JsonNode e2 : c.path("errors")) {
                results.add(new Result(id, e2.path("kind").asText(), e2.path("mode").asText(), Outcome.PROMPT_REJECTED,
                        e.getMessage(), false, e2.path("text").asText()));
            }
            return;
        }
        NoteFormat format = PromptJson.format(c);
        if (format.sectionHolding(SectionContent.GOALS).isPresent() && prompt.goals().isEmpty()) {
            format = NoteFormat.SOAP;
        }
        NoteDraft clean = offline.draft(prompt, format, style);
        if (!clean.verification().passed()) {
            cleanFlagged.put(id, clean.verification().report());
        }
        // One reading of the prompt for all its planted drafts, as the drafter reads a model's draft and its fallback.
        DraftVerifier.PromptVerifier reading = verifier.forPrompt(prompt);
        for (JsonNode error : c.path("errors")) {
            String kind = error.path("kind").asText();
            String mode = error.path("mode").asText();
            Optional<NoteDraft> planted = PlantedErrors.plant(clean, error);
            if (planted.isEmpty()) {
                results.add(new Result(id, kind, mode, Outcome.NOT_PLANTED, "\"" + error.path("find").asText()
                        + "\" is not in the draft", false, error.path("text").asText()));
                continue;
            }
            Verification v = reading.verify(planted.get());
            boolean fellBack = llmPath && llmFallsBack(prompt, format, style, planted.get(), clean);
            results.add(new Result(id, kind, mode, v.passed() ? Outcome.MISSED : Outcome.CAUGHT,
                    v.passed() ? changed(clean, planted.get()) : v.kinds().toString(), fellBack,
                    error.path("text").asText()));
        }
    }

    /** The sentence the error changed or added, for the report. */
    private static String changed(NoteDraft clean, NoteDraft planted) {
        List<String> before = clean.sentences().stream().map(DraftSentence::text).toList();
        for (DraftSentence s : planted.sentences()) {
            if (!before.contains(s.text())) {
                return s.text();
            }
        }
        return "";
    }

    /** The LLM path answers with the corrupted draft; true when the drafter fell back to the offline draft. */
    private boolean llmFallsBack(SessionPrompt prompt, NoteFormat format, StyleProfile style, NoteDraft corrupted,
            NoteDraft clean) {
        ObjectNode answer = PromptJson.JSON.createObjectNode();
        ArrayNode sections = answer.putArray("sections");
        for (DraftSection s : corrupted.sections()) {
            ObjectNode section = sections.addObject().put("key", s.key());
            ArrayNode sentences = section.putArray("sentences");
            for (DraftSentence sentence : s.sentences()) {
                ObjectNode o = sentences.addObject().put("text", sentence.text());
                sentence.sources().forEach(o.putArray("sources")::add);
            }
        }
        ScriptedLlmClient client = ScriptedLlmClient.builder().thenAnswer(answer.toString()).build();
        InMemoryAuditLog audit = new InMemoryAuditLog();
        RecordedConsents consents = new RecordedConsents().record(prompt.clientId(), new ConsentRecord(
                "ai-documentation", "2026-01", "0".repeat(64), "client", Instant.parse("2026-01-01T00:00:00Z"),
                ConsentRecord.Method.ELECTRONIC_SIGNATURE));
        NoteDrafter llm = LlmNoteDrafter.builder().client(client).verifier(verifier)
                .phiGuard(guard).consents(consents).clock(clock).auditLog(audit).build();
        llm.fallBackTo(fallback);
        NoteDraft result = llm.draft(prompt, format, style);
        boolean fellBack = result.writtenBy() == DrafterKind.OFFLINE && result.text().equals(clean.text())
                && result.fallbackReason().orElse("").startsWith("verification failed");
        if (!fellBack && System.getProperty("planted.debug") != null) {
            System.out.println("LLM path: " + result.writtenBy() + " " + result.fallbackReason().orElse("")
                    + " same text " + result.text().equals(clean.text()));
        }
        return fellBack;
    }

    /** How many offline fallbacks the LLM path composed and verified: one per prompt that fell back. */
    int fallbacksComposed() {
        return fallback.composed;
    }

    /**
     * The LLM path's offline fallback for the prompt being run: composed and verified (the drafter's own fallback) on
     * the prompt's first planted error that makes the drafter fall back, and held for its other errors (about five a
     * prompt in the blind and independent sets). Drafting is deterministic (DraftOutputDigestTest), so it is the draft
     * the drafter would compose again; every planted error still goes through the LLM path and its fallback. One
     * prompt's draft at a time, and one thread's: a run drafts one prompt after another on its own thread.
     */
    static final class HeldFallback implements NoteDrafter.OfflineFallback {
        private SessionPrompt prompt;
        private NoteFormat format;
        private StyleProfile style;
        private NoteDraft draft;
        int composed;

        @Override
        public NoteDraft draft(SessionPrompt prompt, NoteFormat format, StyleProfile style,
                DraftVerifier.PromptVerifier reading) {
            if (prompt != this.prompt || !format.equals(this.format) || !style.equals(this.style)) {
                draft = NoteDrafter.OfflineFallback.COMPOSED.draft(prompt, format, style, reading);
                this.prompt = prompt;
                this.format = format;
                this.style = style;
                composed++;
            }
            return draft;
        }
    }

    long count(Outcome o) {
        return results.stream().filter(r -> r.outcome() == o).count();
    }

    /** Caught errors over planted ones (caught plus missed). */
    double recall() {
        long caught = count(Outcome.CAUGHT);
        long planted = caught + count(Outcome.MISSED);
        return planted == 0 ? 1 : (double) caught / planted;
    }

    /** A plain-text report: totals, per kind and mode, every miss and every unplanted error. */
    String report(String name) {
        StringBuilder s = new StringBuilder();
        s.append(name).append(": ").append(cases).append(" cases, ").append(results.size()).append(" planted errors\n");
        s.append("caught ").append(count(Outcome.CAUGHT)).append(", missed ").append(count(Outcome.MISSED))
                .append(", not plantable ").append(count(Outcome.NOT_PLANTED)).append(", prompt rejected ")
                .append(count(Outcome.PROMPT_REJECTED)).append(String.format(", recall %.1f%%%n", 100 * recall()));
        s.append("clean drafts flagged: ").append(cleanFlagged.size()).append('\n');
        long llmCases = results.stream().filter(r -> r.outcome() == Outcome.CAUGHT || r.outcome() == Outcome.MISSED)
                .count();
        long fell = results.stream().filter(Result::llmFellBack).count();
        s.append("LLM path fell back to the offline draft: ").append(fell).append(" of ").append(llmCases).append('\n');
        Map<String, long[]> byKind = new TreeMap<>();
        for (Result r : results) {
            for (String key : List.of("kind " + r.kind(), "mode " + r.mode())) {
                long[] k = byKind.computeIfAbsent(key, x -> new long[4]);
                k[r.outcome().ordinal()]++;
            }
        }
        byKind.forEach((k, v) -> s.append(String.format("  %-55s caught %3d  missed %2d  not planted %2d  rejected %2d%n",
                k, v[0], v[1], v[2], v[3])));
        for (Result r : results) {
            if (r.outcome() != Outcome.CAUGHT) {
                s.append(r.outcome()).append(' ').append(r.caseId()).append(' ').append(r.kind()).append(' ')
                        .append(r.mode()).append(" [").append(r.text()).append("] ").append(r.detail()).append('\n');
            }
        }
        rejected.forEach((k, v) -> s.append("REJECTED ").append(k).append(": ").append(v.replace('\n', ' '))
                .append('\n'));
        cleanFlagged.forEach((k, v) -> s.append("CLEAN FLAGGED ").append(k).append(": ").append(v.replace('\n', ' '))
                .append('\n'));
        return s.toString();
    }
}
