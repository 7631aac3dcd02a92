package org.practicekit.notes;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ICD-10-CM diagnosis on the client's treatment plan.
 *
 * @param code the code with its dot ("F41.1")
 * @param description the diagnosis in words ("generalized anxiety disorder")
 */
public record DiagnosisCode(String code, String description) {
    private static final Pattern ICD10 = Pattern.compile("[A-TV-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    public DiagnosisCode {
        code = Objects.requireNonNull(code, "code == null").strip();
        description = Objects.requireNonNull(description, "description == null").strip();
        if (!ICD10.matcher(code).matches()) {
            throw new IllegalArgumentException("not an ICD-10-CM code");
        }
        if (description.isEmpty()) {
            throw new IllegalArgumentException("description is blank");
        }
    }

    /** True when {@code code} has the ICD-10-CM shape. */
    public static boolean isIcd10(String code) {
        return ICD10.matcher(code).matches();
    }
}
