package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.sent;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.word;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;

/**
 * Round 25: a given name whose public reading is a word English writes in lower case (a unit of measure, a clinical
 * word, a season) is a person where it is capitalized mid-sentence, as round 24 reads other given names; a season or
 * a clinical word only before punctuation or a verb that is no copula's. The same words where a season is described,
 * a clinical term is named or a measure counts go out as written. Every sentence is written for this test.
 */
class PhiGivenWordsEnglishWritesLowerRound25Test {
    private final PhiGuard residualOnly = PhiGuard.builder().auditLog(new InMemoryAuditLog())
            .detector(text -> List.of()) // the residual check alone: it must not trust a detector
            .build();
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // each reached the wire with the residual check alone before round 25
        "i keep worrying about poor Autumn, nobody checks on her | Autumn",
        "Attending the family meeting: client, Winter, and an aunt. | Winter",
        "honestly Major keeps calling me at work | Major",
        "I think Miles is mad at me again | Miles",
    })
    void aGivenNameEnglishWouldNotCapitalizeStaysOffTheWire(String text, String name) {
        assertThat(sent(guard, text)).doesNotContainPattern(word(name));
        assertThat(sent(residualOnly, text)).doesNotContainPattern(word(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "she said Winter is the hardest season for her mood | Winter",
        "we are planning for Summer break already | Summer",
        "Client meets criteria for Major depressive disorder, recurrent. | Major",
        "we walked 3 miles by the lake today | miles",
        "Grace is something I have to learn to give myself | Grace",
    })
    void theSameWordsWhereTheyAreWordsGoOutAsWritten(String text, String word) {
        assertThat(sent(residualOnly, text)).containsPattern(word(word));
    }
}
