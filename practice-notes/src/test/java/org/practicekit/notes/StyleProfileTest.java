package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.testing.TestClock;

/** The same prompt drafted for two clinicians whose earlier notes differ shows their differences. */
class StyleProfileTest {
    // Third person "this writer", "patient", uppercase headers, long sentences, SI/HI and HW abbreviations.
    static final List<String> OKAFOR_NOTES = List.of("""
            SUBJECTIVE
            The patient reported ongoing worry about work deadlines, difficulty falling asleep most nights, and \
            tension headaches that have made it hard to concentrate during long afternoon meetings at the office.

            OBJECTIVE
            This writer utilized cognitive restructuring focused on catastrophic predictions about job loss, and the \
            patient identified several balanced alternatives while rating belief in the original thought much lower.

            ASSESSMENT
            The patient denied SI/HI, and this writer's risk assessment identified no current risk of harm to self \
            or others while the patient continues to make steady progress on the anxiety goals of the treatment plan.

            PLAN
            For HW, the patient agreed to keep a worry log each evening and to practice the breathing exercise \
            before bed, and this writer will continue weekly sessions focused on worry and sleep.
            """, """
            SUBJECTIVE
            The patient reported a stressful week with two missed deadlines and described feeling on edge in the \
            evenings, with racing thoughts that kept the patient awake well past midnight on most nights.

            PLAN
            This writer will continue weekly cognitive behavioral sessions, and the patient agreed to HW of \
            scheduling one relaxing activity each evening and tracking sleep onset in a diary for review.
            """);
    // First person, "client", "S:" headers, short sentences, no abbreviations.
    static final List<String> WHITFIELD_NOTES = List.of("""
            S: Client reported worry. Sleep is poor. She feels tense.
            O: I used cognitive restructuring. Client found two alternatives. I gave feedback.
            A: Client denied suicidal ideation. I found no current risk. Progress is steady.
            P: I will see her weekly. Client will log worries.
            """, """
            S: Client reported a calmer week. She slept better.
            P: I will continue weekly sessions. Client will practice breathing.
            """);

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-11-30T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    @Test
    void twoCliniciansGetTheSamePromptInTheirOwnStyle() {
        StyleProfile okafor = StyleProfile.learnedFrom(OKAFOR_NOTES);
        StyleProfile whitfield = StyleProfile.learnedFrom(WHITFIELD_NOTES);
        // Two more steps only a clinician takes, which a long-sentence style joins into one sentence.
        SessionPrompt prompt = SamplePrompts.gadInsomnia().toBuilder().addPlan("mail the worry-postponement worksheet")
                .addPlan("schedule a medication review with her prescriber").build();

        NoteDraft a = drafter.draft(prompt, NoteFormat.SOAP, okafor);
        NoteDraft b = drafter.draft(prompt, NoteFormat.SOAP, whitfield);

        assertThat(a.verification().passed()).as(a.verification().report()).isTrue();
        assertThat(b.verification().passed()).as(b.verification().report()).isTrue();
        // Term.
        assertThat(a.body()).contains("The patient").doesNotContain("the client");
        assertThat(b.body()).contains("The client").doesNotContain("patient");
        // Headers.
        assertThat(a.text()).startsWith("SUBJECTIVE\n").contains("\nPLAN\n");
        assertThat(b.text()).startsWith("S: ").contains("\nP: ");
        // PIRP has Problem and Plan: a heading is spelled out where two sections share an initial.
        assertThat(drafter.draft(prompt, NoteFormat.PIRP, whitfield).text()).startsWith("Problem:\n")
                .contains("\nPlan:\n").doesNotContain("\nP: ");
        // Person.
        assertThat(a.body()).contains("This writer utilized", "This writer will").doesNotContain(" I ");
        assertThat(b.body()).contains("I used", "I will").doesNotContain("this writer", "This clinician");
        // Abbreviations the clinician uses.
        assertThat(a.body()).contains("SI/HI", "For homework,").doesNotContain("HW");
        assertThat(b.body()).contains("suicidal and homicidal ideation", "For homework,");
        // Sentence length: Okafor's long sentences against Whitfield's short ones.
        assertThat(wordsPerSentence(a)).isGreaterThan(wordsPerSentence(b) + 1.5);
        assertThat(a.sentences().size()).isLessThan(b.sentences().size());
    }

    @Test
    void theProfileImprovesAsMoreNotesAreSigned() {
        StyleProfile none = StyleProfile.defaults();
        StyleProfile one = none.learn(WHITFIELD_NOTES.get(1));
        StyleProfile two = one.learn(OKAFOR_NOTES.get(0)).learn(OKAFOR_NOTES.get(1));

        assertThat(none.notesLearned()).isZero();
        assertThat(none.term()).isEqualTo(StyleProfile.Term.CLIENT);
        assertThat(one.person()).isEqualTo(StyleProfile.Person.FIRST);
        assertThat(one.headerStyle()).isEqualTo(StyleProfile.HeaderStyle.INITIAL);
        // Two notes in the other voice outweigh the one: the evidence accumulates.
        assertThat(two.notesLearned()).isEqualTo(3);
        assertThat(two.term()).isEqualTo(StyleProfile.Term.PATIENT);
        assertThat(two.headerStyle()).isEqualTo(StyleProfile.HeaderStyle.UPPERCASE);
        assertThat(two.thirdPersonPhrase()).isEqualTo("this writer");
    }

    @Test
    void aPatientNoteNeverSaysClientAndALearnedReportVerbIsUsedWhereItIsGrammatical() {
        StyleProfile okafor = StyleProfile.learnedFrom(OKAFOR_NOTES);
        StyleProfile sharing = StyleProfile.learnedFrom(List.of("The client shared that work was hard. She shared"
                + " worries. The client shared a plan."));
        SessionPrompt prompt = SamplePrompts.panic().toBuilder()
                .addConcern("Client reports her mother calls her daily to check on her")
                .addConcern("her boss has noticed the missed shifts").build();

        NoteDraft patient = drafter.draft(prompt, NoteFormat.SOAP, okafor);
        NoteDraft shared = drafter.draft(prompt, NoteFormat.SOAP, sharing);

        assertThat(patient.verification().passed()).as(patient.verification().report()).isTrue();
        assertThat(patient.body()).doesNotContainIgnoringCase("client").contains("The patient");
        assertThat(sharing.reportVerb()).isEqualTo("shared");
        // "shared" takes a clause; a bare noun phrase keeps "reported" so the sentence stays grammatical.
        assertThat(shared.body()).contains("The client shared that her boss has noticed the missed shifts.")
                .contains("The client reported three panic attacks");
    }

    private static double wordsPerSentence(NoteDraft d) {
        return d.sentences().stream().mapToInt(s -> s.text().split("\\s+").length).average().orElse(0);
    }
}
