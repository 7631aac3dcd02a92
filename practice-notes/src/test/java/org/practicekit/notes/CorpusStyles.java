package org.practicekit.notes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Four clinicians' styles, learned from their signed notes, for the corpus tests. */
final class CorpusStyles {
    private CorpusStyles() {
    }

    /**
     * Learned once per test JVM: a profile is immutable, and learning one runs every style pattern over the notes,
     * which the corpus tests that ask for the styles per prompt and format paid again each time (a fifth of the
     * whole-corpus hand-over test's time in a profile).
     */
    private static final Map<String, StyleProfile> ALL = Collections.unmodifiableMap(learned());

    /** The four styles in their fixed order: default, patient-long, first-person-short, therapist-shared. */
    static Map<String, StyleProfile> all() {
        return ALL;
    }

    private static Map<String, StyleProfile> learned() {
        Map<String, StyleProfile> out = new LinkedHashMap<>();
        out.put("default", StyleProfile.defaults());
        // Third person "this writer", "patient", uppercase headers, long sentences, SI/HI and HW.
        out.put("patient-long", StyleProfile.learnedFrom(StyleProfileTest.OKAFOR_NOTES));
        // First person, "client", "S:" headers, short sentences.
        out.put("first-person-short", StyleProfile.learnedFrom(StyleProfileTest.WHITFIELD_NOTES));
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
