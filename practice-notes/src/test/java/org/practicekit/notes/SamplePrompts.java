package org.practicekit.notes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.core.model.ServiceType;

import static org.practicekit.notes.InterventionType.BEHAVIORAL_ACTIVATION;
import static org.practicekit.notes.InterventionType.COGNITIVE_RESTRUCTURING;
import static org.practicekit.notes.InterventionType.COMMUNICATION_SKILLS;
import static org.practicekit.notes.InterventionType.DBT_SKILLS;
import static org.practicekit.notes.InterventionType.EMDR;
import static org.practicekit.notes.InterventionType.EXPOSURE;
import static org.practicekit.notes.InterventionType.GROUNDING;
import static org.practicekit.notes.InterventionType.MINDFULNESS;
import static org.practicekit.notes.InterventionType.MOTIVATIONAL_INTERVIEWING;
import static org.practicekit.notes.InterventionType.PARENT_TRAINING;
import static org.practicekit.notes.InterventionType.PROBLEM_SOLVING;
import static org.practicekit.notes.InterventionType.PSYCHOEDUCATION;
import static org.practicekit.notes.InterventionType.RELAXATION_TRAINING;
import static org.practicekit.notes.InterventionType.SAFETY_PLANNING;
import static org.practicekit.notes.InterventionType.SUPPORTIVE_THERAPY;

/** Twelve realistic session prompts across the five formats, as a therapist would answer them. */
final class SamplePrompts {
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private SamplePrompts() {
    }

    /** A sample: its prompt and the format it is drafted in. */
    record Sample(String name, SessionPrompt prompt, NoteFormat format) {
    }

    static Map<String, Sample> all() {
        Map<String, Sample> out = new LinkedHashMap<>();
        for (Sample s : List.of(
                new Sample("01-panic-soap", panic(), NoteFormat.SOAP),
                new Sample("02-depression-dap", depression(), NoteFormat.DAP),
                new Sample("03-trauma-emdr-birp", trauma(), NoteFormat.BIRP),
                new Sample("04-couples-dap", couples(), NoteFormat.DAP),
                new Sample("05-adolescent-with-parent-pirp", adolescent(), NoteFormat.PIRP),
                new Sample("06-crisis-safety-plan-soap", crisis(), NoteFormat.SOAP),
                new Sample("07-grief-girp", grief(), NoteFormat.GIRP),
                new Sample("08-alcohol-mi-birp", alcohol(), NoteFormat.BIRP),
                new Sample("09-ocd-erp-girp", ocd(), NoteFormat.GIRP),
                new Sample("10-adhd-audio-pirp", adhd(), NoteFormat.PIRP),
                new Sample("11-gad-insomnia-soap", gadInsomnia(), NoteFormat.SOAP),
                new Sample("12-parents-only-dap", parentsOnly(), NoteFormat.DAP))) {
            out.put(s.name(), s);
        }
        return out;
    }

    static SessionPrompt.Builder base(String client) {
        return SessionPrompt.builder().client(client).clinician("dr-whitfield")
                .clientName(PersonName.of("Avery", "Lindqvist")).clinicianName(PersonName.of("Dana", "Whitfield"))
                .date(DAY).payer(PayerKind.COMMERCIAL);
    }

