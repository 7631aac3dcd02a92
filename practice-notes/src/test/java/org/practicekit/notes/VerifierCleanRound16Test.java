package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;

/**
 * Issue 14, round 16: a clean draft stays clean. Typed text that names a place with a second name, ages in a
 * concerns line, a risk level in capitals, a crisis line's number, or a quantity in a homework or plan step is read
 * as what it is; the same sentences with an error planted are still flagged.
 */
class VerifierCleanRound16Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-verifier-r16.jsonl");

    @Test
    void flagsNoCleanDevDraft() throws IOException {
        assertThat(DevRiskR13ReadTest.writeDrafts(DEV, Path.of("target/dev-verifier-r16.md"))).isEmpty();
    }

    private final List<String> wronglyFlagged = new ArrayList<>();

    private static SessionPrompt prompt(Consumer<SessionPrompt.Builder> fields) {
        return VerifierWhoSaidItTest.prompt(fields);
    }

    private static ClinicalRiskAssessment risk(ClinicalRiskLevel level, String ideation, String safetyPlan) {
        ClinicalRiskAssessment.Builder b = ClinicalRiskAssessment.builder(level).ideation(ideation)
                .safetyPlan(safetyPlan).intent("denies intent").plan("denies a plan").means("no firearms at home")
                .followUp("call in 2 days")
                .addRiskFactor("recent job loss").addProtectiveFactor("close to her sister");
        return b.build();
    }

    private static Verification with(SessionPrompt p, String sentence, String... sources) {
        return VerifierCleanRound15Test.with(p, sentence, sources);
    }

    private void clean(SessionPrompt p, String sentence, String... sources) {
        Verification v = with(p, sentence, sources);
        if (!v.passed()) {
            wronglyFlagged.add(sentence + " -> " + v.report());
        }
    }

    private void flagged(SessionPrompt p, String sentence, String source, FindingKind kind) {
        Verification v = with(p, sentence, source);
        assertThat(v.findings()).as(sentence + ": " + v.report()).anyMatch(f -> f.kind() == kind);
    }

    private static SessionPrompt at(String location) {
        return prompt(b -> b.addConcern("panic attacks").serviceType(ServiceType.CRISIS).location(location));
    }

    private static SessionPrompt concern(String typed) {
        return prompt(b -> b.addConcern(typed));
    }

    private static SessionPrompt concern(String typed, ClinicalRiskAssessment risk) {
        return prompt(b -> b.addConcern(typed).risk(risk));
    }

    @Test
    void faithfulSentencesOfPlacesAgesLevelsCrisisLinesAndStepsAreNotFlagged() {
        // a place with a second name: the named place and its kind are one noun phrase
        clean(at("ED, Mercy Hospital"), "The crisis session was in person at the ED, Mercy Hospital.", "session");
        clean(at("ED, Mercy Hospital"), "The crisis session was at the Mercy Hospital ED.", "session");
        clean(at("St. Anne's ER - consult room 3"), "The session was in consult room 3 of the St. Anne's ER.",
                "session");
        clean(at("Lakeview Hospital (psych ED)"), "The session was in the psych ED at Lakeview Hospital.", "session");
        clean(at("urgent care, Oak Ave"), "The session was at the urgent care on Oak Ave.", "session");
        clean(prompt(b -> b.addConcern("waiting for father's surgery").modality(Modality.TELEHEALTH_VIDEO)
                        .location("pt in car outside Grace Medical Center ER")),
                "The client joined by video from her car outside the Grace Medical Center ER.", "session");
        clean(concern("seen at Mercy ED Sat for panic attack, d/c same night"),
                "The client was seen at the Mercy ED for a panic attack.",
                "presentingConcerns[0]");
        // ages in a concerns line
        clean(concern("trans woman, 27, family estranged"),
                "The client is a 27-year-old trans woman whose family is estranged.", "presentingConcerns[0]");
        clean(concern("34F, new job, panic on commute"),
                "The client, a 34-year-old woman, has a new job and panic on her commute.", "presentingConcerns[0]");
        clean(concern("single dad of 3 (ages 4, 7, 12), overwhelmed"),
                "The client is a single father of 3 (ages 4, 7 and 12) and overwhelmed.",
                "presentingConcerns[0]");
        clean(concern("married 11 yrs, ages 38 and 41, arguing about money"),
                "The couple, aged 38 and 41, have been married 11 years and argue about money.",
                "presentingConcerns[0]");
        clean(concern("son (9) biting peers at school"),
                "Her 9-year-old son has been biting peers at school.", "presentingConcerns[0]");
        clean(concern("68 yo widower, lonely since wife died in March"),
                "The client is a 68-year-old widower who has been lonely since his wife died in March.",
                "presentingConcerns[0]");
        clean(concern("pt - 19 - first semester away, homesick"),
                "The client is 19, in her first semester away, and homesick.", "presentingConcerns[0]");
        // a risk level in capitals, or in another person's or another time's words
        clean(concern("f/u after last wk's HIGH risk assessment",
                        risk(ClinicalRiskLevel.LOW, "no current SI", "safety plan reviewed")),
                "The session followed up on last week's HIGH risk assessment.", "presentingConcerns[0]");
        clean(concern("rated MODERATE risk at intake in Sept", risk(ClinicalRiskLevel.LOW, "denies SI today", "")),
                "The client was rated MODERATE risk at intake in Sept.", "presentingConcerns[0]");
        clean(concern("LOW RISK per screen, still wants check-in",
                        ClinicalRiskAssessment.none("denied suicidal ideation")),
                "The client screened LOW RISK and still wants a check-in.", "presentingConcerns[0]");
        clean(concern("still HIGH risk per C-SSRS", risk(ClinicalRiskLevel.HIGH, "daily SI", "keys to roommate")),
                "The client remains at HIGH risk per the C-SSRS.", "presentingConcerns[0]");
        clean(concern("risk moved from high to low over 3 wks", risk(ClinicalRiskLevel.LOW, "denies SI this week", "")),
                "Her risk moved from high to low over three weeks.", "presentingConcerns[0]");
        // a crisis line's number
        clean(concern("low mood", risk(ClinicalRiskLevel.LOW, "passive SI last month", "988 reviewed")),
                "988 was reviewed with the client.", "risk.safetyPlan");
        clean(concern("low mood", risk(ClinicalRiskLevel.LOW, "passive SI last month", "988 reviewed")),
                "The 988 crisis line was reviewed.", "risk.safetyPlan");
        clean(concern("low mood", risk(ClinicalRiskLevel.MODERATE, "passive SI",
                        "crisis line 988 and text HOME to 741741 added to phone")),
                "The client added the 988 crisis line and the 741741 crisis text line to her phone.",
                "risk.safetyPlan");
        clean(concern("low mood", risk(ClinicalRiskLevel.MODERATE, "SI last week", "mom to call 911 if pt unsafe")),
                "The client's mother will call 911 if the client is unsafe.", "risk.safetyPlan");
        clean(prompt(b -> b.addConcern("low mood").addHomework("save 988 in phone")),
                "The client will save 988 in her phone.", "homework[0]");
        // a quantity in a homework or plan step
        clean(prompt(b -> b.addConcern("low mood").addHomework("email only at 9/1/4")),
                "The client will email only at 9, 1 and 4.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("two 25-min focus blocks per morning")),
                "The client will do two 25-minute focus blocks each morning.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("bed by 11 on 5 of 7 nights")),
                "The client will be in bed by 11 on five of seven nights.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("no screens 10pm-7am")),
                "The client will have no screens from 10 PM to 7 AM.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("walk 30 min M/W/F at 7am")),
                "The client will walk for 30 minutes M/W/F at 7 AM.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addPlan("call pt Thurs 10am to confirm")),
                "This clinician will call the client Thursday at 10 AM to confirm.", "plan[1]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("3 thought records, 2 about work")),
                "The client will complete three thought records, two of them about work.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("meditate 10 min/day 5/7 days")),
                "The client will meditate 10 minutes a day, five days out of seven.", "homework[0]");
        clean(concern("low mood", risk(ClinicalRiskLevel.MODERATE, "passive SI", "reviewed").toBuilder()
                        .followUp("phone check Tues 9am").build()),
                "This clinician will check in by phone Tuesday at 9 AM.", "risk.followUp");
        assertThat(wronglyFlagged).as(wronglyFlagged.size() + " flagged").isEmpty();
    }

    @Test
    void theSameShapesWithTheErrorPlantedAreStillFlagged() {
        // A place: another level of care than the one the location names.
        flagged(at("urgent care, Oak Ave"), "The client was sent on to the ED.", "session",
                FindingKind.INVENTED_LEVEL_OF_CARE);
        flagged(at("ED, Mercy Hospital"), "The client was admitted to the psych ward.", "session",
                FindingKind.INVENTED_LEVEL_OF_CARE);
        // An age changed, in any form.
        flagged(concern("trans woman, 27, family estranged"), "The client is a 29-year-old trans woman.",
                "presentingConcerns[0]", FindingKind.INVENTED_NUMBER);
        flagged(concern("son (9) biting peers at school"), "Her 7-year-old son has been biting peers at school.",
                "presentingConcerns[0]", FindingKind.INVENTED_NUMBER);
        flagged(concern("married 11 yrs, ages 38 and 41, arguing about money"), "The couple, aged 38 and 44, argue.",
                "presentingConcerns[0]", FindingKind.INVENTED_NUMBER);
        // A level of another time changed, or stated as today's.
        SessionPrompt lastWeek = concern("f/u after last wk's HIGH risk assessment",
                risk(ClinicalRiskLevel.LOW, "no current SI", "safety plan reviewed"));
        flagged(lastWeek, "The session followed up on last week's MODERATE risk assessment.", "presentingConcerns[0]",
                FindingKind.RISK_CONTRADICTION);
        flagged(lastWeek, "The client is at HIGH risk.", "presentingConcerns[0]", FindingKind.RISK_CONTRADICTION);
        // A crisis line's number changed or invented.
        SessionPrompt lines = concern("low mood", risk(ClinicalRiskLevel.MODERATE, "passive SI",
                "crisis line 988 and text HOME to 741741 added to phone"));
        flagged(lines, "The client added the 989 crisis line to her phone.", "risk.safetyPlan",
                FindingKind.INVENTED_NUMBER);
        flagged(lines, "The client saved the crisis line 555-0199.", "risk.safetyPlan", FindingKind.INVENTED_NUMBER);
        // An hour, a part of a slash list, or a count beside a measured size changed.
        flagged(prompt(b -> b.addConcern("low mood").addHomework("no screens 10pm-7am")),
                "The client will have no screens from 11 PM to 7 AM.", "homework[0]", FindingKind.INVENTED_NUMBER);
        flagged(prompt(b -> b.addConcern("low mood").addHomework("email only at 9/1/4")),
                "The client will email only at 9, 2 and 4.", "homework[0]", FindingKind.INVENTED_NUMBER);
        flagged(prompt(b -> b.addConcern("low mood").addHomework("two 25-min focus blocks per morning")),
                "The client will do three 25-minute focus blocks each morning.", "homework[0]",
                FindingKind.INVENTED_NUMBER);
        flagged(prompt(b -> b.addConcern("low mood").addHomework("meditate 10 min/day 5/7 days")),
                "The client will meditate 10 minutes a day, six days out of seven.", "homework[0]",
                FindingKind.INVENTED_NUMBER);
    }
}
