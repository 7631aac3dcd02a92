package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A medication item typed with what became of it ("stopped buspirone last month", "gabapentin - discontinued",
 * "held lamotrigine due to rash", "trazodone 50 mg prn - not taking"): the medication, what happened to it, and the rest
 * as typed (when, why, by whom). Such a medication is never current; the note says what happened to it.
 */
final class MedicationStatus {
    enum Status { STOPPED, HELD, NOT_TAKING }

    /**
     * @param name the medication and its dose as typed
     * @param status what became of it
     * @param participle what was done to it, for "was ..." ("discontinued", "tapered off", "on hold"); empty for
     *     {@link Status#NOT_TAKING}
     * @param rest when, why or by whom ("last month", "due to rash", "by the psychiatrist"), or empty
     * @param typed the status words as typed ("not taking"), lower case
     * @param first whether the status was typed before the name ("not taking quetiapine")
     */
    record Reading(String name, Status status, String participle, String rest, String typed, boolean first) {
    }

    private MedicationStatus() {
    }

    private static final Pattern WORD = Pattern.compile("(?i)\\b(self-discontinued|discontinued|discontinuing|d/c'?d"
            + "|dc'?d|stopped taking|stopped|quit|tapered off|weaned off|finished|completed|on hold|held|holding|paused"
            + "|no longer taking|not currently taking|not taking|not taken|not using|ran out of|off of)(?![\\w'/])");
    // What says when, why or by whom, after the medication's name and dose.
    private static final Pattern REST = Pattern.compile("(?i)\\s+(?=(?:last|in|on|since|due|because|per|by|after|before"
            + "|yesterday|today|this|\\d+ (?:days?|weeks?|wks?|months?|mos?) ago|x\\s?\\d)\\b)");

    private static final ClinicalLexicon LEXICON = ClinicalLexicon.standard();
    private static final Pattern OWN_ACTOR = Pattern.compile("(?i)\\b(?:on (?:own|(?:his|her|their) own)|self|"
            + "himself|herself|themselves|pt|client|patient)\\b");
    private static final Pattern BY = Pattern.compile("(?i)^(by|per)\\s+(.+)$");

    /** Whether the item says anything became of the medication, read or not. */
    static boolean mentions(String typed) {
        return WORD.matcher(typed).find();
    }

    /** What became of the medication, when the item says it; empty for a medication typed as taken. */
    static Optional<Reading> read(String typed) {
        String item = Phrases.bare(typed.strip());
        Matcher m = WORD.matcher(item);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String before = trim(item.substring(0, m.start()));
        String after = trim(item.substring(m.end()));
        String name;
        String rest;
        if (before.isEmpty()) {
            // "stopped buspirone last month": the name, then when.
            String[] parts = REST.split(after, 2);
            name = trim(parts[0]);
            rest = parts.length > 1 ? parts[1].strip() : "";
        } else {
            // "quetiapine stopped by psychiatrist", "gabapentin - discontinued".
            name = before;
            rest = after;
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || WORD.matcher(rest).find()
                // Round 32c: "sertraline 50 mg (pt self-discontinued 3/2)": a parenthesis opened before the status
                // word names who acted ("pt", "mom"); "was ..." would give that person's act to no one or to the
                // client as done to them. Kept as typed.
                || name.indexOf('(') > name.indexOf(')')
                // Round 33: "sertraline 100 mg (stopped on own 11/28)": the client stopped it; "was stopped on own"
                // gives the deed to no one. A stop that names its actor in the words after it stays as typed.
                || OWN_ACTOR.matcher(rest).find()
                || name.split("\\s+").length > 6 || !namesMedication(name, true) || namesMedication(rest, false)
                || rest.toLowerCase(Locale.ROOT).matches(".*\\b(?:restart\\w*|resum\\w*|start\\w*|switch\\w*|chang\\w*"
                + "|increas\\w*|decreas\\w*|but|still)\\b.*")) {
            // Deny by default: the name opens with a medication the lexicon knows, and nothing after it says the
            // medication was taken again or another one started.
            return Optional.empty();
        }
        Matcher by = BY.matcher(rest);
        if (by.matches()) {
            rest = by.group(1).toLowerCase(Locale.ROOT) + " " + TypedFacts.the(by.group(2));
        }
        Status status = switch (word) {
            case "on hold", "held", "holding", "paused" -> Status.HELD;
            case "no longer taking", "not currently taking", "not taking", "not taken", "not using", "ran out of" ->
                Status.NOT_TAKING;
            default -> Status.STOPPED;
        };
        // The typed word where it is a participle, so the sentence says what the clinician typed; a word that is none
        // ("quit", "off of", "holding") is not read here, and the item stays as typed.
        // "not taking", "ran out of": a negation whose reach a sentence cannot keep with certainty; kept as typed.
        if (word.matches("discontinuing|stopped taking|quit|off of|holding|d/c'?d|dc'?d|not taking|not taken"
                + "|no longer taking|not currently taking|not using|ran out of")) {
            return Optional.empty();
        }
        String participle = status == Status.NOT_TAKING ? "" : word;
        return Optional.of(new Reading(name, status, participle, rest, word, before.isEmpty()));
    }

    /** Whether a medication the lexicon knows is named in {@code text}, or, with {@code first}, opens it. */
    private static boolean namesMedication(String text, boolean first) {
        return LEXICON.find(ClinicalLexicon.words(text.toLowerCase(Locale.ROOT))).stream()
                .anyMatch(m -> m.category() == ClinicalLexicon.Category.MEDICATION && (!first || m.at() == 0));
    }

    private static String trim(String text) {
        return text.replaceAll("^[\\s\\-\u2013\u2014,;:()]+|[\\s\\-\u2013\u2014,;:()]+$", "");
    }
}
