package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
}
