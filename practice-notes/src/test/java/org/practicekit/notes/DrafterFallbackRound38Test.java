package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.ConsentRecord;
import org.practicekit.llm.phi.PhiGuard;
import org.practicekit.notes.llm.LlmNoteDrafter;
import org.practicekit.testing.TestClock;
import org.practicekit.testing.llm.ScriptedLlmClient;

/**
 * Round 38: the LLM drafter's offline fallback, and the planted-error runs' held fallback (one offline draft and
 * verification per prompt, instead of one per planted error). What a user would notice if it went wrong: a fallback
 * that is not the offline draft of their prompt, or one that carries another call's reason.
 */
class DrafterFallbackRound38Test {
    private final TestClock clock = TestClock.at("2026-10-20T12:00:00Z");
    private final OfflineNoteDrafter offline = OfflineNoteDrafter.builder().clock(clock).audit(new InMemoryAuditLog())
            .build();

    /**
     * An LLM drafter whose model answers {@code answer} to every request, for a client with consent on record; typed as
     * a {@link NoteDrafter}, whose package-private fallback seam this test sets.
     */
    private NoteDrafter answering(SessionPrompt prompt, String answer) {
        InMemoryAuditLog audit = new InMemoryAuditLog();
        RecordedConsents consents = new RecordedConsents().record(prompt.clientId(), new ConsentRecord(
                "ai-documentation", "2026-01", "0".repeat(64), "client", Instant.parse("2026-01-01T00:00:00Z"),
                ConsentRecord.Method.ELECTRONIC_SIGNATURE));
        return LlmNoteDrafter.builder().client(ScriptedLlmClient.builder().otherwise(r -> answer).build())
                .phiGuard(PhiGuard.builder().auditLog(audit).clock(clock).actor("dr-round38").build())
                .consents(consents).clock(clock).audit(audit).build();
    }

    @Test
    void theDrafterComposesAndVerifiesTheOfflineDraftOfThePromptByDefault() {
        SessionPrompt prompt = SamplePrompts.crisis();
        NoteDraft expected = offline.draft(prompt, NoteFormat.SOAP);

        NoteDraft result = answering(prompt, "not JSON").draft(prompt, NoteFormat.SOAP);

        assertThat(result.writtenBy()).isEqualTo(DrafterKind.OFFLINE);
        assertThat(result.fallbackReason()).contains("model answer was not valid JSON");
        assertThat(result.text()).isEqualTo(expected.text());
        assertThat(result.verification().report()).isEqualTo(expected.verification().report());
    }

    @Test
    void aHeldFallbackIsComposedOncePerPromptAndEachCallKeepsItsOwnReason() {
        SessionPrompt crisis = SamplePrompts.crisis();
        SessionPrompt panic = SamplePrompts.panic();
        PlantedRun.HeldFallback held = new PlantedRun.HeldFallback();
        NoteDrafter notJson = answering(crisis, "not JSON");
        NoteDrafter unknownSection = answering(crisis, "{\"sections\":[{\"key\":\"nowhere\",\"sentences\":[]}]}");
        notJson.fallBackTo(held);
        unknownSection.fallBackTo(held);

        NoteDraft first = notJson.draft(crisis, NoteFormat.SOAP);
        NoteDraft second = unknownSection.draft(crisis, NoteFormat.SOAP);
        NoteDraft otherFormat = notJson.draft(crisis, NoteFormat.DAP);
        NoteDrafter panicDrafter = answering(panic, "not JSON");
        panicDrafter.fallBackTo(held);
        NoteDraft otherPrompt = panicDrafter.draft(panic, NoteFormat.SOAP);

        assertThat(held.composed).isEqualTo(3);
        assertThat(first.fallbackReason()).contains("model answer was not valid JSON");
        assertThat(second.fallbackReason()).contains("model answer did not follow the schema (unknown section)");
        assertThat(second.text()).isEqualTo(first.text()).isEqualTo(offline.draft(crisis, NoteFormat.SOAP).text());
        assertThat(second.verification().report()).isEqualTo(offline.draft(crisis, NoteFormat.SOAP).verification()
                .report());
        assertThat(otherFormat.text()).isEqualTo(offline.draft(crisis, NoteFormat.DAP).text());
        assertThat(otherPrompt.text()).isEqualTo(offline.draft(panic, NoteFormat.SOAP).text());
    }

    @Test
    void aFallbackThatIsNotTheOfflineDraftOfThisPromptIsRefused() {
        SessionPrompt crisis = SamplePrompts.crisis();
        NoteDraft panicDraft = offline.draft(SamplePrompts.panic(), NoteFormat.SOAP);
        NoteDrafter anotherPrompts = answering(crisis, "not JSON");
        anotherPrompts.fallBackTo((prompt, format, style, reading) -> panicDraft);
        NoteDraft crisisDraft = offline.draft(crisis, NoteFormat.SOAP);
        NoteDrafter modelWritten = answering(crisis, "not JSON");
        modelWritten.fallBackTo((prompt, format, style, reading) -> NoteDraft.unverified(prompt, format,
                crisisDraft.sections(), DrafterKind.LLM, "llm:elsewhere"));
        NoteDrafter anotherFormat = answering(crisis, "not JSON");
        anotherFormat.fallBackTo((prompt, format, style, reading) -> crisisDraft);

        assertThatThrownBy(() -> anotherPrompts.draft(crisis, NoteFormat.SOAP))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> modelWritten.draft(crisis, NoteFormat.SOAP))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> anotherFormat.draft(crisis, NoteFormat.DAP))
                .isInstanceOf(IllegalStateException.class);
    }
}
