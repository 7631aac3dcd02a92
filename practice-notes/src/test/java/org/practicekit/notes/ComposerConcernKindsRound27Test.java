package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.notes.ComposerRiskRound16Test.set;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 27: concern items written by what they are. Every dev prompt is drafted in the five formats, a corpus style in
 * turn ({@code target/dev-concern-kinds-r27.md}); every draft must pass the verifier. The counter
 * ({@link KindCounts}) takes every sentence of the concerns' shapes (a concerns line, a "Presenting concerns included"
 * sentence, a sentence opened by the client and a report verb, and the frames of progress, findings and identity) and
 * reads its kind from its words (progress or a strength, a finding or result, a fact of identity, else a problem) and
 * its frame (a concern's frame, or the kind's own); "progress in a concern's frame" and "finding in a concern's frame"
 * are what the readers flag.
 */
class ComposerConcernKindsRound27Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concern-kinds-r27.jsonl");

    /** The sentences of the concerns' shapes. */
    static final Pattern CONCERN_SHAPE = Pattern.compile("^(?:(?:Presenting concerns|Other concerns|Concerns discussed"
            + "|Also discussed|Concerns also included|Presenting concerns included)\\b|(?:The (?:client|patient)|She|He"
            + "|They|In addition, the (?:client|patient)) (?:also |further )?(?:reported|described|endorsed|noted"
            + "|raised|disclosed|discussed|shared|identified|mentioned|has|had|is|was)\\b|(?:Her|His|Their|The)"
            + " (?!client |patient )[\\w\\-' ]+ (?:score |level )?(?:was|were|is|included)\\b|Strengths|Progress)");

    /** A concern's own frame: a concerns label or a report verb before the item. */
    static final Pattern CONCERN_FRAME = Pattern.compile("^(?:Presenting concerns|Other concerns|Concerns discussed"
            + "|Also discussed|Concerns also included|(?:The (?:client|patient)|She|He|They|In addition, the (?:client"
            + "|patient)) (?:also |further )?(?:reported|described|endorsed|noted|raised|disclosed|discussed|shared"
            + "|identified|mentioned)\\b)");

    static final Pattern PROGRESS = Pattern.compile("(?i)\\b(?:sober|sobriety|abstinen\\w*|remission|improv\\w*"
            + "|clean since|stable|kept (?:her|his|their) job|milestones?|supportive|good insight|attending all)\\b");
    static final Pattern SIGN_TURNED = Pattern.compile("(?i)\\b(?:relapse\\w*|no longer)\\b");
    static final Pattern FINDING = Pattern.compile("\\b(?:[A-Z][A-Za-z]*-?\\d+|AUDIT|C-SSRS|BMI|A1c|UDS|BAC|MDD|PTSD"
            + "|ADHD|dx|hx|level \\d|weight \\d|\\d+ lbs)\\b");
    static final Pattern IDENTITY = Pattern.compile("\\b(?:\\d+ ?yo|\\d+-year-old|\\d+ years old)\\b");

    /** Concern sentences by kind and frame. */
    static final class KindCounts extends ShapeCounts {
        KindCounts() {
            super("problem", "progress in a concern's frame", "progress in its own frame",
                    "finding in a concern's frame", "finding in its own frame", "identity in a concern's frame",
                    "identity in its own frame");
        }

        void read(String draft) {
            for (String s : ComposerFramesRound21Test.sentencesWhere(draft, x -> true)) {
                String bare = s.substring(s.indexOf(" | ") + 3).replaceFirst("^[*#>\\- ]*(?:\\*\\*[^*]+\\*\\*:?\\s*)?(?:[A-Z]: )?", "");
                if (!CONCERN_SHAPE.matcher(bare).find()) {
                    continue;
                }
                String frame = CONCERN_FRAME.matcher(bare).find() ? "in a concern's frame" : "in its own frame";
                if (IDENTITY.matcher(bare).find()) {
                    add("identity " + frame, bare);
                } else if (PROGRESS.matcher(bare).find() && !SIGN_TURNED.matcher(bare).find()) {
                    add("progress " + frame, bare);
                } else if (FINDING.matcher(bare).find()) {
                    add("finding " + frame, bare);
                } else {
                    add("problem", bare);
                }
            }
        }
    }

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        Path out = Path.of("target/dev-concern-kinds-r27.md");
        List<String> flagged = new ArrayList<>(DevRiskR13ReadTest.writeDrafts(DEV, out));
        KindCounts counts = new KindCounts();
        counts.eachDraft(Files.readString(out, StandardCharsets.UTF_8), counts::read);
        Files.writeString(Path.of("target/dev-concern-kinds-r27-counts.txt"), counts.report() + "\nflagged: "
                + flagged, StandardCharsets.UTF_8);
        assertThat(counts.drafts).isGreaterThanOrEqualTo(30);
        assertThat(flagged).isEmpty();
    }

    private final ComposerFramesRound21Test frames = new ComposerFramesRound21Test();

    @Test
    void aStateHeldOverASpanIsWhatTheClientHasBeenAndItsFiguresStayChecked() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "cravings at night", "90 days sober"));
        assertThat(d.text()).contains("The client has been sober for 90 days.")
                .doesNotContain("reported 90 days sober").doesNotContain("concerns: 90 days sober");
        assertThat(frames.flagged(d, "sober for 90 days", "sober for 60 days")).isTrue();
        assertThat(frames.flagged(d, "has been sober", "has not been sober")).isTrue();
        assertThat(frames.flagged(d, "has been sober", "has been abstinent")).isTrue();
    }

    @Test
    void aGainNamedIsTheClientsProgressAndStaysChecked() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "low mood", "improved sleep"));
        assertThat(d.text()).contains("The client's progress included improved sleep.");
        assertThat(frames.flagged(d, "included improved sleep", "included improved appetite")).isTrue();
    }

    @Test
    void aKindNeverTurnsASign() {
        for (String turned : new String[] {"relapsed after 60 days sober", "no longer abstinent",
                "not sober 30 days", "improved sleep but worse mood"}) {
            NoteDraft d = frames.soap(p -> set(p, "concerns", "low mood", turned));
            assertThat(d.text()).as(turned).doesNotContain("progress included").doesNotContain("has been sober");
        }
    }

    @Test
    void aResultTypedAsTheClientsReportIsOneFindingWithItsSource() {
        NoteDraft d = frames.soap(p -> set(p, "concerns", "Client reports PHQ-9 of 9, down from 16.", "low motivation"));
        assertThat(d.text()).contains("The client reported a PHQ-9 score of 9, down from 16.")
                .doesNotContain("was down from 16");
        assertThat(frames.flagged(d, "score of 9,", "score of 19,")).isTrue();
        assertThat(frames.flagged(d, "from 16", "from 12")).isTrue();
    }
}
