package org.practicekit.llm.phi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13, round 22b (public names kept public): a state's Medicaid or regional health plan named by its full brand,
 * a psychotherapy or treatment model named in full and a public law by its popular name go out as written; the same
 * plan as someone's employer, a hospital that shares a word with a plan where someone is placed, an organization named
 * after a therapy, a person whose name begins a law's name and a member number are still replaced. Sentences invented
 * for this test, none from the dev file.
 */
class PhiPublicNamesRound22bTest {
    private final PhiProbe probe = new PhiProbe();

    @ParameterizedTest
    @ValueSource(strings = {
        "Carolina Complete Health denied the second authorization.",
        "the kids were moved to Iowa Total Care when the state switched plans",
        "mom says Peach State Health Plan will not pay for the testing",
        "she is on Keystone First since the baby was born",
        "Integrative Behavioral Couple Therapy was a better fit for them than the last approach",
        "he got a spot in the Individual Placement and Support program",
        "they started Child-Parent Psychotherapy with the toddler this week",
        "his mother asked whether Laura's Law could apply to him",
        "her job is protected under the Americans with Disabilities Act",
    })
    void aPlanATherapyOrALawNamedInFullGoesOutAsWritten(String text) {
        assertThat(probe.sentThroughGuard(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the plan as the employer
        "her aunt answers phones at Carolina Complete Health and hates it | Carolina Complete",
        // a hospital that shares a word with a plan, where someone is placed
        "he was admitted to Geisinger Wyoming Valley after the overdose | Wyoming Valley",
        // the member number
        "Iowa Total Care member ID IT55018243 for the younger one | IT55018243",
        // a person whose given name begins a law's name, and the law's words in lower case
        "she met her sister Laura's law school friends at the party | Laura",
    })
    void theEmployerAHospitalANumberOrAPersonIsReplaced(String text, String value) {
        assertThat(probe.sentThroughGuard(text)).doesNotContain(value);
    }
}
