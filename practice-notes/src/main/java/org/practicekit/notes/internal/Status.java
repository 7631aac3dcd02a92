package org.practicekit.notes.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Round 19 (issue 14): whether a typed item is still ahead. A clinician's list mixes what happened with what is still
 * to happen ("called 911", "call PCP tomorrow", "brother coming to pick up keys tonight"); a word of time that points
 * forward makes an item with no tense of its own (a base form, a gerund) a step still to come, written with "will".
 * Read from the phrase's own words, never guessed: an item with no such word keeps the reading it had.
 */
final class Status {
    // Words of time that point only forward from the session.
    private static final Set<String> AHEAD = Set.of("tomorrow", "tonight", "next", "later", "upcoming", "soon");

    private Status() {
    }

    /** True when {@code ph} has no tense of its own and a word of its time points forward from the session. */
    static boolean ahead(Phrase ph) {
        if (ph.form != null && ph.form != English.Form.BASE && ph.form != English.Form.GERUND) {
            return false;
        }
        for (int i = 0; i < ph.size(); i++) {
            String w = ph.word(i).toLowerCase(Locale.ROOT);
            if (AHEAD.contains(w) && !(w.equals("next") && i > 0 && ph.word(i - 1).equalsIgnoreCase("the"))) {
                return true;
            }
            if (w.equals("last") || w.equals("yesterday") || w.equals("ago")) {
                return false;
            }
        }
        return false;
    }
}
