package org.practicekit.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Four clinicians' styles, learned from their signed notes, for the corpus tests. */
final class CorpusStyles {
    private CorpusStyles() {
    }

    static Map<String, StyleProfile> all() {
        Map<String, StyleProfile> out = new LinkedHashMap<>();
        out.put("default", StyleProfile.defaults());
        // Third person "this writer", "patient", uppercase headers, long sentences, SI/HI and HW.
        out.put("patient-long", StyleProfile.learnedFrom(List.of("""
                SUBJECTIVE
                The patient reported ongoing worry about work deadlines, difficulty falling asleep most nights, and \
                tension headaches that have made it hard to concentrate during long afternoon meetings at the office.

                ASSESSMENT
                The patient denied SI/HI, and this writer's risk assessment identified no current risk of harm to self \
                or others while the patient continues to make steady progress on the anxiety goals of the treatment plan.

                PLAN
                For HW, the patient agreed to keep a worry log each evening and to practice the breathing exercise \
                before bed, and this writer will continue weekly sessions focused on worry and sleep.
                """)));
        // First person, "client", "S:" headers, short sentences.
        out.put("first-person-short", StyleProfile.learnedFrom(List.of("""
                S: Client reported worry. Sleep is poor. She feels tense.
                O: I used cognitive restructuring. Client found two alternatives. I gave feedback.
                A: Client denied suicidal ideation. I found no current risk. Progress is steady.
                P: I will see her weekly. Client will log worries.
                """)));
        // "This therapist", "shared", "utilized", f/u, tx and MSE, "Heading:" style, long sentences.
        out.put("therapist-shared", StyleProfile.learnedFrom(List.of("""
                Data:
                The client shared that the week had been difficult at home and shared a long account of an argument \
                with her sister about caring for their father, which this therapist utilized to explore her patterns.
                Assessment:
                MSE was notable for anxious affect, and this therapist utilized validation while the client shared \
                feelings of guilt; tx remains focused on boundaries and the client shared hope about the coming weeks.
                Plan:
                This therapist will continue tx weekly with f/u on the boundary script, and the client shared that she \
                will practice saying no to one request before the next session with this therapist.
                """)));
        return out;
    }
}
