package org.practicekit.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round 20: a person's deed, a copy of the plan handed on, a step on the way, read as whose and whether done. */
class RiskActsRound20Test {
    private final RiskActs.Voice voice = new RiskActs.Voice("this clinician", "client", "mother"::equals);

    @Test
    void aPersonsDeedWithWhatItActedOnIsThatPersons() {
        assertThat(RiskActs.sentences("EMS transported pt to ED last night", voice))
                .containsExactly("EMS transported the client to the ED last night");
        assertThat(RiskActs.sentences("police removed handgun from truck", voice))
                .containsExactly("The police removed the handgun from the truck");
        assertThat(RiskActs.sentences("wife picked pt up from work at 11", voice))
                .containsExactly("The client's wife picked the client up from work at 11");
    }

    @Test
    void reIsNeverAThingActedOn() {
        // What a person was told about keeps the composer's reading: "re:" is never the object of the verb.
        assertThat(RiskActs.sentences("PCP notified re: depression and alcohol", voice)).isEmpty();
        assertThat(RiskActs.sentences("principal informed re: bullying per policy", voice)).isEmpty();
        assertThat(RiskActs.sentences("pt informed beforehand", voice)).isEmpty();
    }

    @Test
    void aCopyOfThePlanHandedOnNamesWhoGotIt() {
        assertThat(RiskActs.sentences("copy given to dad", voice))
                .containsExactly("A copy of the safety plan was given to the client's father");
        assertThat(RiskActs.sentences("copy of safety plan sent to mom", voice))
                .containsExactly("A copy of the safety plan was sent to the mother");
        assertThat(RiskActs.sentences("copy of plan given", voice)).containsExactly("A copy of the safety plan was given");
        assertThat(RiskActs.sentences("copy", voice)).isEmpty();
        assertThat(RiskActs.sentences("copy to bf", voice)).isEmpty();
    }

    @Test
    void aPersonOnTheWayWillDoItAndAnAdverbIsNeverTheObject() {
        assertThat(RiskActs.sentences("brother coming to pick up keys tonight", voice))
                .containsExactly("The client's brother will pick up the keys tonight");
        assertThat(RiskActs.sentences("parents drove directly to ED", voice)).isEmpty();
        assertThat(RiskActs.sentences("mom agreed to park on surface lot until step 3", voice))
                .containsExactly("The mother agreed to park on the surface lot until step 3");
    }
}
