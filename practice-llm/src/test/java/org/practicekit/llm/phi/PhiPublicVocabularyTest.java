package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.llm.LlmRequest;
import org.practicekit.llm.LlmResponse;

/**
 * Public vocabulary through the guard for an endpoint without a BAA: public figures by full or stage name, works,
 * characters, teams, organisations, apps and services, drug classes in the plural, public health sites and card
 * expiries reach the model as written, while the same words after a person or employment cue, a given name alone and
 * the client's own identifiers are still replaced. Every answer comes back exactly.
 */
class PhiPublicVocabularyTest {
    private final PhiGuard guard = PhiGuard.builder().auditLog(new InMemoryAuditLog()).build();

    private String sent(String text, KnownIdentifiers known) {
        PhiGuardTest.EchoClient client = new PhiGuardTest.EchoClient(false);
        LlmResponse response = guard.complete(client, LlmRequest.builder().user(text).build(), known, "client-8");
        assertThat(response.text()).isEqualTo(text);
        return client.seen.get(0).messages().get(0).text();
    }

    private String sent(String text) {
        return sent(text, KnownIdentifiers.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He watches Dr. Phil reruns when he cannot sleep and says it calms him.",
        "She admires Carl Sagan and Stephen Hawking and wants to study physics.",
        "Quotes Neil deGrasse Tyson when he feels small; it helps him zoom out.",
        "Has been reading Of Mice and Men for class and hated the ending.",
        "Cried during Les Misérables with her mother; they talked after.",
        "Loves the Miami Heat and the Seattle Storm; games are their bonding time.",
        "Watched Bayern Munich beat Juventus with his uncle, who is his safe adult.",
        "Recommended the NAMI Family-to-Family class and the Crisis Text Line.",
        "Teen uses Sanvello and Finch between sessions; tried Talkspace last year.",
        "An interpreter joined through LanguageLine; copay went through Zelle.",
        "She was on SSRIs and then SNRIs; her psychiatrist wants to avoid benzos.",
        "Gave him the handout and samhsa.gov/find-help and nami.org for his parents.",
        "Insurance card shows exp 08/27; front desk scanned both sides.",
        "She pictures the Grand Canyon as her safe place; he drives a Jeep Wrangler.",
    })
    void publicVocabularyReachesTheModelAsWritten(String text) {
        assertThat(sent(text)).isEqualTo(text);
    }

    @Test
    void aCueBeforeTheNameKeepsItSomeoneOfTheClients() {
        assertThat(sent("Her neighbor Stephen Hawking drove her to group.")).doesNotContain("Hawking");
        assertThat(sent("His brother works for the Kansas City Chiefs as a trainer.")).doesNotContain("Chiefs");
        assertThat(sent("They went to the Chicago Cubs game on her birthday.")).doesNotContain("Chicago");
    }

    @Test
    void aGivenNameAloneIsNoPublicFigureAndAnAcronymCountsOnlyInCapitals() {
        assertThat(sent("Drake called twice and left no message.")).doesNotContain("Drake");
        assertThat(sent("Her roommate Neda moved out in the spring.")).doesNotContain("Neda");
        assertThat(sent("She called the NEDA helpline after the weekend.")).contains("NEDA");
    }

    @Test
    void theClientsOwnNameIsReplacedEvenWhenAPublicFigureHasIt() {
        KnownIdentifiers known = KnownIdentifiers.builder().addName("Stephen Hawking").build();
        assertThat(sent("Stephen Hawking came in early and waited in the lobby.", known)).doesNotContain("Hawking");
    }

    @Test
    void aPublicSiteWithAQueryOrAnotherSiteStaysAnIdentifier() {
        assertThat(sent("She sent me nami.org/help?email=tkoval@mailbox.net by mistake.")).doesNotContain("tkoval");
        assertThat(sent("His page is at hollowpine-art.net/gallery if we need it.")).doesNotContain("hollowpine");
    }

    @Test
    void aMonthAndYearWithoutAnExpiryWordIsStillADate() {
        assertThat(sent("She was discharged 08/27 and came to intake a week later.")).doesNotContain("08/27");
    }
}
