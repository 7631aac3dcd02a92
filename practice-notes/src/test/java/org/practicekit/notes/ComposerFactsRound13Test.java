package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.testing.TestClock;

/**
 * What each typed fact is and where a signing clinician expects it: who the client is in the opening sentence, a
 * diagnosis as the record's, a telehealth place as a place, a stopped medication never listed as current. Every
 * draft passes the verifier.
 */
class ComposerFactsRound13Test {
    static final Path DEV = Path.of("src/test/resources/corpus/dev-facts-r13.jsonl");

    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-12-04T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    /** Every dev prompt in every format, the styles in turn, to target/dev-facts-r13.md for reading. */
    @Test
    void writesEveryDevDraftForReading() throws IOException {
        List<Map.Entry<String, StyleProfile>> styles = new ArrayList<>(CorpusStyles.all().entrySet());
        StringBuilder out = new StringBuilder();
        int n = 0;
        List<String> flagged = new ArrayList<>();
        for (JsonNode c : PromptJson.lines(DEV)) {
            String id = c.path("id").asText();
            SessionPrompt prompt = PromptJson.prompt(c, id);
            for (NoteFormat format : NoteFormat.standard()) {
                Map.Entry<String, StyleProfile> style = styles.get(n++ % styles.size());
                NoteDraft draft = drafter.draft(prompt, format, style.getValue());
                if (!draft.verification().passed()) {
                    flagged.add(id + " " + format.name() + "\n" + draft.verification().report());
                }
                out.append("## ").append(id).append(" (").append(format.name()).append(", ").append(style.getKey())
                        .append(")\n\n").append(draft.text().strip()).append("\n\n");
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dev-facts-r13.md"), out.toString(), StandardCharsets.UTF_8);
        assertThat(n).isEqualTo(5 * PromptJson.lines(DEV).size());
        assertThat(flagged).as("drafts the verifier flags").isEmpty();
    }

    private static final ClinicalRiskAssessment LOW = ClinicalRiskAssessment.builder(ClinicalRiskLevel.LOW)
            .ideation("denies SI, intent or plan").addRiskFactor("recent job loss").addProtectiveFactor("a close friend")
            .build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-1301").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "stress at work", "engaged").risk(LOW)
                .addPlan("continue weekly sessions");
    }

    private String body(SessionPrompt prompt, NoteFormat format) {
        NoteDraft draft = drafter.draft(prompt, format);
        assertThat(draft.verification().passed()).as(draft.verification().report() + "\n" + draft.body()).isTrue();
        return draft.body();
    }

    @Test
    void anAgeASexAndAnOccupationSayWhoTheClientIsNeverAReportedConcern() {
        String body = body(session().addConcern("34 yo F").addConcern("accountant").addConcern("panic attacks at work")
                .build(), NoteFormat.SOAP);

        assertThat(body).contains("The client is a 34-year-old woman who is an accountant.",
                "The client reported panic attacks at work.")
                .doesNotContain("reported accountant", "Presenting concerns", "Other concerns");

        String student = body(session().addConcern("college student, 19").addConcern("roommate conflict").build(),
                NoteFormat.DAP);
        assertThat(student).contains("The client is a 19-year-old college student.").doesNotContain("reported college");
    }

    @Test
    void anAgeTypedAloneJoinsTheOpeningSentenceAndNeverStandsAlone() {
        String body = body(session().addConcern("42").addConcern("worse sleep since new job").build(), NoteFormat.SOAP);

        assertThat(body).contains("The client, 42, attended a 50-minute individual psychotherapy session")
                .doesNotContain("The client is a 42-year-old.", "reported 42", "concerns: 42");
    }

    @Test
    void anAgeTypedWithYoIsSaidAsAnAgeInTheOpeningSentence() {
        SessionPrompt prompt = session().addConcern("business failing, big debt").addConcern("49 yo").build();
        String body = body(prompt, NoteFormat.BIRP);

        assertThat(body).contains("The client, age 49, attended a 50-minute individual psychotherapy session")
                .doesNotContain("reported 49", "The client is a 49-year-old.");
    }

    @Test
    void aDiagnosisAndAHistoryAreTheRecordsNotTheClientsReport() {
        String body = body(session().addConcern("dx GAD").addConcern("h/o 2 psych hospitalizations")
                .addConcern("PTSD dx'd at VA").addConcern("MDD recurrent, moderate").addConcern("worry about layoffs")
                .build(), NoteFormat.SOAP);

        assertThat(body).contains("The client has a diagnosis of GAD.",
                "The client has a history of 2 psych hospitalizations.", "The client was diagnosed with PTSD at the VA.",
                "The client has a diagnosis of MDD recurrent, moderate.")
                .doesNotContain("reported diagnosis", "reported MDD", "reported h", "Other concerns", "Presenting concerns");
    }

    @Test
    void aProgramWeekAGroupsNameAndAnInterpreterAreTheSessionsContext() {
        String group = body(session().serviceType(ServiceType.GROUP).addConcern("DBT skills group - week 4")
                .addConcern("distress tolerance").build(), NoteFormat.SOAP);
        assertThat(group).contains("This was week 4 of the DBT skills group.").doesNotContain("included DBT");

        String iop = body(session().addConcern("week 6 of 12 (IOP)").addConcern("cravings").build(), NoteFormat.BIRP);
        assertThat(iop).contains("This session was in week 6 of 12 (IOP).").doesNotContain("concerns: week");

        String interpreted = body(session().addConcern("Spanish interpreter present").addConcern("referred by PCP")
                .addConcern("low mood for 3 months").build(), NoteFormat.DAP);
        assertThat(interpreted).contains("A Spanish interpreter took part in the session.",
                "The client was referred by the PCP.").doesNotContain("reported Spanish", "noted having been referred");

        // A group's name in an individual session may be a group the client attends elsewhere: it stays a concern.
        String individual = body(session().addConcern("anger management group").build(), NoteFormat.SOAP);
        assertThat(individual).doesNotContain("This was a session of");
    }

    @Test
    void couplesAndMultiFamilySessionsAreNamedAsSuch() {
        String couple = body(session().serviceType(ServiceType.FAMILY_WITH_CLIENT).addParticipant("wife", "Lena Ortiz")
                .addConcern("married 12 years").addConcern("arguments about finances").build(), NoteFormat.DAP);
        assertThat(couple).contains("conjoint family psychotherapy session", "The couple has been married for 12 years.")
                .doesNotContain("having married");

        String families = body(session().serviceType(ServiceType.MULTI_FAMILY_GROUP).addConcern("Parenting Teens group")
                .addConcern("Phase 2").addConcern("communication at home").build(), NoteFormat.SOAP);
        assertThat(families).contains("attended a 50-minute multiple-family group psychotherapy session",
                "This was a session of the Parenting Teens group.", "This session was in Phase 2 of treatment.")
                .doesNotContain("concerns: Phase");
    }

    @Test
    void aTelehealthLocationIsReadAsAPlaceWhateverSeparatorsAreTyped() {
        String[][] cases = {
            {"Zoom - pt at home", "The session was held by secure video on Zoom, with the client at home."},
            {"client in car - parked", "The session was held by secure video, with the client's location (the parked car) verified for the session."},
            {"doxy.me / client at work (private office)",
                "The session was held by secure video on doxy.me, with the client joining from work (private office)."},
            {"video (Teams) - client at home", "The session was held by secure video on Teams, with the client at home."},
            {"from home", "The session was held by secure video, with the client at home."},
            {"Zoom/home", "The session was held by secure video on Zoom, with the client at home."},
            {"in her dorm room at college",
                "The session was held by secure video, with the client's location (her dorm room at college) verified for the session."},
            {"VSee from parked car", "The session was held by secure video on VSee, with the client's location (the parked car) verified for the session."},
            {"Doxy - at friend's apartment",
                "The session was held by secure video on Doxy, with the client's location (a friend's apartment) verified for the session."},
            {"telehealth - client at home (bedroom, door closed)",
                "The session was held by secure video, with the client at home (bedroom, door closed)."},
        };
        for (String[] c : cases) {
            String body = body(session().addConcern("low mood").modality(Modality.TELEHEALTH_VIDEO).location(c[0])
                    .build(), NoteFormat.SOAP);
            assertThat(body).as(c[0]).contains(c[1]).doesNotContain("joining from the Zoom", "location (the Zoom", "video -", " - the client",
                    "from from", "from at", "from in");
        }
        String phone = body(session().addConcern("low mood").modality(Modality.TELEHEALTH_AUDIO)
                .location("phone; pt at work in break room").build(), NoteFormat.DAP);
        // Split only at a semicolon, round 12's reading holds: the modality is not repeated.
        assertThat(phone).contains("The session was held by telephone (audio only), with the client's location (work in "
                + "break room) verified for the session.").doesNotContain("phone;");
    }

    @Test
    void aMedicationTypedAsStoppedHeldOrNotTakenIsNeverListedAsCurrent() {
        String body = body(session().addConcern("low mood").addMedication("sertraline 50 mg daily")
                .addMedication("stopped buspirone last month").addMedication("gabapentin - discontinued")
                .addMedication("held lamotrigine due to rash").addMedication("trazodone 50 mg - not taking").build(),
                NoteFormat.SOAP);

        assertThat(body).contains("Current medication was sertraline 50 mg daily.",
                "Buspirone was stopped last month.", "Gabapentin was discontinued.", "Lamotrigine was held due to rash.",
                // A negation's reach is kept as typed: the item keeps its line, never current.
                "Medications: trazodone 50 mg - not taking.")
                .doesNotContain("current medications were", "sertraline 50 mg daily and");

        String before = body(session().addConcern("low mood").addMedication("not taking quetiapine since May")
                .addMedication("d/c'd gabapentin").build(), NoteFormat.DAP);
        // "d/c'd" has no participle the verifier reads as typed: the item keeps its line, never current.
        assertThat(before).contains("Medications: not taking quetiapine since May; d/c'd gabapentin.")
                .doesNotContain("urrent medication");
    }

    @Test
    void aMissedSessionsMedicationsAreNotCalledCurrent() {
        String body = body(SamplePrompts.base("cl-1302").time(LocalTime.of(10, 0), LocalTime.of(10, 50))
                .modality(Modality.IN_PERSON).location("Maple Court office").risk(LOW).addPlan("send a letter")
                .attendance(Attendance.NO_SHOW).addOutreach("left a voicemail")
                .addMedication("lithium 600 mg twice daily").addMedication("quetiapine stopped by psychiatrist").build(),
                NoteFormat.DAP);

        assertThat(body).contains("Medications: lithium 600 mg twice daily.",
                "Quetiapine was stopped by the psychiatrist.").doesNotContain("urrent medication", "'s report");
    }
}
