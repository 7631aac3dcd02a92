package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.Modality;
import org.practicekit.notes.internal.ProseComposer;

/**
 * Clean drafts of prompts that type who reported an item, the client's age, a quoted thought or an absence pass in
 * every format and style; the same error planted into them (the item given to the client, the age changed, the quote
 * altered, the absence reversed) is still caught. Prompts invented for these tests.
 */
class VerifierWhoSaidItTest {
    private final DraftVerifier verifier = DraftVerifier.standard();

    static SessionPrompt prompt(Consumer<SessionPrompt.Builder> fields) {
        SessionPrompt.Builder b = SamplePrompts.base("cl-3001").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Main Street office")
                .addIntervention(InterventionType.COGNITIVE_RESTRUCTURING, "the thought that nothing will change",
                        "named one alternative thought")
                .risk(ClinicalRiskAssessment.none("denied suicidal ideation")).addPlan("continue weekly sessions");
        fields.accept(b);
        return b.build();
    }

    private static SessionPrompt concern(String typed) {
        return prompt(b -> b.addConcern(typed).addMentalStatus("euthymic affect"));
    }

    static NoteDraft draft(SessionPrompt p, NoteFormat f, StyleProfile style) {
        return NoteDraft.unverified(p, f, ProseComposer.compose(p, f, style), DrafterKind.LLM, "test");
    }

    /** Every clean draft of {@code p}, in every format without goals and every corpus style, passes. */
    private void everyCleanDraftPasses(SessionPrompt p) {
        for (NoteFormat f : NoteFormat.standard()) {
            if (f.sectionHolding(SectionContent.GOALS).isPresent()) {
                continue;
            }
            for (Map.Entry<String, StyleProfile> style : CorpusStyles.all().entrySet()) {
                Verification v = verifier.verify(draft(p, f, style.getValue()));
                assertThat(v.passed()).as(f.name() + " " + style.getKey() + ": " + v.report()).isTrue();
            }
        }
    }

