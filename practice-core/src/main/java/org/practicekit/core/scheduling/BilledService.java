package org.practicekit.core.scheduling;

import java.util.Objects;

/**
 * How a booked session will be billed, so the booking can be checked against the client's prior
 * authorization: the payer's electronic id and the CPT code the session will be claimed under.
 *
 * @param payerId the payer's electronic id (as on the client's coverage)
 * @param cptCode the CPT code, e.g. "90837"
 */
public record BilledService(String payerId, String cptCode) {
    public BilledService {
        Objects.requireNonNull(payerId, "payerId == null");
        Objects.requireNonNull(cptCode, "cptCode == null");
        if (payerId.isBlank() || cptCode.isBlank()) {
            throw new IllegalArgumentException("a billed service names the payer and the CPT code");
        }
    }
}
