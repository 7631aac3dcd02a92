package org.practicekit.core.scheduling.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.practicekit.core.store.StoredFields;

/**
 * One clinician's week in the book, stored as one record. Every booking, hold and status change of
 * that week is one optimistic update of this record, so two engines racing for overlapping time
 * always conflict on the same version and one of them re-reads and sees the other's session.
 * Mutable; one instance per read-modify-write attempt.
 */
public final class WeekLedger {
    private final String clinicianId;
    private final List<BookEntry> entries;

    public WeekLedger(String clinicianId, List<BookEntry> entries) {
        this.clinicianId = clinicianId;
        this.entries = new ArrayList<>(entries);
    }

    public static WeekLedger empty(String clinicianId) {
        return new WeekLedger(clinicianId, List.of());
    }

    public String clinicianId() {
        return clinicianId;
    }

    public List<BookEntry> entries() {
        return List.copyOf(entries);
    }

    /** Entries keeping their time at {@code now}, except those {@code ignored}. */
    public List<BookEntry> occupying(Instant now, Predicate<BookEntry> ignored) {
        List<BookEntry> out = new ArrayList<>();
        for (BookEntry e : entries) {
            if (e.occupies(now) && !ignored.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public Optional<BookEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public void put(BookEntry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(entry.id())) {
                entries.set(i, entry);
                return;
            }
        }
        entries.add(entry);
    }

    public boolean remove(String id) {
        return entries.removeIf(e -> e.id().equals(id));
    }

    /** Drops holds that expired before {@code now}, keeping the record small. */
    public void dropExpiredHolds(Instant now) {
        entries.removeIf(e -> e.hold() && !e.holdExpires().isAfter(now));
    }

    public String encode() {
        StoredFields f = StoredFields.create().put("clinician", clinicianId).put("entries", entries.size());
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).write(f, "e" + i + ".");
        }
        return f.encode();
    }

    public static WeekLedger decode(String payload) {
        StoredFields f = StoredFields.decode(payload);
        int n = (int) f.requireLong("entries");
        List<BookEntry> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(BookEntry.read(f, "e" + i + "."));
        }
        return new WeekLedger(f.require("clinician"), list);
    }
}
