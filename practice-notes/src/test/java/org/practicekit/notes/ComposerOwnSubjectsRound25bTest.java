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
 * Round 25b: a typed item that opens with its own subject ("wife will ask him ...", "pt agreed to ...", "Luis warmed
 * up ...") is written as a sentence of its own with that subject, never behind a frame's subject or as a frame's
 * object. Every dev prompt is drafted in the five formats, a corpus style in turn
 * ({@code target/dev-own-subjects-r25b.md}); every draft must pass the verifier. The counter ({@link #SHAPES}) writes
 * {@code target/dev-own-subjects-r25b-counts.txt}; {@code -Dsubjects25b.before=<drafts file>} counts an earlier
 * commit's drafts.
 */
class ComposerOwnSubjectsRound25bTest {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-own-subjects-r25b.jsonl");

    /** A word that names a person as a subject: a pronoun, a role, kin, shorthand or a capitalised given name. */
    private static final String PERSON = "(?:pt|client|patient|clinician|writer|therapist|counselor|he|she|they|I|we"
            + "|mom|dad|mother|father|wife|husband|partner|son|daughter|grandma|grandmother|grandpa|grandfather"
            + "|brother|sister|teacher|sponsor|psychiatrist|members|parents|dietitian|boss|[A-Z][a-z]+)";

    /** A finite verb as an item's own: a modal, an auxiliary, a contraction or a past tense. */
    private static final String FINITE = "(?:will|won't|would|wo|shall|should|can|could|may|might|must|was|were|is|are"
            + "|has|have|had|did|does|do|didn't|doesn't|[a-z]+ed)";

    /**
     * Two person subjects side by side after a frame's subject: "the client wife will", "the client clinician
     * identified", or joined by the frame's possessive: "the client's Luis was", "the client's I was".
     */
    private static final Pattern SIDE_BY_SIDE = Pattern.compile(
            "\\b(?:[Tt]he client|[Tt]he patient|[Tt]his clinician|[Tt]he clinician) " + PERSON + " " + FINITE + "\\b"
            + "|\\b[Tt]he (?:client|patient)'s (?:I|he|she|they|we|[A-Z][a-z]+) " + FINITE + "\\b");

    /**
     * A typed clause as a frame's object: a frame word (a verb of a frame, a colon, a preposition) then a person
     * subject then a finite verb ("actions included pt agreed", "discussed Luis warmed up", "Response to X: mom
     * receptive" is not counted, having no verb). "that" and "and" open a real clause and are not counted.
     */
    private static final Pattern CLAUSE_AS_OBJECT = Pattern.compile(
            "\\b(?:included|includes|discussed|reported|noted|addressed|identified|described|demonstrated|showed"
            + "|on|about|regarding|of|with|to|as|:) " + PERSON + " " + FINITE + "\\b");

    /**
     * The counter: a sentence with two subjects side by side ({@link #SIDE_BY_SIDE}); a sentence with a typed clause
     * as a frame's object ({@link #CLAUSE_AS_OBJECT}); either. Each sentence is listed for reading.
     */
    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        // A format's section letter ("I: I used ...") is a heading, not a frame.
        Predicate<String> side = s -> SIDE_BY_SIDE.matcher(s.replaceFirst("^[A-Z]: ", "")).find();
        Predicate<String> object = s -> CLAUSE_AS_OBJECT.matcher(s.replaceFirst("^[A-Z]: ", "")).find();
        SHAPES.put("two subjects side by side", side);
        SHAPES.put("typed clause as a frame's object", object);
        SHAPES.put("either", side.or(object));
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-own-subjects-r25b",
                "subjects25b.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /**
     * A response that opens with a name the prompt gives is that person's act, said with the name as its subject; a
     * response typed with the clinician as subject is the clinician's sentence. The name swapped for another person's,
     * the clinician's act given to the client, or the count changed, is flagged.
     */
    @Test
    void anItemsOwnSubjectIsWrittenAndASwappedActorIsFlagged() {
        OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T12:00:00Z"))
                .audit(new InMemoryAuditLog()).build();
        DraftVerifier verifier = DraftVerifier.standard();
        NoteDraft luis = drafter.draft(ComposerResponseRound24Test.prompt(DEV, "own25-04-name-warmed-up"),
                NoteFormat.BIRP, StyleProfile.defaults());
        String warmed = "In response to supportive therapy, Luis warmed up slightly by the end of the session.";
        assertThat(luis.text()).contains(warmed).doesNotContain("'s Luis");
        assertThat(verifier.verify(luis).findings()).isEmpty();
        assertThat(verifier.verify(ComposerLinesRound20Test.replaced(luis, warmed, warmed.replace("Luis", "Marta")))
                .passed()).as("Marta").isFalse();

        NoteDraft tasks = drafter.draft(ComposerResponseRound24Test.prompt(DEV, "own25-02-clinician-identified"),
                NoteFormat.DAP, StyleProfile.defaults());
        String identified = "This clinician identified 3 tasks to delegate.";
        assertThat(tasks.text()).contains(identified).doesNotContain("Response to problem-solving therapy:");
        assertThat(verifier.verify(tasks).findings()).isEmpty();
        assertThat(verifier.verify(ComposerLinesRound20Test.replaced(tasks, identified,
                "The client identified 3 tasks to delegate.")).passed()).as("client's tasks").isFalse();
        assertThat(verifier.verify(ComposerLinesRound20Test.replaced(tasks, identified,
                "This clinician identified 5 tasks to delegate.")).passed()).as("5 tasks").isFalse();
    }
}
