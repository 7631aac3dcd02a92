package org.practicekit.notes.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicekit.notes.InterventionType;

/**
 * Word lists the verifier uses beside the clinical-entity resource: intervention names, people,
 * number words and capitalized words that are not names. Lower case; multi-word entries are matched
 * as phrases.
 */
public final class Lexicon {
    /** Intervention names: every coded type's words plus other named techniques. */
    public static final List<String> INTERVENTIONS;

    static {
        Set<String> all = new LinkedHashSet<>();
        for (InterventionType t : InterventionType.values()) {
            all.addAll(t.terms());
        }
        all.addAll(List.of("cbt", "cognitive behavioral therapy", "cognitive-behavioral", "dialectical behavior therapy",
                "hypnosis", "hypnotherapy", "biofeedback", "neurofeedback", "role-play", "role play", "empty chair",
                "chair work", "narrative therapy", "play therapy", "sand tray", "art therapy", "gottman",
                "emotionally focused", "psychodynamic", "exposure and response prevention", "erp",
                "imagery rescripting", "schema therapy", "internal family systems", "brainspotting",
                "interpersonal therapy", "trauma-focused", "tf-cbt", "cognitive processing therapy",
                "thought stopping", "guided imagery", "systematic desensitization", "habit reversal"));
        INTERVENTIONS = List.copyOf(all);
    }

    /** People a draft may mention only when the prompt does. */
    public static final Set<String> PEOPLE = Set.of("mother", "father", "mom", "dad", "stepmother", "stepfather",
            "parent", "parents", "guardian", "wife", "husband", "spouse", "partner", "boyfriend", "girlfriend",
            "fiance", "fiancee", "son", "daughter", "child", "children", "kids", "brother", "sister", "sibling",
            "siblings", "grandmother", "grandfather", "grandparent", "aunt", "uncle", "cousin", "friend", "friends",
            "roommate", "coworker", "coworkers", "boss", "supervisor", "teacher", "principal", "psychiatrist",
            "pcp", "physician", "doctor", "nurse", "caseworker", "attorney", "lawyer", "officer", "pastor", "coach",
            "manager", "employer", "neighbor", "classmate", "sponsor", "stepson", "stepdaughter", "niece", "nephew",
            "grandson", "granddaughter", "mentor");

    /** Cardinal number words and their digits. */
    public static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"),
            Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
            Map.entry("hundred", "100"));

    /** Capitalized words that are not people: calendar words, instruments, headings, common proper adjectives. */
    public static final Set<String> NOT_NAMES = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "AM", "PM", "I", "PHQ", "GAD", "EMDR", "DBT", "CBT", "ACT", "SI", "HI",
            "MSE", "HW", "TIPP", "DEAR", "MAN", "ICD", "CPT", "SOAP", "DAP", "BIRP", "GIRP", "PIRP", "Subjective",
            "Objective", "Assessment", "Plan", "Data", "Behavior", "Intervention", "Response", "Goal", "Problem",
            "Socratic", "English", "Spanish", "Overall", "PracticeKit", "AI", "SUDS", "ERP", "PTSD", "OCD", "ADHD");

    private Lexicon() {
    }
}
