package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 32c: who acts in a risk or medication line. A status word in the safety-plan, follow-up or actions field
 * ("declined", "refused", "would not engage") is the client's act or a state, never the clinician's; a gerund before a
 * noun ("fishing knife", "sleeping pills") names a thing, never the client's deed; a parenthesis in a medication line
 * ("pt self-discontinued 3/2", "stopped by PCP") keeps the actor it names. Every dev prompt
 * ({@code corpus/dev-meaning-r32c.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-meaning-r32c.md}); every draft passes the verifier.
 */
class ComposerMeaningRound32cTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-meaning-r32c.jsonl");

    static final Pattern CLINICIAN_REFUSED = Pattern.compile(
            "\\b(?:[Tt]his clinician|[Tt]he clinician|I)\\b[^.]*\\b(?:declined|refused|would not engage|was unable to commit)\\b");
    static final Pattern GERUND_AS_DEED = Pattern.compile(
            "\\b(?:[Tt]he client|[Tt]he patient|[Hh]e|[Ss]he|[Tt]hey) (?:fished|slept|cleaned|hunted|sewed|worked|climbed|drank|gambled|ran|camped|walked)\\b");
    static final Pattern CLIENT_WAS_STOPPED = Pattern.compile(
            "\\b(?:[Tt]he client|[Tt]he patient) was (?:stopped|self-discontinued|discontinued|restarted)\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("the clinician given the client's refusal", s -> CLINICIAN_REFUSED.matcher(s).find());
        SHAPES.put("a gerund before a noun said as a deed", s -> GERUND_AS_DEED.matcher(s).find());
        SHAPES.put("the client given another's stop", s -> CLIENT_WAS_STOPPED.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-meaning-r32c", "meaning32c.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    @Test
    void noDevDraftGivesAnActToTheWrongActor() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-meaning-r32c", "meaning32c.before", SHAPES);
        assertThat(lines).isEmpty();
    }

    static NoteDraft draft(String id) {
        return draft(id, NoteFormat.SOAP);
    }

    static NoteDraft draft(String id, NoteFormat format) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, id);
        return OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-06T12:00:00Z")).audit(new InMemoryAuditLog())
                .build().draft(prompt, format, StyleProfile.defaults());
    }
}
