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
 * Round 34: cross-references and the labels still left. A pointer to another part of the note or record ("see risk",
 * "per above", "refer to safety plan", "cf. intake") is never a deed, and a label is never followed by a raw fragment
 * or a list whose items are of different phrase types. Every dev prompt ({@code corpus/dev-lines-r34.jsonl}, written
 * before the change) is drafted in the five formats ({@code target/dev-lines-r34.md}); every draft passes the verifier.
 */
class ComposerLinesRound34Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r34.jsonl");

    /** Where a clinician points: a part of the note or of the record. */
    private static final String PART = "(?:the )?(?:risk|MSE|mental status|above|below|plan|safety plan|intake|history|"
            + "prior note|lab|labs|group note|PHQ-9|tx plan|treatment plan|protocol|section|previous|earlier)\\b";

    /** A pointer verb written as a deed: "saw risk", "referred to above", "will refer to safety plan". */
    static final Pattern POINTER_AS_DEED = Pattern.compile(
            "\\b(?:saw|sees|seeing|referred to|refers to|referring to|will (?:also )?(?:see|refer to))\\s+" + PART);

    /**
     * A pointer pasted into a sentence, outside parentheses: "..., see plan.", "reported details in risk section". A
     * pointer that is a field's whole value right after its label ("Plan: refer to safety plan.") is not counted.
     */
    static final Pattern POINTER_PASTED = Pattern.compile(
            "(?<!\\()(?<!: )\\b(?:see|refer to|cf\\.|details in)\\s+" + PART + "(?![^(]*\\))");

    /** A label with a colon before the clinician's typed words (the labels this round names). */
    static final Pattern LABEL_LINE = Pattern.compile(
            "(?:^|(?<=[.:] ))(?:Response to [^:.]+|Overall response|Focus of [^:.]+|Presenting concerns|Other concerns):"
                    + " [^.]*[a-z][^.]*\\.");
    /** "In response to X," or "In response," with no subject after it: the typed fragment pasted into the frame. */
    static final Pattern IN_RESPONSE_FRAGMENT = Pattern.compile(
            "\\bIn response(?: to [^,.]+)?, (?!(?:the|The|he|she|they|I|both|each|all|this|[A-Z][a-z]+)\\b)[^.]+\\.");
    /** "This rating is based on" or "Presenting concerns included" followed by a fragment with a verb in it. */
    static final Pattern BASIS_OR_INCLUDED_FRAGMENT = Pattern.compile(
            "\\b(?:This rating is based on|Presenting concerns included)\\b[^.]*?(?:^|, |and )(?:[a-z]+ed|made|did|rode|"
                    + "wrote|took|went|felt|wants|needs|used|wakes|avoids)\\b[^.]*\\.");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("a pointer verb written as a deed", s -> POINTER_AS_DEED.matcher(s).find());
        SHAPES.put("a pointer pasted outside parentheses", s -> POINTER_PASTED.matcher(s).find());
        SHAPES.put("a label before typed words (Response to, Overall response, Focus of, concerns)",
                s -> LABEL_LINE.matcher(s).find());
        SHAPES.put("In response with no subject after it", s -> IN_RESPONSE_FRAGMENT.matcher(s).find());
        SHAPES.put("This rating is based on / Presenting concerns included before a verb fragment",
                s -> BASIS_OR_INCLUDED_FRAGMENT.matcher(s).find());
        SHAPES.put("a list mixing phrase types", ComposerLinesRound34Test::mixedList);
    }

    private static final Pattern ITEM_SPLIT = Pattern.compile(", (?:and )?| and ");
    private static final Pattern LIST_AFTER = Pattern.compile(
            "(?:(?:Response to [^:.]+|Overall response|Focus of [^:.]+|Presenting concerns|Other concerns|Evidence for [^:.]+):"
                    + " |(?:included|includes|include|based on|focused on) )([^.()]+)");

    /**
     * A list after a label or "included" whose items are of different phrase types: a verb phrase ("rode 3 floors"),
     * a question word's clause ("why pt avoids mail") and a noun phrase ("some relief") side by side. The type is read
     * by the item's first word only, so the count can fail both ways.
     */
    static boolean mixedList(String line) {
        java.util.regex.Matcher m = LIST_AFTER.matcher(line);
        while (m.find()) {
            String[] items = ITEM_SPLIT.split(m.group(1).strip());
            if (items.length < 2) {
                continue;
            }
            java.util.Set<String> types = new java.util.HashSet<>();
            for (String item : items) {
                types.add(phraseType(item.strip()));
            }
            if (types.size() > 1) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern VERB_FIRST = Pattern.compile(
            "^(?:[a-z]+ed|made|did|rode|wrote|took|went|felt|wants|needs|used|wakes|avoids|agreed|practiced|identified|"
                    + "shared|is|was|has|had)\\b");
    private static final Pattern CLAUSE_FIRST = Pattern.compile("^(?:why|how|what|when|whether|pt|client|[A-Z][a-z]+ "
            + "(?:reports|feels|is|was))\\b");

    private static String phraseType(String item) {
        if (CLAUSE_FIRST.matcher(item).find()) {
            return "clause";
        }
        if (item.matches("^[a-z]+ing\\b.*") && !item.startsWith("morning") && !item.startsWith("evening")) {
            return "gerund";
        }
        return VERB_FIRST.matcher(item).find() ? "verb" : "noun";
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-lines-r34", "lines34.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** The two pointer shapes: what this round reads; the label and list shapes are counted, not yet asserted. */
    static final Map<String, Predicate<String>> POINTER_SHAPES = new LinkedHashMap<>();

    static {
        POINTER_SHAPES.put("a pointer verb written as a deed", s -> POINTER_AS_DEED.matcher(s).find());
        POINTER_SHAPES.put("a pointer pasted outside parentheses", s -> POINTER_PASTED.matcher(s).find());
    }

    @Test
    void noPointerIsADeedOrPastedIntoASentence() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-lines-r34-pointers", "lines34.before",
                POINTER_SHAPES);
        assertThat(lines).isEmpty();
    }

    /** What a reader sees: the words before a pointer said as before, the pointer after them in parentheses. */
    @Test
    void aPointerIsSaidInParenthesesAfterItsWords() {
        assertThat(soap("l34-47-endorses-see-risk-resp")).contains("The client endorsed SI (see risk).")
                .doesNotContain("saw risk");
        assertThat(soap("l34-01-conc-see-risk")).contains("The client endorsed SI (see risk).");
        assertThat(soap("l34-27-iv-resp-see-mse")).contains("the client was guarded (see MSE).");
        assertThat(soap("l34-15-risk-means-see-plan")).contains("access to a firearm at home (see plan).");
        // In a list the pointer stays with its own item, not the list's last one.
        assertThat(soap("l34-20-risk-factor-see-intake")).contains("prior attempts (see intake) and a recent breakup");
        // A field that is a pointer in full is never a deed: it keeps its label.
        assertThat(soap("l34-25-resp-see-above")).doesNotContain("saw above");
        assertThat(soap("l34-23-plan-refer-sp")).doesNotContain("will refer to safety plan");
        // A response list of mixed phrase types: each item a sentence of its own, in the typed order.
        assertThat(soap("l34-34-iv-resp-mixed")).contains("In response to DBT skills training, the client practiced"
                + " TIPP. The client reported some relief. The client wanted more practice.")
                .doesNotContain("Response to DBT skills training:");
        // "per intake", "as discussed" say where a finding comes from: read as before.
        assertThat(soap("l34-09-mse-per-intake")).contains("Cognition was intact per intake.");
    }

    /**
     * The sentences that now carry a pointer are still checked word by word: a changed number, a negation, another
     * person, an invented clause or another part pointed to are each flagged; the clean draft is not.
     */
    @Test
    void aChangedWordNumberOrPointerIsCaught() {
        KeptWordChanges.eachIsCaught(DEV, new String[][] {
                {"l34-47-endorses-see-risk-resp", "endorsed SI (see risk)", "denied SI (see risk)"},
                {"l34-47-endorses-see-risk-resp", "endorsed SI (see risk)", "endorsed HI (see risk)"},
                {"l34-47-endorses-see-risk-resp", "endorsed SI (see risk)", "endorsed SI (see risk) and saw her sister"},
                {"l34-01-conc-see-risk", "The client endorsed SI (see risk)", "The client's mother endorsed SI (see risk)"},
                {"l34-15-risk-means-see-plan", "a firearm at home (see plan)", "two firearms at home (see plan)"},
                {"l34-15-risk-means-see-plan", "a firearm at home (see plan)", "no firearm at home (see plan)"},
                {"l34-43-group-per-above", "shared 2 triggers (see group note)", "shared 3 triggers (see group note)"},
                {"l34-43-group-per-above", "shared 2 triggers (see group note)", "shared 2 triggers (see intake)"},
                {"l34-18-risk-ideation-see-hx", "chronic passive SI (see history)", "chronic active SI (see history)"},
                {"l34-20-risk-factor-see-intake", "prior attempts (see intake)", "three prior attempts (see intake)"},
                // A response list said item by item: each item's sentence is checked as its own.
                {"l34-34-iv-resp-mixed", "reported some relief", "reported no relief"},
                {"l34-34-iv-resp-mixed", "reported some relief", "reported some distress"},
                {"l34-34-iv-resp-mixed", "The client reported some relief", "The client's sister reported some relief"},
                {"l34-34-iv-resp-mixed", "wanted more practice", "did not want more practice"},
                {"l34-34-iv-resp-mixed", "practiced TIPP", "practiced TIPP and called her sponsor"}});
    }

    private static String soap(String id) {
        NoteDraft d = KeptWordChanges.soap(DEV, id);
        assertThat(DraftVerifier.standard().verify(d).findings()).as(id).isEmpty();
        return d.text();
    }
}
