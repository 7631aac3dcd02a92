package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Round 38: the concerns typed as shorthand pieces apart by semicolons ("Priya, 34, GAD + insomnia; sleeping ~5
 * hrs/night; sister calling daily"), said as sentences where each piece reads, and kept on the concerns' line where one
 * does not. Every dev prompt ({@code corpus/dev-fragments-r38.jsonl}, written before the change) is drafted in the five
 * formats ({@code target/dev-fragments-r38.md}, counts in {@code target/dev-fragments-r38-counts.txt}).
 */
class ComposerFragmentsRound38Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-fragments-r38.jsonl");

    /** A chart mark a reader rewrites ("~5", "d/t", "->", "low mood + fatigue") in a sentence that is no label's. */
    static final Pattern MARK_IN_PROSE = Pattern.compile("~\\d|\\bd/t\\b| -> |[a-z] \\+ [a-z]", Pattern.CASE_INSENSITIVE);

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Presenting/Other concerns:\" lines", ComposerConcernsRound37Test.SHAPES.get(
                "\"Presenting/Other concerns:\" lines"));
        SHAPES.put("a shorthand mark (~, d/t, ->, +) in a sentence with no label",
                s -> s.indexOf(':') < 0 && MARK_IN_PROSE.matcher(s).find());
    }

    /** Every dev draft passes the verifier, and the concerns' lines are fewer than the 125 of the code before. */
    @Test
    void everyDevDraftPassesTheVerifierWithFewerConcernLines() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-fragments-r38", "fragments38.before",
                SHAPES);
        assertThat(flagged).isEmpty();
        int lines = ComposerFramesRound21Test.sentencesWhere(Files.readString(Path.of("target/dev-fragments-r38.md")),
                SHAPES.get("\"Presenting/Other concerns:\" lines")).size();
        assertThat(lines).isLessThanOrEqualTo(100);
    }

    @Test
    void noDevPromptIsRefused() {
        assertThat(PromptJson.refusals(DEV)).isEmpty();
    }

    /**
     * "Priya, 34, GAD + insomnia": who the client is, with the conditions typed after the age; the name is not written
     * (the client is "the client").
     */
    @Test
    void aNameAgeAndConditionsAreWhoTheClientIs() {
        String text = KeptWordChanges.soap(DEV, "c38-01-intro-plus").text();
        assertThat(text).contains("The client is a 34-year-old with GAD and insomnia.")
                .contains("The client reported sleeping about 5 hours a night.")
                .doesNotContain("Priya").doesNotContain("Presenting concerns:").doesNotContain("Other concerns:");
        assertThat(KeptWordChanges.soap(DEV, "c38-02-intro-span").text())
                .contains("The client is a 52-year-old with PTSD and AUD.")
                .contains("drinking about 8 beers a night for 2 years")
                .doesNotContain("Omar");
        // "widowed + MDD": a state is no condition, so the field keeps its line (deny by default).
        assertThat(KeptWordChanges.soap(DEV, "c38-24-audio-intro").text()).doesNotContain("year-old with");
    }

    /** A negation reaches no further than its semicolon piece, which is said as the client's report. */
    @Test
    void aPieceWithANegationIsAnItemOfItsOwn() {
        assertThat(KeptWordChanges.soap(DEV, "c38-08-arrow").text())
                .contains("The client reported crying daily.").contains("not answering calls")
                .contains("Other concerns: grief -> withdrawal from friends.");
        assertThat(KeptWordChanges.soap(DEV, "c38-14-spans").text()).contains("waking at 3am due to worry");
    }

    /**
     * A piece with a person's label or a quotation whose actor only the clinician's words say ("teacher: hiding under
     * desk", "guilt: missed daughter's recital") keeps the field's line as before, never a label inside a label.
     */
    @Test
    void aLabelledPieceKeepsTheFieldsLine() {
        assertThat(KeptWordChanges.soap(DEV, "c38-06-feeling-labels").text())
                .contains("Presenting concerns: guilt: missed daughter's recital; shame: lied to boss about sick day.");
        assertThat(KeptWordChanges.soap(DEV, "c38-11-fam-teacher").text())
                .contains("teacher: hiding under desk").doesNotContain("concerns: teacher:");
    }

    /** The verifier reads the new sentences: a changed age, condition, number, word or negation is caught. */
    @Test
    void aChangedWordNumberOrNegationIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                {"c38-01-intro-plus", "34-year-old", "35-year-old"},
                {"c38-01-intro-plus", "with GAD and insomnia", "with GAD and panic"},
                {"c38-01-intro-plus", "with GAD and insomnia", "with MDD and insomnia"},
                {"c38-01-intro-plus", "about 5 hours", "about 7 hours"},
                {"c38-02-intro-span", "for 2 years", "for 3 years"},
                {"c38-08-arrow", "not answering calls", "answering calls"},
                {"c38-08-arrow", "reported crying daily", "reported not crying daily"},
                {"c38-14-spans", "due to worry", "due to pain"},
                {"c38-14-spans", "waking at 3am", "waking at 5am"}});
    }
}
