package org.practicekit.notes.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicekit.core.model.ScreeningScore;
import org.practicekit.notes.DiagnosisCode;
import org.practicekit.notes.GoalProgress;
import org.practicekit.notes.Intervention;
import org.practicekit.notes.Participant;
import org.practicekit.notes.ClinicalRiskAssessment;
import org.practicekit.notes.SessionPrompt;

/**
 * The prompt as source fields: each field path ("interventions[0]") with the text a sentence
 * citing it may draw on. Used by the verifier and to show the LLM what it may cite.
 */
public final class PromptSources {
    private PromptSources() {
    }

    /**
     * Field path to source text, in prompt order, as the note is drafted from it: another group member's name reads
     * "another group member" ({@link GroupMembers}).
     */
    public static Map<String, String> of(SessionPrompt p) {
        Map<String, String> out = typed(p);
        List<String> names = GroupMembers.names(p);
        out.replaceAll((key, text) -> key.startsWith("participants[") || key.equals("session") ? text
                : GroupMembers.unnamed(names, WhoIsWho.written(p, text)));
        return out;
    }

    /** Field path to source text, in prompt order, as typed. */
    public static Map<String, String> typed(SessionPrompt p) {
        // Why: the composer (who is named) and the verifier (its sources) each ask within one draft; callers change
        // their map, so each gets its own copy.
        return new LinkedHashMap<>(PromptReading.<Map<String, String>>ofPrompt(p, "typed", "", t -> typedOnce(p)));
    }

    private static Map<String, String> typedOnce(SessionPrompt p) {
        Map<String, String> out = new LinkedHashMap<>();
        // Why: the service type comes last, so the "without" of FAMILY_WITHOUT_CLIENT negates nothing after it.
        // "Zoom/home": a slash between two words of a location may separate them; the location is kept as typed too.
        String location = p.location().indexOf('/') < 0 ? p.location()
                : p.location() + ". " + p.location().replaceAll("(?<=[A-Za-z])/(?=[A-Za-z])", " / ");
        out.put("session", location + ". " + Phrases.date(p.date()) + " " + Phrases.weekdayDate(p.date()) + " "
                + Phrases.timeRange(p.start(), p.end()) + " " + Phrases.time(p.start()) + " " + Phrases.time(p.end())
                + " " + p.minutes() + " minutes minute " + p.modality().name().replace('_', ' ')
                + (p.clientAtHome() ? " home" : "") + " " + p.serviceType().name().replace('_', ' '));
        List<Participant> participants = p.participants();
        for (int i = 0; i < participants.size(); i++) {
            // Another family's member is written by role ("another member's parent"), which the field then holds.
            out.put("participants[" + i + "]", participants.get(i).role() + " " + participants.get(i).name()
                    + (WhoIsWho.otherFamily(p, participants.get(i))
                    ? "; " + WhoIsWho.otherFamilyRole(participants.get(i)) : ""));
        }
        indexed(out, "presentingConcerns", p.presentingConcerns());
        indexed(out, "medications", p.medications());
        for (org.practicekit.notes.RecordedNone none : p.recordedAsNone()) {
            // Why: a field typed as none is the clinician's record that there is none; the sentence stating it cites it.
            out.put(none.field(), (none.field().equals("medications") ? "no medication; not taking any medication at"
                    + " present; no current medication is recorded; " : "no homework assigned; ") + none.typed());
        }
        indexed(out, "mentalStatus", p.mentalStatus());
        List<ScreeningScore> scores = p.screeningScores();
        for (int i = 0; i < scores.size(); i++) {
            ScreeningScore s = scores.get(i);
            String item9 = "";
            int answer = s.itemScores().get(s.itemScores().size() - 1);
            if (s.instrument() == ScreeningScore.Instrument.PHQ9 && answer > 0) {
                // Why: the risk part states a non-zero item 9 in the instrument's words; the field is the answer.
                item9 = "; PHQ-9 item 9 thoughts that you would be better off dead or of hurting yourself scored "
                        + answer + " " + List.of("not at all", "several days", "more than half the days",
                        "nearly every day").get(answer);
            }
            out.put("screeningScores[" + i + "]", s.instrument().display() + " total score " + s.total() + " "
                    + s.band() + " range" + item9);
        }
        List<Intervention> interventions = p.interventions();
        for (int i = 0; i < interventions.size(); i++) {
            Intervention in = interventions.get(i);
            out.put("interventions[" + i + "]", in.name() + "; " + String.join("; ", in.type().terms()) + "; "
                    + in.focus() + "; " + in.response());
        }
        if (!p.clientResponse().isEmpty()) {
            out.put("clientResponse", p.clientResponse());
        }
        ClinicalRiskAssessment r = p.risk();
        out.put("risk.level", "risk " + r.level().display() + " " + r.level().name().toLowerCase(java.util.Locale.ROOT)
                + " current harm self others");
        optional(out, "risk.ideation", r.ideation());
        optional(out, "risk.intent", r.intent());
        optional(out, "risk.plan", r.plan());
        optional(out, "risk.means", r.means());
        optional(out, "risk.safetyPlan", r.safetyPlan());
        optional(out, "risk.followUp", r.followUp());
        indexed(out, "risk.riskFactors", r.riskFactors());
        indexed(out, "risk.protectiveFactors", r.protectiveFactors());
        indexed(out, "risk.actionsTaken", r.actionsTaken());
        List<GoalProgress> goals = p.goals();
        for (int i = 0; i < goals.size(); i++) {
            GoalProgress g = goals.get(i);
            out.put("goals[" + i + "]", g.goal() + "; " + g.rating().predicate() + "; " + g.evidence());
        }
        indexed(out, "outreach", p.outreach());
        indexed(out, "homework", p.homework());
        indexed(out, "plan", p.plan());
        p.nextAppointment().ifPresent(n -> out.put("nextAppointment", Phrases.weekdayDate(n.toLocalDate()) + " "
                + Phrases.time(n.toLocalTime()) + " next session scheduled"));
        List<DiagnosisCode> dx = p.diagnoses();
        for (int i = 0; i < dx.size(); i++) {
            out.put("diagnoses[" + i + "]", dx.get(i).code() + " " + dx.get(i).description());
        }
        return out;
    }

    private static void optional(Map<String, String> out, String field, String value) {
        if (!value.isEmpty()) {
            out.put(field, value);
        }
    }

    private static void indexed(Map<String, String> out, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            out.put(field + "[" + i + "]", values.get(i));
        }
    }
}
