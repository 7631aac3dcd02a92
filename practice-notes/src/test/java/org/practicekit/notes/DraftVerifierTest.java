package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.internal.ProseComposer;

/** Each rule of the verifier catches what it should, with a finding a reviewer can read. */
class DraftVerifierTest {
    private final DraftVerifier verifier = DraftVerifier.standard();
    private final SessionPrompt crisis = SamplePrompts.crisis();

    private NoteDraft offline(SessionPrompt p) {
        return NoteDraft.unverified(p, NoteFormat.SOAP, ProseComposer.compose(p, NoteFormat.SOAP,
                StyleProfile.defaults()), DrafterKind.LLM, "test");
    }

    /** The offline draft with one section's sentences changed. */
    private NoteDraft changed(SessionPrompt p, String key, java.util.function.UnaryOperator<List<DraftSentence>> edit) {
        // The section keys below are SOAP's.
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : offline(p).sections()) {
            sections.add(s.key().equals(key) ? new DraftSection(s.key(), s.heading(),
                    edit.apply(new ArrayList<>(s.sentences()))) : s);
        }
        return NoteDraft.unverified(p, NoteFormat.SOAP, sections, DrafterKind.LLM, "test");
    }

    private static List<DraftSentence> plus(List<DraftSentence> s, String text, String... sources) {
        s.add(new DraftSentence(text, List.of(sources)));
        return s;
    }

    @Test
    void theOfflineDraftPasses() {
        assertThat(verifier.verify(offline(crisis)).passed()).isTrue();
    }

    @Test
    void inventedEntitiesAreFound() {
        NoteDraft d = changed(crisis, "subjective", s -> plus(s,
                "The client's brother, Marcus, reported that she took quetiapine 100 mg on October 3 and was"
                        + " diagnosed with bipolar disorder (F31.81) after EMDR.", "presentingConcerns[0]"));

        Verification v = verifier.verify(d);

        assertThat(v.kinds()).contains(FindingKind.INVENTED_MEDICATION, FindingKind.INVENTED_DIAGNOSIS,
                FindingKind.INVENTED_INTERVENTION, FindingKind.INVENTED_NUMBER, FindingKind.INVENTED_DATE,
                FindingKind.INVENTED_PERSON);
        assertThat(v.report()).contains("quetiapine", "F31.81", "emdr", "brother", "Marcus", "October 3");
    }

    /**
     * A denial reported by named informants keeps the prompt's denial: who reported it, and whom it is about, are not
     * what is denied. A reversal of the denial is still found.
     */
    @Test
    void aDenialReportedPerNamedInformantsIsNotAReversal() {
        String denied = "the client and her mother denied suicidal ideation and self-harm";

        assertThat(riskSentence(ServiceType.INDIVIDUAL, denied,
                "No suicidal ideation or self-harm was reported per the client and mother.").passed()).isTrue();
        assertThat(riskSentence(ServiceType.FAMILY_WITHOUT_CLIENT, "Avery's parents reported no safety concerns",
                "The parents reported no safety concerns for Avery.").kinds())
                .doesNotContain(FindingKind.NEGATION_MISMATCH);
        assertThat(riskSentence(ServiceType.INDIVIDUAL, "no suicidal ideation per the client and mother",
                "The mother reported no suicidal ideation.").kinds()).doesNotContain(FindingKind.NEGATION_MISMATCH);
        assertThat(riskSentence(ServiceType.FAMILY_WITHOUT_CLIENT, "the parents said Jamie had no safety concerns at home",
                "The parents reported no safety concerns for Jamie at home.").kinds())
                .doesNotContain(FindingKind.NEGATION_MISMATCH);
        assertThat(riskSentence(ServiceType.INDIVIDUAL, denied,
                "Suicidal ideation was reported per the client and mother.").passed()).isFalse();
    }

    /** The verification of a session whose ideation field is {@code ideation}, with {@code sentence} citing it added. */
    private Verification riskSentence(ServiceType service, String ideation, String sentence) {
        return verifier.verify(changed(informants(service, ideation), "assessment",
                s -> plus(s, sentence, "risk.ideation")));
    }

    private static SessionPrompt informants(ServiceType service, String ideation) {
        return SamplePrompts.base("cl-1005").serviceType(service).time(java.time.LocalTime.of(15, 30),
                        java.time.LocalTime.of(16, 25)).modality(org.practicekit.core.model.Modality.IN_PERSON)
                .location("Main Street office").addParticipant("mother", "Maria Alvarez")
                .addParticipant("father", "Tomas Alvarez")
                .addConcern("missing school on four of the last ten school days because of worry")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "how avoidance keeps worry going",
                        "the family named two school mornings to practice")
                .risk(ClinicalRiskAssessment.none(ideation))
                .addPlan("continue weekly sessions").build();
    }

    @Test
    void aDateAtTheStartOfASentenceIsChecked() {
        NoteDraft d = changed(crisis, "plan", s -> plus(s, "December 24 is the next session.", "nextAppointment"));
        assertThat(verifier.verify(d).kinds()).contains(FindingKind.INVENTED_DATE);
    }

    @Test
    void droppedContentIsFound() {
        NoteDraft d = changed(crisis, "assessment", s -> new ArrayList<>(s.stream()
                .filter(x -> !x.sources().contains("risk.level") && x.sources().stream()
                        .noneMatch(src -> src.startsWith("risk.actionsTaken"))).toList()));
        NoteDraft noPlan = changed(SamplePrompts.panic(), "plan", s -> new ArrayList<>(s.subList(0, 1)));
        NoteDraft noIntervention = changed(crisis, "objective", s -> new ArrayList<>(s.stream()
                .filter(x -> !x.sources().contains("interventions[1]")).toList()));

        assertThat(verifier.verify(d).kinds()).contains(FindingKind.MISSING_RISK_STATEMENT,
                FindingKind.MISSING_RISK_ACTION);
        assertThat(verifier.verify(noPlan).kinds()).contains(FindingKind.MISSING_PLAN_ELEMENT,
                FindingKind.MISSING_NEXT_APPOINTMENT);
        assertThat(verifier.verify(noIntervention).findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MISSING_INTERVENTION);
            assertThat(f.message()).contains("lethal means counseling");
        });
    }

    @Test
    void everySentenceNeedsASourceThatSaysWhatItSays() {
        NoteDraft unsourced = changed(crisis, "assessment", s -> plus(s,
                "The client appears to be making excellent progress overall."));
        NoteDraft overreaching = changed(crisis, "assessment", s -> plus(s,
                "The client expressed gratitude, optimism and renewed enthusiasm for her graduate studies.",
                "clientResponse"));
        NoteDraft badCitation = changed(crisis, "assessment", s -> plus(s, "The client became calmer.",
                "interventions[9]"));

        assertThat(verifier.verify(unsourced).kinds()).containsExactly(FindingKind.UNSOURCED_SENTENCE);
        assertThat(verifier.verify(overreaching).kinds()).containsExactly(FindingKind.UNSOURCED_SENTENCE);
        assertThat(verifier.verify(badCitation).report()).contains("interventions[9]");
    }

    @Test
    void placeholdersFillersAndRepeatsAreFound() {
        NoteDraft d = changed(crisis, "plan", s -> {
            plus(s, "The client's roommate [PERSON_2] will hold the medication.", "risk.actionsTaken[1]");
            plus(s, "Medication changes: N/A.", "plan[1]");
            s.add(s.get(0));
            return s;
        });

        assertThat(verifier.verify(d).kinds()).contains(FindingKind.LEFTOVER_PLACEHOLDER, FindingKind.FILLER_TEXT,
                FindingKind.REPEATED_SENTENCE);
    }

    @Test
    void aRiskStatementMustAgreeWithTheRiskFieldsEvenWhenItCitesOne() {
        NoteDraft denial = changed(crisis, "assessment", s -> plus(s, "The client denied suicidal ideation.",
                "risk.ideation"));
        NoteDraft level = changed(crisis, "assessment", s -> plus(s, "This clinician assessed the risk as low.",
                "risk.level"));
        NoteDraft clause = changed(crisis, "subjective", s -> {
            DraftSentence first = s.get(1);
            s.set(1, new DraftSentence(first.text().replace(".", ", and denied any intent or plan."),
                    first.sources()));
            return s;
        });

        assertThat(verifier.verify(denial).kinds()).contains(FindingKind.RISK_CONTRADICTION);
        assertThat(verifier.verify(denial).report()).contains("contradicts the prompt on suicidal ideation");
        assertThat(verifier.verify(level).kinds()).contains(FindingKind.RISK_CONTRADICTION);
        assertThat(verifier.verify(clause).kinds()).contains(FindingKind.RISK_CONTRADICTION);
    }

    @Test
    void aClauseAddedToASourcedSentenceIsFound() {
        NoteDraft d = changed(crisis, "subjective", s -> {
            DraftSentence first = s.get(1);
            s.set(1, new DraftSentence(first.text().replace(".", ", after a two-night psychiatric admission."),
                    first.sources()));
            return s;
        });

        assertThat(verifier.verify(d).kinds()).contains(FindingKind.INVENTED_LEVEL_OF_CARE,
                FindingKind.UNSOURCED_SENTENCE);
    }

    @Test
    void aScoreComesOnlyFromItsScreeningEvenWhenTheNumberIsElsewhereInThePrompt() {
        // 13 is the session's start hour and the next appointment's hour: not the PHQ-9 score.
        NoteDraft d = changed(crisis, "objective", s -> {
            s.replaceAll(x -> new DraftSentence(x.text().replace("score was 22", "score was 13"), x.sources()));
            return s;
        });
        NoteDraft minutes = changed(crisis, "subjective", s -> {
            s.replaceAll(x -> new DraftSentence(x.text().replace("75-minute", "90-minute"), x.sources()));
            return s;
        });

        assertThat(verifier.verify(d).report()).contains("PHQ score of 13");
        assertThat(verifier.verify(minutes).kinds()).contains(FindingKind.INVENTED_NUMBER);
    }

    @Test
    void quotationsAreVerbatimAndStatementsKeepTheirPolarity() {
        NoteDraft quote = changed(crisis, "subjective", s -> plus(s, "The client stated, \"I can't go on.\"",
                "presentingConcerns[0]"));
        NoteDraft flipped = changed(crisis, "objective", s -> {
            s.replaceAll(x -> new DraftSentence(x.text().replace("the client agreed to give", "the client refused to give"),
                    x.sources()));
            return s;
        });

        assertThat(verifier.verify(quote).kinds()).contains(FindingKind.INVENTED_QUOTE);
        assertThat(verifier.verify(flipped).kinds()).contains(FindingKind.NEGATION_MISMATCH);
    }

    @Test
    void lifeEventsLegalEventsAndSubstancesComeFromThePromptOnly() {
        NoteDraft d = changed(crisis, "subjective", s -> plus(s, "The client was arrested for a DUI after drinking"
                + " heavily since her divorce.", "presentingConcerns[0]"));

        assertThat(verifier.verify(d).kinds()).contains(FindingKind.INVENTED_LEGAL_EVENT,
                FindingKind.INVENTED_SUBSTANCE, FindingKind.INVENTED_LIFE_EVENT);
    }

    @Test
    void abbreviationsAndSlashDatesFromThePromptAreAccepted() {
        NoteDraft d = changed(crisis, "plan", s -> plus(s, "The next session on 12/02/2026 will reassess SI.",
                "nextAppointment", "plan[2]", "risk.ideation"));
        assertThat(verifier.verify(d).passed()).as(verifier.verify(d).report()).isTrue();
    }

    @Test
    void aDeedOrAReportGivenToTheWrongPersonIsFound() {
        NoteDraft clinicianAgreed = changed(crisis, "objective", s -> {
            s.replaceAll(x -> new DraftSentence(x.text().replace("the client agreed to give", "this clinician agreed to"
                    + " give"), x.sources()));
            return s;
        });
        NoteDraft clinicianReported = changed(crisis, "subjective", s -> plus(s,
                "This clinician reported not sleeping more than four hours a night.", "presentingConcerns[1]"));
        NoteDraft asReportedBy = changed(crisis, "subjective", s -> plus(s,
                "Sleep has been under four hours a night since the breakup, as the roommate reported.",
                "presentingConcerns[1]"));

        assertThat(verifier.verify(clinicianAgreed).kinds()).contains(FindingKind.WRONG_ACTOR);
        assertThat(verifier.verify(clinicianReported).kinds()).contains(FindingKind.WRONG_ACTOR);
        assertThat(verifier.verify(clinicianReported).report()).contains("clinician: sleeping");
        NoteDraft passive = changed(crisis, "objective", s -> plus(s, "The stored pills were given to her roommate"
                + " by this clinician.", "interventions[1]"));
        NoteDraft possessive = changed(crisis, "assessment", s -> plus(s, "Protective factors included this"
                + " clinician's roommate.", "risk.protectiveFactors[0]"));

        assertThat(verifier.verify(asReportedBy).kinds()).contains(FindingKind.WRONG_ACTOR);
        assertThat(verifier.verify(passive).kinds()).contains(FindingKind.WRONG_ACTOR);
        NoteDraft clientRefers = changed(crisis, "plan", s -> plus(s, "The client will refer to the psychiatrist for a"
                + " medication evaluation this week.", "plan[1]"));

        assertThat(verifier.verify(possessive).kinds()).contains(FindingKind.WRONG_ACTOR);
        assertThat(verifier.verify(clientRefers).kinds()).contains(FindingKind.WRONG_ACTOR);
    }

    @Test
    void aModelsOwnWordsForWhoDidWhatPass() {
        // An LLM's phrasing, not the composer's: the clinician explores what the client reported.
        NoteDraft d = changed(crisis, "subjective", s -> plus(s, "This clinician explored the client's report of not"
                + " sleeping more than four hours a night since the breakup.", "presentingConcerns[1]"));
        NoteDraft together = changed(crisis, "assessment", s -> plus(s, "This clinician and the client completed a"
                + " written safety plan with warning signs, coping steps, two contacts and crisis lines.",
                "risk.safetyPlan"));

        assertThat(verifier.verify(d).kinds()).doesNotContain(FindingKind.WRONG_ACTOR);
        assertThat(verifier.verify(together).kinds()).doesNotContain(FindingKind.WRONG_ACTOR);
    }

    @Test
    void aFieldThatNamesItsSpeakerBindsTheReportToThem() {
        SessionPrompt p = crisis.toBuilder().addParticipant("mother", "Ana Reyes")
                .addConcern("mother reports the client stopped eating dinner").build();
        NoteDraft clientSaid = changed(p, "subjective", s -> plus(s, "The client reported that she stopped eating"
                + " dinner.", "presentingConcerns[2]"));
        NoteDraft motherSaid = changed(p, "subjective", s -> plus(s, "The client's mother reported that the client"
                + " stopped eating dinner.", "presentingConcerns[2]"));

        assertThat(verifier.verify(clientSaid).kinds()).contains(FindingKind.WRONG_ACTOR);
        assertThat(verifier.verify(motherSaid).kinds()).doesNotContain(FindingKind.WRONG_ACTOR);
    }

    @Test
    void aSymptomThePromptNeverNamesOrOnlyDeniesIsFound() {
        SessionPrompt p = crisis.toBuilder().addMentalStatus("denies VH; reports seeing shadows last month").build();
        NoteDraft invented = changed(p, "subjective", s -> plus(s, "The client also reported panic attacks since the"
                + " breakup.", "presentingConcerns[1]"));
        NoteDraft affirmed = changed(p, "objective", s -> plus(s, "The client reports VH.", "mentalStatus[4]"));
        NoteDraft denied = changed(p, "objective", s -> plus(s, "The client denies VH.", "mentalStatus[4]"));

        assertThat(verifier.verify(invented).kinds()).contains(FindingKind.INVENTED_SYMPTOM);
        assertThat(verifier.verify(affirmed).kinds()).contains(FindingKind.INVENTED_SYMPTOM);
        assertThat(verifier.verify(denied).kinds()).doesNotContain(FindingKind.INVENTED_SYMPTOM);
    }

    @Test
    void aScoreInAGoalsEvidenceIsTheOneTheEvidenceGivesThatInstrument() {
        SessionPrompt p = crisis.toBuilder().addGoal("lift mood", ProgressRating.STEADY_PROGRESS,
                "PHQ-9 18 today, 12 last month").build();
        NoteDraft kept = changed(p, "assessment", s -> plus(s, "Evidence: PHQ-9 18 today, 12 last month.", "goals[1]"));
        NoteDraft swapped = changed(p, "assessment", s -> plus(s, "Evidence: PHQ-9 12 today, 12 last month.",
                "goals[1]"));

        assertThat(verifier.verify(kept).kinds()).doesNotContain(FindingKind.INVENTED_NUMBER);
        assertThat(verifier.verify(swapped).kinds()).contains(FindingKind.INVENTED_NUMBER);
    }

    @Test
    void labNamesRangesAndRisksOfAConditionAreNotCodesStrayNumbersOrRiskLevels() {
        SessionPrompt p = crisis.toBuilder().addPlan("order vitamin D3 labs through the PCP")
                .addConcern("crying spells lasting 20-30 minutes")
                .addPlan("psychoeducation on high risk for relapse after discharge").build();
        NoteDraft d = changed(p, "plan", s -> {
            plus(s, "This clinician will order vitamin D3 labs through the PCP.", "plan[3]");
            plus(s, "The client reported crying spells lasting 20-30 minutes.", "presentingConcerns[2]");
            return plus(s, "This clinician will provide psychoeducation on high risk for relapse after discharge.",
                    "plan[4]");
        });

        assertThat(verifier.verify(d).kinds()).doesNotContain(FindingKind.INVENTED_DIAGNOSIS,
                FindingKind.INVENTED_NUMBER, FindingKind.RISK_CONTRADICTION);
    }
    /** A draft citing {@code field} with one sentence. */
    private NoteDraft saying(SessionPrompt p, String text, String... sources) {
        return changed(p, "subjective", s -> plus(s, text, sources));
    }

    @Test
    void aNumberIsBoundToTheScaleOrDrugBesideItNotJustToItsField() {
        SessionPrompt p = crisis.toBuilder().addGoal("reduce distress", ProgressRating.STEADY_PROGRESS,
                "rated distress 5/10, down from 8/10").addConcern("low back pain 7/10 most days, sleeping 4 hours")
                .addMedication("donepezil 5 mg daily, citalopram 10 mg daily").build();
        String goal = "goals[" + (p.goals().size() - 1) + "]";
        String concern = "presentingConcerns[" + (p.presentingConcerns().size() - 1) + "]";
        String meds = "medications[" + (p.medications().size() - 1) + "]";

        assertThat(verifier.verify(saying(p, "The client rated distress 5/10, down from 8/10.", goal)).passed())
                .isTrue();
        // The earlier rating written as today's, a rating repeated, a rating moved to another number of the field.
        assertThat(verifier.verify(saying(p, "The client rated distress 8/10.", goal)).kinds())
                .contains(FindingKind.INVENTED_NUMBER);
        assertThat(verifier.verify(saying(p, "The client rated distress 8/10, down from 8/10.", goal)).kinds())
                .contains(FindingKind.INVENTED_NUMBER);
        assertThat(verifier.verify(saying(p, "The client reported low back pain 4/10 most days.", concern)).kinds())
                .contains(FindingKind.INVENTED_NUMBER);
        // A dose moved to the other drug of the same list.
        assertThat(verifier.verify(saying(p, "Current medications were donepezil 10 mg daily.", meds)).kinds())
                .contains(FindingKind.INVENTED_NUMBER);
        assertThat(verifier.verify(saying(p, "Current medications were donepezil 5 mg daily and citalopram 10 mg"
                + " daily.", meds)).passed()).isTrue();
    }

    @Test
    void aYearAfterAMonthIsADateNotACount() {
        SessionPrompt p = crisis.toBuilder().addConcern("last depressive episode March 2024, stable since").build();
        String concern = "presentingConcerns[" + (p.presentingConcerns().size() - 1) + "]";

        assertThat(verifier.verify(saying(p, "The client's last depressive episode was in March 2024.", concern))
                .kinds()).doesNotContain(FindingKind.INVENTED_NUMBER);
    }

    @Test
    void theClientDoingWhatThePersonTheFieldNamesDidIsAWrongActor() {
        SessionPrompt p = crisis.toBuilder().addConcern("wife threatened to leave if he keeps drinking").build();
        String concern = "presentingConcerns[" + (p.presentingConcerns().size() - 1) + "]";

        assertThat(verifier.verify(saying(p, "The client reported that his wife threatened to leave if he keeps"
                + " drinking.", concern)).kinds()).doesNotContain(FindingKind.WRONG_ACTOR);
        assertThat(verifier.verify(saying(p, "The client reported that he threatened to leave if he keeps drinking.",
                concern)).kinds()).contains(FindingKind.WRONG_ACTOR);
        assertThat(verifier.verify(saying(p, "The client threatened to leave.", concern)).kinds())
                .contains(FindingKind.WRONG_ACTOR);
    }

    @Test
    void aWorryBesideARefusalIsNotReadAsNegated() {
        SessionPrompt p = crisis.toBuilder().addConcern("refusing homework").addConcern(
                "mom worried about him hitting his sister").build();
        int n = p.presentingConcerns().size();

        assertThat(verifier.verify(saying(p, "Presenting concerns included refusing homework and mom worried about him"
                + " hitting his sister.", "presentingConcerns[" + (n - 2) + "]", "presentingConcerns[" + (n - 1) + "]"))
                .kinds()).doesNotContain(FindingKind.NEGATION_MISMATCH);
    }

    /** A family session whose fields carry directions, named people, a typed diagnosis, an interval and a means. */
    private static SessionPrompt changes() {
        return SamplePrompts.base("cl-2001").serviceType(ServiceType.FAMILY_WITH_CLIENT)
                .time(java.time.LocalTime.of(10, 0), java.time.LocalTime.of(10, 53))
                .modality(org.practicekit.core.model.Modality.IN_PERSON).location("Main Street office")
                .addParticipant("mother", "Rosa Lindqvist").addParticipant("brother", "Mateo Lindqvist")
                .addConcern("fewer nightmares this week, 2 since last session")
                .addConcern("lost 3 lb this month per PCP")
                .addConcern("appetite stable per dietitian")
                .addConcern("brother noticing more energy at home")
                .addIntervention(InterventionType.COMMUNICATION_SKILLS, "I-statements during conflict",
                        "client drafted an I-statement")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE)
                        .ideation("passive thoughts of overdosing, no intent").intent("denies intent").plan("no plan")
                        .means("pills kept in the kitchen cabinet; mother locked it")
                        .safetyPlan("call mother and 988 when urges rise").followUp("check in by phone tomorrow")
                        .addRiskFactor("recent job loss").addProtectiveFactor("close to her brother").build())
                .addDiagnosis("F43.10", "Post-traumatic stress disorder")
                .addHomework("client to read the safety plan each evening")
                .addPlan("call back within 2 days if no reply").addPlan("continue weekly sessions").build();
    }

    private Verification withSentence(String text, String... sources) {
        return verifier.verify(changed(changes(), "assessment", s -> plus(s, text, sources)));
    }

    @Test
    void theChangesPromptsOfflineDraftPasses() {
        assertThat(verifier.verify(offline(changes())).passed()).isTrue();
    }

    /** "more" for "fewer", "up" for "lost", "down" for "stable": a reversal without a negation word. */
    @Test
    void aChangeOfDirectionBesideTheSameWordsIsAReversal() {
        assertThat(withSentence("The client reported more nightmares this week.", "presentingConcerns[0]")
                .kinds()).containsExactly(FindingKind.NEGATION_MISMATCH);
        assertThat(withSentence("PCP reported the client's weight up 3 lb this month.", "presentingConcerns[1]")
                .report()).contains("reverses the direction", "up");
        assertThat(withSentence("Presenting concerns included appetite down per dietitian.", "presentingConcerns[2]")
                .kinds()).contains(FindingKind.NEGATION_MISMATCH);
        assertThat(withSentence("The client reported fewer nightmares this week.", "presentingConcerns[0]")
                .passed()).isTrue();
        // "follow up" is a verb's particle, not a direction.
        assertThat(withSentence("This clinician will follow up on fewer nightmares this week.",
                "presentingConcerns[0]").kinds()).doesNotContain(FindingKind.NEGATION_MISMATCH);
    }

    /** A person inside an infinitive, a gerund or a compound, or named by their name, is who acts. */
    @Test
    void aPersonNamedInsideAPhraseIsWhoActs() {
        assertThat(withSentence("For homework, the client agreed for her mother to read the safety plan each evening.",
                "homework[0]").report()).contains("mother: read");
        assertThat(withSentence("Presenting concerns included the client noticing more energy at home.",
                "presentingConcerns[3]").report()).contains("client: noticing");
        assertThat(withSentence("During communication skills training, the client brother drafted an I-statement.",
                "interventions[0]").report()).contains("brother: drafted");
        assertThat(withSentence("During communication skills training, the Rosa drafted an I-statement.",
                "interventions[0]").report()).contains("mother: drafted");
        assertThat(withSentence("Presenting concerns included her brother noticing more energy at home.",
                "presentingConcerns[3]").passed()).isTrue();
        assertThat(withSentence("During communication skills training, the client drafted an I-statement.",
                "interventions[0]").passed()).isTrue();
    }

    @Test
    void aCodeInParenthesesBelongsToTheDiagnosisNamedBeforeIt() {
        assertThat(withSentence("This evaluation identified the client's diagnosis of acute stress disorder (F43.10).",
                "diagnoses[0]").report()).contains("gives the code F43.10 to another diagnosis");
        assertThat(withSentence("This evaluation identified the client's diagnosis of post-traumatic stress disorder"
                + " (F43.10).", "diagnoses[0]").passed()).isTrue();
    }

    @Test
    void anIntervalIsTheOneItsFieldGives() {
        assertThat(withSentence("This clinician will call back next week if there is no reply.", "plan[0]").report())
                .contains("gives the interval \"next week\"");
        assertThat(withSentence("If there is no reply, this clinician will call back within 2 days.", "plan[0]")
                .passed()).isTrue();
    }

    /**
     * An event of harm stated as done needs a field that says it happened: "thoughts of overdosing" beside "pills
     * kept in the kitchen cabinet" never make "overdosed in the kitchen".
     */
    @Test
    void anEventIsStatedOnlyWhereAFieldSaysItHappened() {
        assertThat(withSentence("The client overdosed in the kitchen.", "risk.ideation", "risk.means").report())
                .contains("states that \"overdosed\" happened");
        assertThat(withSentence("The client endorsed passive thoughts of overdosing, and the pills were kept in the"
                + " kitchen cabinet.", "risk.ideation", "risk.means").passed()).isTrue();
        SessionPrompt hit = changes().toBuilder().addConcern("hit a wall with his fist 3 days ago").build();
        Verification joined = verifier.verify(changed(hit, "assessment", s -> plus(s,
                "The client hit a wall in the kitchen 3 days ago.", "presentingConcerns[4]", "risk.means")));
        assertThat(joined.report()).contains("joins \"hit\"", "kitchen");
        assertThat(verifier.verify(changed(hit, "assessment", s -> plus(s,
                "The client reported that he hit a wall with his fist 3 days ago.", "presentingConcerns[4]")))
                .passed()).isTrue();
    }

    /** The changes session with a few more fields: a trigger, an informant, the clinician's call and people. */
    private static SessionPrompt roles() {
        return changes().toBuilder()
                .addIntervention(InterventionType.PROBLEM_SOLVING, "weekends alone",
                        "client picked Friday evenings as high risk")
                .addConcern("no yelling reported by mother in the car")
                .addConcern("pt waited 20 min after session for her ride")
                .addConcern("mother anxious about grades")
                .addConcern("mother will email the teacher")
                .addConcern("appetite better since starting walks")
                .addConcern("sleep no change this week")
                .addConcern("studies with her cousin")
                .addPlan("clinician phoned ahead to the school nurse").build();
    }

    private Verification inRoles(String text, String... sources) {
        return verifier.verify(changed(roles(), "assessment", s -> plus(s, text, sources)));
    }

    @Test
    void theRolesPromptsOfflineDraftPasses() {
        Verification v = verifier.verify(offline(roles()));
        assertThat(v.passed()).as(v.report()).isTrue();
    }

    /** "high risk" said of a time, place or trigger is no risk level; said of the client it is one. */
    @Test
    void aSituationCalledHighRiskIsNoRiskLevel() {
        assertThat(inRoles("During problem-solving therapy, the client picked Friday evenings as high risk.",
                "interventions[1]").kinds()).doesNotContain(FindingKind.RISK_CONTRADICTION);
        assertThat(inRoles("This clinician assessed the client as high risk.", "risk.ideation").kinds())
                .contains(FindingKind.RISK_CONTRADICTION);
        assertThat(inRoles("The client was at high risk.", "risk.ideation").kinds())
                .contains(FindingKind.RISK_CONTRADICTION);
    }

    /** An informant's denial keeps its place or scope ("in the car"); the denied thing turned over is still found. */
    @Test
    void anInformantsDenialWithAPlaceIsNotAReversal() {
        assertThat(inRoles("The client's mother reported no yelling in the car.", "presentingConcerns[4]").kinds())
                .doesNotContain(FindingKind.NEGATION_MISMATCH);
        assertThat(inRoles("The client's mother reported yelling in the car.", "presentingConcerns[4]").kinds())
                .contains(FindingKind.NEGATION_MISMATCH);
    }

    /** A role after "to" is the object of the call; "pt" in a field is the client the draft calls the client. */
    @Test
    void whoActsIsReadRightForARoleObjectAndForThePt() {
        assertThat(inRoles("This clinician phoned ahead to the school nurse.", "plan[2]").kinds())
                .doesNotContain(FindingKind.WRONG_ACTOR);
        assertThat(inRoles("This clinician phoned ahead to school nurse.", "plan[2]").kinds())
                .doesNotContain(FindingKind.WRONG_ACTOR);
        assertThat(inRoles("The client waited 20 min after the session for her ride.", "presentingConcerns[5]").kinds())
                .doesNotContain(FindingKind.WRONG_ACTOR);
        assertThat(inRoles("The mother waited 20 min after session for her ride.", "presentingConcerns[5]").kinds())
                .contains(FindingKind.WRONG_ACTOR);
    }

    /** "pt" as a second subject inside a fragment, and an institution, are actors like any person. */
    @Test
    void aSecondSubjectInAFragmentAndAnInstitutionAreActors() {
        assertThat(inRoles("The client described her week, and pt anxious about grades.", "presentingConcerns[6]")
                .report()).contains("client: anxious");
        assertThat(inRoles("The client described her week, and mother anxious about grades.", "presentingConcerns[6]")
                .kinds()).doesNotContain(FindingKind.WRONG_ACTOR);
        assertThat(inRoles("The school will email the teacher.", "presentingConcerns[7]").kinds())
                .contains(FindingKind.WRONG_ACTOR);
        assertThat(inRoles("The client's mother will email the teacher.", "presentingConcerns[7]").kinds())
                .doesNotContain(FindingKind.WRONG_ACTOR);
    }

    /** "no change" where the field reports a change is a reversal, and so is a change where it reports none. */
    @Test
    void samenessAgainstAChangeIsAReversal() {
        assertThat(inRoles("The client reported no change in appetite.", "presentingConcerns[8]").kinds())
                .contains(FindingKind.NEGATION_MISMATCH);
        assertThat(inRoles("The client reported appetite unchanged since starting walks.", "presentingConcerns[8]")
                .kinds()).contains(FindingKind.NEGATION_MISMATCH);
        assertThat(inRoles("The client reported sleep better this week.", "presentingConcerns[9]").kinds())
                .contains(FindingKind.NEGATION_MISMATCH);
        assertThat(inRoles("The client reported no change in sleep this week.", "presentingConcerns[9]").passed())
                .isTrue();
        assertThat(inRoles("The client reported appetite better since starting walks.", "presentingConcerns[8]")
                .passed()).isTrue();
    }

    /** A role of two words ("study partner", "case manager") or its short form is a person of its own. */
    @Test
    void aRoleIsAPersonOfItsOwn() {
        assertThat(inRoles("The client studies with her case manager.", "presentingConcerns[10]").kinds())
                .contains(FindingKind.INVENTED_PERSON);
        assertThat(inRoles("The client studies with her study partner.", "presentingConcerns[10]").kinds())
                .contains(FindingKind.INVENTED_PERSON);
        assertThat(inRoles("The client studies with her housemate.", "presentingConcerns[10]").kinds())
                .contains(FindingKind.INVENTED_PERSON);
        assertThat(inRoles("The client studies with her RA.", "presentingConcerns[10]").kinds())
                .contains(FindingKind.INVENTED_PERSON);
        assertThat(inRoles("The client studies with her cousin.", "presentingConcerns[10]").passed()).isTrue();
    }

    /** A session typed in shorthand, with quoted words, numbers, a denial, a person and plan steps. */
    private static SessionPrompt shorthand() {
        return SamplePrompts.base("cl-2002").serviceType(ServiceType.INDIVIDUAL)
                .time(java.time.LocalTime.of(14, 0), java.time.LocalTime.of(14, 50))
                .modality(org.practicekit.core.model.Modality.IN_PERSON).location("Elm Road office")
                .addConcern("pt reports \"my head won't go quiet\" at bedtime")
                .addConcern("sleeping 4-5 hrs, up at 3am most nights")
                .addIntervention(InterventionType.BEHAVIORAL_ACTIVATION, "sleep scheduling", "pt set a fixed wake time of 6:30")
                .risk(ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW).ideation("denies SI/HI")
                        .safetyPlan("aunt to keep the car keys; text crisis line if urges")
                        .addRiskFactor("poor sleep").addProtectiveFactor("close to aunt").build())
                .addHomework("sleep log x7 nights").addHomework("walk 20 min after lunch")
                .addPlan("begin group CBT-I next month").addPlan("f/u with PCP re: melatonin").build();
    }

    /** The offline draft of {@link #shorthand()} with one line added to its plan section. */
    private Verification labelled(String text, String... sources) {
        return verifier.verify(changed(shorthand(), "plan", s -> plus(s, text, sources)));
    }

    /**
     * A model that cannot compose a field keeps the clinician's words under a plain label: copied exactly, shorthand,
     * quotation marks and all, the line passes, one field or several items of a list joined by "; ".
     */
    @Test
    void labelledLinesCopiedVerbatimPass() {
        assertThat(verifier.verify(offline(shorthand())).passed()).isTrue();
        NoteDraft llm = changed(shorthand(), "plan", s -> {
            plus(s, "Concerns: pt reports \"my head won't go quiet\" at bedtime; sleeping 4-5 hrs, up at 3am most"
                    + " nights.", "presentingConcerns");
            plus(s, "Homework: sleep log x7 nights; walk 20 min after lunch.", "homework[0]", "homework[1]");
            plus(s, "Ideation: denies SI/HI.", "risk.ideation");
            plus(s, "Safety plan: aunt to keep the car keys; text crisis line if urges", "risk.safetyPlan");
            plus(s, "Next steps: begin group CBT-I next month; f/u with PCP re: melatonin.", "plan");
            plus(s, "Plan: f/u with PCP re: melatonin.", "plan[1]");
            return plus(s, "Response: pt set a fixed wake time of 6:30.", "interventions[0]");
        });
        Verification v = verifier.verify(llm);
        assertThat(v.passed()).as(v.report()).isTrue();
    }

    /** A labelled line that changes what it copies is a misquote of the field, whatever else it says. */
    @Test
    void aLabelledLineThatChangesItsFieldIsFound() {
        assertThat(labelled("Homework: sleep log x7 nights; walk 20 min after dinner.", "homework").report())
                .contains("MISQUOTED_FIELD", "homework[1]", "replaces \"lunch\" with \"dinner\"");
        assertThat(labelled("Homework: sleep log x7 nights; walk 20 min after lunch, and cut back on coffee.",
                "homework").report()).contains("MISQUOTED_FIELD", "adds \"cut back on coffee\"");
        assertThat(labelled("Homework: sleep log x5 nights; walk 20 min after lunch.", "homework").report())
                .contains("MISQUOTED_FIELD", "replaces \"7\" with \"5\"");
        assertThat(labelled("Ideation: endorses SI/HI.", "risk.ideation").kinds())
                .contains(FindingKind.MISQUOTED_FIELD);
        assertThat(labelled("Ideation: SI/HI.", "risk.ideation").report()).contains("leaves out \"denies\"");
        assertThat(labelled("Safety plan: mother to keep the car keys; text crisis line if urges.", "risk.safetyPlan")
                .report()).contains("MISQUOTED_FIELD", "replaces \"aunt\" with \"mother\"");
        // Leaving out a whole item is not a change of what the rest says.
        assertThat(labelled("Homework: walk 20 min after lunch.", "homework[1]").passed()).isTrue();
    }

    /** A label that names something the prompt lacks asserts it; a line citing nothing or an empty field is unsourced. */
    @Test
    void aLabelThatAssertsAndALineWithoutASourceAreFound() {
        assertThat(labelled("Hospitalization plan: begin group CBT-I next month; f/u with PCP re: melatonin.", "plan")
                .kinds()).contains(FindingKind.INVENTED_LEVEL_OF_CARE);
        assertThat(labelled("Suicide risk: denies SI/HI.", "risk.ideation").passed()).isFalse();
        assertThat(labelled("Marcus: sleep log x7 nights; walk 20 min after lunch.", "homework").passed()).isFalse();
        assertThat(labelled("Friday: sleep log x7 nights; walk 20 min after lunch.", "homework").passed()).isFalse();
        assertThat(labelled("Intent: denies SI/HI.").kinds()).contains(FindingKind.UNSOURCED_SENTENCE);
        assertThat(labelled("Intent: denies SI/HI.", "risk.intent").kinds()).contains(FindingKind.UNSOURCED_SENTENCE);
    }

    /** Plan steps of care and medicine typed without a subject, beside steps only a clinician takes. */
    private static SessionPrompt steps() {
        return shorthand().toBuilder().addPlan("begin PHP on Monday").addPlan("resume the mood stabilizer")
                .addPlan("transition to outpatient after PHP").addPlan("refer to PHP intake").build();
    }

    /** The plan section holding only the given line: what the offline draft writes for these steps is not the test. */
    private Verification inSteps(String text, String... sources) {
        return verifier.verify(changed(steps(), "plan", s -> plus(new ArrayList<>(), text, sources)));
    }

    /** "This clinician will begin PHP": a step of care the client takes, given to the clinician. */
    @Test
    void aClientsPlanStepGivenToTheClinicianIsAWrongActor() {
        assertThat(inSteps("This clinician will begin PHP on Monday.", "plan[2]").report())
                .contains("WRONG_ACTOR", "clinician: begin");
        assertThat(inSteps("This therapist will also resume the mood stabilizer.", "plan[3]").report())
                .contains("WRONG_ACTOR", "clinician: resume");
        assertThat(inSteps("In addition, I will transition to outpatient after PHP.", "plan[4]").report())
                .contains("WRONG_ACTOR", "clinician: transition");
        assertThat(inSteps("The client will begin PHP on Monday.", "plan[2]").kinds())
                .doesNotContain(FindingKind.WRONG_ACTOR);
        assertThat(inSteps("This clinician will refer the client to PHP intake.", "plan[5]").kinds())
                .doesNotContain(FindingKind.WRONG_ACTOR);
        // A treatment the clinician starts is the clinician's: the step names no level of care or medicine.
        assertThat(inSteps("This clinician will begin group CBT-I next month.", "plan[0]").kinds())
                .doesNotContain(FindingKind.WRONG_ACTOR);
    }

    /** Medications typed as stopped and as taken, and denials typed in the past and in the present. */
    private static SessionPrompt tenses() {
        return shorthand().toBuilder().addMedication("stopped fluoxetine 3 wks ago after GI upset")
                .addMedication("bupropion XL 150 mg qAM").addConcern("mother denied any yelling at home")
                .addConcern("pt denied cravings this week").build();
    }

    /** The findings on one added line (the offline draft of this prompt is not the test). */
    private Verification inTenses(String text, String... sources) {
        Verification all = verifier.verify(changed(tenses(), "plan", s -> plus(s, text, sources)));
        return new Verification(all.findings().stream().filter(f -> f.message().contains("\"" + text + "\""))
                .toList());
    }

    /** A denial read in another tense is the same denial; a stopped medication written as current is not. */
    @Test
    void pastAndPresentDenialsAgreeAndAStoppedMedicationIsNotCurrent() {
        assertThat(inTenses("Today the client denies SI/HI.", "risk.ideation").findings()).isEmpty();
        assertThat(inTenses("Today the client denied SI/HI.", "risk.ideation").findings()).isEmpty();
        assertThat(inTenses("The client's mother denies any yelling at home.", "presentingConcerns[2]").findings())
                .isEmpty();
        assertThat(inTenses("The client denies cravings this week.", "presentingConcerns[3]").findings()).isEmpty();
        assertThat(inTenses("The client reported cravings this week.", "presentingConcerns[3]").kinds())
                .contains(FindingKind.NEGATION_MISMATCH);

        assertThat(inTenses("The client stopped fluoxetine 3 weeks ago after GI upset.", "medications[0]")
                .findings()).isEmpty();
        assertThat(inTenses("Current medications: fluoxetine and bupropion XL 150 mg qAM.", "medications").report())
                .contains("gives \"fluoxetine\" as a current medication");
        assertThat(inTenses("The client is taking fluoxetine.", "medications[0]").report())
                .contains("gives \"fluoxetine\" as a current medication");
        assertThat(inTenses("The client continues bupropion XL 150 mg every morning.", "medications[1]").kinds())
                .doesNotContain(FindingKind.NEGATION_MISMATCH);
    }

    /**
     * The clinician's own deed typed in the first person in a field the client speaks for ("I phoned ahead to ...") is
     * the clinician's, as the composer writes it; "I" inside a quotation stays the client's.
     */
    @Test
    void aClinicianWritingIAndAClientsStayAreReadAsTheirOwn() {
        SessionPrompt p = shorthand().toBuilder().clientResponse("I phoned ahead to the ER triage RN; pt stayed 20 min"
                + " after session until calm").build();
        Verification own = verifier.verify(changed(p, "plan", s -> plus(new ArrayList<>(),
                "This clinician phoned ahead to the ER triage RN.", "clientResponse")));
        assertThat(own.kinds()).doesNotContain(FindingKind.WRONG_ACTOR);
        Verification stay = verifier.verify(changed(p, "plan", s -> plus(new ArrayList<>(),
                "The patient stayed 20 min after session until calm.", "clientResponse")));
        assertThat(stay.kinds()).doesNotContain(FindingKind.WRONG_ACTOR);
        Verification moved = verifier.verify(changed(p, "plan", s -> plus(new ArrayList<>(),
                "The client phoned ahead to the ER triage RN.", "clientResponse")));
        assertThat(moved.report()).contains("client: phoned");

        SessionPrompt quoting = shorthand().toBuilder().clientResponse("pt said \"I phoned my sister\"").build();
        assertThat(verifier.verify(changed(quoting, "plan", s -> plus(new ArrayList<>(),
                "This clinician phoned the client's sister.", "clientResponse"))).kinds())
                .contains(FindingKind.WRONG_ACTOR);
    }

    /** A session whose fields say how much, how often, how sure and when, in words of its own. */
    private static SessionPrompt amounts() {
        return SamplePrompts.panic().toBuilder()
                .addMedication("sertraline 50 mg qAM").addMedication("hydroxyzine 25 mg BID prn anxiety")
                .addConcern("no panic attacks at work since the last session")
                .addConcern("sometimes skips breakfast before early shifts")
                .addConcern("wakes twice a night and checks the stove")
                .addConcern("drinks two beers most nights with her roommate")
                .addConcern("never misses her daughter's soccer practice")
                .addConcern("considering a move closer to her sister")
                .addPlan("this clinician will call the psychiatrist tomorrow about the sleep referral")
                .addPlan("check in by phone this week about the job interview")
                .nextAppointment(java.time.LocalDateTime.of(2026, 12, 7, 16, 0)).build();
    }

    /** The findings on one added line. */
    private Verification inAmounts(String text, String... sources) {
        Verification all = verifier.verify(changed(amounts(), "plan", s -> plus(s, text, sources)));
        // A line the offline draft already holds is found again as repeated; that is not what these tests read.
        return new Verification(all.findings().stream().filter(f -> f.message().contains("\"" + text + "\"")
                && f.kind() != FindingKind.REPEATED_SENTENCE).toList());
    }

    @Test
    void theAmountsPromptsOfflineDraftPasses() {
        assertThat(verifier.verify(offline(amounts())).passed()).isTrue();
    }

    /** One word of how much or how often swapped changes the finding though every other word traces to its field. */
    @Test
    void aQuantifierOrFrequencyChangedInsideASentenceIsFound() {
        assertThat(inAmounts("The client reported no panic attacks at work since the last session.",
                "presentingConcerns[2]").findings()).isEmpty();
        assertThat(inAmounts("The client reported some panic attacks at work since the last session.",
                "presentingConcerns[2]").kinds()).contains(FindingKind.NEGATION_MISMATCH);
        assertThat(inAmounts("The client reported several panic attacks at work since the last session.",
                "presentingConcerns[2]").report()).contains("\"several panic\"");

        assertThat(inAmounts("The client sometimes skips breakfast before early shifts.", "presentingConcerns[3]")
                .findings()).isEmpty();
        assertThat(inAmounts("The client always skips breakfast before early shifts.", "presentingConcerns[3]")
                .kinds()).contains(FindingKind.NEGATION_MISMATCH);
        assertThat(inAmounts("The client rarely skips breakfast before early shifts.", "presentingConcerns[3]")
                .kinds()).contains(FindingKind.NEGATION_MISMATCH);

        assertThat(inAmounts("The client wakes twice a night and checks the stove.", "presentingConcerns[4]")
                .findings()).isEmpty();
        assertThat(inAmounts("The client wakes once a night and checks the stove.", "presentingConcerns[4]")
                .kinds()).contains(FindingKind.NEGATION_MISMATCH);

        assertThat(inAmounts("She drinks two beers most nights with her roommate.", "presentingConcerns[5]")
                .findings()).isEmpty();
        assertThat(inAmounts("She drinks two beers few nights with her roommate.", "presentingConcerns[5]").kinds())
                .contains(FindingKind.NEGATION_MISMATCH);
        assertThat(inAmounts("She drinks two beers daily with her roommate.", "presentingConcerns[5]").kinds())
                .contains(FindingKind.NEGATION_MISMATCH);

        // The chart's sig shorthand written out says the same amount ("qAM" every morning, "BID" twice daily).
        assertThat(inAmounts("The client takes sertraline 50 mg every morning and hydroxyzine 25 mg twice daily.",
                "medications[0]", "medications[1]").kinds()).doesNotContain(FindingKind.NEGATION_MISMATCH);

        // "never" moved from one thing to another in the same field: the field never says it of that.
        assertThat(inAmounts("The client never misses her daughter's soccer practice.", "presentingConcerns[6]")
                .findings()).isEmpty();
        assertThat(inAmounts("The client sometimes misses her daughter's soccer practice.", "presentingConcerns[6]")
                .kinds()).contains(FindingKind.NEGATION_MISMATCH);
        assertThat(inAmounts("The client still misses her daughter's soccer practice.", "presentingConcerns[6]")
                .kinds()).contains(FindingKind.NEGATION_MISMATCH);
    }

    /** Considering is not decided, "will" is not "did": the stance a field takes stays in the sentence. */
    @Test
    void aStanceChangedFromIntendedToDoneIsFound() {
        assertThat(inAmounts("The client is considering a move closer to her sister.", "presentingConcerns[7]")
                .findings()).isEmpty();
        assertThat(inAmounts("The client decided on a move closer to her sister.", "presentingConcerns[7]").kinds())
                .isNotEmpty();
        assertThat(inAmounts("This clinician will call the psychiatrist tomorrow about the sleep referral.",
                "plan[2]").findings()).isEmpty();
        assertThat(inAmounts("This clinician did call the psychiatrist tomorrow about the sleep referral.",
                "plan[2]").report()).contains("\"did call\"");
        // "did not" is a negation, read by the polarity rule, not a stance of its own.
        assertThat(inAmounts("This clinician did not call the psychiatrist about the sleep referral.", "plan[2]")
                .report()).doesNotContain("\"did not\"");
    }

    /** The day a field sets, and the next appointment's clock, are the prompt's in every form they are written. */
    @Test
    void aDayOrATimeWrittenDifferentlyFromItsFieldIsFound() {
        assertThat(inAmounts("This clinician will call the psychiatrist today about the sleep referral.", "plan[2]")
                .report()).contains("says \"today\" where the fields it cite say \"tomorrow\"");
        assertThat(inAmounts("This clinician will check in by phone next week about the job interview.", "plan[3]")
                .kinds()).contains(FindingKind.INVENTED_DATE);
        assertThat(inAmounts("This clinician will check in by phone this week about the job interview.", "plan[3]")
                .findings()).isEmpty();

        String next = "The next session is scheduled for Monday, December 7, 2026, at ";
        assertThat(inAmounts(next + "4:00 PM.", "nextAppointment").findings()).isEmpty();
        assertThat(inAmounts(next + "16:00.", "nextAppointment").findings()).isEmpty();
        assertThat(inAmounts(next + "4:00.", "nextAppointment").findings()).isEmpty();
        assertThat(inAmounts(next + "4:00 AM.", "nextAppointment").kinds()).contains(FindingKind.INVENTED_NUMBER);
        assertThat(inAmounts(next + "04:00.", "nextAppointment").kinds()).contains(FindingKind.INVENTED_NUMBER);
        assertThat(inAmounts("The next session is scheduled for Tuesday, December 7, 2026, at 4:00 PM.",
                "nextAppointment").kinds()).contains(FindingKind.INVENTED_DATE);
    }
}
