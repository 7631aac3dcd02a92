package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole classes of public vocabulary through the guard for an endpoint without a BAA: US payers, plan products and
 * public programs, billing codes with their modifiers and revenue codes, Spanish and Portuguese words a client
 * writes, characters, saints, deities, historical figures and brands reach the model as written; the same payer
 * after an employment cue, a relative's given name and someone's initials are still replaced. Sentences invented
 * for this test.
 */
class PhiPayersCodesAndLanguagesTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        // payers, plan products and public programs
        "He switched from Anthem Blue Cross to Kaiser Permanente during open enrollment.",
        "Insurance: Florida Blue. Copay is 30 per session.",
        "Secondary coverage is Medicare Part B with a Medigap Plan N supplement.",
        "Medicaid managed care through CareSource; the child is on CHIP.",
        "Claim was denied by Optum Behavioral Health and resubmitted through Availity.",
        "The EAP through Magellan covers six sessions before her Cigna plan starts.",
        "Billing goes through Change Healthcare and Office Ally.",
        "Prescriptions are filled at home by mail; the PBM is Express Scripts and Caremark denied the brand.",
        "MassHealth through Tufts; the carve-out covers specialty mental health.",
        "Her plan is Ambetter; his is through Priority Health.",
        "Molina Healthcare approved the psychological testing.",
        // billing codes with modifiers and revenue codes: neither blocked nor changed
        "Claim lines: 90837-GT, 90791-HO, revenue code 0914.",
        "Rev code 0900 on the UB-04; bill type 131.",
        "Rendered 90853-HQ and 90785 on the same day.",
        "The denial cited RARC N95; we appealed.",
        // Spanish and Portuguese words
        "Dice que se siente Triste y Sola desde que se fue su Mamá.",
        "Me siento Agobiada con el Trabajo y la Escuela de los niños.",
        "Practicamos Respiración y Atención Plena en la sesión.",
        "Ella dice que tiene Nervios y Ansiedad todo el tiempo.",
        "Dice que se siente Desesperada y con Miedo de perder el Trabajo.",
        "Disse que sente Saudade da Família e da Igreja.",
        "Terapia Cognitivo Conductual y técnicas de Relajación.",
        "Mi Hijo tiene Berrinches y mi Esposo no ayuda.",
        // saints, historical figures, characters and brands
        "She prays to Saint Jude and keeps a picture of Our Lady of Guadalupe.",
        "He reads about Julius Caesar and Joan of Arc when he can't sleep.",
        "She quoted Martin Luther and Saint Francis of Assisi in group.",
        "He wears Carhartt to work; she wants Lululemon leggings.",
        "He compares himself to Batman; his sister watches Bluey.",
    })
    void eachClassReachesTheModelAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @Test
    void aPayerWhereTheClientWorksIsStillReplaced() {
        assertThat(probe.sentThroughGuard("She works at Molina Healthcare in the claims department."))
                .doesNotContain("Molina");
        assertThat(probe.sentThroughGuard("His wife works for Kaiser Permanente as a nurse.")).doesNotContain("Kaiser");
        assertThat(probe.sentThroughGuard("He works at CVS Pharmacy on weekends.")).doesNotContain("CVS");
    }

    @Test
    void relativesNamedLikeWordsOrFiguresAndInitialsAreStillReplaced() {
        assertThat(probe.sentThroughGuard("Client's sister Esperanza drove her to the appointment."))
                .doesNotContain("Esperanza");
        assertThat(probe.sentThroughGuard("Mi hermana Rosario vive con nosotros ahora.")).doesNotContain("Rosario");
        assertThat(probe.sentThroughGuard("Her son Mario and his friend Luigi came to the session."))
                .doesNotContain("Mario").doesNotContain("Luigi");
        assertThat(probe.sentThroughGuard("Met with S.E. and her mother after school.")).doesNotContain("S.E.");
    }
}
