package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.testing.TestClock;

/**
 * Issue 14: the plan field of the risk part says what the client would do. A plan typed with a verb whose past is its
 * base ("cut wrists", "shut self in garage") is never written as a deed that happened ("The client cut ..."); only a
 * plan that says it already happened ("already", "last night", "has bought") is written as an act. Dev examples,
 * written before the fix.
 */
class ComposerRiskPlanRound13Test {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private SessionPrompt prompt(String plan) {
        ClinicalRiskAssessment risk = ClinicalRiskAssessment.builder(ClinicalRiskLevel.HIGH).ideation("active SI")
                .intent("endorses intent").plan(plan).means("access to kitchen knives").addRiskFactor("recent divorce")
                .addProtectiveFactor("sister").safetyPlan("reviewed and updated").addAction("gave 988 info")
                .followUp("call tomorrow").build();
        return SamplePrompts.base("cl-1414").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office").addConcern("low mood")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "stress at home", "engaged").risk(risk)
                .addPlan("continue weekly sessions").build();
    }

    private String assessment(String plan) {
        NoteDraft draft = drafter.draft(prompt(plan), NoteFormat.SOAP);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft.sections().stream().filter(s -> s.key().equals("assessment")).findFirst().orElseThrow().text();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cut wrists with razor at home|cut|a plan to cut wrists with razor at home",
        "cut her wrists tonight|cut|a plan to cut her wrists tonight",
        "shut self in garage with car running|shut|a plan to shut self in the garage",
        "put a bag over head|put|a plan to put a bag over head",
        "set fire to apartment|set|a plan to set fire to apartment",
        "pt cut wrists at home|cut|a plan to cut wrists at home",
        "client would hit stepfather with hammer|hit|would hit stepfather",
        "slit throat with kitchen knife|slit|slit throat with kitchen knife",
        "hit wife with a bat|hit|a plan to hit wife with a bat",
        "thrust knife into chest|thrust|thrust knife into chest",
        "shoot self with father's rifle|shoot|a plan to shoot self with father's rifle",
        "overdose on stored pills tonight|overdose|a plan to overdose on stored pills tonight",
        "jump off the bridge near work|jump|a plan to jump off the bridge near work",
        "plan to cut wrists in bathtub|cut|a plan to cut wrists in bathtub",
        "would cut wrists at home|cut|a plan to cut wrists at home",
        "intends to cut wrists|cut|intends to cut wrists",
        "OD on tylenol at home tonight|OD|tylenol at home tonight",
        "cut wrists; hang self in closet|cut|a plan to cut wrists. The client described a plan to hang self",
        "hurt coworker who cut his hours|hurt|a plan to hurt coworker who cut his hours",
    })
    void aPlanIsWhatTheClientWouldDoNeverADeed(String plan, String verb, String expected) {
        String text = assessment(plan);
        assertThat(text).as(plan).contains(expected);
        // "The client cut ...", "The client shut ...": a deed the prompt never says happened.
        assertThat(Pattern.compile("(?i)\\bclient (" + verb + "|" + verb + "s|" + verb + "ed|hurt|shot|jumped|overdosed)\\b")
                .matcher(text).find()).as(plan + "\n" + text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "already cut wrists last night|cut",
        "cut wrists yesterday|cut",
        "has bought a rope|bought",
        "put pills in her purse last week|put",
    })
    void aPlanThatSaysItAlreadyHappenedKeepsItsAct(String plan, String verb) {
        String text = assessment(plan);
        assertThat(text).as(plan).contains("The client " + plan)
                .doesNotContain("plan to " + verb);
    }
}
