package org.practicekit.core;

/**
 * A failure that repeating the same call will not fix: authentication, permissions, an invalid
 * request, an unknown resource, an exhausted quota, a policy that forbids the call (for example PHI
 * bound for an endpoint without a BAA).
 */
public class NonRetriableException extends PracticeKitException {
    private static final long serialVersionUID = 1L;

    public NonRetriableException(String message) {
        super(message);
    }

    public NonRetriableException(String message, String system, String operation, Throwable cause) {
        super(message, system, operation, cause);
    }
}
