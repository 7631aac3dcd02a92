package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import static org.practicekit.notes.ComposerRiskRound16Test.set;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 23: what is filed in the concerns' labelled lines, and the session's name by who took part. Every dev prompt is
 * drafted in the five formats, a corpus style in turn ({@code target/dev-concerns-r23.md}); every draft must pass the
 * verifier. The sentences of the class are counted by shape ({@link #SHAPES}) into
 * {@code target/dev-concerns-r23-counts.txt}.
 */
class ComposerConcernsRound23Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r23.jsonl");

    /**
     * The counter, by shape: a labelled concerns or homework line that holds a typed label of its own ("Other concerns:
     * stuck point: ...", "Homework: Bill: ..."); a labelled concerns line that files identifying data, a medication
     * change, a screen, a job, good news or a referral (an age, "mg", "increased", "stopped", "UDS", "screen",
     * "referred", "job", "works", "promoted", "passed", "sober"); raw "pt" in any sentence; an age without a noun ("is a
     * 10-year-old."); and "couples psychotherapy" (each read by hand against who took part).
     */
    static final Pattern SHAPES = Pattern.compile("^(?:(?:Presenting concerns|Other concerns|Concerns discussed"
            + "|Also discussed|Homework):.*\\b[A-Za-z]+(?: [a-z]+)?: "
            + "|(?:Presenting concerns|Other concerns|Concerns discussed|Also discussed):.*(?:\\d ?(?:yo|y/o)\\b"
            + "|-year-old|\\bmg\\b|increased|stopped|\\bUDS\\b|screen|referred|\\bjob\\b|\\bworks\\b|promoted"
            + "|\\bpassed\\b|sober))|\\bpt\\b|\\bis an? \\d{1,3}-year-old\\.|couples psychotherapy",
            Pattern.CASE_INSENSITIVE);

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(ComposerConcernsRound21bTest.draftAndCount(DEV, "dev-concerns-r23", SHAPES)).isEmpty();
    }

    /** An individual session drafted in every format and verified clean, with planted changes checked. */
    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    @Test
    void aHeadingTypedInAConcernIsTheItemsOwnLabel() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "nightmares 4x/wk", "stuck point: it was my fault",
                "Goal: return to full shifts"));
        assertThat(d.text()).contains("Stuck point: it was my fault.").contains("Goal: return to full shifts.")
                .doesNotContain("Other concerns:");
        // The item under its own heading is still the clinician's words, checked word for word.
        assertThat(frames.flagged(d, "it was my fault", "it was his fault")).isTrue();
        assertThat(frames.flagged(d, "full shifts", "part-time shifts")).isTrue();
        // Deny by default: a heading the dictionary does not hold may be a name; a drafter's own label is a field's.
        assertThat(frames.soap(p -> set(p, "concerns", "low mood", "Kayla: wants more time")).text())
                .doesNotContain(". Kayla: wants");
        assertThat(frames.soap(p -> set(p, "concerns", "low mood", "sleep: 4 hrs")).text())
                .doesNotContain(". Sleep: 4 hrs");
        // Chart shorthand in the heading is written out.
        assertThat(frames.soap(p -> set(p, "concerns", "low mood", "Dx: bipolar II per psychiatrist")).text())
                .contains("Diagnosis: bipolar II per psychiatrist.");
    }

    @Test
    void anAgeTypedAloneIsSaidAsAnAgeFirst() {
        String t = frames.soap(p -> set(p, "concerns", "34yo, works nights at a warehouse", "poor sleep")).text();
        assertThat(t).contains("The client is 34 years old.").doesNotContain("a 34-year-old.");
        assertThat(t.indexOf("34 years old")).isLessThan(t.indexOf("warehouse"));
        // A sex typed with the age keeps its noun.
        assertThat(frames.soap(p -> set(p, "concerns", "10 yo boy, fights at recess")).text())
                .contains("a 10-year-old boy");
    }

    @Test
    void aConjointSessionWithASpouseIsFamilyPsychotherapy() {
        // "conjoint" is CPT 90847's own word for family psychotherapy: never a sign of a couple session.
        String conjoint = frames.soap(p -> {
            p.put("serviceType", "FAMILY_WITH_CLIENT");
            p.putArray("participants").addObject().put("role", "wife").put("name", "");
            set(p, "concerns", "conjoint session w/ wife re: depression", "wife worried about drinking");
        }).text();
        assertThat(conjoint).contains("family psychotherapy session with the client present")
                .doesNotContain("couples psychotherapy");
        // Two partners whose prompt names the couple: the conjoint session CPT 90847 names.
        String couple = frames.soap(p -> {
            p.put("serviceType", "FAMILY_WITH_CLIENT");
            p.putArray("participants").addObject().put("role", "girlfriend").put("name", "");
            set(p, "concerns", "couples session", "conflict over chores");
        }).text();
        assertThat(couple).contains("conjoint family psychotherapy session").doesNotContain("couples psychotherapy");
    }

    @Test
    void aMedicationChangeIsItsOwnSentenceNeverAReportedConcern() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "sertraline increased to 100 mg 2 wks ago", "nausea"));
        assertThat(d.text()).contains("Sertraline was increased to 100 mg 2 weeks ago.")
                .doesNotContain("Presenting concerns: sertraline").doesNotContain("reported sertraline");
        // A changed dose, direction or drug is still caught.
        assertThat(frames.flagged(d, "100 mg", "150 mg")).isTrue();
        assertThat(frames.flagged(d, "was increased", "was decreased")).isTrue();
        assertThat(frames.flagged(d, "Sertraline", "Fluoxetine")).isTrue();
        // A word the lexicon holds as no medication keeps its old reading.
        assertThat(frames.soap(p -> set(p, "concerns", "rent increased to 1400 last month")).text())
                .doesNotContain("Rent was increased");
    }
}
