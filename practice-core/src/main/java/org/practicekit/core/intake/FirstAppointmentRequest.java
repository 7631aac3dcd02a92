package org.practicekit.core.intake;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.ClinicianId;

/**
 * A request to confirm a new client's first appointment.
 *
 * @param idempotencyKey deterministic per case ("intake/&lt;caseId&gt;/first-appointment")
 * @param caseId the intake case
 * @param clientId the client, now in the EHR
 * @param clinicianId the clinician named with the inquiry, if any
 * @param requestedStart the start offered with the inquiry, if any
 */
public record FirstAppointmentRequest(String idempotencyKey, String caseId, ClientId clientId,
        Optional<ClinicianId> clinicianId, Optional<Instant> requestedStart) {
    public FirstAppointmentRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
        Objects.requireNonNull(caseId, "caseId == null");
        Objects.requireNonNull(clientId, "clientId == null");
        Objects.requireNonNull(clinicianId, "clinicianId == null");
        Objects.requireNonNull(requestedStart, "requestedStart == null");
    }
}
