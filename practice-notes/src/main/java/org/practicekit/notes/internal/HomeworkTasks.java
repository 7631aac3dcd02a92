package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a homework item typed as a noun phrase asks the client to do, read from its head noun: a record or a form is
 * completed ("thought log", "values worksheet", "sleep diary"), a skill is practiced ("urge surfing practice",
 * "progressive muscle relaxation", "sleep hygiene"), a tool is used ("coping card", "mood tracking app"). A head
 * outside these classes has no verb a reader is sure of, and the item stays "Homework includes ...". The classes are
 * word classes of the head (the last noun before a preposition, a number or a frequency), never whole phrases.
 */
final class HomeworkTasks {
    /** Head nouns (singular and plural) by the verb that does them. */
    private static final Map<String, List<String>> HEADS = Map.of(
            "complete", List.of("log", "diary", "record", "worksheet", "chart", "list", "questionnaire", "hierarchy",
                    "tracker", "form", "inventory", "assignment", "sheet", "plan", "questions", "schedule", "checklist",
                    "practice", "exercise",
                    "journal", "letter", "timeline", "packet", "reading", "handout", "workbook"),
            "practice", List.of("skills", "skill", "relaxation", "breathing", "meditation",
                    "mindfulness", "surfing", "grounding", "technique", "hygiene", "imagery", "stretching"),
            "use", List.of("app", "card"));

    private static final List<String> FREQUENCY = List.of("daily", "nightly", "weekly", "twice", "once", "each", "every",
            "before", "after", "at", "in", "on", "for", "during", "when", "x", "per", "-", "until");

    /** Heads read as a practice or an amount, never counted: no "a" before them ("progressive muscle relaxation"). */
    private static final List<String> UNCOUNTED = List.of("practice", "relaxation", "breathing", "meditation",
            "mindfulness", "surfing", "grounding", "hygiene", "imagery", "stretching", "reading", "scheduling");

    private HomeworkTasks() {
    }

    /** Whether the item's head takes "a" or "an" when typed bare: a singular head that is counted. */
    static boolean counted(List<String> words) {
        String head = head(words);
        return !head.isEmpty() && !UNCOUNTED.contains(head) && !head.endsWith("s");
    }

    /** What may follow the head: when and how often, never a place or a thing ("safety plan on phone"). */
    private static final List<String> TAIL = List.of("daily", "nightly", "weekly", "twice", "once", "each", "every",
            "for", "per", "before", "after", "during", "when", "until", "this", "next", "x");

    /** The verb for a noun-phrase homework item ("complete", "practice", "use"), or "" when its head has none. */
    static String verbFor(List<String> words) {
        String head = head(words);
        if (head.isEmpty()) {
            return "";
        }
        int after = words.indexOf(head) + 1;
        if (after < words.size()) {
            String next = words.get(after).toLowerCase(Locale.ROOT);
            if (!TAIL.contains(next) && !next.matches("x?\\d.*")) {
                return "";
            }
        }
        for (Map.Entry<String, List<String>> e : HEADS.entrySet()) {
            for (String h : e.getValue()) {
                if (head.equals(h) || head.equals(h + "s") || head.equals(h + "es")
                        || h.endsWith("y") && head.equals(h.substring(0, h.length() - 1) + "ies")) {
                    return e.getKey();
                }
            }
        }
        return "";
    }

    /** Whether the item's head is a task noun ("relapse prevention plan", "urge surfing practice"). */
    static boolean isTask(List<String> words) {
        return !verbFor(words).isEmpty();
    }

    /** The head: the last word before a preposition, a number, a frequency or a dash; "" when none. */
    private static String head(List<String> words) {
        String head = "";
        for (String raw : words) {
            String w = raw.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || FREQUENCY.contains(w) || English.PREPOSITIONS.contains(w) || !Character.isLetter(w.charAt(0))
                    || w.matches("x\\d.*")) {
                break;
            }
            head = w;
        }
        return head;
    }
}
