package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.practicekit.core.model.Modality;

/**
 * Issue 14, round 15: a clean draft stays clean. Sentences a clinician (or a model) writes faithfully from typed
 * text that holds a count or a time, a negated clinical phrase, another person's role or activity, a place with a
 * second party, a risk word inside a name, a past deed beside a plan, or filler, are not flagged; the same sentences
 * with the error planted are.
 */
class VerifierCleanRound15Test {
    private static SessionPrompt prompt(Consumer<SessionPrompt.Builder> fields) {
        return VerifierWhoSaidItTest.prompt(fields);
    }

    /** The SOAP draft of {@code p} with {@code sentence}, citing {@code sources}, added to its first section. */
    static Verification with(SessionPrompt p, String sentence, String... sources) {
        List<DraftSection> sections = new ArrayList<>();
        for (DraftSection s : VerifierWhoSaidItTest.draft(p, NoteFormat.SOAP, StyleProfile.defaults()).sections()) {
            List<DraftSentence> list = new ArrayList<>(s.sentences());
            if (sections.isEmpty()) {
                list.add(new DraftSentence(sentence, List.of(sources)));
            }
            sections.add(new DraftSection(s.key(), s.heading(), list));
        }
        return DraftVerifier.standard().verify(NoteDraft.unverified(p, NoteFormat.SOAP, sections, DrafterKind.LLM,
                "test"));
    }

    private final List<String> wronglyFlagged = new ArrayList<>();

    private void clean(SessionPrompt p, String sentence, String source) {
        Verification v = with(p, sentence, source);
        if (!v.passed()) {
            wronglyFlagged.add(sentence + " -> " + v.report());
        }
    }

    @Test
    void faithfulSentencesOfTypedCountsNegationsRolesPlacesAndPlansAreNotFlagged() {
        // counts and times in homework and plan
        clean(prompt(b -> b.addConcern("low mood").addHomework("walk 20 min 3x/wk")),
                "For homework, the client will walk for 20 minutes three times a week.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("call mom 2x this wk, 10 min each")),
                "The client agreed to call her mother twice this week for 10 minutes each time.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("journal 5 mins before bed")),
                "The client will journal for five minutes before bed.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("limit news to 15 min/day")),
                "The client will limit news to 15 minutes a day.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("attend 3 AA meetings this week")),
                "The client will attend three AA meetings this week.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("practice box breathing 4 counts x 5 rounds daily")),
                "The client will practice box breathing daily, five rounds of four counts.", "homework[0]");
        // negation inside a clinical phrase
        clean(prompt(b -> b.addConcern("not responding to sertraline after 8 wks")),
                "The client has not responded to sertraline after eight weeks.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("no longer having panic attacks at work")),
                "The client no longer has panic attacks at work.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("no longer cutting since August")),
                "The client has not cut since August.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("not sleeping more than 4 hrs/night")),
                "The client is sleeping no more than four hours a night.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("partner not responding to texts at work")),
                "Her partner does not respond to her texts while at work.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("no longer hearing voices since med change")),
                "The client reported no longer hearing voices since the medication change.", "presentingConcerns[0]");
        // another person's role or activity
        clean(prompt(b -> b.addConcern("conflict with sister who is a nurse")),
                "The client reported conflict with her sister, who is a nurse.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("husband is a police officer, works nights")),
                "Her husband is a police officer who works nights.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("mom works as a nurse at the hospital")),
                "The client's mother works as a nurse at the hospital.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("works as a tech at a rehab facility, burnout")),
                "The client works as a tech at a rehab facility and reported burnout.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("boss gave pt a written warning")),
                "The client's boss gave the client a written warning.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("PCP ordered thyroid labs last week")),
                "The client's PCP ordered thyroid labs last week.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("son's soccer coach yelled at him")),
                "The son's soccer coach yelled at him.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("sister is a pharmacist and manages pt's pill box")),
                "The client's sister, a pharmacist, manages the client's pill box.", "presentingConcerns[0]");
        // a place with a second party
        clean(prompt(b -> b.addConcern("low mood").modality(Modality.TELEHEALTH_VIDEO).location("client at her mother's house")),
                "The client joined by video from her mother's house.", "session");
        clean(prompt(b -> b.addConcern("low mood").modality(Modality.TELEHEALTH_VIDEO).location("client in car in hospital parking lot")),
                "The client joined from her car in the hospital parking lot.", "session");
        // a risk word inside a name
        clean(prompt(b -> b.addConcern("high-risk sexual behavior when drinking")),
                "The client described high-risk sexual behavior when drinking.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("moderate drinking per AUDIT")),
                "The client's drinking was moderate per the AUDIT.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("high-conflict custody case")),
                "The client is in a high-conflict custody case.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("discuss high-risk drinking situations").addPlan("discuss high-risk drinking situations")),
                "This clinician will discuss high-risk drinking situations.", "plan[1]");
        // a past deed beside a plan
        clean(prompt(b -> b.addConcern("called crisis line Sunday, will call again if needed")),
                "The client called the crisis line Sunday and will call again if needed.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("low mood").addPlan("started sertraline 25mg 12/1; will titrate to 50mg next wk")),
                "The client started sertraline 25 mg on 12/1 and will titrate to 50 mg next week.", "plan[1]");
        clean(prompt(b -> b.addConcern("quit smoking in March, plans to quit vaping next")),
                "The client quit smoking in March and plans to quit vaping next.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("started journaling, will continue daily")),
                "The client started journaling and will continue daily.", "homework[0]");
        clean(prompt(b -> b.addConcern("low mood").addPlan("completed IOP intake 12/2; starts 12/9")),
                "The client completed the IOP intake on 12/2 and starts on 12/9.", "plan[1]");
        clean(prompt(b -> b.addConcern("considered quitting job last month but stayed")),
                "The client considered quitting her job last month but stayed.", "presentingConcerns[0]");
        clean(prompt(b -> b.addConcern("low mood").addHomework("completed last wk's thought record; new one for this wk")),
                "The client completed last week's thought record and will do a new one this week.", "homework[0]");
        assertThat(wronglyFlagged).isEmpty();
    }

