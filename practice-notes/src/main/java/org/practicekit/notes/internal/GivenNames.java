package org.practicekit.notes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Common given names, read from the PHI detector's own list (practice-llm's {@code first-names.txt}, written for
 * PracticeKit; see its PHI-LISTS-NOTICE.txt), so that a short name spelled like an English word ("Rob", "Will",
 * "Mark", "Sue", "Pat") is read as the person when the typed piece makes it one.
 */
final class GivenNames {
    private static final String RESOURCE = "/org/practicekit/llm/phi/internal/first-names.txt";
    private static final Set<String> NAMES = read();
    private static final English EN = English.get();

    private GivenNames() {
    }

    /**
     * True when a piece opens with a given name as its subject: a participant's, or a common name that is also an
     * English word (a name that is no word, "Mateo", is read as a name already), typed capitalized and a verb's
     * inflected
     * form typed right after it ("Rob working nights", "Will refusing school", "Sue threatened termination"). A verb
     * or modal opening a piece is followed by its object or its verb's base ("Mark progress", "Will call"), never by
     * a second verb's -ing, past or third-person form, so the pair decides it.
     */
    static boolean opensAsSubject(List<String> typed, Set<String> properNames) {
        if (typed.size() < 2) {
            return false;
        }
        String first = typed.get(0);
        String next = typed.get(1);
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0)) || !Character.isLowerCase(first.charAt(1))
                || !properNames.contains(first) && !(NAMES.contains(first.toLowerCase(Locale.ROOT))
                && EN.isKnownWord(first.toLowerCase(Locale.ROOT)))
                || !next.equals(next.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean gerund = next.endsWith("ing") && EN.is(next, English.Form.GERUND);
        boolean past = EN.is(next, English.Form.PAST) && !EN.isParticipialAdjective(next) && !EN.mostlyNoun(next);
        boolean third = EN.is(next, English.Form.THIRD) && !EN.is(next, English.Form.BASE) && !EN.mostlyNoun(next);
        return gerund || past || third;
    }

    private static Set<String> read() {
        Set<String> names = new HashSet<>();
        try (InputStream in = Objects.requireNonNull(GivenNames.class.getResourceAsStream(RESOURCE),
                RESOURCE + " missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String n : line.split(",")) {
                    if (!n.isBlank()) {
                        names.add(n.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
