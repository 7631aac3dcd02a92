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
        if (!isCode(code)) {
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
            if (m.length() != 2 || !digitOrUpper(m.charAt(0)) || !digitOrUpper(m.charAt(1))) {
                throw new IllegalArgumentException("a modifier is two letters or digits");
            }
        }
    }

    /** Four digits then a digit or capital letter; checked by hand because a regex here dominates a suggestion's cost. */
    static boolean isCode(String code) {
        if (code.length() != 5) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return digitOrUpper(code.charAt(4));
    }

    private static boolean digitOrUpper(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
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
