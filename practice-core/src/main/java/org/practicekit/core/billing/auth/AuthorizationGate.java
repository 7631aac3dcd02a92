package org.practicekit.core.billing.auth;

/**
 * What a scheduler asks before it books a session for a payer that authorizes care: does this session
 * fit an authorization? A booking whose check {@link AuthorizationCheck#blocksBooking() blocks} is
 * refused unless staff override. {@link AuthorizationLedger} implements it; a scheduler depends only on
 * this interface. Implementations are thread-safe and answer without side effects.
 */
@FunctionalInterface
public interface AuthorizationGate {
    /** Checks one session without using any units. */
    AuthorizationCheck check(SessionRequest session);

    /** A gate that never blocks: for practices that do not track authorizations. */
    static AuthorizationGate none() {
        return s -> new AuthorizationCheck("", java.util.List.of(), java.util.List.of(), 0);
    }
}
