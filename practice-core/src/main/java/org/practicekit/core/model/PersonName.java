package org.practicekit.core.model;

import java.util.Objects;

/** A person's name as they want it used: given and family name. */
public record PersonName(String given, String family) {
    public PersonName {
        Objects.requireNonNull(given, "given == null");
        Objects.requireNonNull(family, "family == null");
        if (given.isBlank() && family.isBlank()) {
            throw new IllegalArgumentException("a name needs a given or a family name");
        }
        given = given.strip();
        family = family.strip();
    }

    public static PersonName of(String given, String family) {
        return new PersonName(given, family);
    }

    /** "Given Family". */
    public String display() {
        return (given + " " + family).strip();
    }

    /** Names are PHI: toString shows only initials so a stray log line leaks nothing useful. */
    @Override
    public String toString() {
        return "PersonName[" + initial(given) + initial(family) + "]";
    }

    private static String initial(String s) {
        return s.isEmpty() ? "" : s.substring(0, 1) + ".";
    }
}
