package org.practicekit.notes.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steps a response or a goal's evidence types as arranged for later ("trial with staff planned for 3/11", "family
 * meeting scheduled"): nothing has happened yet, so the step is said in the present with its participle ("is
 * planned"), never as a deed done ("was planned" reads as over) and never as a labelled line. Read by shape: a noun
 * phrase, a participle of arranging, and at most a time or place after it; the noun phrase is checked by the caller.
 */
final class Arrangements {
    // The participles of arranging something still to come; "set" and "done" are left out, they read as finished.
    private static final Pattern ARRANGED = Pattern.compile("((?:[A-Za-z][A-Za-z0-9'\\-]*)(?: [A-Za-z][A-Za-z0-9'\\-]*){0,5})"
            + " (planned|scheduled|booked|arranged)((?: (?:for|on|at|in|with|next|tomorrow|this|before|after)"
            + "(?: [A-Za-z0-9/'\\-]+){0,4})?)");

    private Arrangements() {
    }

    /** A step arranged for later: what is arranged, the participle, and when or where (may be empty). */
    record Arranged(String what, String participle, String when) {
    }

    /** The arranged step {@code piece} types, or empty when it is not one. */
    static Optional<Arranged> read(String piece) {
        Matcher m = ARRANGED.matcher(Phrases.bare(piece.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Arranged(m.group(1), m.group(2), m.group(3)));
    }
}
