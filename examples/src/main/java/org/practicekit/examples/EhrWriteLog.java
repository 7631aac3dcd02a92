package org.practicekit.examples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;

/** Passes every call to the practice's EHR and remembers the ids of the records the day wrote. Thread-safe. */
final class EhrWriteLog implements EhrAdapter {
    private final EhrAdapter ehr;
    private final Set<String> written = new LinkedHashSet<>();

    EhrWriteLog(EhrAdapter ehr) {
        this.ehr = Objects.requireNonNull(ehr, "ehr == null");
    }

    private synchronized EhrReceipt remember(EhrReceipt receipt) {
        written.addAll(receipt.recordIds().values());
        return receipt;
    }

    /** The EHR ids written today ("Patient/1001"), in the order they were first written. */
    synchronized List<String> written() {
        return new ArrayList<>(written);
    }

    @Override
    public String system() {
        return ehr.system();
    }

    @Override
    public EhrReceipt routeIntake(EhrIntake intake) {
        return remember(ehr.routeIntake(intake));
    }

    @Override
    public EhrReceipt writeAppointment(Appointment appointment) {
        return remember(ehr.writeAppointment(appointment));
    }

    @Override
    public EhrReceipt exportNote(EhrNote note) {
        return remember(ehr.exportNote(note));
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
}
