package org.practicekit.fhir.auth;

import java.util.Optional;

/**
 * Supplies the {@code Authorization} header for every request {@link org.practicekit.fhir.FhirEhrAdapter}
 * sends. Implementations: {@link #none()}, {@link BearerTokenAuth}, {@link SmartBackendServicesAuth}.
 *
 * <p>Contract: thread-safe; called once per HTTP request, so cache anything expensive. A credential
 * never appears in a log line, an exception message or {@code toString()}. Failures to obtain a
 * credential throw {@link org.practicekit.core.RetriableException} or
 * {@link org.practicekit.core.NonRetriableException}.
 */
public interface FhirAuth {
    /** The header value for the next request ({@code "Bearer …"}), or empty to send none. */
    Optional<String> authorization();

    /** The EHR answered 401 to a request carrying the last header: forget any cached credential. */
    default void rejected() {
    }

    /** No authentication (an open test server, or a gateway that authenticates by network). */
    static FhirAuth none() {
        return new FhirAuth() {
            @Override
            public Optional<String> authorization() {
                return Optional.empty();
            }

            @Override
            public String toString() {
                return "FhirAuth.none()";
            }
        };
    }
}
