package org.practicekit.core.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.AppointmentId;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;

/**
 * An EHR held in memory: the embedded default and the reference behaviour for the EHR contract.
 * Intakes are keyed by client id (a client is one record however often its intake is routed), and
 * by idempotency key; appointments by id; notes by note id. Thread-safe.
 */
public final class InMemoryEhr implements EhrAdapter {
    private final Map<ClientId, Client> clients = new LinkedHashMap<>();
    private final Map<ClientId, Coverage> coverages = new LinkedHashMap<>();
    private final Map<String, EhrIntake> intakes = new LinkedHashMap<>();
    private final Map<AppointmentId, Appointment> appointments = new LinkedHashMap<>();
    private final Map<String, EhrNote> notes = new LinkedHashMap<>();

    @Override
    public String system() {
        return "in-memory";
    }

    @Override
    public synchronized EhrReceipt routeIntake(EhrIntake intake) {
        Objects.requireNonNull(intake, "intake == null");
        boolean created = !intakes.containsKey(intake.idempotencyKey());
        ClientId id = intake.client().id();
        if (created) {
            intakes.put(intake.idempotencyKey(), intake);
            clients.put(id, intake.client());
            intake.coverage().ifPresent(c -> coverages.put(id, c));
        }
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("Patient", "Patient/" + id.value());
        if (intake.coverage().isPresent()) {
            ids.put("Coverage", "Coverage/" + id.value());
        }
        for (int i = 0; i < intake.consents().size(); i++) {
            ids.put("Consent#" + (i + 1), "Consent/" + id.value() + "-" + intake.consents().get(i).documentId());
        }
        return new EhrReceipt(system(), intake.idempotencyKey(), ids, created);
    }

    @Override
    public synchronized EhrReceipt writeAppointment(Appointment appointment) {
        Objects.requireNonNull(appointment, "appointment == null");
        Appointment before = appointments.put(appointment.id(), appointment);
        return new EhrReceipt(system(), appointment.id().value(),
                Map.of("Appointment", "Appointment/" + appointment.id().value()), !appointment.equals(before));
    }

    @Override
    public synchronized EhrReceipt exportNote(EhrNote note) {
        Objects.requireNonNull(note, "note == null");
        boolean created = notes.putIfAbsent(note.noteId(), note) == null;
        return new EhrReceipt(system(), note.noteId(), Map.of("DocumentReference", "DocumentReference/" + note.noteId()),
                created);
    }

    @Override
    public synchronized Optional<Client> findClient(ClientId clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    @Override
    public synchronized Optional<Coverage> readCoverage(ClientId clientId) {
        return Optional.ofNullable(coverages.get(clientId));
    }

    @Override
    public synchronized List<Appointment> appointments(Instant from, Instant to) {
        List<Appointment> out = new ArrayList<>();
        for (Appointment a : appointments.values()) {
            if (!a.slot().start().isBefore(from) && a.slot().start().isBefore(to)) {
                out.add(a);
            }
        }
        out.sort(Comparator.comparing(a -> a.slot().start()));
        return out;
    }

    /** Number of distinct clients held. */
    public synchronized int clientCount() {
        return clients.size();
    }

    /** The intakes routed, one per idempotency key. */
    public synchronized List<EhrIntake> intakes() {
        return List.copyOf(intakes.values());
    }

    /** The notes exported, one per note id. */
    public synchronized List<EhrNote> notes() {
        return List.copyOf(notes.values());
    }
}
