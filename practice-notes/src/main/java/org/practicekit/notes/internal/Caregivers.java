package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.core.model.ServiceType;
import org.practicekit.notes.Participant;
import org.practicekit.notes.SessionPrompt;

/**
 * Who carries out a young child's homework: in a family session with the child present and only caregivers beside
 * the child, the home practice (a sticker chart, time-out, a bedtime routine) is the caregivers', never the child's to
 * have agreed to. Read from the client's age typed at the opening of a concern, as clinicians type it.
 */
public final class Caregivers {
    /**
     * The age from which a child is given homework of the child's own: before about 10 a therapist assigns the home
     * practice to the caregivers who carry it out (parent-child interaction therapy, behavioural parent training).
     */
    private static final int SELF_CARE_AGE = 10;
    /** The client's age opening a concern: "5yo", "6 y/o", "8 yr old", "7-year-old". */
    private static final Pattern CHILD_AGE = Pattern.compile("(?i)(\\d{1,2}) ?(?:yo|y/o|y\\.o\\.|yrs? old|years? old"
            + "|-year-old)\\b");
    private static final Set<String> CAREGIVERS = Set.of("mother", "father", "parent", "parents", "stepmother",
            "stepfather", "guardian", "grandmother", "grandfather", "foster parent", "foster mother", "foster father",
            "aunt", "uncle", "kinship caregiver");
    private static final Set<String> GRANDPARENTS = Set.of("grandmother", "grandfather", "grandparent");
    private static final Set<String> FOSTER = Set.of("foster parent", "foster mother", "foster father");

    private Caregivers() {
    }

    /**
     * The caregivers who hold a young child's homework, as the note names them ("parents", "grandmother"), or empty
     * when the client is no young child, is absent, or someone other than a caregiver came.
     */
    public static Optional<String> ofYoungChild(SessionPrompt p) {
        List<Participant> people = p.participants();
        if (p.serviceType() != ServiceType.FAMILY_WITH_CLIENT || people.isEmpty() || !youngChild(p)) {
            return Optional.empty();
        }
        for (Participant x : people) {
            if (!CAREGIVERS.contains(x.role().toLowerCase(Locale.ROOT).strip())) {
                return Optional.empty();
            }
        }
        return Optional.of(people.size() > 1 ? together(people) : people.get(0).role().toLowerCase(Locale.ROOT).strip());
    }

    /**
     * Two or more caregivers named together by what they are: "grandparents" when each is a grandparent, "foster
     * parents" when each is a foster parent, "parents" when each is a parent; "caregivers" when they differ. Why: a
     * grandmother and grandfather raising a child are not the child's parents, and a note must not say so.
     */
    public static String together(List<Participant> people) {
        if (people.stream().allMatch(x -> GRANDPARENTS.contains(x.role().toLowerCase(Locale.ROOT).strip()))) {
            return "grandparents";
        }
        if (people.stream().allMatch(x -> FOSTER.contains(x.role().toLowerCase(Locale.ROOT).strip()))) {
            return "foster parents";
        }
        boolean parents = people.stream().noneMatch(x -> GRANDPARENTS.contains(x.role().toLowerCase(Locale.ROOT)
                .strip()) || FOSTER.contains(x.role().toLowerCase(Locale.ROOT).strip())
                || Set.of("aunt", "uncle", "kinship caregiver").contains(x.role().toLowerCase(Locale.ROOT).strip()));
        return parents ? "parents" : "caregivers";
    }

    private static boolean youngChild(SessionPrompt p) {
        for (String concern : p.presentingConcerns()) {
            Matcher age = CHILD_AGE.matcher(concern.strip());
            if (age.lookingAt()) {
                return Integer.parseInt(age.group(1)) < SELF_CARE_AGE;
            }
        }
        return false;
    }
}
