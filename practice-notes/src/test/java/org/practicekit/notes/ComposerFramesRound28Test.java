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
 * Round 28: the composer's own frames ("This rating is based on", ", centered on", "The client reported/noted/
 * described") take only the phrase types they compose. Every dev prompt is drafted in the five formats, a corpus style
 * in turn ({@code target/dev-frames-r28.md}); every draft must pass the verifier. The sentences of the four shapes are
 * counted ({@link #SHAPES}) into {@code target/dev-frames-r28-counts.txt}; {@code -Dframes28.before=<drafts file>}
 * counts an earlier commit's drafts.
 */
class ComposerFramesRound28Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-frames-r28.jsonl");

    /** What a report verb may be followed by and read: "that", a determiner, a possessive, a gerund. */
    private static final Pattern REPORT_FRAMED = Pattern.compile(".*\\b(?:reported|noted|described) (?:that|a|an|the"
            + "|her|his|their|its|my|no|some|several|two|three|[a-z]+ing|[A-Z]\\w*'s)\\b.*");

    /**
     * The counter, by shape: (1) a "This rating is based on" sentence; (2) of those, one whose basis opens with a
     * digit followed by no letter word but a unit-free count ("based on 2 this wk"); (3) a sentence holding
     * ", centered on "; (4) a sentence whose subject is the client and whose report verb ("reported", "noted",
     * "described") is followed by neither "that", a determiner, a possessive nor a gerund (a bare fragment).
     */
    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"This rating is based on\"", s -> s.contains("This rating is based on "));
        SHAPES.put("\"based on\" + bare count", s -> s.matches(".*This rating is based on \\d+(?:\\.\\d+)?"
                + "(?: (?:of \\d+ )?(?:days?|x|times?|this|last|per|in|wks?|weeks?)\\b.*|x\\d*.*|\\.?)"));
        SHAPES.put("\", centered on\"", s -> s.contains(", centered on "));
        SHAPES.put("\"The client reported/noted/described\" + bare fragment", s -> s.matches(
                ".*\\b(?:[Cc]lient|[Pp]atient|[Ss]he|[Hh]e|They) (?:also )?(?:reported|noted|described) [a-zA-Z0-9].*")
                && !REPORT_FRAMED.matcher(s).matches());
    }

    /** Each dev prompt {@code id} drafted in every standard format, the drafts' text joined. */
    private static String drafts(String id) {
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, id);
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        DraftVerifier verifier = DraftVerifier.standard();
        StringBuilder all = new StringBuilder();
        for (NoteFormat format : NoteFormat.standard()) {
            NoteDraft d = drafter.draft(prompt, format, StyleProfile.defaults());
            assertThat(verifier.verify(d).findings()).as(id + " " + format).isEmpty();
            all.append(d.text()).append('\n');
        }
        return all.toString();
    }

    @Test
    void aPieceAfterAClauseWhoseSubjectDiedIsNeverThatPersons() {
        assertThat(drafts("fr28-15-grief")).doesNotContain("father lives").contains("lives alone since");
    }

    @Test
    void aMeasuredChangeIsNeverWhatTheClientReportedOrNoted() {
        assertThat(drafts("fr28-04-mood-frag")).doesNotContainPattern("(?:reported|noted|[Pp]atient|[Cc]lient) "
                + "(?:\\w+ and )?weight down").contains("weight down 8 lbs since Oct");
    }

    @Test
    void aRatingRestsOnOneBasisNeverOnFragmentsSideBySideOrATimeAlone() {
        assertThat(drafts("fr28-04-mood-frag")).doesNotContain("based on more walks")
                .contains("more walks, less time in bed");
        assertThat(drafts("fr28-09-group")).doesNotContain("based on a count of").contains("21 days");
        assertThat(drafts("fr28-31-ocd")).doesNotContain("based on checks");
        assertThat(drafts("fr28-01-panic-count")).contains("This rating is based on 2 panic attacks");
    }

    @Test
    void aFocusListWithNoAndOrWithAQuestionWordsClauseKeepsItsLine() {
        assertThat(drafts("fr28-09-group")).doesNotContain("centered on triggers, high-risk situations, refusal");
        assertThat(drafts("fr28-28-su-relapse")).doesNotContain("centered on what led");
    }

    @Test
    void aDeedCountedIsReportedAsADeed() {
        assertThat(drafts("fr28-10-su-uds")).doesNotContain("reported missed");
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-frames-r28", "frames28.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }
}
