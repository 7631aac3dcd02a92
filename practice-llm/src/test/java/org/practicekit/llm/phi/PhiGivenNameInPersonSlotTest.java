package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;

/**
 * A given name that is also an everyday word, a month, a place or a virtue, where only a person stands: after a
 * relation, as the object of a verb of contact, possessive before a relation or a person's things, beside another
 * person, as the subject of a verb only a person takes, in apposition with a relation; capitalized and in the lower
 * case of client texts. The residual check replaces it on its own (a detector that finds nothing), and the guard
 * with the detector sends no name either. The same words used as words reach the model as written. Every sentence
 * is written for this test.
 */
class PhiGivenNameInPersonSlotTest {
    private final PhiGuard residualOnly = PhiGuard.builder().auditLog(new InMemoryAuditLog())
            .detector(text -> List.of()) // the residual check alone: it must not trust a detector
            .build();
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    static String sent(PhiGuard g, String text) {
        PhiGuardTest.EchoClient client = new PhiGuardTest.EchoClient(false);
        LlmResponse response = g.complete(client, LlmRequest.builder().user(text).build(), KnownIdentifiers.none(),
                "client-13");
        assertThat(response.text()).as("restored answer").isEqualTo(text);
        return client.seen.get(0).messages().get(0).text();
    }

    static Pattern word(String name) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // after a relation noun
        "my stepdad clay is drinking again | clay",
        "my sister dawn is staying with us | dawn",
        "she lives with her grandma ruby now | ruby",
        "Client's stepfather Major was verbally abusive. | Major",
        "Her aunt Blessing was at the hospital with her. | Blessing",
        // apposition with a relation
        "Gene, her sponsor, called her every morning. | Gene",
        "Her sponsor, Hope, has been checking in daily. | Hope",
        "Paz, her neighbor, watches the baby on Tuesdays. | Paz",
        // object of a verb of contact or meeting
        "i texted rose and she didnt answer | rose",
        "i told jade about the test | jade",
        "i met up with reed after work | reed",
        "Said she spoke with Summer about the move. | Summer",
        "He hugged Autumn at the airport. | Autumn",
        "called dallas but he didnt pick up | dallas",
        // subject of a verb only a person takes, at a clause's start
        "lol bill said he cant drive me tmrw | bill",
        "ok so pearl texted me at 3am again | pearl",
        "then frank yelled at my mom | frank",
        "rocky picked me up from practice | rocky",
        // possessive before a relation or a person's place
        "honor's mom called my mom | honor",
        "coral's mom picked us up | coral",
        "hanging out at cliff's place tonight | cliff",
        "We went to Georgia's place after the game. | Georgia",
        // addressed, or asked about
        "clementine can u call me | clementine",
        "did ember text you back | ember",
        "my roommate athena says hi | athena",
        // beside another person
        "me and mason got into it again | mason",
        "so me and gene went to the store | gene",
        "sage and marina picked me up | sage",
    })
    void aGivenNameInAPersonSlotIsReplacedByTheResidualCheckAlone(String text, String name) {
        String wire = sent(residualOnly, text);
        assertThat(wire).as(text).doesNotContainPattern(word(name)).contains("[NAME_");
        assertThat(sent(guard, text)).as(text).doesNotContainPattern(word(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I hope things get better this week.",
        "It takes will power to stay sober.",
        "She planted rose bushes in the yard.",
        "August is always a hard month for him.",
        "She could not pay the bill this month.",
        "The chase scene in the movie scared him.",
        "He hit a royal flush at the casino and lost it all.",
        "She kept the cliff notes from school.",
        "Dawn is the hardest time for her.",
        "Dawn and dusk are the worst times.",
        "Reed instruments were his thing in band.",
        "Grant money for the program ran out.",
        "Hope and faith are what keep her going.",
        "The major stressor is work.",
        "Her mom said the bill was paid.",
        "Grace period on the rent ends Friday.",
        "Sandy beaches calm her.",
        "She asked for mercy from the judge.",
        "My mom said destiny is real.",
        "i hope its ok",
        "the bill came today and i cant pay it",
        "we watched the sunrise at dawn",
        "my mom will be mad",
        "my dad may come",
        "my brother drew a picture",
        "i rose early today",
        "im going to chase my dreams",
        "i need patience with my kids",
        "she lost all hope last year",
        "he showed mercy to the other player",
        "we used clay in art therapy",
        "my sister said she was sorry",
        "my friend and i went out",
        "texted my mom and dad",
        "met with my lawyer today",
        "Hope you are well.",
        "Did faith help her?",
        "did the bill come",
        "Will you call me?",
    })
    void theSameWordsUsedAsWordsStayAsWritten(String text) {
        assertThat(sent(residualOnly, text)).isEqualTo(text);
        assertThat(sent(guard, text)).isEqualTo(text);
    }
}
