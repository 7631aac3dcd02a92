package org.practicekit.core;

import java.util.Optional;

/**
 * Root of every exception PracticeKit throws. Subclasses say what the caller should do:
 * {@link ValidationException} (fix the input), {@link RetriableException} (try again later) and
 * {@link NonRetriableException} (do not retry; fix configuration or the request).
 *
 * <p>Messages never contain PHI: they name systems, operations, fields and codes, not values.
 */
public class PracticeKitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String system;
    private final String operation;

    public PracticeKitException(String message) {
        this(message, "", "", null);
    }

    public PracticeKitException(String message, Throwable cause) {
        this(message, "", "", cause);
    }

    /**
     * @param system the external system that failed (e.g. "fhir:https://ehr.example/fhir"), or "" if none
     * @param operation the operation that failed (e.g. "routeIntake"), or "" if none
     */
    public PracticeKitException(String message, String system, String operation, Throwable cause) {
        super(decorate(message, system, operation), cause);
        this.system = system == null ? "" : system;
        this.operation = operation == null ? "" : operation;
    }

    private static String decorate(String message, String system, String operation) {
        StringBuilder sb = new StringBuilder();
        if (system != null && !system.isEmpty()) {
            sb.append('[').append(system);
            if (operation != null && !operation.isEmpty()) {
                sb.append(' ').append(operation);
            }
            sb.append("] ");
        }
        return sb.append(message).toString();
    }

    /** The external system that failed, if this failure came from an adapter. */
    public Optional<String> system() {
        return system.isEmpty() ? Optional.empty() : Optional.of(system);
    }

    /** The operation that failed, if known. */
    public Optional<String> operation() {
        return operation.isEmpty() ? Optional.empty() : Optional.of(operation);
    }
}
