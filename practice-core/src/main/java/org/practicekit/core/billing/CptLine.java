package org.practicekit.core.billing;

import java.util.List;
import java.util.Objects;

/**
 * One suggested claim line: a CPT code, its units and its modifiers in the order they go on the
 * claim (e.g. {@code 90837} x1 with {@code 95}).
 */
public record CptLine(String code, int units, List<String> modifiers) {
    public CptLine {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(modifiers, "modifiers == null");
        if (!code.matches("[0-9]{4}[0-9A-Z]")) {
            throw new IllegalArgumentException("CPT code must be five characters (four digits then a digit or letter)");
        }
        if (units < 1 || units > 99) {
            throw new IllegalArgumentException("units must be between 1 and 99");
        }
        modifiers = List.copyOf(modifiers);
        if (modifiers.size() > 4) {
            throw new IllegalArgumentException("a claim line carries at most four modifiers");
        }
        for (String m : modifiers) {
            if (!m.matches("[0-9A-Z]{2}")) {
                throw new IllegalArgumentException("a modifier is two letters or digits");
            }
        }
    }

    /** One unit of {@code code} with no modifier. */
    public static CptLine of(String code) {
        return new CptLine(code, 1, List.of());
    }

    /** {@code code}, {@code units}, modifiers as written on the claim. */
    public static CptLine of(String code, int units, String... modifiers) {
        return new CptLine(code, units, List.of(modifiers));
    }

    @Override
    public String toString() {
        return code + (modifiers.isEmpty() ? "" : "-" + String.join("-", modifiers)) + " x" + units;
    }
}
