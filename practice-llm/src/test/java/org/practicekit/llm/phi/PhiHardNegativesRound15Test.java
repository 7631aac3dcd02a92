package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 15: known public names the sentence treats as public reach the model as written and are not reported
 * by the detector (a chain named as a brand, a bank as a brand, a work or a performer next to its medium, a
 * Title Case form of the practice, a modality's acronym in another language); the same names where a private person,
 * an employer or one branch stands are still replaced. Sentences invented for this test.
 */
class PhiHardNegativesRound15Test {
    private final PhiProbe probe = new PhiProbe();
    private final PatternPhiDetector detector = PatternPhiDetector.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we got Wendy's on the drive back and nobody fought for once|Wendy's",
        "He ordered three more hoodies on Amazon at 3 a.m. and then felt sick about it.|Amazon",
        "She finally closed the Capital One card she had been hiding from him.|Capital One",
        "spent an hour on hold with Bank of America about the overdraft fee|Bank of America",
        "They rewatched Fargo over the weekend and he laughed for the first time in weeks.|Fargo",
        "Her favorite film is Casablanca and she quoted it twice in session.|Casablanca",
        "He has been blasting old Kurt Cobain songs since the funeral.|Kurt Cobain",
        "She says the Obama-era rules were what kept her on Medicaid.|Obama",
        "Reviewed the Good Faith Estimate and the Notice of Privacy Practices at intake.|Good Faith Estimate",
        "Completed Treatment Plan update; the Safety Plan stays as written.|Treatment Plan",
        "Mi hija lleva dos meses en TCC y dice que duerme mejor.|TCC",
    })
    void aPublicNameInAPublicSlotReachesTheModelAndIsNotReported(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).contains(name);
        int at = text.indexOf(name);
        List<PhiSpan> spans = detector.detect(text);
        assertThat(spans).noneMatch(s -> s.start() < at + name.length() && s.end() > at);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a private person who shares a public name or a brand
        "My neighbour Adele lends me her car when mine breaks down.|Adele",
        "her coworker Chase covered the shift so she could come in|Chase",
        "Our foster son Elvis starts at the new school on Monday.|Elvis",
        // a chain where something happened to the client (deny by default), an employer, and one branch of a chain
        "she picked up diapers at Costco and cried in the parking lot after|Costco",
        "Stopped at Walgreens for the refill on the way home; felt proud of it.|Walgreens",
        "Her dad works nights at Costco and sleeps through the mornings.|Costco",
        "She got hired at Target last month and likes her manager.|Target",
        "The Walgreens on Harmon Road lost her prescription again.|Harmon Road",
        "They met at a Starbucks in Lakewood before the hearing.|Lakewood",
        // a town where the client lives, not a film
        "He moved to Fargo after the divorce and knows no one there.|Fargo",
    })
    void theSameNamesWhereAPersonOrAPlaceOfTheClientsStandsAreStillReplaced(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(name);
        int at = text.indexOf(name);
        assertThat(detector.detect(text)).anyMatch(s -> s.start() < at + name.length() && s.end() > at);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My sister Carolina moved back in after the eviction.",
        "Call Bella back about the intake, she asked for Thursday.",
    })
    void aGivenNameAfterAPersonCueIsNeverReleasedForSharingAStateOrACharactersName(String text) {
        String name = text.contains("Carolina") ? "Carolina" : "Bella";
        assertThat(probe.sentThroughGuard(text)).doesNotContain(name);
    }

    /**
     * The round's dev set (corpora/phi/dev-hardneg-r15.txt, written before these rules and then tuned on, so seen):
     * floors at its figures after the round (28.6 % of its hard-negative snippets pseudonymized before, 5.7 % after;
     * recall and the four labels on the wire unchanged), so a rule that brings the classes back fails here.
     */
    @Test
    void theRoundsDevSetHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-hardneg-r15",
                PhiCorpus.corpus("dev-hardneg-r15.txt"));
        e.assertHolds(0.92, 4, 0, 0.096); // 5.7 % while a placed chain was released
    }
}
