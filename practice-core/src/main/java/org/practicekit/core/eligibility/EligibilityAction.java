package org.practicekit.core.eligibility;

import java.time.Instant;
import java.util.Objects;
import org.practicekit.core.model.ClientId;

/**
 * One thing {@link EligibilityWatch#due} did: a coverage re-checked ({@code eligibility.rechecked}),
 * a check the payer could not answer put off ({@code eligibility.deferred}), or a staff item raised
 * (the problem's code, e.g. {@code eligibility.coverage-lapsed}). PHI-free.
 *
 * @param clientId whose coverage
 * @param code what was done
 * @param key the idempotency key of a staff item, or the check's own key
 * @param at when
 */
public record EligibilityAction(ClientId clientId, String code, String key, Instant at) {
    public EligibilityAction {
        Objects.requireNonNull(clientId, "clientId == null");
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(at, "at == null");
    }
}
