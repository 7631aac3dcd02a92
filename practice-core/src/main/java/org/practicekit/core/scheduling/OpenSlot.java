package org.practicekit.core.scheduling;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.ClinicianId;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;

/**
 * A time a client could be booked: one clinician, one session of one service, its modality and
 * location, and whether it is kept for new clients. Times are instants; show them to a client with
 * {@link #startIn(ZoneId)} in the client's own zone.
 */
public record OpenSlot(ClinicianId clinicianId, TimeSlot time, ServiceType serviceType, Modality modality,
        Optional<LocationId> location, boolean newClientsOnly) implements Comparable<OpenSlot> {
    public OpenSlot {
        Objects.requireNonNull(clinicianId, "clinicianId == null");
        Objects.requireNonNull(time, "time == null");
        Objects.requireNonNull(serviceType, "serviceType == null");
        Objects.requireNonNull(modality, "modality == null");
        Objects.requireNonNull(location, "location == null");
        if ((modality == Modality.IN_PERSON) != location.isPresent()) {
            throw new IllegalArgumentException("an in-person slot names its location; a telehealth slot has none");
        }
    }

    /** The start as wall-clock time in {@code zone} (the client's zone when shown to a client). */
    public ZonedDateTime startIn(ZoneId zone) {
        return time.start().atZone(zone);
    }

    /** A stable key for this clinician's time: the same slot always has the same key. */
    public String key() {
        return clinicianId.value() + "@" + time.start().getEpochSecond() + "-" + time.end().getEpochSecond();
    }

    /** Earliest first, then by clinician id. */
    @Override
    public int compareTo(OpenSlot o) {
        int c = time.compareTo(o.time);
        return c != 0 ? c : clinicianId.value().compareTo(o.clinicianId.value());
    }
}
