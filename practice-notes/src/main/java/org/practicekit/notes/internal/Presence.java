package org.practicekit.notes.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicekit.notes.DiagnosisCode;
import org.practicekit.notes.GoalProgress;
import org.practicekit.notes.Intervention;
import org.practicekit.notes.SessionPrompt;

/**
 * Round 17: a participant typed with how long they were there ("father (joined last 15 min)", "mother - left early",
 * "stepdad, arrived at 10:30"). The role is the person; the rest says they were not there for the whole session, and
 * the note says so in a sentence of its own rather than listing them as present throughout.
 */
public final class Presence {
    // Compiled once: read for every participant of every draft.
    private static final Pattern PART = Pattern.compile("(?i)^(.+?)\\s*(?:\\(\\s*|[-\u2013,;]\\s+)((?:joined|left|arrived"
            + "|came|present|stepped|first|last|late)\\b[^()]*?)\\s*\\)?\\s*$");

    private static final Pattern MINUTES = Pattern.compile("(?i)(\\d+) ?mins?\\b\\.?");

    private Presence() {
    }

    /** The role without the note of presence: "father (joined last 15 min)" is "father". */
    public static String role(String typed) {
        Matcher m = PART.matcher(typed);
        return m.matches() && !predicate(typed).isEmpty() ? m.group(1).strip() : typed;
    }

    /**
     * The predicate saying how long they were there, shorthand written out ("joined for the last 15 minutes", "left
     * early"), or "" when the role says nothing of it.
     */
    public static String predicate(String typed) {
        Matcher m = PART.matcher(typed);
        if (!m.matches()) {
            return "";
        }
        String said = MINUTES.matcher(Shorthand.expand(m.group(2).strip(), false)).replaceAll("$1 minutes");
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.startsWith("joined last ") || lower.startsWith("joined first ")) {
            return "joined for the " + said.substring(7);
        }
        if (lower.startsWith("present last ") || lower.startsWith("present first ")) {
            return "was present for the " + said.substring(8);
        }
        if (lower.startsWith("present ") || lower.startsWith("only present ")) {
            return "was " + said;
        }
        if (lower.startsWith("last ") || lower.startsWith("first ")) {
            return "was present for the " + said;
        }
        if (lower.equals("late")) {
            return "joined late";
        }
        // Only a verb of coming or going opens a predicate as typed ("left early", "arrived at 10:30").
        return lower.startsWith("late") ? "" : said;
    }

    /**
     * Round 20: whether the prompt calls the session a couple's ("couples session", "couple's conflict", "marital
     * distress", "married 12 years", their relationship, or a Z63.0 diagnosis). A family session with the client's
     * partner is named as the couple's session (since round 23 "conjoint family psychotherapy", CPT 90847's words)
     * only then; a partner who came to learn about the client's diagnosis is family psychotherapy with the client
     * present (CPT 90847). Round 23: "conjoint" is no sign of a couple, since it
     * is CPT 90847's own word ("family psychotherapy (conjoint psychotherapy) with patient present"); clinicians read
     * a conjoint session with a spouse named "couples psychotherapy" as wrong.
     */
    public static boolean saysCouple(SessionPrompt p) {
        if (says(p.presentingConcerns()) || says(p.plan()) || says(p.homework())) {
            return true;
        }
        for (Intervention in : p.interventions()) {
            if (says(in.label()) || says(in.focus())) {
                return true;
            }
        }
        for (GoalProgress g : p.goals()) {
            if (says(g.goal())) {
                return true;
            }
        }
        for (DiagnosisCode d : p.diagnoses()) {
            // Z63.0, relationship distress with spouse or partner: the relationship is what is treated.
            if (d.code().toUpperCase(Locale.ROOT).startsWith("Z63.0")) {
                return true;
            }
        }
        return false;
    }

    private static boolean says(List<String> items) {
        for (String item : items) {
            if (says(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean says(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("couple");
        // "a couple of weeks" is a count, not the couple.
        return at >= 0 && !lower.startsWith("couple of", at) || lower.contains("marital") || lower.contains("marri")
                || lower.contains("relationship");
    }
}
