package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * The twelve sample prompts drafted offline: each draft passes the verifier, reads as prose (full
 * sentences, no fillers, no empty headings, no repeats) and matches its committed golden file.
 * Run with {@code -Dgolden.update=true} to rewrite the files after an intended change, then read them.
 */
class OfflineDraftGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    // A sentence may end inside a closing quotation mark (American usage: the clinician's words kept as typed).
    private static final Pattern SENTENCE = Pattern.compile("^[A-Z][^.!?]*(?:\\.(?=\\d)[^.!?]*)*[.!?]\"?$");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-11-30T15:00:00Z")).auditLog(new InMemoryAuditLog()).build();

    static Stream<Arguments> samples() {
        return SamplePrompts.all().values().stream().map(s -> Arguments.of(s.name(), s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void offlineDraftPassesTheVerifierAndMatchesItsGoldenFile(String name, SamplePrompts.Sample sample)
            throws IOException {
        NoteDraft draft = drafter.draft(sample.prompt(), sample.format());

        assertThat(draft.verification().findings()).as(draft.text()).isEmpty();
        assertThat(draft.writtenBy()).isEqualTo(DrafterKind.OFFLINE);
        assertThat(draft.fallbackReason()).isEmpty();
        assertThat(draft.sections()).extracting(DraftSection::key)
                .containsExactlyElementsOf(sample.format().sections().stream().map(NoteSection::key).toList());
        assertReadsAsProse(draft);

        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, draft.text(), StandardCharsets.UTF_8);
        }
        assertThat(draft.text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void assertReadsAsProse(NoteDraft draft) {
        Set<String> seen = new HashSet<>();
        List<String> openers = new ArrayList<>();
        for (DraftSentence s : draft.sentences()) {
            assertThat(s.text()).as("a full sentence").matches(SENTENCE);
            assertThat(s.text()).doesNotContainIgnoringCase("n/a").doesNotContain("  ").doesNotContain(" ,")
                    .doesNotContain("..");
            assertThat(seen.add(s.text().toLowerCase(Locale.ROOT))).as("repeated: " + s.text()).isTrue();
            assertThat(s.sources()).isNotEmpty();
            openers.add(s.text().split(" ")[0] + " " + s.text().split(" ")[1]);
        }
        // Varied connectives: no opening pair of words starts more than 40% of the sentences.
        for (String opener : new HashSet<>(openers)) {
            long n = openers.stream().filter(opener::equals).count();
            assertThat(n * 10).as("sentences opening with '" + opener + "'").isLessThanOrEqualTo(openers.size() * 4L);
        }
        // Tense: the session is told in the past, the plan in the future; no present-tense narration.
        Matcher present = Pattern.compile("\\b(?:client|patient|clinician|I) (?:reports|uses|states|presents|is)\\b")
                .matcher(draft.body());
        assertThat(present.find()).as("present-tense narration").isFalse();
        for (DraftSection section : draft.sections()) {
            assertThat(section.sentences()).as("empty heading " + section.heading()).isNotEmpty();
        }
    }
}
