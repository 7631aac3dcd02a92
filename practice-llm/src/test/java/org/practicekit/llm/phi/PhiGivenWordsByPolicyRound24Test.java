package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.sent;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.word;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;

/**
 * A given name standing alone that is also a word, read by policy rather than by the sentence's shape (round 24): a
 * given name capitalized where the sentence does not capitalize is a person unless a public dictionary has the word or
 * a determiner or a comparison makes it a thing; in a message written without capitals, a given name that speech
 * rarely uses as a word (under 100 in SUBTLEXus, or no common word in SCOWL) is a person unless a determiner, a
 * copula or a degree word before it makes it a word. The guard sends no such name to an endpoint without a BAA and
 * leaves the same words as written where they are words. Round 25 reads the capital of a given name whose public
 * reading is a word English writes in lower case (a season, a clinical word, a measure) the same way; a season or a
 * clinical word only before punctuation, a verb only a person takes or "and" another name. Every sentence is written
 * for this test.
 */
class PhiGivenWordsByPolicyRound24Test {
    private final PhiGuard residualOnly = PhiGuard.builder().auditLog(new InMemoryAuditLog())
            .detector(text -> List.of()) // the residual check alone: it must not trust a detector
            .build();
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // each reached the wire with the residual check alone before round 24
        // capitalized where the sentence does not capitalize: a country or a state code that is also a given name
        "my weekend plans are church and Jordan | Jordan",
        "Client identified Jordan as a support. | Jordan",
        "Pt says Al drinks most nights after his shift. | Al",
        // lower case, a name speech rarely uses as a word (and no Spanish message)
        "dinner with jordan tonight then home | jordan",
        // round 25: a season, a clinical word or a measure English writes in lower case, capitalized mid-sentence
        "i keep worrying about poor Autumn, nobody checks on her | Autumn",
        "Attending the family meeting: client, Winter, and an aunt. | Winter",
        "honestly Major told me off at work | Major",
        "I think Miles is mad at me again | Miles",
    })
    void aGivenNameThePolicyReadsStaysOffTheWire(String text, String name) {
        assertThat(sent(guard, text)).doesNotContainPattern(word(name));
        assertThat(sent(residualOnly, text)).doesNotContainPattern(word(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "it was stormy the whole drive home | stormy",
        "we put a little sage in the stuffing | sage",
        "he says he feels like Job lately, everything is gone | Job",
        "My parents flew to Jordan last spring for a wedding. | Jordan",
        "we read about the Jordan River in church today | Jordan",
        "the hunter down the road brought us venison | hunter",
        "i will try the breathing again tonight | will",
        // round 25: a season described, a clinical term, a measure counted
        "she said Winter is the hardest season for her mood | Winter",
        "we are planning for Summer break already | Summer",
        "Client meets criteria for Major depressive disorder, recurrent. | Major",
        "we walked 3 miles by the lake today | miles",
    })
    void theSameWordsWhereTheyAreWordsGoOutAsWritten(String text, String word) {
        assertThat(sent(residualOnly, text)).containsPattern(word(word));
    }
}
