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

/**
 * Round 33: a response, a goal's evidence and a rating's basis said as sentences; a rating change said with its measure
 * as subject and the direction its numbers give ("SUDS decreased from 70 to 40"). Every dev prompt
 * ({@code corpus/dev-response-r33.jsonl}, written before the change) is drafted in the five formats
 * ({@code target/dev-response-r33.md}); every draft passes the verifier.
 */
class ComposerResponseRound33Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-response-r33.jsonl");

    private static final Pattern LABEL = Pattern.compile("^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?");
    private static final Pattern RATED_FROM = Pattern.compile("\\brated [A-Za-z]+ from \\d");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\"", s -> bare(s).startsWith("Response to "));
        SHAPES.put("\"In response to\"", s -> bare(s).startsWith("In response to "));
        SHAPES.put("\"Evidence for\"", s -> bare(s).startsWith("Evidence for "));
        SHAPES.put("\"This rating is based on\"", s -> bare(s).startsWith("This rating is based on "));
        SHAPES.put("\"rated <measure> from\"", s -> RATED_FROM.matcher(s).find());
    }

    private static String bare(String s) {
        return LABEL.matcher(s).replaceFirst("");
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-response-r33", "response33.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }
    /** What a reader sees: the measure as subject, the direction its numbers give, the client's where typed so. */
    @Test
    void aRatingChangeIsSaidWithItsDirection() {
        assertThat(draft("rs33-01-suds-down").text()).contains("SUDS decreased from 70 to 40.")
                .doesNotContain("rated SUDS");
        assertThat(draft("rs33-02-suds-up").text()).contains("SUDS rose from 30 to 65 after touching doorknob.");
        assertThat(draft("rs33-03-suds-same").text()).contains("SUDS stayed at 50.");
        assertThat(draft("rs33-04-pt-anxiety-down").text()).contains("the client's anxiety decreased from 8/10 to 4/10.");
        assertThat(draft("rs33-05-urge-up").text()).contains("the urge rose from 3 to 6.");
        assertThat(draft("rs33-07-two-measures").text()).contains("SUD decreased from 8 to 2 and VOC rose from 2 to 6.");
        assertThat(draft("rs33-39-rating-three").text()).contains(
                "SUD decreased from 6 to 3, VOC rose from 4 to 6, and the belief rose from 20 to 60.");
    }

    /** A goal's evidence typed as the client's deed with its counted object is said as the client's sentence. */
    @Test
    void aCountedDeedIsTheClientsSentence() {
        assertThat(draft("rs33-04-pt-anxiety-down").text()).contains("The client attended 4 of 4 sessions.")
                .doesNotContain("Evidence for the second goal");
        // Deny by default: with another person in the session the deed could be theirs; it keeps its line.
        assertThat(draft("rs33-08-mood-up").text()).contains("Evidence for the second goal: attended 4 of 4 sessions.");
    }

    /** A direction against the numbers, a changed number, measure, closing phrase or owner is flagged. */
    @Test
    void aChangedDirectionNumberOrWordIsCaught() {
        String[][] changes = {{"rs33-01-suds-down", "SUDS decreased", "SUDS rose"},
                {"rs33-01-suds-down", "SUDS decreased", "SUDS increased"},
                {"rs33-01-suds-down", "decreased from 70 to 40", "stayed at 70"},
                {"rs33-01-suds-down", "from 70 to 40", "from 70 to 45"},
                {"rs33-01-suds-down", "decreased from 70 to 40", "rose from 40 to 70"},
                {"rs33-02-suds-up", "SUDS rose", "SUDS decreased"},
                {"rs33-02-suds-up", "SUDS rose", "SUDS dropped"},
                {"rs33-02-suds-up", "after touching doorknob", "after touching sink"},
                {"rs33-03-suds-same", "stayed at 50", "stayed at 40"},
                {"rs33-03-suds-same", "stayed at 50", "rose from 50 to 60"},
                {"rs33-03-suds-same", "SUDS stayed", "Dana's SUDS stayed"},
                {"rs33-04-pt-anxiety-down", "anxiety decreased", "anxiety rose"},
                {"rs33-04-pt-anxiety-down", "anxiety decreased", "anger decreased"},
                {"rs33-04-pt-anxiety-down", "from 8/10 to 4/10", "from 8/10 to 4/100"},
                {"rs33-07-two-measures", "VOC rose", "VOC decreased"},
                {"rs33-07-two-measures", "SUD decreased from 8", "SUD decreased from 9"},
                {"rs33-39-rating-three", "the belief rose", "the belief decreased"},
                {"rs33-04-pt-anxiety-down", "attended 4 of 4 sessions", "attended 3 of 4 sessions"},
                {"rs33-04-pt-anxiety-down", "The client attended 4 of 4", "The client missed 4 of 4"},
                {"rs33-04-pt-anxiety-down", "attended 4 of 4 sessions", "attended 4 of 4 groups"}};
        KeptWordChanges.eachIsCaught(DEV, changes);
    }

    /** Each change sentence cites the field it says. */
    @Test
    void eachChangeCitesItsField() {
        String[][] cases = {{"rs33-01-suds-down", "SUDS decreased from 70 to 40", "interventions[0]"},
                {"rs33-21-overall-suds", "SUDS decreased from 80 to 50", "clientResponse"}};
        for (String[] c : cases) {
            DraftSentence s = draft(c[0]).sections().stream().flatMap(x -> x.sentences().stream())
                    .filter(t -> t.text().contains(c[1])).findFirst().orElseThrow();
            assertThat(s.sources()).as(c[0]).anyMatch(src -> src.startsWith(c[2]));
        }
    }

    static NoteDraft draft(String id) {
        return KeptWordChanges.soap(DEV, id);
    }
}
