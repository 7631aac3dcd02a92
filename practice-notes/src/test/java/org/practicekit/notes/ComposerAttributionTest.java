package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.testing.TestClock;

/**
 * Whose finding a sentence states, as a signing clinician reads it: a missed session claims no risk assessment or
 * level, means and access are what the client reported, demographic shorthand is who the client is, and a typed list
 * of concerns is the client's report, item by item. Every draft passes the verifier.
 */
class ComposerAttributionTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static final ClinicalRiskAssessment NO_RISK = ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE)
            .ideation("denies SI/HI").build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-9301").time(LocalTime.of(11, 0), LocalTime.of(11, 50))
                .modality(Modality.IN_PERSON).location("Birch Lane office")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "coping with stress", "engaged")
                .addPlan("continue weekly sessions");
    }

    private SessionPrompt.Builder missed(ClinicalRiskAssessment risk) {
        return SamplePrompts.base("cl-9302").time(LocalTime.of(13, 0), LocalTime.of(13, 50))
                .modality(Modality.IN_PERSON).location("Birch Lane office").attendance(Attendance.NO_SHOW)
                .addOutreach("phoned the client and left a message").risk(risk)
                .addPlan("send a letter offering a new time");
    }

    private NoteDraft draft(SessionPrompt prompt) {
        NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft;
    }

    @Test
    void aMissedSessionWithNothingTypedAboutRiskSaysRiskWasNotAssessedAndGivesNoLevel() {
        String body = draft(missed(ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE).build()).build()).body();

        assertThat(body).contains("Risk was not assessed because the client did not attend the session.");
        assertThat(body).doesNotContain("risk assessment identified", "no current risk",
                "Without a session");
    }

    @Test
    void aMissedSessionKeepsWhatTheClinicianTypedAboutRiskWithoutClaimingAnAssessment() {
        String body = draft(missed(ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE)
                .ideation("no risk indicators in the client's last voicemail").build()).build()).body();

        // Round 13: a missed session always says risk was not assessed, first, then what the clinician typed.
        assertThat(body).contains("Risk was not assessed because the client did not attend the session. This clinician"
                + " noted no risk indicators in the client's last voicemail.");
        assertThat(body).doesNotContain("The risk assessment", "no current risk");
    }

    /** A moderate risk whose means and access are typed as {@code means}: its draft's body. */
    private String moderateRiskWithMeans(String means) {
        ClinicalRiskAssessment risk = ClinicalRiskAssessment.builder(ClinicalRiskLevel.MODERATE)
                .ideation("passive SI since the eviction notice").intent("denies intent").plan("no plan")
                .means(means).addRiskFactor("recent eviction").addProtectiveFactor("her sister")
                .safetyPlan("reviewed safety plan").followUp("phone check-in Friday").build();
        return draft(session().addConcern("low mood").risk(risk).build()).body();
    }

    @Test
    void meansAndAccessAreWhatTheClientReported() {
        assertThat(moderateRiskWithMeans("shotgun in the hall closet"))
                .contains("The client reported access to shotgun in the hall closet.")
                .doesNotContain("risk assessment identified");
    }

    @Test
    void meansTheClientNoLongerHoldsAreReportedAsTypedNeverAsAccess() {
        assertThat(moderateRiskWithMeans("pistol locked at a cousin's house"))
                .contains("The client reported pistol locked at a cousin's house.")
                .doesNotContain("access to", "risk assessment identified");
    }

    @Test
    void demographicShorthandIsWhoTheClientIsNotAConcern() {
        java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("41F, insomnia since the promotion", "The client is a 41-year-old woman.");
        typed.put("29 M with panic attacks on the train", "The client is a 29-year-old man.");
        typed.put("15yoM, school refusal since October", "The client is a 15-year-old boy.");
        typed.put("9 y/o F referred for tantrums at school", "The client is a 9-year-old girl referred for tantrums at school.");
        typed.put("63 yo male, low mood after retirement", "The client is a 63-year-old male.");
        for (var e : typed.entrySet()) {
            NoteDraft draft = draft(session().addConcern(e.getKey()).risk(NO_RISK).build());
            assertThat(draft.body()).as(e.getKey()).contains(e.getValue());
            assertThat(draft.body()).as(e.getKey()).doesNotContainPattern("reported (?:a )?\\d")
                    .doesNotContainPattern("concerns: \\d");
        }
    }

    @Test
    void theVerifierReadsDemographicShorthandAsTheClinicianTypedIt() {
        SessionPrompt prompt = session().addConcern("38M, c/o poor sleep").risk(NO_RISK).build();
        List<DraftSection> offline = drafter.draft(prompt, NoteFormat.SOAP).sections();
        for (String written : List.of("Presenting concerns: 38M, c/o poor sleep.", "The client is a 38-year-old man.")) {
            // A model's draft that keeps the line as typed, or identifies the client from it, invents no number.
            List<DraftSection> sections = new ArrayList<>();
            for (DraftSection s : offline) {
                List<DraftSentence> kept = new ArrayList<>(s.sentences());
                if (s.key().equals("subjective")) {
                    kept.removeIf(x -> x.sources().contains("presentingConcerns[0]"));
                    kept.add(new DraftSentence(written, List.of("presentingConcerns[0]")));
                }
                sections.add(new DraftSection(s.key(), s.heading(), kept));
            }
            Verification v = DraftVerifier.standard().verify(NoteDraft.unverified(prompt, NoteFormat.SOAP, sections,
                    DrafterKind.LLM, "test"));
            assertThat(v.findings()).as(written).isEmpty();
        }
        // The shorthand read as an age does not excuse another age.
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : offline) {
            List<DraftSentence> kept = new ArrayList<>(s.sentences());
            if (s.key().equals("subjective")) {
                kept.add(new DraftSentence("The client is a 48-year-old man.", List.of("presentingConcerns[0]")));
            }
            sections.add(new DraftSection(s.key(), s.heading(), kept));
        }
        assertThat(DraftVerifier.standard().verify(NoteDraft.unverified(prompt, NoteFormat.SOAP, sections,
                DrafterKind.LLM, "test")).passed()).isFalse();
    }

    @Test
    void aRateTypedWithASlashIsTheClientsReportInEnglish() {
        NoteDraft draft = draft(session().addConcern("vaping 15-20x/day").addConcern("waking 3 nights/wk with racing"
                + " thoughts").risk(NO_RISK).build());

        assertThat(draft.body()).contains("vaping 15-20 times a day", "waking 3 nights a week with racing thoughts")
                .doesNotContain("concerns:", "/day", "/wk");
    }

    @Test
    void somethingTheClientDidInATypedListIsReportedWithTheOtherItems() {
        NoteDraft draft = draft(session().addConcern("poor focus, dropped out of band, low energy")
                .risk(NO_RISK).build());

        assertThat(draft.body()).contains("having dropped out of band").doesNotContain("concerns:");
    }

    @Test
    void aClauseWithItsOwnSubjectInsideAFieldNoLongerSendsItToALabelledLine() {
        NoteDraft draft = draft(SamplePrompts.base("cl-9303").time(LocalTime.of(11, 0), LocalTime.of(11, 50))
                .modality(Modality.IN_PERSON).location("Birch Lane office")
                .addConcern("poor sleep since the landlord raised the rent")
                .addIntervention(InterventionType.PSYCHOEDUCATION, "the stress response",
                        "felt reassured that her symptoms are common")
                .addPlan("continue weekly sessions").risk(NO_RISK).build());

        assertThat(draft.body()).contains("The client reported poor sleep since the landlord raised the rent.",
                "the client felt reassured that her symptoms are common.").doesNotContain("concerns:", "Response:");
    }

    @Test
    void aCompoundBehaviourNamedByItsGerundIsReportedNotPastedOnALine() {
        NoteDraft draft = draft(session().addConcern("skin picking most evenings, low mood")
                .risk(NO_RISK).build());

        assertThat(draft.body()).contains("The client reported skin picking most evenings.")
                .doesNotContain("concerns:");
    }

    /** A draft of one typed concern list, the client present, no risk. */
    private NoteDraft typedList(String concern) {
        return draft(session().addConcern(concern).risk(NO_RISK).build());
    }

    @Test
    void anItemAnotherPersonReportedIsTheirsAndTheOtherItemsStayTheClients() {
        String body = typedList("poor appetite, lost 10 lbs per mother").body();

        assertThat(body).contains("The client reported poor appetite.",
                "The mother reported that the client lost 10 lbs.");
        assertThat(body).doesNotContain("client reported poor appetite and", "client also noted having lost");
    }

    @Test
    void perPtIsTheClientAndEachOtherSourceKeepsItsItem() {
        String body = typedList("low mood per pt, quit his job per wife").body();

        assertThat(body).contains("The client reported low mood.", "The wife reported that the client quit his job.");
    }

    @Test
    void anItemThatOpensWithItsReporterIsTheirReport() {
        String body = typedList("panic attacks, teacher says left class twice").body();

        assertThat(body).contains("The client reported panic attacks.",
                "The teacher reported that the client left class twice.");
    }

    @Test
    void aRoleTypedAsAnAbbreviationTakesItsArticle() {
        assertThat(typedList("sad, lost 6 lbs per PCP").body()).contains("The PCP reported that the client lost 6 lbs.");
    }

    @Test
    void aMeasuredResultIsNeverTheClientsReport() {
        String vitals = typedList("headaches, BP 150/95 at intake").body();
        String screen = typedList("low energy, UDS positive for cannabis").body();
        String score = typedList("low mood, PHQ-9 18").body();

        // Written as results, as a clinician charts them.
        assertThat(vitals).contains("The BP was 150/95 at intake.").doesNotContain("client also noted BP");
        assertThat(screen).contains("The UDS was positive for cannabis.").doesNotContain("client also noted UDS");
        assertThat(score).contains("The PHQ-9 score was 18.").doesNotContain("client also noted PHQ-9");
    }

    @Test
    void aSourceSwappedInTheDraftIsStillCaught() {
        NoteDraft clean = typedList("poor appetite, lost 10 lbs per mother");
        NoteDraft toTheClient = swapped(clean, "The mother reported that the client lost",
                "The client reported that she lost");
        NoteDraft toTheMother = swapped(clean, "The client reported poor appetite", "The mother reported poor appetite");

        assertThat(toTheClient.body()).contains("The client reported that she lost 10 lbs.");
        assertThat(toTheMother.body()).contains("The mother reported poor appetite.");
        assertThat(DraftVerifier.standard().verify(toTheClient).kinds()).contains(FindingKind.WRONG_ACTOR);
        assertThat(DraftVerifier.standard().verify(toTheMother).kinds()).contains(FindingKind.WRONG_ACTOR);
    }

    /** {@code draft} with {@code from} written as {@code to} in its sentences, the sources unchanged. */
    private static NoteDraft swapped(NoteDraft draft, String from, String to) {
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : draft.sections()) {
            List<DraftSentence> sentences = new ArrayList<>();
            for (DraftSentence x : s.sentences()) {
                sentences.add(new DraftSentence(x.text().replace(from, to), x.sources()));
            }
            sections.add(new DraftSection(s.key(), s.heading(), sentences));
        }
        return NoteDraft.unverified(draft.prompt(), NoteFormat.SOAP, sections, DrafterKind.LLM, "test");
    }
}
