package org.practicekit.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round 25: the risk elements typed alone, a degree, an answer, a method, a deed with the clinician as agent. */
class RiskElementsRound25Test {
    @Test
    void intentTypedAsADegreeOrAnAnswerAloneIsReadAsIntent() {
        assertThat(RiskElements.intentAlone("some")).isTrue();
        assertThat(RiskElements.intentAlone("Yes.")).isTrue();
        assertThat(RiskElements.intentAlone("denies intent")).isFalse();
        assertThat(RiskElements.intentAlone("ambivalent")).isFalse();
        assertThat(RiskElements.intentNoted("clear intent tonight")).isEqualTo("clear intent tonight");
        assertThat(RiskElements.intentNoted("clear the room")).isEmpty();
    }

    @Test
    void aMethodNotedAloneIsNotedAsThePlanAndADenialIsNot() {
        String lead = "The risk assessment noted";
        assertThat(RiskElements.planNote("The risk assessment noted pills.", lead))
                .isEqualTo("The risk assessment noted pills as the plan.");
        assertThat(RiskElements.planNote("The risk assessment noted no plan.", lead)).isEmpty();
        assertThat(RiskElements.planNote("The risk assessment noted a vague plan.", lead)).isEmpty();
        assertThat(RiskElements.planNote("The client described a plan to hang.", lead)).isEmpty();
    }

    @Test
    void aDeedWithTheClinicianAsAgentIsTheClinicians() {
        assertThat(RiskElements.clinicianAgent("police called by clinician")).isEqualTo("clinician called police");
        assertThat(RiskElements.clinicianAgent("CPS report filed by writer")).isEqualTo("clinician filed CPS report");
        assertThat(RiskElements.clinicianAgent("pt transported by EMS")).isEmpty();
        assertThat(RiskElements.clinicianAgent("mom called by school")).isEmpty();
    }
}
