package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Slots that say "this is not an identifier", through the guard for an endpoint without a BAA: pets, family words of
 * other languages, states and provinces abroad, brands before a product noun, figures compared to, roles played,
 * billed HCPCS codes, masked values, money with separators and pill strengths reach the model as written; the same
 * words where a person stands are still replaced. Dates in the languages clients write, each way. Sentences invented
 * for this test.
 */
class PhiNotAnIdentifierSlotsTest {
    private final PhiProbe probe = new PhiProbe();
    private final PatternPhiDetector detector = PatternPhiDetector.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {
        // pets
        "They rescued a greyhound named Jasper and he sleeps under her desk.",
        "Nuestra perrita Pelusa se enfermó y mi hijo está muy triste.",
        "O meu gato Frajola fugiu ontem e eu chorei a noite toda.",
        "We got a kitten last week!! her name is Noodle and she bites everything",
        "Our cats Smokey and Pepper fight at night and wake everyone up.",
        "The family's old dog, Sir Barksalot, died over the summer.",
        // family words of other languages
        "Los domingos con mi abuelita me calman mucho.",
        "A minha vovó mora conosco desde o derrame.",
        "He misses his Zayde, who taught him chess.",
        // states, provinces and countries in the client's language
        "Her brothers still live in Sinaloa and call every Sunday.",
        "Her aunt moved back to the state of Puebla last year.",
        "He moved here from Saskatchewan after the layoff.",
        "Minha irmã voltou para o Brasil no ano passado.",
        // brands and payers before a product noun, figures compared to, roles played
        "She bought a Nikon camera to get back into photography.",
        "He saved up for a Patagonia jacket and felt guilty about it.",
        "She compares her manager to Napoleon and laughs about it.",
        "He says he is the Cinderella of his house, doing every chore.",
        "Applied for the Pell Grant and a Ryan White voucher this week.",
        // codes, masks, money and pills
        "Billed H2019 for the skills group and T1017 for case management.",
        "The router log shows 10.0.x.x addresses only.",
        "Rent went up to $1,450/mo and she is behind again.",
        "She takes 2 of the 0.25s when she cannot sleep.",
        "Self-rating 7/10 for mood and 2/5 for energy today.",
    })
    void wordsThatAreNoIdentifierReachTheModelAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void theSameWordsWhereAPersonStandsAreStillReplaced() {
        assertThat(probe.sentThroughGuard("Her brother Marco's car was towed again.")).doesNotContain("Marco");
        assertThat(probe.sentThroughGuard("Lola called me twice after group.")).doesNotContain("Lola");
        assertThat(probe.sentThroughGuard("going to church with my tia marvella this sunday")).doesNotContain("marvella");
        assertThat(probe.sentThroughGuard("We stayed at Georgia's place after the funeral.")).doesNotContain("Georgia");
        assertThat(probe.sentThroughGuard("Her cousin Jasper texted her at midnight.")).doesNotContain("Jasper");
        assertThat(probe.sentThroughGuard("She works at Ontario, CA now.")).doesNotContain("Ontario");
        assertThat(probe.sentThroughGuard("She moved to Puebla with her kids.")).doesNotContain("Puebla");
    }

    @Test
    void codesAndMasksThatStillIdentifySomeoneAreReplaced() {
        assertThat(probe.sentThroughGuard("The statement shows SSN xxx-xx-6203 on the first page."))
                .doesNotContain("6203");
        assertThat(probe.sentThroughGuard("Member ID # H4471 on the card, please verify.")).doesNotContain("H4471");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Мама попала в больницу 3 марта, и я не сплю.|3 марта",
        "توفيت أمي في ٤ أيار ولم أنم منذ ذلك.|٤ أيار",
        "توفي أخي في 21 نوفمبر الماضي.|21 نوفمبر",
        "Umalis siya noong 5 ng Marso at hindi na bumalik.|5 ng Marso",
        "Ikinasal kami noong Setyembre 12 sa simbahan.|Setyembre 12",
        "La cita con la trabajadora social es el 22, gracias a Dios.|el 22",
        "A audiência ficou para o dia 17 do mês que vem.|o dia 17",
        "He stayed sober Mar–Apr after the hospitalization.|Mar–Apr",
    })
    void aDateInTheClientsLanguageIsADate(String text, String value) {
        List<PhiSpan> spans = PhiStructuredIdentifiersTest.covering(detector, text, value);
        assertThat(spans).as(text).extracting(PhiSpan::type).contains(PhiCategory.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "La renta subió el 15 por ciento este año.",
        "Mar–Apr is always a hard stretch for her, every year.",
        "No dia a dia ela se sente cansada.",
    })
    void aCountOrAMonthRangeInGeneralIsNoDate(String text) {
        assertThat(detector.detect(text)).as(text).extracting(PhiSpan::type).doesNotContain(PhiCategory.DATE);
    }

    /**
     * The hard-negative dev set (corpora/phi/dev-hardneg-r11.txt, written before these rules and then tuned on, so
     * seen): floors at its figures after the round, so a rule that brings the classes back fails here. Since round
     * 12 the guard replaces a month that dates an event, and one snippet's month is a date of service ("sessions in
     * October" on a superbill), a Safe Harbor date its label predates: 23 of 269 snippets.
     */
    @Test
    void theHardNegativeDevSetHoldsItsFigures() {
        PhiCorpusEvaluation e = PhiCorpusEvaluation.detectorAndGuard("dev-hardneg-r11",
                PhiCorpus.corpus("dev-hardneg-r11.txt"));
        e.assertHolds(0.95, 1, 0, 0.086);
    }

    @Test
    void aMonthDayWhoseTotalIsNoScaleIsStillADateForTheGuard() {
        assertThat(probe.sentThroughGuard("Her last drink was 9/14, she said.")).doesNotContain("9/14");
        assertThat(probe.sentThroughGuard("Moved out on 5/10 and is staying with a cousin.")).doesNotContain("5/10");
    }
}