    private void flagged(SessionPrompt p, String sentence, String source, FindingKind kind) {
        Verification v = with(p, sentence, source);
        assertThat(v.findings()).as(sentence + ": " + v.report()).anyMatch(f -> f.kind() == kind);
    }

    @Test
    void theSameShapesWithTheErrorPlantedAreStillFlagged() {
        // A count changed in words or digits, with its unit read: the number check binds it.
        flagged(prompt(b -> b.addConcern("low mood").addHomework("walk 20 min 3x/wk")),
                "For homework, the client will walk for 20 minutes four times a week.", "homework[0]",
                FindingKind.INVENTED_NUMBER);
        flagged(prompt(b -> b.addConcern("low mood").addHomework("walk 20 min 3x/wk")),
                "For homework, the client will walk for 30 minutes three times a week.", "homework[0]",
                FindingKind.INVENTED_NUMBER);
        flagged(prompt(b -> b.addConcern("not responding to sertraline after 8 wks")),
                "The client has not responded to sertraline after six weeks.", "presentingConcerns[0]",
                FindingKind.INVENTED_NUMBER);
        flagged(prompt(b -> b.addConcern("low mood").addHomework("call mom 3x this wk")),
                "The client agreed to call her mother twice this week.", "homework[0]",
                FindingKind.UNSOURCED_SENTENCE);
        flagged(prompt(b -> b.addConcern("low mood").addPlan("started sertraline 25mg 12/1; will titrate to 50mg next wk")),
                "The client started sertraline 50 mg on 12/1.", "plan[1]", FindingKind.INVENTED_NUMBER);
        // A role the prompt does not name, in any of its words.
        flagged(prompt(b -> b.addConcern("conflict with sister who is a nurse")),
                "The client reported conflict with her mother, who is a nurse.", "presentingConcerns[0]",
                FindingKind.INVENTED_PERSON);
        // The negation of a comparative bound keeps the number's reading; a plain negation still flips.
        flagged(prompt(b -> b.addConcern("not sleeping more than 4 hrs/night")),
                "The client is sleeping more than four hours a night.", "presentingConcerns[0]",
                FindingKind.NEGATION_MISMATCH);
        flagged(prompt(b -> b.addConcern("no longer having panic attacks at work")),
                "The client is having panic attacks at work.", "presentingConcerns[0]", FindingKind.NEGATION_MISMATCH);
    }

    @Test
    void agreedProposedAndBareStepsStatedAsDoneAreFlagged() {
        flagged(prompt(b -> b.addConcern("low mood").addIntervention(org.practicekit.notes.InterventionType.GROUNDING,
                "urges at work", "agreed to try a grounding skill at work")),
                "The client tried a grounding skill at work.", "interventions[1]", FindingKind.NEGATION_MISMATCH);
        flagged(prompt(b -> b.addConcern("low mood").addPlan("referral to psychiatry recommended")),
                "The client was referred to psychiatry.", "plan[1]", FindingKind.NEGATION_MISMATCH);
        flagged(prompt(b -> b.addConcern("low mood").addPlan("psychiatric evaluation pending")),
                "The client was evaluated by psychiatry.", "plan[1]", FindingKind.NEGATION_MISMATCH);
        flagged(prompt(b -> b.addConcern("considering hospitalization if symptoms worsen")),
                "The client was hospitalized.", "presentingConcerns[0]", FindingKind.NEGATION_MISMATCH);
        flagged(prompt(b -> b.addConcern("low mood").addPlan("recommended starting a sleep log")),
                "The client started a sleep log.", "plan[1]", FindingKind.NEGATION_MISMATCH);
        flagged(prompt(b -> b.addConcern("low mood").addHomework("pt to attend 2 AA meetings")),
                "The client attended 2 AA meetings.", "homework[0]", FindingKind.NEGATION_MISMATCH);
        flagged(prompt(b -> b.addConcern("low mood").addHomework("call sponsor daily")),
                "The client called her sponsor daily.", "homework[0]", FindingKind.NEGATION_MISMATCH);
    }

    @Test
    void whatWasDoneBesideTheProposalAndTheProposalItselfPass() {
        List<String> failed = new ArrayList<>();
        Verification v = with(prompt(b -> b.addConcern("low mood").addPlan("referral to psychiatry recommended")),
                "This clinician recommended a referral to psychiatry.", "plan[1]");
        if (!v.passed()) {
            failed.add(v.report());
        }
        v = with(prompt(b -> b.addConcern("low mood").addHomework("practiced box breathing in session; practice daily")),
                "The client practiced box breathing in session and will practice daily.", "homework[0]");
        if (!v.passed()) {
            failed.add(v.report());
        }
        v = with(prompt(b -> b.addConcern("low mood").addHomework("call sponsor daily")),
                "The client agreed to call her sponsor daily.", "homework[0]");
        if (!v.passed()) {
            failed.add(v.report());
        }
        assertThat(failed).isEmpty();
    }
}
