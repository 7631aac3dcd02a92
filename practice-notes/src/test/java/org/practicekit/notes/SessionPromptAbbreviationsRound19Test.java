package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.notes.internal.ClinicalAbbreviations;
import org.practicekit.testing.TestClock;

/**
 * Round 19: a clinical abbreviation typed in capitals ("SO", "AN", "ODD", "NA") is read from one dictionary: a noun
 * closes its phrase, and one that spells an English word is written out, by the composer and the verifier alike.
 * Counts the refusals of every corpus and both independent sets ({@code target/refusals-abbrev-r19-counts.txt}).
 */
class SessionPromptAbbreviationsRound19Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-abbrev-r19.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-05T03:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void countsRefusalsAndDraftsTheDevFileClean() throws IOException {
        SessionPromptRefusalsRound18Test.writeRefusalCounts(Path.of("target/refusals-abbrev-r19-counts.txt"),
                Path.of("../corpora/notes/dev-independent-r19.jsonl"), Path.of("../corpora/notes/dev-independent-r20.jsonl"));
        String flagged = PromptJson.writeDraftsForReading(drafter, "abbrev-r19", DEV);
        assertThat(flagged.strip()).as(flagged).isEmpty();
    }

    private static JsonNode dev(String id) {
        return PromptJson.lines(DEV).stream().filter(x -> x.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private String soap(String id) throws IOException {
        return PromptJson.verifiedSoap(drafter, DEV, id).text();
    }

    @Test
    void aConditionAbbreviationClosesItsPhraseAndIsWrittenOut() throws IOException {
        // "AN" was refused as an unfinished phrase ("relapse prevention for an ...").
        assertThat(soap("a04-focus-relapse-prevention-an")).contains(
                "This clinician used cognitive restructuring focused on meal plan adherence and relapse prevention for"
                        + " anorexia nervosa.");
        assertThat(soap("a03-concern-hx-of-an")).contains("The client has a history of anorexia nervosa.")
                .doesNotContain(" AN");
        assertThat(soap("a07-history-did")).contains("The client has a history of dissociative identity disorder.");
        assertThat(soap("a15-concern-step-down-php")).contains("stepped down from PHP to IOP last week")
                .contains("bulimia nervosa").doesNotContain("BN");
        assertThat(soap("a14-focus-add")).contains("organizing skills for attention-deficit disorder.");
    }

    @Test
    void aRoleAndAProgramAreWrittenAsANoteWritesThem() throws IOException {
        assertThat(soap("a01-risk-conflict-with-so")).contains("recent conflict with significant other")
                .doesNotContain(" SO");
        assertThat(soap("a16-couples-so-role")).contains("arguments about money with significant other");
        assertThat(soap("a11-protective-smart")).contains("Protective factors included SMART Recovery and the client's"
                + " sister.");
        assertThat(soap("a12-protective-na-with-others")).contains(
                "Protective factors included the client's sponsor, NA, and a job.");
        assertThat(soap("a06-focus-odd")).contains("This clinician used cognitive restructuring focused on ODD.");
        // Round 28b: a goal typed as a state ("calmer") is what the client will reach, composed rather than refused.
        assertThat(soap("r05-adjective-alone-goal")).contains("the goal of being calmer");
    }

    @Test
    void refusesWhatIsReallyUnfinishedOrAnAdjectiveAlone() {
        for (String[] c : List.of(new String[] {"r01-unfinished-conflict-with", "ends unfinished (\"with\")"},
                new String[] {"r02-unfinished-referred-to-an", "ends unfinished (\"an\")"},
                new String[] {"r04-adjective-alone-focus", "is an adjective"},
                new String[] {"r06-unknown-capitals-unfinished", "ends unfinished (\"and\")"},
                new String[] {"r07-filler-na-alone", "filler"},
                new String[] {"r08-adjective-homework", "is an adjective"},
                new String[] {"r09-unfinished-focus-for", "ends unfinished (\"for\")"})) {
            StringBuilder why = new StringBuilder();
            assertThat(PromptJson.promptOrRefusal(dev(c[0]), why)).as(c[0]).isEmpty();
            assertThat(why.toString()).as(c[0]).contains(c[1]);
        }
    }

    @Test
    void theDictionaryReadsOnlyWhatWasTypedInCapitalsAsAWholeWord() {
        assertThat(ClinicalAbbreviations.writtenOut("conflict with SO")).isEqualTo("conflict with significant other");
        assertThat(ClinicalAbbreviations.writtenOut("tired and so")).isEqualTo("tired and so");
        assertThat(ClinicalAbbreviations.writtenOut("AN-restricting, wk 9")).isEqualTo("AN-restricting, wk 9");
        assertThat(ClinicalAbbreviations.writtenOut("SMART Recovery mtgs")).isEqualTo("SMART Recovery mtgs");
        // A field typed all in capitals: "SO" there may be the word.
        assertThat(ClinicalAbbreviations.writtenOut("DENIES SI SO FAR")).isEqualTo("DENIES SI SO FAR");
        assertThat(ClinicalAbbreviations.isNoun("NA")).isTrue();
        assertThat(ClinicalAbbreviations.isNoun("na")).isFalse();
        assertThat(ClinicalAbbreviations.of("PRN").orElseThrow().partOfSpeech())
                .isEqualTo(ClinicalAbbreviations.PartOfSpeech.ADVERB);
    }

    @Test
    void theVerifierAcceptsTheExpansionOrTheTypedFormAndNothingElse() throws IOException {
        NoteDraft draft = PromptJson.verifiedSoap(drafter, DEV, "a03-concern-hx-of-an");
        assertThat(DraftVerifier.standard().verify(edited(draft, "anorexia nervosa", "AN")).passed()).isTrue();
        assertThat(DraftVerifier.standard().verify(edited(draft, "anorexia nervosa", "bulimia nervosa")).passed())
                .isFalse();
    }

    private static NoteDraft edited(NoteDraft draft, String from, String to) {
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : draft.sections()) {
            List<DraftSentence> sentences = new ArrayList<>();
            s.sentences().forEach(x -> sentences.add(new DraftSentence(x.text().replace(from, to), x.sources())));
            sections.add(new DraftSection(s.key(), s.heading(), sentences));
        }
        return NoteDraft.unverified(draft.prompt(), draft.format(), sections, DrafterKind.LLM, "test");
    }
}
