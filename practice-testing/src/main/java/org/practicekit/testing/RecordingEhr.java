package org.practicekit.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.RetriableException;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;

/**
 * An in-memory EHR for tests that records every call and can lose a response: with
 * {@link #loseNextResponse()} the next write is applied and then reported as a timeout, exactly what
 * a caller sees when the connection drops after the EHR committed. Thread-safe.
 */
public final class RecordingEhr implements EhrAdapter {
    private final InMemoryEhr ehr = new InMemoryEhr();
    private final List<String> calls = new ArrayList<>();
    private int lostResponses;
    private int refusals;

    /** The next write is committed, then fails with {@link RetriableException} as if the response was lost. */
    public synchronized RecordingEhr loseNextResponse() {
        lostResponses++;
        return this;
    }

    /** The next {@code count} writes fail before anything is written (EHR down). */
    public synchronized RecordingEhr refuseNext(int count) {
        refusals = count;
        return this;
    }

    private <T> T write(String operation, java.util.function.Supplier<T> action) {
        synchronized (this) {
            calls.add(operation);
            if (refusals > 0) {
                refusals--;
                throw new RetriableException("EHR unavailable (scripted)", system(), operation, null);
            }
        }
        T result = action.get();
        synchronized (this) {
            if (lostResponses > 0) {
                lostResponses--;
                throw new RetriableException("response lost after commit (scripted)", system(), operation, null);
            }
        }
        return result;
    }

    @Override
    public String system() {
        return "recording-ehr";
    }

    @Override
    public EhrReceipt routeIntake(EhrIntake intake) {
        return write("routeIntake", () -> ehr.routeIntake(intake));
    }

    @Override
    public EhrReceipt writeAppointment(Appointment appointment) {
        return write("writeAppointment", () -> ehr.writeAppointment(appointment));
    }

    @Override
    public EhrReceipt exportNote(EhrNote note) {
        return write("exportNote", () -> ehr.exportNote(note));
    }

    @Override
    public Optional<Client> findClient(ClientId clientId) {
        return ehr.findClient(clientId);
    }

    @Override
    public Optional<Coverage> readCoverage(ClientId clientId) {
        return ehr.readCoverage(clientId);
    }

    @Override
    public List<Appointment> appointments(Instant from, Instant to) {
        return ehr.appointments(from, to);
    }

    /** Distinct clients held. */
    public int clientCount() {
        return ehr.clientCount();
    }

    /** Intakes held, one per idempotency key. */
    public List<EhrIntake> intakes() {
        return ehr.intakes();
    }

    /** Notes held, one per note id. */
    public List<EhrNote> notes() {
        return ehr.notes();
    }

    /** Names of the write operations called, in order, including failed ones. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /** How many times {@code operation} was called. */
    public synchronized long callCount(String operation) {
        Objects.requireNonNull(operation, "operation == null");
        return calls.stream().filter(operation::equals).count();
    }
}
