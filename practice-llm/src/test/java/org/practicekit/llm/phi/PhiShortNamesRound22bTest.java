package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.sent;
import static org.practicekit.llm.phi.PhiGivenNameInPersonSlotTest.word;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;

/**
 * A person named by one everyday word or a clipping no given-name list holds, opening a clause whose predicate only a
 * person takes (round 22b): "was the one who", "keeps texting me". The guard sends no such name to an endpoint
 * without a BAA, with the detector and with the residual check alone; the same words as pets, brands, things and
 * pronouns before the same predicates, or before predicates a thing or an animal takes, go out as written, and so
 * does a pet named in apposition with its animal ("Waffles the hamster"). Every sentence is written for this test.
 */
class PhiShortNamesRound22bTest {
    private final PhiGuard residualOnly = PhiGuard.builder().auditLog(new InMemoryAuditLog())
            .detector(text -> List.of()) // the residual check alone: it must not trust a detector
            .build();
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a copula before a relative "who"
        "Sprocket was the one who drove me to detox | Sprocket",
        "Gravy is the only one who visits me anymore | Gravy",
        "when I relapsed, Noodle was the first person who noticed | Noodle",
        "Pretzel is the kind of guy who never lets you pay | Pretzel",
        // a habit or a negation before a verb only a person does
        "Waffles keeps texting me from a new number | Waffles",
        "Bucket never apologizes, he just buys me food | Bucket",
        "Crumb won't stop calling me at work | Crumb",
        // a habit of telling or asking someone something
        "Skillet keeps telling me to leave him | Skillet",
        "so Ladle kept asking me for money | Ladle",
    })
    void aNicknameBeforeAPredicateOnlyAPersonTakesStaysOffTheWire(String text, String name) {
        assertThat(sent(guard, text)).doesNotContainPattern(word(name));
        assertThat(sent(residualOnly, text)).doesNotContainPattern(word(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "She keeps texting me from a new number | She",
        "Everyone was the one who said it, not me | Everyone",
        "God is the only one who knows what I did | God",
        "Gravy is the only thing that gets me through Thanksgiving | Gravy",
        "Waffles keeps barking at the mailman | Waffles",
        "Noodle was there when we moved in, he is a good dog | Noodle",
        "Biscuit keeps begging at the table | Biscuit",
        "Grief is the one who visits me at night | Grief",
        "Stress keeps telling me I am behind | Stress",
        "Loneliness was the one who kept me company | Loneliness",
        "The Pickle keeps telling jokes on that show | Pickle",
        // an office or a department as the caller
        "Billing keeps calling me about the copay | Billing",
        "Intake is the one who decides if I get a bed | Intake",
        "Dispatch keeps asking me to pick up shifts | Dispatch",
        // a pet named in apposition with its animal
        "the kids hugged Waffles the hamster goodbye | Waffles",
        "we walked Noodle, our beagle, around the block | Noodle",
    })
    void theSameShapesWithoutAPersonsPredicateGoOutAsWritten(String text, String word) {
        assertThat(sent(guard, text)).containsPattern(word(word));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an animal word that goes on to a person's noun, or what is told after a person object
        "my cousin Moss the dog trainer got arrested again | Moss",
        "I told Marisol the dog was sick | Marisol",
        "I told Marisol the cat ran away | Marisol",
    })
    void aPersonBeforeAnAnimalWordStaysOffTheWire(String text, String name) {
        assertThat(sent(guard, text)).doesNotContainPattern(word(name));
    }
}
