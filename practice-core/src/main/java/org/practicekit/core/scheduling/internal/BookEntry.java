package org.practicekit.core.scheduling.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.practicekit.core.model.AppointmentStatus;
import org.practicekit.core.model.Modality;
import org.practicekit.core.model.ServiceType;
import org.practicekit.core.model.TimeSlot;
import org.practicekit.core.store.StoredFields;

/**
 * One line of a clinician's week in the book: an appointment, or a hold on a slot owned by an offer.
 * Immutable. Empty strings stand for absent optional text so the stored form stays flat. The greeting
 * is the name the client goes by in texts ("" when unknown; records written before it existed read as "").
 */
public record BookEntry(String id, boolean hold, String clientId, Instant start, Instant end, ServiceType service,
        Modality modality, String location, AppointmentStatus status, String seriesId, String payerKind,
        String contactKind, String contactValue, ZoneId clientZone, boolean newClient, String holdOwner,
        Instant holdExpires, Instant bookedAt, Set<String> remindersSent, String greeting) {
    public BookEntry {
        Objects.requireNonNull(id, "id == null");
        remindersSent = Set.copyOf(remindersSent);
        Objects.requireNonNull(greeting, "greeting == null");
    }

    public TimeSlot time() {
        return new TimeSlot(start, end);
    }

    /** True while the entry keeps its time from anyone else at {@code now}. */
    public boolean occupies(Instant now) {
        return hold ? holdExpires.isAfter(now) : status.holdsTime();
    }

    public Optional<String> optionalLocation() {
        return location.isEmpty() ? Optional.empty() : Optional.of(location);
    }

    public BookEntry withStatus(AppointmentStatus s) {
        return new BookEntry(id, hold, clientId, start, end, service, modality, location, s, seriesId, payerKind,
                contactKind, contactValue, clientZone, newClient, holdOwner, holdExpires, bookedAt, remindersSent, greeting);
    }

    public BookEntry withReminderSent(String reminder) {
        Set<String> sent = new TreeSet<>(remindersSent);
        sent.add(reminder);
        return new BookEntry(id, hold, clientId, start, end, service, modality, location, status, seriesId, payerKind,
                contactKind, contactValue, clientZone, newClient, holdOwner, holdExpires, bookedAt, sent, greeting);
    }

    void write(StoredFields f, String p) {
        f.put(p + "id", id).put(p + "hold", hold).put(p + "client", clientId).put(p + "start", start.toString())
                .put(p + "end", end.toString()).put(p + "service", service.name()).put(p + "modality", modality.name())
                .put(p + "location", location).put(p + "status", status.name()).put(p + "series", seriesId)
                .put(p + "payerKind", payerKind).put(p + "contactKind", contactKind).put(p + "contact", contactValue)
                .put(p + "zone", clientZone.getId()).put(p + "newClient", newClient).put(p + "holdOwner", holdOwner)
                .put(p + "holdExpires", holdExpires.toString()).put(p + "bookedAt", bookedAt.toString())
                .put(p + "reminders", String.join(",", new TreeSet<>(remindersSent))).put(p + "greeting", greeting);
    }

    static BookEntry read(StoredFields f, String p) {
        String reminders = f.require(p + "reminders");
        return new BookEntry(f.require(p + "id"), f.requireBoolean(p + "hold"), f.require(p + "client"),
                Instant.parse(f.require(p + "start")), Instant.parse(f.require(p + "end")),
                ServiceType.valueOf(f.require(p + "service")), Modality.valueOf(f.require(p + "modality")),
                f.require(p + "location"), AppointmentStatus.valueOf(f.require(p + "status")), f.require(p + "series"),
                f.require(p + "payerKind"), f.require(p + "contactKind"), f.require(p + "contact"),
                ZoneId.of(f.require(p + "zone")), f.requireBoolean(p + "newClient"), f.require(p + "holdOwner"),
                Instant.parse(f.require(p + "holdExpires")), Instant.parse(f.require(p + "bookedAt")),
                reminders.isEmpty() ? Set.of() : Set.copyOf(List.of(reminders.split(","))),
                f.get(p + "greeting").orElse(""));
    }
}
