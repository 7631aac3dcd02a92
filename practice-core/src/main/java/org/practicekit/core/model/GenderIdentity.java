package org.practicekit.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The gender a client identifies with, as they chose it on the intake form. Kept apart from
 * {@link AdministrativeSex}: insurance needs the one, the clinician and every text respect the other.
 */
public enum GenderIdentity {
    WOMAN("woman"),
    MAN("man"),
    NON_BINARY("non-binary"),
    TRANSGENDER_WOMAN("transgender woman"),
    TRANSGENDER_MAN("transgender man"),
    ANOTHER_IDENTITY("another identity"),
    DECLINED("chose not to answer");

    private final String display;

    GenderIdentity(String display) {
        this.display = display;
    }

    /** In words, as the form shows it. */
    public String display() {
        return display;
    }

    /** The form's choice code ("woman", "non-binary", "transgender-man"): the name in lower case with dashes. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The identity an intake answer's code names, if it names one. */
    public static Optional<GenderIdentity> fromCode(String code) {
        for (GenderIdentity g : values()) {
            if (g.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
