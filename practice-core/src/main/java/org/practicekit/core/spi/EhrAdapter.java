package org.practicekit.core.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;

/**
 * The practice's EHR, as PracticeKit writes to and reads from it. Implementations: the in-memory
 * EHR (embedded default, tests) and {@code FhirEhrAdapter} (FHIR R4) in practice-fhir.
 *
 * <p>Contract: every write is idempotent on its key (intake key, appointment id, note id), so a
 * retry after a timeout or a crash never duplicates a client, appointment or note. Failures
 * throw {@link org.practicekit.core.RetriableException} (safe to repeat) or
 * {@link org.practicekit.core.NonRetriableException}; messages name the EHR and operation, never PHI.
 * Thread-safe.
 */
public interface EhrAdapter {
    /** A short name of the EHR for errors and audit ("fhir:https://ehr.example/fhir", "in-memory"). */
    String system();

    /** Writes a completed intake in one all-or-nothing, idempotent operation. */
    EhrReceipt routeIntake(EhrIntake intake);

    /** Creates the appointment or updates its status, keyed by the appointment id. */
    EhrReceipt writeAppointment(Appointment appointment);

    /** Exports a signed note (or addendum), keyed by the note id. */
    EhrReceipt exportNote(EhrNote note);

    /** Finds a client by the practice's client id. */
    Optional<Client> findClient(ClientId clientId);

    /** The client's current coverage, if the EHR holds one. */
    Optional<Coverage> readCoverage(ClientId clientId);

    /** Appointments starting in [from, to), for every clinician. */
    List<Appointment> appointments(Instant from, Instant to);
}
