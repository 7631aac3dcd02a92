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
 * Round 41 (issue 14): the risk block a reviewer reads at moderate risk and above. Intent stated as a sentence that
 * names it, whatever shape the clinician typed it in; a plan written as what the client would do, never as a deed;
 * a past attempt or self-harm never in the same sentence as current ideation. Every prompt of
 * {@code corpus/dev-risk-r41.jsonl} (written before the change) is drafted in the five formats
 * ({@code target/dev-risk-r41.md}); every draft passes the verifier.
 */
class ComposerRiskRound41Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-risk-r41.jsonl");

    // Intent left as a note, a label or the clinician's words after a frame that names no element.
    private static final Pattern INTENT_UNSTATED = Pattern.compile("(?i)^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?"
            + "(?:Intent:|The risk assessment noted\\b.*\\bintent|This clinician documented the following.*\\bintent"
            + "|The client was\\b.*\\bintent)");
    // A method verb in the past with the client as subject and no word dating it: a plan or a thought read as a deed.
    private static final Pattern PLAN_AS_DEED = Pattern.compile("\\b(?:[Tt]he client|[Ss]he|[Hh]e)"
            + " (?:hanged|hung|shot|jumped|cut|overdosed|drove|walked into|crashed|stopped|stabbed|drowned|took|"
            + "planned to|would)\\b");
    private static final Pattern DATED = Pattern.compile("(?i)\\b(?:in \\d{4}|\\d{4}|yesterday|last (?:night|week|month"
            + "|year)|ago|prior|previous|earlier|history|in (?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December)|as a teen)\\b");
    private static final Pattern CURRENT_IDEATION = Pattern.compile("(?i)\\b(?:SI|suicidal (?:ideation|thoughts)"
            + "|thoughts of (?:dying|suicide|killing)|death wish|wish(?:es)? to die)\\b");
    private static final Pattern PAST_ACT = Pattern.compile("(?i)\\b(?:attempt(?:ed|s)?|overdosed|OD|cut (?:arms|wrists"
            + "|with|thigh)|hanging)\\b");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("intent left as a note, a label or after a frame naming no element",
                s -> INTENT_UNSTATED.matcher(s).find());
        SHAPES.put("a method in the past with the client as subject and nothing dating it (a plan read as a deed)",
                s -> PLAN_AS_DEED.matcher(s).find() && !DATED.matcher(s).find());
        SHAPES.put("current ideation and a past act in one sentence", s -> CURRENT_IDEATION.matcher(s).find()
                && PAST_ACT.matcher(s).find() && DATED.matcher(s).find());
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-risk-r41", "risk41.before", SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** Every dev corpus counted with this round's shapes, only when asked ({@code -Drisk41.all=<name>}). */
    @Test
    void everyDevCorpusCountedWhenAsked() throws IOException {
        DevCorporaShapes.whenAsked("risk41", SHAPES);
    }
}
