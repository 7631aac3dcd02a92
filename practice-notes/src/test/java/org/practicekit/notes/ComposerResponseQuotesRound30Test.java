package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Round 30b: a response or overall response typed with a quotation ("said "..."", "nodded, said "..."", a quotation
 * alone) is a sentence with the client as its subject and the quotation verbatim, never a "Response to X:" or
 * "Overall response:" line. Every dev prompt ({@code corpus/dev-quotes-r30.jsonl}, written before the change) is
 * drafted in the five formats ({@code target/dev-quotes-r30.md}); every draft passes the verifier.
 */
class ComposerResponseQuotesRound30Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-quotes-r30.jsonl");

    static final Map<String, Predicate<String>> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("\"Response to\" lines with a quotation", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?(?:[A-Z]: )?"
                + "Response to [^:]+: .*[\"'\u201C\u2018].*"));
        SHAPES.put("\"Overall response\" lines with a quotation", s -> s.matches("(?:\\*\\*[^*]+\\*\\*\\s*)?"
                + "(?:[A-Z]: )?(?:Overall )?[Rr]esponse: .*[\"'\u201C\u2018].*"));
    }

    @Test
    void everyDevDraftPassesTheVerifier() throws IOException {
        List<String> flagged = ComposerResponseRound24Test.draftAndCount(DEV, "dev-quotes-r30", "quotes30.before",
                SHAPES);
        assertThat(flagged).isEmpty();
    }

    /** At most the few kept lines (docs/notes.md, "Round 30: a response with a quotation"). */
    @Test
    void fewDevDraftsKeepAQuotedResponseLine() throws IOException {
        List<String> lines = ComposerResponseRound24Test.keptLines(DEV, "dev-quotes-r30", "quotes30.before", SHAPES);
        assertThat(lines.size()).as(String.join("\n", lines)).isLessThanOrEqualTo(MAX_LINES);
    }

    // 84 before the change on the first 30 prompts; the kept ones: two quotations, a partial quotation, a verb that is
    // not one of saying ("wrote "..." on a card"), a deed then a semicolon the reader splits.
    static final int MAX_LINES = 20;

    /** What a reader sees: the client as subject, the typed verb of saying, the quotation verbatim and closed. */
    @Test
    void aQuotationIsTheClientsWordsInASentence() {
        assertThat(draft("rq30-04").text()).contains("The client nodded and said, \"that makes sense.\"")
                .doesNotContain("Overall response:");
        assertThat(draft("rq30-11").text()).contains("the client commented, \"this skill actually helps.\"")
                .doesNotContain("Response to DBT");
        assertThat(draft("rq30-13").text()).contains("The client stated, \"I didn't expect to cry today,\" then calmed.");
        assertThat(draft("rq30-16").text()).contains("The client was quiet at first and later said, \"I'm glad I came.\"");
        assertThat(draft("rq30-08").text()).contains("stated, 'I'm not ready to quit yet.'").doesNotContain("yet'.");
        assertThat(draft("rq30-14").text()).contains("the client asked, \"is this normal?\"").doesNotContain("?\".");
    }

    /** A quotation changed in the composed sentence is an invented quote the verifier catches. */
    @Test
    void aChangedQuotationIsCaught() {
        NoteDraft clean = draft("rq30-11");
        DraftVerifier verifier = DraftVerifier.standard();
        assertThat(verifier.verify(clean).findings()).isEmpty();
        for (String[] change : new String[][] {{"this skill actually helps", "this skill never helps"},
                {"commented, \"this skill", "commented, \"my therapist says this skill"}}) {
            String sentence = clean.sections().stream().flatMap(x -> x.sentences().stream()).map(DraftSentence::text)
                    .filter(t -> t.contains(change[0])).findFirst().orElseThrow();
            NoteDraft planted = ComposerLinesRound20Test.replaced(clean, sentence, sentence.replace(change[0],
                    change[1]));
            assertThat(verifier.verify(planted).passed()).as(change[1]).isFalse();
        }
    }

    static NoteDraft draft(String id) {
        return KeptWordChanges.soap(DEV, id);
    }
}
