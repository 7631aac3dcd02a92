package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.sent;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.word;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;

/**
 * A person named by one word that is also a word, a value or a feeling ("Faith", "Patience", "Harmony", "Cricket")
 * (round 23): in a subject or object slot and taken up by "she", "he" or "his" after it, paired with the client before
 * the pair's verb ("Juniper and client practiced"), or the subject of a reported act ("Client reports Cricket smashed
 * his phone"). The guard sends no such name to an endpoint without a BAA; the same words stay as written where the
 * pronoun stands before them, where the sentence names an animal, where a month, a season, a holiday or a value only
 * happens ("May was hard", "Honesty mattered to him", "Summer went by fast"), and where "he" opens a new clause after
 * "and". Every sentence is written for this test.
 */
class PhiOneWordNamesRound23Test {
    private final PhiGuard residualOnly = PhiGuard.builder().auditLog(new InMemoryAuditLog())
            .detector(text -> List.of()) // the residual check alone: it must not trust a detector
            .build();
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // each of these reached the wire before round 23
        "Patience lied to me about the rent and she knows it | Patience",
        "Faith lied to the caseworker about where she was staying | Faith",
        "i miss faith so much since she left | faith",
        // beside the client, or reported acting: each reached the wire with the residual check alone before round 23,
        // the first with the detector too
        "Client and mom agreed; Harmony and client reviewed the safety plan. | Harmony",
        "Juniper and client practiced the breathing exercise. | Juniper",
        "Client reports Cricket smashed his phone. | Cricket",
        "Pt stated Rebel moved out of the apartment. | Rebel",
    })
    void aWordNameTheSentenceMakesAPersonStaysOffTheWire(String text, String name) {
        assertThat(sent(guard, text)).doesNotContainPattern(word(name));
        assertThat(sent(residualOnly, text)).doesNotContainPattern(word(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "she showed grace when I yelled at her | grace",
        "May was hard, the anniversary of his death | May",
        "our cat Jack got out and he was gone all night | Jack",
        "Honesty mattered to him more than money | Honesty",
        "June came and he still had not called | June",
        "the fence is rusty and he never fixed it | rusty",
        "Client reports Summer went by fast. | Summer",
        "Client reports Christmas went okay. | Christmas",
        "Client reports Halo helped. | Halo",
    })
    void theSameWordsWhereNothingMakesThemAPersonGoOutAsWritten(String text, String word) {
        assertThat(sent(residualOnly, text)).containsPattern(word(word));
    }
}
