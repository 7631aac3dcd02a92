package org.practicekit.core.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practicekit.core.inmemory.InMemoryEhr;
import org.practicekit.core.model.Appointment;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.spi.EhrAdapter;
import org.practicekit.core.spi.EhrIntake;
import org.practicekit.core.spi.EhrNote;
import org.practicekit.core.spi.EhrReceipt;

/** Forwards to an in-memory EHR, so a test double overrides only what it changes. */
public class EhrDelegate implements EhrAdapter {
    public final InMemoryEhr ehr;

    public EhrDelegate(InMemoryEhr ehr) {
        this.ehr = ehr;
    }

    @Override
    public String system() {
        return ehr.system();
    }

    @Override
    public EhrReceipt routeIntake(EhrIntake intake) {
        return ehr.routeIntake(intake);
    }

    @Override
    public EhrReceipt writeAppointment(Appointment appointment) {
        return ehr.writeAppointment(appointment);
    }

    @Override
    public EhrReceipt exportNote(EhrNote note) {
        return ehr.exportNote(note);
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
