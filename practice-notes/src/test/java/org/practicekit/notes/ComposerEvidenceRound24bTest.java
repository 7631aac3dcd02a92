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
 * Round 24b: a goal's evidence written in the frame of what was typed (a deed, a state, a rating on its scale, a ratio,
 * a count with its noun). Every dev prompt is drafted in the five formats, a corpus style in turn
 * ({@code target/dev-evidence-r24b.md}); every draft must pass the verifier. The evidence that does not read is counted
 * by shape ({@link #SHAPES}) into {@code target/dev-evidence-r24b-counts.txt}; {@code -Devidence.before=<drafts file>}
 * counts an earlier commit's drafts with the same counter.
 */
class ComposerEvidenceRound24bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-evidence-r24b.jsonl");
    private static final String BASED = "rating is based on ";

    /** A number or a ratio followed by no noun, or by a unit of time only: "4 of 10", "6 of 16 hours", "2 a night". */
    private static final Pattern BARE = Pattern.compile("^\\d+(?:\\.\\d+)?x?(?:\\s*(?:of|/)\\s*\\d+)?"
            + "(?:\\s+(?:hours?|hrs?|days?|d|nights?|weeks?|wks?))?"
            + "(?=\\s+(?:this|last|per|a|times|today|since|down|up|was|from)\\b|[,.;]|$)");
    /** What opens a verb phrase or a state after "based on": a past form, a typed state word, shorthand. */
    private static final Pattern NOT_A_NOUN = Pattern.compile("^(?:[a-z]+ed|went|took|said|told|ran|rode|sober|clean"
            + "|abstinent|sleeping|no|wt|sh)\\b.*|^[a-z]+ (?:at )?\\d+/10\\b.*");

    /**
     * The counter, one count each: a sentence "This rating is based on" whose evidence opens with a bare number or
     * ratio (no noun, or a unit of time only), one whose evidence opens with a verb phrase, a state or shorthand, and
     * an "Evidence" or "Evidence for the goal" line. The reader says which need rewriting; the counter finds the shapes.
     */
    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"based on\" a bare number or ratio", s -> s.contains(BASED) && BARE.matcher(after(s)).find());
        SHAPES.put("\"based on\" a verb phrase, state or shorthand", s -> s.contains(BASED)
                && NOT_A_NOUN.matcher(after(s).toLowerCase(java.util.Locale.ROOT)).matches());
        SHAPES.put("\"Evidence\" lines", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?Evidence(?: for [^:]+)?:.*"));
        SHAPES.put("all \"based on\" sentences", s -> s.contains(BASED));
    }

    private static String after(String s) {
        return s.substring(s.indexOf(BASED) + BASED.length());
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-evidence-r24b", "evidence.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * Each phrase type in its frame, in every format; a changed number, noun or direction in the frame is flagged.
     */
    @Test
    void eachEvidenceTypeIsWrittenInItsFrameAndAChangeIsFlagged() {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        DraftVerifier verifier = DraftVerifier.standard();
        Map<String, String> frames = new LinkedHashMap<>();
        frames.put("ev24b-08-rating-at", "This rating is based on cravings rated 3 out of 10.");
        frames.put("ev24b-11-rating-pain", "This rating is based on pain rated 5 out of 10, down from 8.");
        frames.put("ev24b-19-measure-wt", "This rating is based on a weight of 98 lb.");
        Map<String, List<String>> changes = Map.of(
                "ev24b-08-rating-at", List.of("rated 3 ", "rated 2 ", "cravings", "urges"),
                "ev24b-11-rating-pain", List.of("down from 8", "up from 8", "from 8", "from 9"),
                "ev24b-19-measure-wt", List.of("98", "89", "weight", "height"));
        for (Map.Entry<String, String> f : frames.entrySet()) {
            SessionPrompt prompt = prompt(f.getKey());
            for (NoteFormat format : NoteFormat.standard()) {
                NoteDraft d = drafter.draft(prompt, format, StyleProfile.defaults());
                assertThat(d.text()).as(f.getKey()).contains(f.getValue());
                assertThat(verifier.verify(d).findings()).as(f.getKey()).isEmpty();
            }
            NoteDraft clean = drafter.draft(prompt, NoteFormat.SOAP, StyleProfile.defaults());
            List<String> c = changes.get(f.getKey());
            for (int k = 0; k < c.size(); k += 2) {
                String changed = f.getValue().replace(c.get(k), c.get(k + 1));
                assertThat(verifier.verify(ComposerLinesRound20Test.replaced(clean, f.getValue(), changed)).passed())
                        .as(changed).isFalse();
            }
        }
    }

    private static SessionPrompt prompt(String id) {
        return ComposerResponseRound24Test.prompt(DEV, id);
    }
}