    /** The SOAP draft of {@code p} with {@code sentence} citing {@code source} added to the subjective section. */
    private Verification with(SessionPrompt p, String sentence, String source) {
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : draft(p, NoteFormat.SOAP, StyleProfile.defaults()).sections()) {
            List<DraftSentence> list = new ArrayList<>(s.sentences());
            if (s.key().equals("subjective")) {
                list.add(new DraftSentence(sentence, List.of(source)));
            }
            sections.add(new DraftSection(s.key(), s.heading(), list));
        }
        return verifier.verify(NoteDraft.unverified(p, NoteFormat.SOAP, sections, DrafterKind.LLM, "test"));
    }

    @Test
    void anItemAReporterGaveStaysTheReportersInEveryWayItIsTyped() {
        for (String typed : List.of("per RN, pt refused evening meds twice this week",
                "RN reports pt refused evening meds twice this week", "CM states pt missed two housing appointments",
                "per CM, missed two housing appointments", "PO reports pt missed a check-in last week",
                "falling asleep in class (per teacher)", "collateral from spouse: pt yelling at the kids most evenings",
                "mother says pt stays in her room after school", "per nurse, slept 4 hrs last night",
                "per interpreter, worries about family abroad", "caseworker reports pt lost her bus pass",
                "LPN reports pt refused lunch")) {
            everyCleanDraftPasses(concern(typed));
        }
    }

    @Test
    void theReportersItemGivenToTheClientOrAnotherPersonIsStillAWrongActor() {
        SessionPrompt rn = concern("per RN, pt refused evening meds twice this week");
        assertThat(with(rn, "The RN reported that the client refused evening medications twice this week.",
                "presentingConcerns[0]").passed()).isTrue();
        assertThat(with(rn, "The client reported refusing evening medications twice this week.",
                "presentingConcerns[0]").kinds()).contains(FindingKind.WRONG_ACTOR);

        SessionPrompt cm = concern("CM states pt missed two housing appointments");
        assertThat(with(cm, "The client stated that she missed two housing appointments.",
                "presentingConcerns[0]").kinds()).contains(FindingKind.WRONG_ACTOR);

        SessionPrompt interpreter = concern("per interpreter, worries about family abroad");
        assertThat(with(interpreter, "The client reported worries about family abroad.", "presentingConcerns[0]")
                .kinds()).contains(FindingKind.WRONG_ACTOR);
        assertThat(with(interpreter, "The interpreter reported worries about family abroad.",
                "presentingConcerns[0]").kinds()).doesNotContain(FindingKind.WRONG_ACTOR);
    }

    @Test
    void anAgeTypedWithoutASexIsTheClientsAgeAndAChangedAgeIsStillInvented() {
        for (String typed : List.of("15yo pt with low mood", "15 y/o pt with low mood", "15-year-old pt with low mood",
                "age 15, low mood", "15 yo pt referred by school for low mood", "31 y/o, low mood for two months")) {
            everyCleanDraftPasses(concern(typed));
        }
        SessionPrompt p = concern("15yo pt with low mood");
        assertThat(draft(p, NoteFormat.SOAP, StyleProfile.defaults()).sections().stream()
                // Round 23: an age typed alone is said as an age; "a 15-year-old." has no noun and was read as unfinished.
                .flatMap(s -> s.sentences().stream()).map(DraftSentence::text)).contains("The client is 15 years old.");
        assertThat(with(p, "The client is a 15-year-old.", "presentingConcerns[0]").passed()).isTrue();
        assertThat(with(p, "The client is a 17-year-old.", "presentingConcerns[0]").kinds())
                .contains(FindingKind.INVENTED_NUMBER);
        assertThat(with(concern("age 31, low mood"), "The client is 38 years old.", "presentingConcerns[0]")
                .kinds()).contains(FindingKind.INVENTED_NUMBER);
    }

    @Test
    void aQuotedThoughtIsTheClientsAndAnAlteredQuoteIsStillInvented() {
        SessionPrompt thought = concern("thought 'I am a burden' when her sister called");
        SessionPrompt said = concern("states \"I can't keep doing this\" about work");
        everyCleanDraftPasses(thought);
        everyCleanDraftPasses(said);
        assertThat(with(said, "The client stated, \"I can't keep doing this.\"", "presentingConcerns[0]").passed())
                .isTrue();
        assertThat(with(said, "The client stated, \"I can't keep doing any of this.\"", "presentingConcerns[0]")
                .kinds()).contains(FindingKind.INVENTED_QUOTE);
        assertThat(with(thought, "The client thought, \"I am a burden to everyone.\"", "presentingConcerns[0]")
                .kinds()).contains(FindingKind.INVENTED_QUOTE);
    }

    @Test
    void anAbsenceTypedAsNaOrNotAssessedIsNoFactAndItsOppositeIsStillCaught() {
        SessionPrompt audio = prompt(b -> b.modality(Modality.TELEHEALTH_AUDIO).addConcern("low mood for two months")
                .addMedication("n/a").addMentalStatus("not assessed (audio only)").addHomework("none"));
        SessionPrompt none = prompt(b -> b.addConcern("low mood for two months").addMedication("none")
                .addMentalStatus("appearance not assessed (audio only)"));
        everyCleanDraftPasses(audio);
        everyCleanDraftPasses(none);
        assertThat(with(audio, "The client is taking sertraline 50 mg daily.", "medications[0]").kinds())
                .contains(FindingKind.INVENTED_MEDICATION);
        assertThat(with(none, "The client reported taking fluoxetine.", "medications[0]").kinds())
                .contains(FindingKind.INVENTED_MEDICATION);
        assertThat(with(audio, "The client appeared well groomed with a bright affect.", "mentalStatus[0]").passed())
                .isFalse();
    }

    @Test
    void aVerificationKeepsNothingOfThePromptBeforeIt() throws Exception {
        SessionPrompt nurse = concern("per RN, pt refused evening meds twice this week");
        SessionPrompt age = concern("15yo pt with low mood");
        NoteDraft wrong = NoteDraft.unverified(age, NoteFormat.SOAP, draft(age, NoteFormat.SOAP, StyleProfile.defaults())
                .sections(), DrafterKind.LLM, "test");
        String alone = verifier.verify(wrong).report();
        // The reading of one prompt never serves a draft of another, however the calls interleave.
        DraftVerifier.PromptVerifier reading = verifier.forPrompt(nurse);
        assertThat(reading.verify(wrong).report()).isEqualTo(alone);
        assertThat(reading.verify(draft(nurse, NoteFormat.DAP, StyleProfile.defaults())).passed()).isTrue();

        NoteDraft planted = NoteDraft.unverified(age, NoteFormat.SOAP, List.of(new DraftSection("subjective",
                "Subjective", List.of(new DraftSentence("The client is a 17-year-old.", List.of("presentingConcerns[0]"))))),
                DrafterKind.LLM, "test");
        String plantedAlone = verifier.verify(planted).report();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                NoteDraft d = i % 2 == 0 ? planted : draft(nurse, NoteFormat.SOAP, StyleProfile.defaults());
                results.add(pool.submit(() -> verifier.verify(d).report()));
            }
            for (int i = 0; i < results.size(); i++) {
                String report = results.get(i).get();
                if (i % 2 == 0) {
                    assertThat(report).isEqualTo(plantedAlone);
                } else {
                    assertThat(report).doesNotContain("17-year-old");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
