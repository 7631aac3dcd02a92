package org.practicekit.fhir.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends {@code Authorization: Bearer <token>} with a token the host already holds: a fixed token, or a
 * supplier asked before every request (so the host can rotate it). Thread-safe when the supplier is.
 */
public final class BearerTokenAuth implements FhirAuth {
    private final Supplier<String> tokens;

    private BearerTokenAuth(Supplier<String> tokens) {
        this.tokens = tokens;
    }

    /** A fixed token. */
    public static BearerTokenAuth of(String token) {
        Objects.requireNonNull(token, "token == null");
        requireToken(token);
        return new BearerTokenAuth(() -> token);
    }

    /** A token supplied before every request; the supplier must be thread-safe and fast. */
    public static BearerTokenAuth from(Supplier<String> tokens) {
        return new BearerTokenAuth(Objects.requireNonNull(tokens, "tokens == null"));
    }

    private static String requireToken(String token) {
        if (token == null || token.isBlank() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("a bearer token is one or more visible ASCII characters");
        }
        return token;
    }

    @Override
    public Optional<String> authorization() {
        return Optional.of("Bearer " + requireToken(tokens.get()));
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "BearerTokenAuth[***]";
    }
}
