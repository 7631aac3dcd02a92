package org.practicekit.core.billing.auth;

import java.time.LocalDate;
import java.util.Objects;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;

/**
 * A session to check against prior authorizations: booked or completed, identified by a stable key
 * (the appointment id) so that using it twice counts once.
 *
 * @param sessionKey stable id of the session, e.g. the appointment id
 * @param clientId the client
 * @param clinicianId the rendering clinician
 * @param payerId the payer's electronic id
 * @param code the CPT code the session will be billed under
 * @param date the date of service
 * @param units units the session uses (usually 1)
 */
public record SessionRequest(String sessionKey, ClientId clientId, ClinicianId clinicianId, String payerId, String code,
        LocalDate date, int units) {
    public SessionRequest {
        Objects.requireNonNull(sessionKey, "sessionKey == null");
        Objects.requireNonNull(clientId, "clientId == null");
        Objects.requireNonNull(clinicianId, "clinicianId == null");
        Objects.requireNonNull(payerId, "payerId == null");
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(date, "date == null");
        if (sessionKey.isBlank()) {
            throw new IllegalArgumentException("sessionKey is blank");
        }
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1");
        }
    }

    /** A one-unit session. */
    public static SessionRequest of(String sessionKey, ClientId clientId, ClinicianId clinicianId, String payerId, String code,
            LocalDate date) {
        return new SessionRequest(sessionKey, clientId, clinicianId, payerId, code, date, 1);
    }
}
