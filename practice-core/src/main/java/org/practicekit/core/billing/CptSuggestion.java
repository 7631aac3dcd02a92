package org.practicekit.core.billing;

import java.util.List;
import java.util.Objects;

/**
 * What {@link CptSuggester} proposes for one session: the lines to bill (empty when nothing is
 * billable), the two-digit place of service, one readable reason per line and per rule applied, and
 * warnings the clinician or biller should read before confirming. A suggestion only: a person confirms.
 *
 * @param billable true when at least one line may be billed
 * @param lines the suggested lines, primary first; empty when not billable
 * @param placeOfService the two-digit place-of-service code ("11", "10", "02", "12")
 * @param rationale why each line and each rule applied, in order
 * @param warnings what to check or document; dropped add-ons are named here
 */
public record CptSuggestion(boolean billable, List<CptLine> lines, String placeOfService, List<String> rationale,
        List<String> warnings) {
    public CptSuggestion {
        Objects.requireNonNull(lines, "lines == null");
        Objects.requireNonNull(placeOfService, "placeOfService == null");
        Objects.requireNonNull(rationale, "rationale == null");
        Objects.requireNonNull(warnings, "warnings == null");
        lines = List.copyOf(lines);
        rationale = List.copyOf(rationale);
        warnings = List.copyOf(warnings);
        if (billable == lines.isEmpty()) {
            throw new IllegalArgumentException("a suggestion is billable exactly when it has lines");
        }
        if (placeOfService.length() != 2 || !Character.isDigit(placeOfService.charAt(0))
                || !Character.isDigit(placeOfService.charAt(1))) {
            throw new IllegalArgumentException("place of service is a two-digit code");
        }
    }

    /** The codes of the lines in order, e.g. {@code [90834, 90785]}. */
    public List<String> codes() {
        return lines.stream().map(CptLine::code).toList();
    }

    /** The line for {@code code}, if suggested. */
    public java.util.Optional<CptLine> line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
