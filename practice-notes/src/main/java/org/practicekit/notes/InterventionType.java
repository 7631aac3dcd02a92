package org.practicekit.notes;

import java.util.List;

/**
 * Coded therapeutic interventions, each with the words a note may use for it. {@link #OTHER}
 * carries its name in the intervention's label.
 */
public enum InterventionType {
    COGNITIVE_RESTRUCTURING("cognitive restructuring", "cognitive restructuring", "thought record", "cognitive reframing"),
    BEHAVIORAL_ACTIVATION("behavioral activation", "behavioral activation", "activity scheduling"),
    DBT_SKILLS("DBT skills training", "dbt", "dialectical behavior", "distress tolerance", "emotion regulation skill",
            "interpersonal effectiveness"),
    MOTIVATIONAL_INTERVIEWING("motivational interviewing", "motivational interviewing", "decisional balance",
            "change talk"),
    EXPOSURE("exposure therapy", "exposure", "fear hierarchy", "exposure hierarchy"),
    EMDR("EMDR", "emdr", "eye movement desensitization", "bilateral stimulation"),
    PSYCHOEDUCATION("psychoeducation", "psychoeducation"),
    MINDFULNESS("mindfulness practice", "mindfulness", "body scan"),
    SAFETY_PLANNING("safety planning", "safety planning", "safety plan", "lethal means"),
    GROUNDING("grounding techniques", "grounding"),
    RELAXATION_TRAINING("relaxation training", "relaxation", "diaphragmatic breathing", "progressive muscle relaxation"),
    ACCEPTANCE_AND_COMMITMENT("acceptance and commitment therapy", "acceptance and commitment", "cognitive defusion",
            "values clarification"),
    PROBLEM_SOLVING("problem-solving therapy", "problem-solving", "problem solving"),
    SOCIAL_SKILLS("social skills training", "social skills"),
    PARENT_TRAINING("parent management training", "parent management", "parenting skills", "parent training"),
    COMMUNICATION_SKILLS("communication skills training", "communication skills", "speaker-listener", "active listening"),
    TRAUMA_PROCESSING("trauma narrative processing", "trauma narrative", "cognitive processing", "prolonged exposure"),
    SUPPORTIVE_THERAPY("supportive therapy", "supportive therapy", "supportive counseling"),
    SOLUTION_FOCUSED("solution-focused techniques", "solution-focused", "miracle question", "scaling question"),
    /** An intervention without a code: its label names it. */
    OTHER("other intervention");

    private final String display;
    private final List<String> terms;

    InterventionType(String display, String... terms) {
        this.display = display;
        this.terms = List.of(terms);
    }

    /** The name a note uses: "cognitive restructuring". */
    public String display() {
        return display;
    }

    /** Lower-case words or phrases that name this intervention in a note (empty for OTHER). */
    public List<String> terms() {
        return terms;
    }
}
