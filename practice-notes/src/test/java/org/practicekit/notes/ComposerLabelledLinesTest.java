package org.practicekit.notes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.practicekit.notes.internal.Phrases;
import org.junit.jupiter.api.Test;
import org.practicekit.core.inmemory.InMemoryAuditLog;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.testing.TestClock;

/**
 * What the composer cannot write as a sentence with certainty is a labelled line in the clinician's own words
 * ("Plan: start IOP; recheck labs."), one line a field, the field exactly as typed, citing exactly that field; and the
 * meaning rules a signer would otherwise have to correct: who takes a plan step, what "PT" is, the note's tense, a
 * stopped medication, a diagnosis still being evaluated, a missed appointment, the client's own relatives.
 */
class ComposerLabelledLinesTest {
    private final OfflineNoteDrafter drafter = OfflineNoteDrafter.builder().clock(TestClock.at("2026-11-30T15:00:00Z"))
            .auditLog(new InMemoryAuditLog()).build();

    private static final ClinicalRiskAssessment NO_RISK = ClinicalRiskAssessment.builder(ClinicalRiskLevel.NONE)
            .ideation("denies SI/HI").build();

    private SessionPrompt.Builder session() {
        return SamplePrompts.base("cl-8001").time(LocalTime.of(14, 0), LocalTime.of(14, 50))
                .modality(Modality.IN_PERSON).location("Elm Road office").risk(NO_RISK)
                .addConcern("worse sleep since the layoff")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "coping with job loss", "engaged");
    }

    private NoteDraft draft(SessionPrompt prompt, StyleProfile style) {
        NoteDraft draft = drafter.draft(prompt, NoteFormat.SOAP, style);
        assertThat(draft.verification().passed()).as(draft.verification().report()).isTrue();
        return draft;
    }

    private NoteDraft draft(SessionPrompt prompt) {
        return draft(prompt, StyleProfile.defaults());
    }

    private static DraftSentence line(NoteDraft draft, String start) {
        return draft.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + start + " in " + draft.body()));
    }

    @Test
    void aConcernTheClientDeniedStaysDeniedNeverReported() {
        // "Client reports X" makes X the concern; "client denies X" must not: "reported X" would say the opposite.
        NoteDraft draft = draft(SamplePrompts.base("cl-8002").time(LocalTime.of(9, 0), LocalTime.of(9, 50))
                .modality(Modality.IN_PERSON).location("Elm Road office").risk(NO_RISK)
                .addConcern("pt denies urges to drink since the weekend")
                .addConcern("client refused to discuss the custody hearing")
                .addIntervention(InterventionType.SUPPORTIVE_THERAPY, "relapse prevention", "engaged")
                .addPlan("continue weekly sessions").build());

        assertThat(draft.body()).contains("The client denied urges to drink since the weekend.")
                .doesNotContain("reported urges").doesNotContain("reported that urges")
                .doesNotContain("reported to discuss").doesNotContain("reported that to discuss");
    }

    @Test
    void aFragmentIsItsFieldVerbatimUnderAPlainLabelNeverTheRecordedContentFrame() {
        NoteDraft draft = draft(session().clientResponse("tense at first -> calmer, 'this actually helps'")
                .addPlan("start IOP").addPlan("recheck labs w/ PCP").build());

        DraftSentence response = line(draft, "Overall response: ");
        assertThat(response.text()).isEqualTo("Overall response: tense at first -> calmer, 'this actually helps'.");
        assertThat(response.sources()).containsExactly("clientResponse");
        // Two items of one list field, in order, joined by "; ", each as typed.
        DraftSentence plan = line(draft, "Plan: ");
        assertThat(plan.text()).isEqualTo("Plan: start IOP; recheck labs w/ PCP.");
        assertThat(plan.sources()).containsExactly("plan[0]", "plan[1]");
        assertThat(draft.body()).doesNotContain("documented the following", "will start IOP");
    }

    @Test
    void aPlanStepGoesToTheClinicianOnlyWhenOnlyAClinicianTakesIt() {
        String body = draft(session().addPlan("refer to psychiatry for a medication evaluation")
                .addPlan("resume the mood stabilizer").addPlan("join the evening recovery group").build()).body();

        assertThat(body).contains("This clinician will refer to psychiatry for a medication evaluation.",
                "Plan: resume the mood stabilizer; join the evening recovery group.");
        assertThat(body).doesNotContain("will resume", "will move to", "will also resume");
    }

    @Test
    void aLabelledLineKeepsTheCliniciansWordsWhateverTheStyle() {
        StyleProfile patientAbbreviated = StyleProfile.learnedFrom(List.of("""
                SUBJECTIVE
                The patient reported a hard week. This writer noted SI/HI denied. HW was reviewed and f/u set.
                PLAN
                This writer will see the patient weekly. The patient agreed to HW. SI/HI reassessed; f/u next week.
                """));
        NoteDraft draft = draft(session().addPlan("client to revisit homework plan at follow-up next week")
                .addPlan("send records").build(), patientAbbreviated);

        // The value is the field as typed: "client" stays, "homework" and "follow-up" are not abbreviated inside it.
        assertThat(draft.body()).contains("client to revisit homework plan at follow-up next week");
    }

    @Test
    void physicalTherapyIsNotThePatient() {
        String body = draft(session().addPlan("schedule a session next week").addHomework("attend PT appointments twice a week").build()).body();

        assertThat(body).contains("PT appointments").doesNotContain("client appointments", "the client twice");
    }

    @Test
    void aDenialIsWrittenInTheNotesTense() {
        String body = draft(session().addPlan("schedule a session next week").clientResponse("engaged and denies urges to drink").build()).body();

        assertThat(body).contains("denied urges to drink").doesNotContain("denies");
    }

    @Test
    void aStoppedMedicationIsNeverListedAsCurrent() {
        String body = draft(session().addPlan("schedule a session next week").addMedication("sertraline 50 mg daily").addMedication("bupropion 150 mg")
                .addConcern("stopped sertraline two weeks ago because of nausea").build()).body();

        assertThat(body).contains("Current medication was bupropion 150 mg", "Medications: sertraline 50 mg daily.");
        assertThat(body).doesNotContainPattern("(?i)current medications? (?:was|were)[^.]*sertraline");
    }

    @Test
    void aDiagnosisUnderEvaluationIsNotStatedAsEstablishedOrTreated() {
        String body = draft(session().addPlan("schedule a session next week").addDiagnosis("F31.9", "bipolar disorder, unspecified, rule out").build()).body();

        assertThat(body).contains("Diagnosis: bipolar disorder, unspecified, rule out (F31.9).")
                .doesNotContain("targeted", "identified the client's diagnosis");
    }

    @Test
    void aMissedAppointmentIsNoSessionTelehealthSaysWhereTheClientWasAndARelativeIsNotTheClientsClients() {
        String missed = drafter.draft(SamplePrompts.base("cl-8002").time(LocalTime.of(9, 0), LocalTime.of(9, 5))
                .modality(Modality.TELEHEALTH_VIDEO).attendance(Attendance.NO_SHOW)
                .addOutreach("called the client's mobile and left a voicemail").risk(NO_RISK)
                .addPlan("send a letter offering a new appointment").build(), NoteFormat.SOAP).body();
        assertThat(missed).contains("scheduled for November 30, 2026, at 9:00 AM").doesNotContain("9:00 to 9:05",
                "5-minute");

        String video = draft(session().addPlan("schedule a session next week").modality(Modality.TELEHEALTH_VIDEO)
                .clientAtHome(true).location("client's home in Dayton").build()).body();
        assertThat(video).contains("The session was held by secure video, with the client's location (home in Dayton) verified for the session.");

        String family = draft(session().addPlan("schedule a session next week").serviceType(ServiceType.FAMILY_WITH_CLIENT)
                .addParticipant("client's mother", "Ines Moreau").build()).body();
        assertThat(family).contains("the client's mother (Ines Moreau)").doesNotContain("client's client");
    }

    /**
     * The contract the verifier checks: on every train and dev draft, in every format and corpus style, a labelled
     * line's value is its cited fields exactly as typed, joined by "; " in the order cited, with only a final period.
     */
    @Test
    void everyLabelledLineIsItsCitedFieldsVerbatim() {
        List<JsonNode> corpus = new ArrayList<>(PromptJson.lines(GrammarGateTest.CORPUS));
        corpus.addAll(PromptJson.lines(GrammarGateTest.CORPUS_R2));
        int lines = 0;
        for (JsonNode c : corpus) {
            SessionPrompt prompt = PromptJson.prompt(c, c.path("id").asText());
            for (NoteFormat format : List.of(NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP)) {
                for (StyleProfile style : CorpusStyles.all().values()) {
                    for (DraftSentence s : drafter.draft(prompt, format, style).sentences()) {
                        int label = Phrases.labelLength(s.text().toLowerCase(java.util.Locale.ROOT));
                        if (label == 0 || s.text().startsWith("Diagnos")) {
                            continue;
                        }
                        lines++;
                        String value = s.text().substring(label);
                        value = value.endsWith(".") && !typedWithPeriod(prompt, s.sources()) ? value.substring(0,
                                value.length() - 1) : value;
                        if (itemsInOrder(prompt, s.sources(), value) || writtenOut(prompt, s, value)
                                || concernWrittenOut(prompt, s, value)) {
                            continue;
                        }
                        assertThat(List.of(value)).as(s.text() + " " + s.sources())
                                .containsAnyElementsOf(joins(prompt, s.sources()));
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(500);
    }

    /**
     * Round 39: a response or evidence line says the chart's shorthand and the client's people written out ("pt" as
     * the client, "mom" as the client's mother (the patient's, in a patient style), "hrs" as hours), the field's words otherwise: the same words, numbers
     * and negations in the same order once the shorthand is written out and articles and "the client's" are set aside.
     */
    private static boolean writtenOut(SessionPrompt p, DraftSentence s, String value) {
        String text = s.text();
        if (s.sources().size() != 1 || !(text.startsWith("Response to ") || text.startsWith("Evidence for ")
                || text.startsWith("Overall response: ") || text.startsWith("Response: ")
                || text.startsWith("Evidence: "))) {
            return false;
        }
        return texts(p, s.sources().get(0)).stream()
                .anyMatch(field -> plainWords(org.practicekit.notes.internal.Shorthand.expand(field, false))
                        .equals(plainWords(value)));
    }

    /**
     * Round 40: a concern line says the chart's shorthand, "d/t" and "re" and the client's people written out, the
     * field's words otherwise: its words, set aside as above, stand in its cited items' words in the order typed.
     */
    private static boolean concernWrittenOut(SessionPrompt p, DraftSentence s, String value) {
        if (!(s.text().startsWith("Presenting concerns: ") || s.text().startsWith("Other concerns: "))
                || !s.sources().stream().allMatch(k -> k.startsWith("presentingConcerns"))) {
            return false;
        }
        List<String> field = new ArrayList<>();
        for (String k : s.sources()) {
            texts(p, k).stream().findFirst().ifPresent(t -> field.addAll(plainWords(
                    org.practicekit.notes.internal.ChartWording.symbolsSaid(
                            org.practicekit.notes.internal.Shorthand.expand(t, false)))));
        }
        int at = 0;
        for (String w : plainWords(value)) {
            String word = w.equals("patient") ? "client" : w;
            while (at < field.size() && !field.get(at).equals(word)) {
                at++;
            }
            if (at == field.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static List<String> plainWords(String text) {
        List<String> out = new ArrayList<>();
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9'~<>/.-]+");
        for (int k = 0; k < words.length; k++) {
            String w = words[k].replaceAll("\\.$", "");
            if (w.isEmpty() || w.equals("the") || w.equals("a") || w.equals("an")
                    || ((w.equals("client's") || w.equals("patient's")) && k + 1 < words.length
                            && org.practicekit.notes.internal.ChartWording.isRelation(words[k + 1]))) {
                continue;
            }
            out.add(w.equals("pt") ? "client" : org.practicekit.notes.internal.ChartWording.relation(w));
        }
        return out;
    }

    /**
     * A concerns line that holds some items of one typed list: each item verbatim, in the order typed, joined by "; ",
     * and more than one item left out of the line would be a subset, never a changed word.
     */
    private static boolean itemsInOrder(SessionPrompt p, List<String> sources, String value) {
        if (sources.size() != 1 || !sources.get(0).startsWith("presentingConcerns[")) {
            return false;
        }
        String field = texts(p, sources.get(0)).get(0);
        int from = 0;
        for (String item : value.split("; ")) {
            int at = field.indexOf(item, from);
            boolean whole = at >= 0 && (at == 0 || ",; ".indexOf(field.charAt(at - 1)) >= 0)
                    && (at + item.length() == field.length() || ",;".indexOf(field.charAt(at + item.length())) >= 0);
            if (!whole) {
                return false;
            }
            from = at + item.length();
        }
        return true;
    }

    private static boolean typedWithPeriod(SessionPrompt p, List<String> sources) {
        List<String> last = texts(p, sources.get(sources.size() - 1));
        return last.stream().anyMatch(t -> t.endsWith(".") || t.endsWith("?") || t.endsWith("!"));
    }

    /** Every way the cited fields join: a source holding two texts (a goal and its evidence) may be either. */
    private static List<String> joins(SessionPrompt p, List<String> sources) {
        List<String> out = new ArrayList<>(List.of(""));
        for (String src : sources) {
            List<String> next = new ArrayList<>();
            for (String prefix : out) {
                for (String t : texts(p, src)) {
                    next.add(prefix.isEmpty() ? t : prefix + "; " + t);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<String> texts(SessionPrompt p, String source) {
        int open = source.indexOf('[');
        int i = open < 0 ? -1 : Integer.parseInt(source.substring(open + 1, source.length() - 1));
        ClinicalRiskAssessment r = p.risk();
        String field = open < 0 ? source : source.substring(0, open);
        List<String> t = switch (field) {
            case "presentingConcerns" -> List.of(p.presentingConcerns().get(i));
            case "mentalStatus" -> List.of(p.mentalStatus().get(i));
            case "medications" -> List.of(p.medications().get(i));
            case "clientResponse" -> List.of(p.clientResponse());
            case "interventions" -> List.of(p.interventions().get(i).focus(), p.interventions().get(i).response());
            case "goals" -> List.of(p.goals().get(i).goal(), p.goals().get(i).evidence());
            case "homework" -> List.of(p.homework().get(i));
            case "plan" -> List.of(p.plan().get(i));
            case "outreach" -> List.of(p.outreach().get(i));
            case "risk.ideation" -> List.of(r.ideation());
            case "risk.intent" -> List.of(r.intent());
            case "risk.plan" -> List.of(r.plan());
            case "risk.means" -> List.of(r.means());
            case "risk.safetyPlan" -> List.of(r.safetyPlan());
            case "risk.followUp" -> List.of(r.followUp());
            case "risk.riskFactors" -> List.of(r.riskFactors().get(i));
            case "risk.protectiveFactors" -> List.of(r.protectiveFactors().get(i));
            case "risk.actionsTaken" -> List.of(r.actionsTaken().get(i));
            default -> List.of();
        };
        return t.stream().map(String::strip).toList();
    }
}
