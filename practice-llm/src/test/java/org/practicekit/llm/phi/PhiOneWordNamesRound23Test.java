package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.sent;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.word;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;

/**
 * A person named by one word that is also a word, a value or a feeling ("Faith", "Patience", "Mercy"), in a subject
 * or object slot and taken up by "she", "he" or "his" after it (round 23). The guard sends no such name to an endpoint
 * without a BAA, with the detector and with the residual check alone; the same words stay as written where the
 * pronoun stands before them, where "it" takes them up, where the sentence names an animal, where a month or a value
 * only happens ("May was hard", "Honesty mattered to him"). Every sentence is written for this test.
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
    })
    void aWordNameThatSheOrHeTakesUpStaysOffTheWire(String text, String name) {
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
    })
    void theSameWordsWithoutAPersonsPronounGoOutAsWritten(String text, String word) {
        assertThat(sent(residualOnly, text)).containsPattern(word(word));
    }
}
