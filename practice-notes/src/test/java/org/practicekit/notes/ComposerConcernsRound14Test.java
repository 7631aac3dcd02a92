package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/**
 * Round 14: the concerns as clinicians type them, long mixed lists. Every round-14 dev prompt is drafted in the five
 * formats, a corpus style taken in turn, written to {@code target/dev-concerns-r14.md} for a clinician's read, and
 * every draft must pass the verifier.
 */
class ComposerConcernsRound14Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-concerns-r14.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder()
            .clock(TestClock.at("2026-12-04T12:00:00Z")).audit(new InMemoryAuditLog()).build();

    @Test
    void writesEveryDevDraftForReadingAndEachPasses() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-concerns-r14.md"))).isEmpty();
    }

    /** The dev prompt {@code id} drafted as SOAP in the default style; the draft must pass the verifier. */
    private NoteDraft soap(String id) throws IOException {
        return PromptJson.verifiedSoap(drafter, DEV, id);
    }

    private static String text(NoteDraft draft, String section) {
        return draft.section(section).orElseThrow().text();
    }

    @Test
    void selfHarmInsideAListIsWrittenInTheRiskPartInItsOrder() throws IOException {
        NoteDraft d = soap("c07-self-harm-item");
        assertThat(text(d, "subjective")).doesNotContain("cutting").contains("fighting with mom");
        String risk = text(d, "assessment");
        assertThat(risk).contains("The client reported cutting on thighs last week.");
        // Level, ideation, intent, plan and means first; the factors after.
        assertThat(risk.indexOf("assessed the client's current risk")).isLessThan(risk.indexOf("cutting on thighs"));
        assertThat(risk.indexOf("no firearms in home")).isLessThan(risk.indexOf("cutting on thighs"));
        assertThat(risk.indexOf("cutting on thighs")).isLessThan(risk.indexOf("Risk factors included"));
    }

    @Test
    void aDenialTypedInsideAListIsTheRiskPartsAndTheOtherConcernsStayAffirmed() throws IOException {
        NoteDraft d = soap("c22-denies-inside");
        assertThat(text(d, "subjective")).contains("The client reported stress at home.").contains("poor sleep.")
                .doesNotContain("SI/HI").doesNotContain("concerns:");
        assertThat(text(d, "assessment")).contains("The client denied SI/HI.");
    }

    @Test
    void selfHarmUrgesAndAWeaponKeepTheirDetailInTheRiskPart() throws IOException {
        NoteDraft gun = soap("c09-weapon");
        assertThat(text(gun, "subjective")).doesNotContain("gun");
        assertThat(text(gun, "assessment")).contains("The client reported having bought a gun last month.");
        NoteDraft urges = soap("c28-sh-urges");
        assertThat(text(urges, "subjective")).doesNotContain("self-harm").contains("a breakup 2 weeks ago");
        assertThat(text(urges, "assessment")).contains("The client reported urges to self-harm and no action.");
    }

    @Test
    void aDiagnosisOrHistoryInsideAListIsTheRecordsNeverAReport() throws IOException {
        String dx = text(soap("c11-dx-in-list"), "subjective");
        assertThat(dx).contains("The client has a diagnosis of GAD.").doesNotContain("reported GAD");
        assertThat(dx.indexOf("diagnosis of GAD")).isLessThan(dx.indexOf("insomnia"));
        String hx = text(soap("c12-history-in-list"), "subjective");
        assertThat(hx).contains("The client has a history of trauma.").contains("nightmares 4 times a week")
                .doesNotContain("history of trauma, nightmares");
    }

    @Test
    void aQuotationTypedAsAnItemIsTheClientsWordsAndTheRestIsComposed() throws IOException {
        String s = text(soap("c01-long-mixed"), "subjective");
        assertThat(s).contains("The client reported poor sleep for 2 weeks.")
                .contains("The client stated, \"I feel like a failure.\"").doesNotContain("concerns:");
    }

    @Test
    void aDistributiveDenialOfRiskEndsAtTheNextConcernOfAList() {
        assertThat(negatedWords("stress at home, denies SI/HI, poor sleep")).containsExactly("denies", "si/hi");
        assertThat(negatedWords("denied SI, HI, and AVH")).contains("si", "hi", "avh");
        assertThat(negatedWords("denies suicidal ideation, homicidal ideation, or self-harm")).contains("homicidal",
                "self-harm");
        assertThat(negatedWords("denies feeling sad, hopeless")).contains("hopeless");
    }

    private static List<String> negatedWords(String typed) {
        List<Boolean> bounds = new ArrayList<>();
        List<Boolean> commas = new ArrayList<>();
        List<String> words = org.practicekit.notes.internal.ClinicalLexicon.words(typed.toLowerCase(java.util.Locale.ROOT),
                bounds, commas);
        boolean[] negated = org.practicekit.notes.internal.Meaning.negated(words, bounds, commas);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (negated[i]) {
                out.add(words.get(i));
            }
        }
        return out;
    }
}
