package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the guard sends to an endpoint without a BAA when an identifier looks like an ordinary word: a month alone
 * where it dates something that happened to the client (Safe Harbor counts every element of a date but the year), a
 * day written out, a given name that is also a verb in a slot only a person fills, a business in lower case where the
 * note puts someone, and a full name in a slot that would otherwise say "not an identifier". The same words used as
 * words (ratings, fractions, a modal, observances, habits) go out as written. Sentences invented for this test.
 */
class PhiGuardDateElementsAndWordNamesTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She moved back in with her parents in October after the eviction. | October",
        "hes been clean since july and i am so proud of him | july",
        "The last time she saw her son was this past April. | April",
        "Pt reports SI began in late Jan. after the breakup. | Jan",
        "He was laid off at the end of November and has not told his wife. | November",
        "She has been staying at the shelter since mid-March. | March",
        "Volvió a beber desde febrero, según su hermana. | febrero",
        "O pai dele morreu em setembro do ano passado. | setembro",
        "Court-ordered classes start next June for him. | June",
        "Her daughter stopped talking to her around Thanksgiving and again in December. | December",
    })
    void aMonthThatDatesAnEventNeverReachesTheEndpoint(String text, String month) {
        String sent = probe.sentThroughGuard(text);
        assertThat(sent).doesNotContain(month).contains("[DATE_");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Rated her anxiety 6/10 today and 8/10 on Monday.",
        "She takes 1/2 tab of the sleep aid when the nightmares are bad.",
        "May I call you if the school does not send the form?",
        "She may need a letter for her landlord.",
        "Every year her mood drops in November, always around the time change.",
        "The clinic hung posters for Mental Health Awareness Month.",
        "She tried Dry January and made it eleven days.",
        "The veterans march in the parade each year.",
        "It was the fourth session she cancelled this month.",
        "For the first time she said it out loud.",
        "He lives on the fifth floor and the elevator is out.",
        "She is in the grace period on her rent.",
        "I will text my sister after group.",
        "My brother drew a picture of our dog.",
        "She works at home and rarely leaves the apartment.",
        "He met his sponsor at church and they get coffee after.",
    })
    void theSameShapesUsedAsWordsGoOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "texted will and he said he would come | will",
        "me and drew got kicked out of the party | drew",
        "called will about the rent but he hung up | will",
    })
    void aNameThatIsAlsoAVerbInAPersonSlotIsReplaced(String text, String name) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(" " + name + " ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The custody hearing was moved to the twenty-third. | twenty-third",
        "He said he last drank on the ninth, at his cousin's party. | ninth",
        "Her probation ends on the thirtieth and she is nervous. | thirtieth",
        "He got a job at menards stocking shelves. | menards",
        "She picked up extra shifts at wawa this week. | wawa",
        "My son works for fedex on the night sort. | fedex",
        "She was let go from kohls after the holidays. | kohls",
    })
    void aDayWrittenOutOrABusinessInLowerCaseWhereTheNotePutsSomeoneIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @Test
    void aSlotThatReleasesBrandsAndProgramsNeverReleasesAFullName() {
        assertThat(probe.sentThroughGuard("He got the Teresa Alvarado scholarship from his old school."))
                .doesNotContain("Teresa").doesNotContain("Alvarado");
        assertThat(probe.sentThroughGuard("She compares her husband to Darnell Price, her ex."))
                .doesNotContain("Darnell");
        // a listed brand or program named after a person still goes out as written
        String brand = "She bought a Michael Kors bag she could not afford.";
        assertThat(probe.sentThroughGuard(brand)).isEqualTo(brand);
        String program = "The Ryan White program covers his meds.";
        assertThat(probe.sentThroughGuard(program)).isEqualTo(program);
    }

    @Test
    void everyAnswerComesBackExactly() {
        // the probe asserts that the echoed answer is restored to the text exactly
        String sent = probe.sentThroughGuard("Since March she has texted will twice and works at menards since the fourth.");
        assertThat(sent).doesNotContain("March").doesNotContain("menards").doesNotContain("fourth");
    }

    /**
     * The round-12 guard dev set (corpora/phi/dev-guard-r12.txt, written before these rules and then tuned on, so
     * seen): floors at its figures after the round.
     */
    @Test
    void theGuardDevSetHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-guard-r12",
                PhiCorpus.corpus("dev-guard-r12.txt"));
        e.assertHolds(0.5, 3, 0, 0.04);
    }
}
