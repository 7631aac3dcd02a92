package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 33b (ages over 89 and employers outside "works at"): an age over 89 is read by its slot in the
 * clients' languages, after a verb of turning ("cumplió", "fez", "compie"), after "a los" or "aos", after a verb of
 * having with nothing counted after it, as the value of an age field ("Edad:"), or before "y.o."; a public company is
 * an employer before a noun of its work site ("the FedEx hub", "the Target DC") and as the value of a field whose
 * label ends in "employer" or holds it beside a slash ("Employer/School:"). Minutes, ratings, percents, counts,
 * rooms and brands as things go out as written. Sentences written for this test, none from a dev or blind file.
 */
class PhiAgesEmployersRound33bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "su abuelo murió a los 97 y nadie le avisó | 97",
        "mi tía va a cumplir 102 en junio | 102",
        "la señora ya tiene 93, vive con su nieta | 93",
        "o avô dela fez 96 ontem e não lembrou de ninguém | 96",
        "a bisavó morreu aos 99 em casa | 99",
        "suo padre compie 91 domani | 91",
        "Edad: 95   Sexo: F | 95",
        "Idade: 94 | 94",
        "pt is a 92 y.o. retired machinist | 92",
        "he loads trucks at the FedEx hub overnight | FedEx",
        "she was moved to the Amazon fulfillment center in May | Amazon",
        "he pulls nights at the Walmart DC | Walmart",
        "she hurt her back at the Costco warehouse | Costco",
        "Employer/School: Amazon | Amazon",
        "Current employer: Target | Target",
    })
    void anAgeOrAnEmployerIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the session ran 90 minutes today",
        "she rated her sleep 95 out of 100",
        "he finished 92 % of the homework",
        "billed 90837 for the long session",
        "sent a 90-day supply to the pharmacy",
        "la prueba dura 90 minutos",
        "tiene 95 % de asistencia",
        "she ordered it from the Amazon app",
        "the UPS truck blocked the driveway again",
        "Treatment plan: CBT",
    })
    void aNumberThatIsNoAgeGoesOut(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    /** A count after a verb of turning keeps its number; the lower-case words around it are another rule's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cumplió 91 días sin tomar | 91 días",
        "a los 90 minutos se fue | 90 minutos",
        "ya tiene 95 puntos en el curso | 95 puntos",
    })
    void aCountAfterAnAgeVerbGoesOut(String text, String kept) {
        assertThat(probe.sentThroughGuard(text)).contains(kept);
    }
}
