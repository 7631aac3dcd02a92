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

    /**
     * Words that say which way something changed, as +1 or -1 on their axis: 'L' for amount and level ("more",
     * "down", "increased"), 'Q' for how well it goes ("better", "worsened"). A draft word whose field says the
     * opposite beside the same words reverses the prompt without a negation.
     */
    public static final Map<String, Integer> DIRECTIONS;

    static {
        Map<String, Integer> d = new java.util.HashMap<>();
        for (String w : List.of("more", "increase", "increased", "increases", "increasing", "higher", "up", "rose",
                "rising", "risen", "rises", "greater", "gain", "gained", "gaining", "spiked", "raised")) {
            d.put(w, (int) 'L');
        }
        for (String w : List.of("fewer", "less", "decrease", "decreased", "decreases", "decreasing", "lower", "down",
                "fell", "falling", "fallen", "dropped", "dropping", "reduce", "reduces", "reduced", "reducing",
                "reduction", "lost", "losing", "loss", "lowered", "lessened")) {
            d.put(w, -'L');
        }
        for (String w : List.of("better", "improved", "improving", "improvement", "improves", "improve")) {
            d.put(w, (int) 'Q');
        }
        for (String w : List.of("worse", "worsened", "worsening", "worsens", "worsen", "deteriorated",
                "deteriorating")) {
            d.put(w, -'Q');
        }
        // A hash map, not Map.copyOf: looked up for every word of every sentence the verifier reads (see WORD_CLASSES).
        DIRECTIONS = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(d));
    }

    /** Words that say something did not change: a direction written beside the same words invents a change. */
    public static final Set<String> UNCHANGED = Set.of("stable", "unchanged", "flat");

    /** Verbs whose particle "up" or "down" is no direction ("follow up", "calm down"), as dictionary forms. */
    public static final Set<String> PHRASAL = Set.of("follow", "set", "pick", "wake", "give", "show", "bring",
            "come", "end", "open", "speak", "check", "make", "sign", "look", "hang", "break", "clean", "catch", "keep",
            "hold", "call", "pull", "back", "line", "build", "stand", "sit", "get", "grow", "take", "fill", "light",
            "meet", "put", "calm", "lie", "shut", "write", "turn", "settle", "slow", "wind", "cut", "let", "step",
            "tone", "track", "play", "knock", "go", "count", "split", "wrap", "mess", "fix", "break-up", "follow-up",
            "sum", "use", "bottle", "tear", "clear", "dress", "warm", "cool", "cheer", "write-up", "hand", "jot",
            "narrow", "water", "scale", "ramp", "shake", "stir", "pent", "speed");

    /**
     * Verbs of harm and of events a note records as having happened (a hanging, an overdose, an arrest): a draft may
     * state one as done only where a cited field does, not where a field holds it as a thought, urge or plan. Words
     * with an everyday sense a note uses often ("panic attack", "substance abuse", "burned out") are left out.
     */
    public static final Set<String> EVENTS = Set.of("hang", "overdose", "cut", "hit", "arrest", "admit", "stab",
            "shoot", "strangle", "choke", "assault", "kill", "punch", "slap", "kick", "hospitalize", "drown",
            "poison", "self-harm", "rape", "hanged");

    /** Words before a verb that hold it as a thought, wish, urge, plan or possibility rather than an event. */
    public static final Set<String> UNREALIZED = Set.of("thought", "thoughts", "thinking", "think", "thinks", "urge",
            "urges", "plan", "plans", "planned", "planning", "intent", "intends", "intend", "intended", "intention",
            "want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "considered", "considering", "consider",
            "fear", "fears", "feared", "afraid", "worry", "worries", "worried", "risk", "might", "would", "could",
            "may", "to", "imagining", "imagined", "images", "ideation", "desire", "impulse", "impulses", "about",
            "fantasies", "fantasy", "contemplating", "contemplated", "researched", "researching", "if", "whether",
            "rehearsed", "rehearsing", "access", "means", "of", "how", "ways", "method", "methods", "never", "not",
            "no", "denies", "denied", "deny", "without");

    /**
     * Words that say a deed in a risk plan already happened ("already cut", "cut wrists last night", "has bought a
     * rope"). Without one, a plan field holds what the client would do, whatever tense its verb can be read in.
     */
    private static final java.util.regex.Pattern DONE = java.util.regex.Pattern.compile("(?i)\\b(already|yesterday"
            + "|ago|earlier|previously|recently|(has|have|had) (already |just )?\\w+(ed|en|t|ght|ne|wn|ung)"
            + "|last (night|evening|week|weekend|month|year|time|session|(mon|tues|wednes|thurs|fri|satur|sun)day)"
            + "|this (past|morning)|over the weekend)\\b");

    /** Whether a risk plan's text says its deed already happened. */
    public static boolean saysDone(String text) {
        return DONE.matcher(text).find();
    }

    private Lexicon() {
    }
}
