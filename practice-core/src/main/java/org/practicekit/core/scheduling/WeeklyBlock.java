package org.practicekit.core.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import org.practicekit.core.model.LocationId;
import org.practicekit.core.model.Modality;

/**
 * A recurring block of a clinician's week, in the clinician's own zone: which day, which local
 * hours, how sessions happen in it (in person at a location, or telehealth), and whether it is kept
 * for new clients. A block lies within one local day.
 *
 * @param day the day of the week
 * @param start local start time
 * @param end local end time, after {@code start}
 * @param modality how sessions in the block take place
 * @param location the office, present exactly when the modality is in person
 * @param newClientsOnly true when only new clients may be booked into the block
 */
public record WeeklyBlock(DayOfWeek day, LocalTime start, LocalTime end, Modality modality,
        Optional<LocationId> location, boolean newClientsOnly) {
    public WeeklyBlock {
        Objects.requireNonNull(day, "day == null");
        Objects.requireNonNull(start, "start == null");
        Objects.requireNonNull(end, "end == null");
        Objects.requireNonNull(modality, "modality == null");
        Objects.requireNonNull(location, "location == null");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a block ends after it starts, on the same day");
        }
        if ((modality == Modality.IN_PERSON) != location.isPresent()) {
            throw new IllegalArgumentException("an in-person block names its location; a telehealth block has none");
        }
    }

    /** Telehealth (video) hours. */
    public static WeeklyBlock telehealth(DayOfWeek day, String start, String end) {
        return new WeeklyBlock(day, LocalTime.parse(start), LocalTime.parse(end), Modality.TELEHEALTH_VIDEO,
                Optional.empty(), false);
    }

    /** In-person hours at an office. */
    public static WeeklyBlock inPerson(DayOfWeek day, String start, String end, LocationId location) {
        return new WeeklyBlock(day, LocalTime.parse(start), LocalTime.parse(end), Modality.IN_PERSON,
                Optional.of(location), false);
    }

    /** The same block, kept for new clients. */
    public WeeklyBlock forNewClients() {
        return new WeeklyBlock(day, start, end, modality, location, true);
    }
}
