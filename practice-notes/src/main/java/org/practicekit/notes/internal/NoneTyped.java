package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a typed list item records the list as none ("none", "meds - none currently", "no current meds", "denies any
 * medications", "not on any meds"). Read deny-by-default: after the field's own name as a label, the item is a word of
 * absence and nothing but words that say what is absent and when, so "not taking sertraline" or "none since March" is
 * never read as none.
 */
public final class NoneTyped {
    private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(?:current\\s+)?(?:meds|medications?|rx|psych meds"
            + "|homework|hw)\\s*(?::|-+|\u2013|\u2014|=)\\s*");
    private static final Set<String> ABSENCE = Set.of("none", "nil", "no", "denies", "denied", "not");
    // What an absence may say besides itself: what is absent (the field's own nouns), how current, and "reported".
    private static final Set<String> FILL = Set.of("any", "current", "currently", "medication", "medications", "med",
            "meds", "psychiatric", "psychotropic", "psychotropics", "prescribed", "prescription", "prescriptions", "rx",
            "at", "this", "time", "present", "presently", "reported", "noted", "taking", "on", "takes", "take",
            "homework", "hw", "assigned", "given", "the", "per", "client", "pt", "patient", "today", "for", "now");

    private NoneTyped() {
    }

    /** Whether {@code item} typed in a list records that list as none. */
    public static boolean none(String item) {
        String s = LABEL.matcher(item).replaceFirst("").toLowerCase(Locale.ROOT).replaceAll("[.;,!]+$", "").strip();
        if (s.isEmpty()) {
            return false;
        }
        String[] words = s.split("[\\s,;()\\-\u2013\u2014]+");
        boolean absence = false;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (ABSENCE.contains(w)) {
                absence = true;
            } else if (!FILL.contains(w)) {
                return false;
            }
        }
        return absence;
    }
}
