package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13, round 17: people named the short, lower-case, foreign and word-like ways (a relation in parentheses, an
 * apposition with no commas, a pair with a relation, a subject before a negated person verb, a lower-case surname
 * after a title, a kin word of the sentence's own language before a name), and the other way: the words of Polish,
 * Vietnamese, French, Tagalog, Portuguese and Spanish sentences, and a name held up as a word, go out as written.
 * Sentences invented for this test, none from the dev file.
 */
class PhiNamesRound17Test {
    private final PhiProbe probe = new PhiProbe();
    private final PhiDetector detector = PatternPhiDetector.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sterling (client's uncle) joined by phone for the safety plan. | Sterling",
        "Prosper (pt's grandfather) brought him to the visit. | Prosper",
        "Ozzie my cousin keeps asking me for money | Ozzie",
        "Ramona and her brother came to pick me up | Ramona",
        "Journey wont answer any of my calls | Journey",
        "dallas never texts me back anymore | dallas",
        "The referral came from Dr. okonkwo last week. | okonkwo",
    })
    void aPersonTheSentencePlacesIsReportedAndReplaced(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).doesNotContainPattern("\\b" + name + "\\b");
        assertThat(detector.detect(text)).anySatisfy(s -> {
            assertThat(s.textOf(text)).contains(name);
            assertThat(s.type()).isIn(PhiCategory.PERSON, PhiCategory.NAME);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wczoraj byłam u lekarza i było dobrze. | Wczoraj",
        "Chúng tôi sẽ đến muộn một chút. | Chúng",
        "Jeudi je suis au travail toute la journée. | Jeudi",
        "Kagabi hindi ako nakatulog nang maayos. | Kagabi",
        "Ontem eu não consegui sair de casa. | Ontem",
        "Todavía no tengo ganas de comer nada. | Todavía",
    })
    void aWordOfTheSentencesOwnLanguageIsNoName(String text, String word) {
        assertThat(probe.sentThroughGuard(text)).contains(word);
        assertThat(detector.detect(text)).noneSatisfy(s -> assertThat(s.textOf(text)).isEqualTo(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Minha tia Benedita vai me levar na consulta. | Benedita",
        "Sabi ni Rodelio na darating siya mamaya. | Rodelio",
        "Mi hermano Wilfredo no quiere hablar conmigo. | Wilfredo",
    })
    void aNameAfterAKinWordOfTheSentencesLanguageIsReplaced(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "in japanese class we learned that Hana means flower | Hana",
        "Brandy is also the name of an old song my dad likes | Brandy",
        "she said the word Karen like it was an insult | Karen",
    })
    void aNameHeldUpAsAWordGoesOutAsWritten(String text, String word) {
        assertThat(probe.sentThroughGuard(text)).contains(word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hey my sister wants to come to the next session too",
        "Mom and her sister came over for dinner",
        "the rain wont stop and the basement flooded",
    })
    void wordsBesideARelationOrANegationStay(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }
}
