package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.practicekit.core.ValidationException;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.testing.TestClock;

/**
 * What the composer prints behind the "Response:", "Focus:" and "Evidence:" labels, and the telehealth place: a
 * sentence tied to its intervention or goal where the words read, otherwise the clinician's words on one labelled
 * line at the end of the section, never glued into a paragraph, two in a row or under a heading of the same word.
 */
class ComposerLinesRound14Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-lines-r14.jsonl");
    private static final Pattern LINE = Pattern.compile("(?:^|(?<=[.!?\"] ))((?:Response|Focus|Evidence|Overall response)(?: to | of | for the )?[^:.]{0,60}): ");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    /** Every dev and corpus prompt in every format and corpus style, written to target for reading and counting. */
    @Test
    void writesTheDevDraftsForReadingAndCountsTheLines() throws IOException {
        StringBuilder counts = new StringBuilder();
        StringBuilder flagged = new StringBuilder();
        for (Path set : List.of(DEV, Path.of("src/test/resources/corpus/prompts.jsonl"),
                Path.of("src/test/resources/corpus/prompts-r2.jsonl"))) {
            StringBuilder out = new StringBuilder();
            int lines = 0;
            int glued = 0;
            int twice = 0;
            int underHeading = 0;
            List<String> texts = PromptJson.draftsForReading(drafter, set, false, out, flagged);
            int drafts = texts.size();
            for (String text : texts) {
                for (String section : text.split("\n\n")) {
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (String paragraph : section.split("\n")) {
                        Matcher m = LINE.matcher(paragraph);
                        while (m.find()) {
                            lines++;
                            if (m.start() > 0 && !paragraph.substring(0, m.start()).matches("[A-Z][A-Za-z ]*: ")) {
                                glued++;
                            }
                            if (!seen.add(m.group(1))) {
                                twice++;
                            }
                        }
                        if (paragraph.matches("^[A-Z]{1,2}: (Response|Focus|Evidence|Overall response)[^:.]{0,60}: .*")) {
                            underHeading++;
                        }
                    }
                }
            }
            String name = set.getFileName().toString().replace(".jsonl", "");
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/lines-r14-" + name + ".md"), out.toString(), StandardCharsets.UTF_8);
            counts.append(name).append(": drafts ").append(drafts).append(", labelled lines ").append(lines)
                    .append(", glued into a paragraph ").append(glued).append(", the same label twice in a section ").append(twice)
                    .append(", under a heading of the same word ").append(underHeading).append('\n');
        }
        Files.writeString(Path.of("target/lines-r14-counts.txt"), counts.toString(), StandardCharsets.UTF_8);
        assertThat(flagged).as(flagged.toString()).isEmpty();
        // No line glued between sentences, no label twice in a section, no "R: Response ...": on every set.
        assertThat(counts.toString()).as(counts.toString()).doesNotContainPattern("glued into a paragraph [1-9]")
                .doesNotContainPattern("twice in a section [1-9]").doesNotContainPattern("same word [1-9]");
    }

    private static final ClinicalRiskAssessment LOW = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW)
            .ideation("denies SI/HI").addRiskFactor("work stress").addProtectiveFactor("supportive friends").build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-1401").time(LocalTime.of(10, 0), LocalTime.of(10, 53))
                .modality(Modality.IN_PERSON).location("Elm Street office").addConcern("worry about work").risk(LOW)
                .addPlan("continue weekly sessions");
    }

    private SessionPrompt.Builder video(String location) {
        return session().modality(Modality.TELEHEALTH_VIDEO).location(location)
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "isolation", "agreed to call neighbor");
    }

    private String body(SessionPrompt prompt, NoteFormat format) {
        NoteDraft draft = drafter.draft(prompt, format);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft.text();
    }

    @Test
    void twoResponsesThatDoNotReadEachFollowTheInterventionTheyAnswerNamingIt() {
        String text = body(session().addIntervention(InterventionType.PSYCHOEDUCATION, "panic cycle",
                "understood/used example from wk").addIntervention(InterventionType.RELAXATION_TRAINING,
                "diaphragmatic breathing", "SUDS 7->4 after 3 rounds").build(), NoteFormat.DAP);

        // Round 26: each line stays right after the intervention it answers, never gathered at the section's end.
        assertThat(text).contains("This clinician provided psychoeducation on the panic cycle.\n"
                + "Response to psychoeducation: understood/used example from week.\n"
                + "This clinician also used relaxation training focused on diaphragmatic breathing.\n"
                + "Response to relaxation training: SUDS 7->4 after 3 rounds.\n\nAssessment")
                .doesNotContain("Response: ", ". Response");
    }

    @Test
    void aLineWhoseLabelNamesAnotherInterventionIsFlagged() {
        SessionPrompt prompt = session().addIntervention(InterventionType.RELAXATION_TRAINING, "diaphragmatic breathing",
                "SUDS 7->4 after 3 rounds").build();
        NoteDraft clean = drafter.draft(prompt, NoteFormat.SOAP);
        assertThat(clean.text()).contains("\nResponse to relaxation training: SUDS 7->4 after 3 rounds.");
        List<DraftSection> sections = clean.sections().stream().map(s -> new DraftSection(s.key(), s.heading(),
                s.sentences().stream().map(x -> new DraftSentence(x.text().replace("Response to relaxation training",
                        "Response to EMDR"), x.sources())).toList())).toList();

        // The label is no longer a plain field name: the intervention it names must be the one the line cites.
        assertThat(DraftVerifier.standard().verify(NoteDraft.unverified(prompt, NoteFormat.SOAP, sections,
                DrafterKind.LLM, "test")).passed()).isFalse();
    }

    @Test
    void aFocusTypedAsATopicIsInItsInterventionsSentence() {
        String text = body(session().addIntervention(InterventionType.RELAXATION_TRAINING, "PMR + breathing",
                "practiced, reported tension 6->3").build(), NoteFormat.SOAP);

        // Round 19: a focus typed as a topic closes its intervention's sentence, word for word after the hand-over
        // only copied items use; round 22: its "+" between two items is written "and".
        assertThat(text).contains("This clinician used relaxation training, centered on PMR and breathing.\n"
                + "Response to relaxation training: practiced, reported tension 6->3.\n").doesNotContain("Focus of");
    }

    @Test
    void evidenceTypedAsOnePastDeedIsASentenceAboutTheClientAndTheRestClosesTheSection() {
        String text = body(session().addIntervention(InterventionType.SOCIAL_SKILLS, "starting conversations",
                "role-played 2 openers").addGoal("speak up in meetings", ProgressRating.STEADY_PROGRESS,
                "spoke in 2 of 3 meetings").addGoal("limit cannabis use to weekends", ProgressRating.MINIMAL_PROGRESS,
                "used 6 of 7 days").build(), NoteFormat.GIRP);

        assertThat(text).contains("The client spoke in 2 of 3 meetings.", "\nEvidence for the second goal: used 6 of 7 days.")
                .doesNotContain("The client used 6 of 7 days", "Evidence: ");
    }

    @Test
    void aFieldThatOnlySaysNotApplicableIsRefusedNamingTheField() {
        SessionPrompt.Builder b = session().addIntervention(InterventionType.SUPPORTIVE_THERAPY, "grief", "N/A");

        assertThatThrownBy(b::build).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                .contains("interventions[0].response"));
    }

    @Test
    void aTelehealthPlaceIsAPlaceAndSomeoneElseThereIsASentenceOfItsOwn() {
        assertThat(body(video("home, grandson set up tablet").build(), NoteFormat.SOAP))
                .contains("The session was held by secure video, with the client at home. The grandson set up the tablet.");
        assertThat(body(video("home office, partner in next room").build(), NoteFormat.SOAP)).contains(
                "with the client's location (the home office) verified for the session. The partner was in the next room.");
        assertThat(body(video("at mom's, kids around").build(), NoteFormat.DAP)).contains("The kids were around.")
                .doesNotContain("(kids around)");
    }

    @Test
    void whatTheClientWasDoingIsAnOccasionNeverThePlace() {
        assertThat(body(video("on lunch break in break room").build(), NoteFormat.SOAP))
                .contains("with the client joining from the break room while on lunch break.")
                .doesNotContain("from the on lunch");
        assertThat(body(video("hotel room - on work trip").build(), NoteFormat.SOAP))
                .contains("with the client joining from the hotel room while on a work trip.");
        assertThat(body(video("car - parked outside work").modality(Modality.TELEHEALTH_AUDIO).build(), NoteFormat.BIRP))
                .contains("The session was held by telephone (audio only), with the client's location (the car parked"
                        + " outside work) verified for the session.");
    }

    @Test
    void aGroupsNameIsTheSessionHeldNeverWhereTheClientWas() {
        SessionPrompt.Builder group = session().serviceType(ServiceType.GROUP).addParticipant("group member", "")
                .modality(Modality.TELEHEALTH_VIDEO).addIntervention(InterventionType.PSYCHOEDUCATION,
                        "relapse triggers", "identified HALT triggers");

        assertThat(body(group.location("IOP group via Zoom").build(), NoteFormat.SOAP))
                .contains("The IOP group was held by secure video on Zoom.").doesNotContain("joining from IOP");
        assertThat(body(group.location("DBT skills group - from home").build(), NoteFormat.SOAP))
                .contains("The DBT skills group was held by secure video, with the client at home.")
                .doesNotContain("joining from the DBT");
    }
}
