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
    // Intent typed as a degree, an answer or a stance written as the client's state ("The client was unsure.").
    private static final Pattern INTENT_AS_STATE = Pattern.compile("(?i)^(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?"
            + "The (?:client|patient) was (?:some|low|moderate|high|clear|unsure|unknown|ambivalent|undecided|unclear"
            + "|uncertain|wavering|partial|minimal)\\.$");
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
        SHAPES.put("intent typed as a degree, an answer or a stance written as the client's state",
                s -> INTENT_AS_STATE.matcher(s).find());
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

    /** Every dev prompt but the one whose protective factor is the filler "none" is accepted. */
    @Test
    void noDevPromptIsRefusedButTheFiller() {
        assertThat(PromptJson.refusals(DEV)).contains("k41-24").doesNotContain("k41-0").doesNotContain("k41-1");
    }

    /** Intent typed as a degree, a stance, a fragment or a quotation is stated as intent, in the element's place. */
    @Test
    void intentIsNamedWhateverItsShape() {
        assertThat(soap("k41-02-some-intent-wavering")).contains("The client reported some intent, which was wavering.");
        assertThat(soap("k41-05-plan-cut-wrists")).contains("Intent: low.");
        assertThat(soap("k41-09-would-drive")).contains("The client was unsure about intent.")
                .doesNotContain("The client was unsure.");
        assertThat(soap("k41-17-intent-plus-sign")).contains("The client endorsed intent.")
                .doesNotContain("noted +intent");
        assertThat(soap("k41-03-quoted-intent")).contains("Intent: \"I don't know if I would actually do it.\"");
        String high = soap("k41-08-imminent-shoot-tonight");
        assertThat(high.indexOf("The client reported active SI.")).isLessThan(high.indexOf("clear intent tonight"));
        assertThat(high.indexOf("clear intent tonight")).isLessThan(high.indexOf("a plan to shoot self"));
        assertThat(high.indexOf("a plan to shoot self")).isLessThan(high.indexOf("access to father's pistol"));
    }

    /** Intent typed as not assessed is never a denial: the draft says so and the clinician is warned. */
    @Test
    void intentNotRecordedIsSaidAndWarnedNeverDenied() {
        String draft = soap("k41-11-intent-not-assessed");
        assertThat(draft).contains("Intent: not assessed. The client left early.").doesNotContain("denied intent")
                .doesNotContain("no intent");
        SessionPrompt prompt = ComposerResponseRound24Test.prompt(DEV, "k41-11-intent-not-assessed");
        assertThat(prompt.warnings()).extracting(PromptWarning::kind, PromptWarning::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PromptWarning.Kind.RISK_ELEMENT_NOT_RECORDED,
                        "risk.intent"));
        assertThat(ComposerResponseRound24Test.prompt(DEV, "k41-01-denies-intent-fragment").warnings()).isEmpty();
    }

    /** A plan is what the client would do; a dated act typed as the plan or beside ideation is history, after means. */
    @Test
    void aPlanIsIrrealisAndAPastActIsHistory() {
        assertThat(soap("k41-19-plan-drowning")).contains("The client described a plan to walk into the lake.")
                .doesNotContain("noted walk into");
        assertThat(soap("k41-06-attempt-in-ideation")).contains("The client reported current SI.")
                .contains("The client described a vague plan to take pills.")
                .doesNotContain("current SI, attempted");
        String d = soap("k41-06-attempt-in-ideation");
        assertThat(d.indexOf("History: attempted OD in 2021.")).isGreaterThan(d.indexOf("access to OTC meds"));
        assertThat(soap("k41-28-mod-plan-hx-cutting")).contains("History: cut with razor 2022.")
                .doesNotContain("a plan to cut with razor 2022");
        assertThat(soap("k41-07-selfharm-hx-and-si")).contains("History: cut arms last month.")
                .doesNotContain("The client cut");
        assertThat(soap("k41-17-intent-plus-sign")).contains("The client endorsed a plan to OD.");
    }

    /** The verifier catches a plan made an act (and back), intent's sign turned, and an order that changes meaning. */
    @Test
    void aPlanTurnedIntoAnActOrIntentsSignChangedIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, PLANTED);
    }

    static final String[][] PLANTED = {
        // a plan written as an act
        {"k41-04-plan-to-hang", "described a plan to hang self", "hanged self"},
        {"k41-19-plan-drowning", "described a plan to walk into the lake", "walked into the lake"},
        {"k41-02-some-intent-wavering", "described a plan to overdose", "overdosed"},
        {"k41-26-plan-involving", "described a plan involving car exhaust", "inhaled car exhaust"},
        {"k41-17-intent-plus-sign", "endorsed a plan to OD", "overdosed"},
        // an act written as a plan, ideation as an attempt
        {"k41-28-mod-plan-hx-cutting", "History: cut with razor 2022", "Plan: cut with razor 2022"},
        {"k41-06-attempt-in-ideation", "History: attempted OD in 2021", "Plan: OD"},
        {"k41-06-attempt-in-ideation", "reported current SI", "reported a current suicide attempt"},
        // intent's sign
        {"k41-02-some-intent-wavering", "reported some intent", "reported no intent"},
        {"k41-08-imminent-shoot-tonight", "noted clear intent tonight", "noted no intent tonight"},
        {"k41-01-denies-intent-fragment", "denied intent to act", "endorsed intent to act"},
        {"k41-05-plan-cut-wrists", "Intent: low", "The client denied intent"},
        {"k41-11-intent-not-assessed", "Intent: not assessed", "The client denied intent"},
        {"k41-12-intent-unknown", "Intent: unknown", "The client denied intent"},
        {"k41-09-would-drive", "was unsure about intent", "denied intent"},
        // an order that changes the meaning
        {"k41-20-hi-plan", "thoughts of hitting him with car, no plan", "a plan of hitting him with car, no thoughts"},
        {"k41-07-selfharm-hx-and-si", "History: cut arms last month", "History: passive SI last month"},
    };

    private static String soap(String id) {
        return KeptWordChanges.soap(DEV, id).text();
    }
}
