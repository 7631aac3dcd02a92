package org.practicekit.notes.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may report something about the client (relatives, school, medical and nursing staff, case managers, probation
 * and court, employers, roommates, group members, interpreters), from {@code reporters.txt}: one vocabulary the
 * composer's source reading and the verifier's {@link Actors} both read, so every way a prompt types a collateral
 * source ("nurse reports", "per RN", "CM states", "(per teacher)", "collateral from spouse:") is the same person to
 * both. A short form in capitals ("PO", "CM") names a person only where it reports: "po" is also "by mouth".
 */
public final class Reporters {
    /** Word or two-word phrase (lower case) to role. */
    private static final Map<String, String> WORDS;
    /** Short forms (lower case) to role: a person only where they report. */
    private static final Map<String, String> SHORT;
    /** Verbs that say a reporter reports what follows ("RN reports", "CM states"), as typed in a prompt. */
    private static final Set<String> REPORTING = Set.of("reports", "reported", "report", "states", "stated", "state",
            "says", "said", "notes", "noted", "describes", "described", "shares", "shared", "endorses", "endorsed",
            "denies", "denied", "confirms", "confirmed", "observes", "observed", "indicates", "indicated", "writes",
            "wrote", "mentions", "mentioned", "relays", "relayed", "adds", "added", "concerned", "worried", "called",
            "emailed", "texted");

    static {
        Map<String, String> words = new HashMap<>();
        Map<String, String> shortForms = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(Reporters.class.getResourceAsStream("reporters.txt"),
                "reporters.txt"); BufferedReader r = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                String role = line.substring(0, colon).strip();
                for (String surface : line.substring(colon + 1).split(",")) {
                    String s = surface.strip();
                    if (s.isEmpty()) {
                        continue;
                    }
                    boolean abbreviated = s.length() <= 3 && s.equals(s.toUpperCase(Locale.ROOT));
                    (abbreviated ? shortForms : words).putIfAbsent(s.toLowerCase(Locale.ROOT), role);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WORDS = Map.copyOf(words);
        SHORT = Map.copyOf(shortForms);
    }

    private Reporters() {
    }

    /** Every one-word surface (lower case), short forms aside. */
    public static Set<String> words() {
        Set<String> out = new java.util.HashSet<>();
        WORDS.keySet().stream().filter(w -> w.indexOf(' ') < 0).forEach(out::add);
        return Set.copyOf(out);
    }

    /** The role a lower-case word names ("mom" to "mother", "caseworker" to "case manager"), never a short form. */
    public static Optional<String> role(String word) {
        return Optional.ofNullable(WORDS.get(word));
    }

    /** The role two lower-case words name together ("case manager", "nursing staff"), if they are one surface. */
    public static Optional<String> role(String first, String second) {
        return Optional.ofNullable(WORDS.get(first + " " + second));
    }

    /** The role a short form names ("rn" to "nurse", "po" to "probation officer"), wherever it stands. */
    public static Optional<String> shortForm(String word) {
        return Optional.ofNullable(SHORT.get(word));
    }

    /**
     * The role of the reporter at {@code i} in lower-case {@code words}: a word or two-word surface anywhere, a short
     * form only after "per" or "from", in parentheses, or before a report verb ("per RN", "CM states").
     */
    public static Optional<String> at(List<String> words, int i) {
        String w = words.get(i);
        if (i + 1 < words.size()) {
            Optional<String> two = role(w, words.get(i + 1));
            if (two.isPresent()) {
                return two;
            }
        }
        Optional<String> one = role(w);
        if (one.isPresent()) {
            return one;
        }
        String s = SHORT.get(w);
        if (s == null) {
            return Optional.empty();
        }
        String before = i > 0 ? words.get(i - 1) : "";
        String after = i + 1 < words.size() ? words.get(i + 1) : "";
        return before.equals("per") || before.equals("from") || before.equals("(") || REPORTING.contains(after)
                ? Optional.of(s) : Optional.empty();
    }

    /** Whether {@code verb} (lower case) says its subject reports what follows, as prompts type it. */
    public static boolean reporting(String verb) {
        return REPORTING.contains(verb);
    }
}