    static SessionPrompt panic() {
        return base("cl-1001").time(LocalTime.of(9, 0), LocalTime.of(9, 53)).modality(Modality.IN_PERSON)
                .location("Main Street office")
                .addConcern("three panic attacks while driving on the highway in the past week")
                .addConcern("avoiding the commute and asking coworkers for rides")
                .addMentalStatus("alert and oriented x4").addMentalStatus("anxious affect, congruent with mood")
                .addMentalStatus("linear and goal-directed thought process")
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(2, 2, 2, 1, 2, 1, 2), 12,
                        "moderate"))
                .addIntervention(COGNITIVE_RESTRUCTURING, "the prediction that a panic attack will cause a crash",
                        "identified two alternative outcomes and rated belief in the prediction down from 90% to 50%")
                .addIntervention(EXPOSURE, "interoceptive exercises of spinning in a chair and breathing through a straw",
                        "completed both exercises and reported peak anxiety of 6 out of 10, falling within minutes")
                .clientResponse("was engaged and asked to repeat the exercises at home")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("reduce panic attacks to fewer than one a week", ProgressRating.STEADY_PROGRESS,
                        "three attacks this week, down from five the week before")
                .addHomework("practice the interoceptive exercises once a day")
                .addHomework("drive one highway exit with a support person")
                .addPlan("continue weekly CBT for panic with graded driving exposure")
                .addPlan("repeat the GAD-7 in four weeks")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 9, 0))
                .addDiagnosis("F41.0", "panic disorder").build();
    }

    static SessionPrompt depression() {
        return base("cl-1002").time(LocalTime.of(10, 0), LocalTime.of(10, 45)).modality(Modality.TELEHEALTH_VIDEO)
                .clientAtHome(true)
                .addConcern("low mood most days and staying in bed until noon on weekends")
                .addConcern("withdrawal from friends since the move in September")
                .addMedication("sertraline 100 mg each morning, taken as prescribed by the primary care physician")
                .addMentalStatus("depressed mood").addMentalStatus("constricted affect")
                .addMentalStatus("slowed speech").addMentalStatus("fair insight and judgment")
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(2, 2, 2, 2, 1, 2, 1, 1, 1),
                        14, "moderate"))
                .addIntervention(BEHAVIORAL_ACTIVATION, "scheduling three valued activities for the coming week",
                        "chose a morning walk, a call to a friend and a pottery class")
                .addIntervention(COGNITIVE_RESTRUCTURING, "the thought that friends no longer want to hear from her",
                        "recognized mind reading and wrote a balanced alternative")
                .risk(new ClinicalRiskAssessment(ClinicalRiskLevel.LOW,
                        "endorsed passive thoughts that others would be better off without her, with no plan or intent",
                        List.of("passive suicidal ideation", "social isolation"),
                        List.of("close relationship with her sister", "engagement in treatment", "future orientation"),
                        List.of("reviewed warning signs and coping strategies with the client",
                                "provided the 988 Suicide and Crisis Lifeline number")))
                .addGoal("increase pleasant activities to at least three a week", ProgressRating.MINIMAL_PROGRESS,
                        "one planned activity completed this week")
                .addHomework("complete the three scheduled activities and rate mood before and after each")
                .addPlan("continue weekly behavioral activation")
                .addPlan("monitor passive suicidal ideation at each session")
                .addPlan("coordinate with the primary care physician about the PHQ-9 trend with the client's permission")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 10, 0))
                .addDiagnosis("F33.1", "major depressive disorder, recurrent, moderate").build();
    }

    static SessionPrompt trauma() {
        return base("cl-1003").time(LocalTime.of(11, 0), LocalTime.of(12, 0)).modality(Modality.IN_PERSON)
                .location("Main Street office")
                .addConcern("nightmares about the car accident four nights this week")
                .addConcern("startling at sirens and avoiding the intersection where the accident happened")
                .addMentalStatus("hypervigilant but cooperative").addMentalStatus("anxious affect")
                .addMentalStatus("intact reality testing")
                .addIntervention(EMDR, "the target memory of the moment of impact",
                        "reported disturbance falling from 8 to 3 on the SUDS scale across six sets")
                .addIntervention(GROUNDING, "five-senses orientation to close the session",
                        "returned to a calm state before leaving")
                .clientResponse("tolerated processing without dissociation")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("reduce trauma-related nightmares to one a week or fewer", ProgressRating.STEADY_PROGRESS,
                        "nightmares down from nightly to four nights this week")
                .addHomework("use the container exercise when intrusive memories come up")
                .addHomework("keep a brief log of nightmares and triggers")
                .addPlan("continue EMDR desensitization of the accident memory next session")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 11, 0))
                .addDiagnosis("F43.10", "posttraumatic stress disorder, unspecified").build();
    }

    static SessionPrompt couples() {
        return base("cl-1004").time(LocalTime.of(17, 0), LocalTime.of(17, 50)).modality(Modality.IN_PERSON)
                .location("Main Street office").serviceType(ServiceType.FAMILY_WITH_CLIENT)
                .addParticipant("partner", "Jordan Reyes")
                .addConcern("repeated arguments about household responsibilities that escalate to yelling")
                .addConcern("feeling unheard and withdrawing for days after conflicts")
                .addMentalStatus("tense but engaged presentation in both partners")
                .addMentalStatus("euthymic mood with brief tearfulness when discussing conflict")
                .addIntervention(COMMUNICATION_SKILLS, "the speaker-listener technique on the chore disagreement",
                        "both partners paraphrased each other's concerns accurately after two attempts")
                .addIntervention(PSYCHOEDUCATION, "flooding and the value of a twenty-minute time-out",
                        "agreed on a signal to pause an escalating argument")
                .clientResponse("was receptive and reported feeling heard for the first time in weeks")
                .risk(ClinicalRiskAssessment.none("both partners denied intimate partner violence, suicidal ideation and homicidal ideation"))
                .addGoal("reduce escalating arguments to one a week or fewer", ProgressRating.MINIMAL_PROGRESS,
                        "three escalating arguments this week")
                .addHomework("hold one fifteen-minute check-in using the speaker-listener technique")
                .addHomework("use the agreed time-out signal when voices rise")
                .addPlan("continue conjoint sessions every week")
                .addPlan("review the check-in and time-out practice at the start of next session")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 17, 0))
                .addDiagnosis("Z63.0", "relationship distress with spouse or intimate partner").build();
    }

    static SessionPrompt adolescent() {
        return base("cl-1005").clinician("dr-okafor").clinicianName(PersonName.of("Emeka", "Okafor"))
                .time(LocalTime.of(15, 30), LocalTime.of(16, 25)).modality(Modality.IN_PERSON)
                .location("Main Street office").addParticipant("mother", "Maria Alvarez")
                .addConcern("missing school on four of the last ten school days because of stomachaches and worry")
                .addConcern("arguments with her mother about phone use at night")
                .addMentalStatus("guarded at first, then open when discussing friends")
                .addMentalStatus("anxious mood with reactive affect").addMentalStatus("age-appropriate insight")
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(2, 2, 2, 1, 1, 2, 1), 11,
                        "moderate"))
                .addIntervention(DBT_SKILLS, "the TIPP skill for morning distress before school",
                        "practiced paced breathing and said she would try it on school mornings")
                .addIntervention(PARENT_TRAINING, "a calm morning routine and praise for attendance with the mother",
                        "the mother agreed to replace warnings with a checklist and specific praise")
                .clientResponse("participated actively once her mother joined the second half of the session")
                .risk(ClinicalRiskAssessment.none("denied suicidal ideation, self-harm and homicidal ideation"))
                .addGoal("attend school on at least four days each week", ProgressRating.MINIMAL_PROGRESS,
                        "three days attended this week")
                .addHomework("use paced breathing before leaving for school")
                .addHomework("follow the morning checklist with her mother on school days")
                .addPlan("continue weekly individual sessions with the mother joining for the last twenty minutes")
                .addPlan("request attendance records from the school counselor with the mother's written consent")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 15, 30))
                .addDiagnosis("F93.0", "separation anxiety disorder").build();
    }

    static SessionPrompt crisis() {
        return base("cl-1006").serviceType(ServiceType.CRISIS).time(LocalTime.of(13, 0), LocalTime.of(14, 15))
                .modality(Modality.IN_PERSON).location("Main Street office")
                .addConcern("suicidal thoughts with a plan to overdose after the breakup last weekend")
                .addConcern("not sleeping more than four hours a night since the breakup")
                .addMentalStatus("tearful and dysphoric").addMentalStatus("psychomotor slowing")
                .addMentalStatus("alert and oriented x4").addMentalStatus("fair judgment")
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.PHQ9, List.of(3, 3, 3, 2, 2, 3, 2, 1, 3),
                        22, "severe"))
                .addIntervention(SAFETY_PLANNING, "warning signs, coping steps, people to contact and crisis lines",
                        "named two warning signs, three coping steps and two people she would call")
                .addIntervention(Intervention.other("lethal means counseling", "the stockpiled medication at home",
                        "agreed to give the stored pills to her roommate today"))
                .clientResponse("became calmer as the plan took shape and agreed to it")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.HIGH)
                        .ideation("endorsed daily suicidal ideation since the breakup last weekend")
                        .intent("denied current intent to act and said she wants to live for her cat")
                        .plan("described a plan to overdose on stored pills")
                        .means("has about thirty stored pills at home; agreed to give them to her roommate today")
                        .addRiskFactor("recent breakup").addRiskFactor("access to stored medication")
                        .addRiskFactor("severe insomnia").addRiskFactor("prior attempt in 2019")
                        .addProtectiveFactor("her roommate").addProtectiveFactor("her cat")
                        .addProtectiveFactor("willingness to engage in the safety plan")
                        .safetyPlan("completed a written safety plan with warning signs, coping steps, two contacts"
                                + " and crisis lines")
                        .followUp("safety check in person on December 2 and by phone tomorrow")
                        .addAction("arranged for the roommate to hold the stored medication, confirmed by phone during"
                                + " the session")
                        .addAction("provided the 988 Suicide and Crisis Lifeline number")
                        .addAction("consulted with the practice's clinical director about the level of care").build())
                .addGoal("keep the client safe and reduce suicidal ideation", ProgressRating.NO_CHANGE, "")
                .addHomework("keep the safety plan on her phone and follow it when warning signs appear")
                .addPlan("see the client again in two days for a safety check")
                .addPlan("refer to the psychiatrist for a medication evaluation this week")
                .addPlan("reassess the need for a higher level of care at each contact")
                .nextAppointment(LocalDateTime.of(2026, 12, 2, 13, 0))
                .addDiagnosis("F32.2", "major depressive disorder, single episode, severe without psychotic features")
                .build();
    }

    static SessionPrompt grief() {
        return base("cl-1007").time(LocalTime.of(14, 0), LocalTime.of(14, 53)).modality(Modality.TELEHEALTH_VIDEO)
                .clientAtHome(true)
                .addConcern("waves of sadness and guilt since his father's death in October")
                .addConcern("trouble concentrating at work")
                .addMentalStatus("sad mood with congruent affect").addMentalStatus("logical thought process")
                .addIntervention(SUPPORTIVE_THERAPY, "memories of his father and the guilt about the last visit",
                        "shared a story about fishing with his father and said the guilt felt lighter")
                .addIntervention(PSYCHOEDUCATION, "the nonlinear course of grief",
                        "said it helped to hear that bad days are expected")
                .addIntervention(MINDFULNESS, "a five-minute breathing space for moments of guilt",
                        "completed the exercise and described feeling steadier")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("return to full concentration at work", ProgressRating.STEADY_PROGRESS,
                        "finishing two reports on time this week")
                .addHomework("write a letter to his father to bring to the next session")
                .addPlan("continue weekly grief-focused sessions")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 14, 0))
                .addDiagnosis("F43.21", "adjustment disorder with depressed mood").build();
    }

    static SessionPrompt alcohol() {
        return base("cl-1008").time(LocalTime.of(8, 0), LocalTime.of(8, 45)).modality(Modality.IN_PERSON)
                .location("Main Street office")
                .addConcern("drinking six to eight beers most evenings")
                .addConcern("his wife's concern after he missed their son's game")
                .addMedication("naltrexone 50 mg daily, started two weeks ago by his psychiatrist")
                .addMentalStatus("calm and cooperative").addMentalStatus("mildly defensive when discussing his wife's concern")
                .addIntervention(MOTIVATIONAL_INTERVIEWING, "a decisional balance of drinking and cutting back",
                        "listed missing family events and morning fatigue as reasons to change")
                .addIntervention(PSYCHOEDUCATION, "standard drink sizes and low-risk drinking limits",
                        "was surprised that one of his beers equals nearly two standard drinks")
                .clientResponse("expressed readiness to cut down rather than stop")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("reduce drinking to no more than two drinks on no more than three days a week",
                        ProgressRating.MINIMAL_PROGRESS, "drinking on six of the past seven days")
                .addHomework("track every drink in a daily log")
                .addHomework("choose two alcohol-free evenings this week")
                .addPlan("continue motivational interviewing weekly")
                .addPlan("review the drink log next session")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 8, 0))
                .addDiagnosis("F10.10", "alcohol use disorder, mild").build();
    }

    static SessionPrompt ocd() {
        return base("cl-1009").time(LocalTime.of(12, 0), LocalTime.of(12, 55)).modality(Modality.IN_PERSON)
                .location("Main Street office")
                .addConcern("checking the stove and locks up to twenty times before leaving home")
                .addConcern("arriving late to work because of checking")
                .addMentalStatus("anxious affect").addMentalStatus("good insight into the excessiveness of the checking")
                .addIntervention(EXPOSURE, "leaving the office kitchen after one look at the kettle, from the exposure hierarchy",
                        "resisted checking for fifteen minutes while anxiety fell from 7 to 3")
                .addIntervention(PSYCHOEDUCATION, "how checking keeps doubt going",
                        "described the cycle of doubt and checking in her own words")
                .clientResponse("was motivated and asked for harder exposures")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("reduce checking to one look per item before leaving home", ProgressRating.STEADY_PROGRESS,
                        "checking down to about ten times per item")
                .addGoal("arrive at work on time every day", ProgressRating.MINIMAL_PROGRESS,
                        "arriving on time three of five days")
                .addHomework("leave home after one look at the stove and locks every morning")
                .addHomework("record anxiety ratings before and after each exposure")
                .addPlan("move up the exposure hierarchy to leaving the door unchecked for short errands")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 12, 0))
                .addDiagnosis("F42.2", "obsessive-compulsive disorder, mixed obsessional thoughts and acts").build();
    }

    static SessionPrompt adhd() {
        return base("cl-1010").time(LocalTime.of(16, 0), LocalTime.of(16, 40)).modality(Modality.TELEHEALTH_AUDIO)
                .clientAtHome(true)
                .addConcern("missing deadlines at work and a warning from his manager")
                .addConcern("losing track of bills")
                .addMedication("methylphenidate extended release 36 mg each morning")
                .addMentalStatus("talkative with occasional tangents, easily redirected")
                .addMentalStatus("euthymic mood")
                .addIntervention(PROBLEM_SOLVING, "a weekly planning routine for work tasks",
                        "chose Sunday evening for planning and set a phone reminder during the call")
                .addIntervention(PSYCHOEDUCATION, "external reminders and breaking tasks into small steps",
                        "agreed to try a visible task board at his desk")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("meet work deadlines consistently", ProgressRating.MINIMAL_PROGRESS,
                        "one missed deadline this week")
                .addHomework("do the Sunday planning routine and bring the plan to the next session")
                .addHomework("set automatic payments for two recurring bills")
                .addPlan("continue biweekly sessions focused on organization skills")
                .nextAppointment(LocalDateTime.of(2026, 12, 14, 16, 0))
                .addDiagnosis("F90.0", "attention-deficit hyperactivity disorder, predominantly inattentive type")
                .build();
    }

    static SessionPrompt gadInsomnia() {
        return base("cl-1011").time(LocalTime.of(9, 0), LocalTime.of(9, 38)).modality(Modality.TELEHEALTH_VIDEO)
                .clientAtHome(true)
                .addConcern("constant worry about her job and her children's health")
                .addConcern("taking more than an hour to fall asleep most nights")
                .addMentalStatus("restless").addMentalStatus("anxious mood").addMentalStatus("intact judgment")
                .addScreening(new ScreeningScore(ScreeningScore.Instrument.GAD7, List.of(3, 2, 3, 2, 2, 1, 2), 15,
                        "severe"))
                .addIntervention(RELAXATION_TRAINING, "progressive muscle relaxation before bed",
                        "completed the full sequence and said her shoulders felt looser")
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING, "the worry that poor sleep will ruin the next day",
                        "generated a more balanced thought about coping after a short night")
                .clientResponse("was attentive and took notes")
                .risk(ClinicalRiskAssessment.none("denied suicidal and homicidal ideation"))
                .addGoal("reduce worry to less than an hour a day", ProgressRating.MINIMAL_PROGRESS,
                        "worry most of the day on five days")
                .addGoal("fall asleep within thirty minutes on most nights", ProgressRating.NO_CHANGE, "")
                .addHomework("practice progressive muscle relaxation each night")
                .addHomework("keep a sleep diary")
                .addPlan("introduce scheduled worry time next session")
                .addPlan("review the sleep diary")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 9, 0))
                .addDiagnosis("F41.1", "generalized anxiety disorder")
                .addDiagnosis("G47.00", "insomnia, unspecified").build();
    }

    static SessionPrompt parentsOnly() {
        return base("cl-1012").clinician("dr-okafor").clinicianName(PersonName.of("Emeka", "Okafor"))
                .serviceType(ServiceType.FAMILY_WITHOUT_CLIENT).time(LocalTime.of(18, 0), LocalTime.of(18, 50))
                .modality(Modality.TELEHEALTH_VIDEO).addParticipant("mother", "Lena Brandt")
                .addParticipant("father", "Tomas Brandt")
                .addConcern("daily tantrums at bedtime lasting up to forty minutes")
                .addConcern("refusal to follow instructions at home")
                .addMentalStatus("calm and engaged presentation in both parents, with visible fatigue")
                .addIntervention(PARENT_TRAINING, "labeled praise, planned ignoring of whining and a consistent bedtime routine",
                        "the parents role-played labeled praise and agreed on one bedtime routine")
                .addIntervention(PSYCHOEDUCATION, "how attention can reinforce tantrums",
                        "the parents recognized that giving in after long tantrums keeps them going")
                .risk(ClinicalRiskAssessment.none("the parents reported no safety concerns for the child or in the home"))
                .addGoal("reduce bedtime tantrums to two a week or fewer", ProgressRating.NO_CHANGE,
                        "tantrums on six of the last seven nights")
                .addHomework("give five labeled praises a day")
                .addHomework("follow the agreed bedtime routine every night and chart tantrums")
                .addPlan("review the tantrum chart with the parents next week")
                .addPlan("add a time-out procedure once praise is consistent")
                .nextAppointment(LocalDateTime.of(2026, 12, 7, 18, 0))
                .addDiagnosis("F91.3", "oppositional defiant disorder").build();
    }
}
