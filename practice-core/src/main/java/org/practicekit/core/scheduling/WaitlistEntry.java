package org.practicekit.core.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practicekit.core.model.ContactPoint;
import org.practicekit.core.model.ScreeningScore;

/**
 * A client asking for a first (or new) time: what they need and prefer ({@link SlotRequest}), how to
 * reach them with offers, and what intake screening found. A screening score may raise the
 * priority; an acute-risk indicator means the client is never listed but escalated to a person.
 * {@link #toString()} shows the entry id only.
 */
public final class WaitlistEntry {
    private final String id;
    private final SlotRequest request;
    private final ContactPoint contact;
    private final boolean acuteRisk;
    private final List<ScreeningScore> screening;

    private WaitlistEntry(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id == null");
        this.request = Objects.requireNonNull(b.request, "request == null");
        this.contact = Objects.requireNonNull(b.contact, "contact == null");
        this.acuteRisk = b.acuteRisk;
        this.screening = List.copyOf(b.screening);
        if (id.isBlank() || id.length() > 100) {
            throw new IllegalArgumentException("entry id must be 1-100 characters");
        }
    }

    public static Builder builder(String id, SlotRequest request, ContactPoint contact) {
        return new Builder(id, request, contact);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, request, contact);
        b.acuteRisk = acuteRisk;
        b.screening.addAll(screening);
        return b;
    }

    public String id() {
        return id;
    }

    public SlotRequest request() {
        return request;
    }

    public ContactPoint contact() {
        return contact;
    }

    /** True when intake or staff flagged an acute risk (active suicidal ideation, danger at home). */
    public boolean acuteRisk() {
        return acuteRisk;
    }

    public List<ScreeningScore> screening() {
        return screening;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitlistEntry && ((WaitlistEntry) o).id.equals(id) && ((WaitlistEntry) o).request.equals(request)
                && ((WaitlistEntry) o).contact.equals(contact) && ((WaitlistEntry) o).acuteRisk == acuteRisk
                && ((WaitlistEntry) o).screening.equals(screening);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, request, contact, acuteRisk, screening);
    }

    @Override
    public String toString() {
        return "WaitlistEntry[" + id + "]";
    }

    /** Builds a {@link WaitlistEntry}. */
    public static final class Builder {
        private final String id;
        private final SlotRequest request;
        private final ContactPoint contact;
        private boolean acuteRisk;
        private final List<ScreeningScore> screening = new ArrayList<>();

        private Builder(String id, SlotRequest request, ContactPoint contact) {
            this.id = Objects.requireNonNull(id, "id == null");
            this.request = Objects.requireNonNull(request, "request == null");
            this.contact = Objects.requireNonNull(contact, "contact == null");
        }

        public Builder acuteRisk(boolean acuteRisk) {
            this.acuteRisk = acuteRisk;
            return this;
        }

        public Builder addScreening(ScreeningScore score) {
            screening.add(Objects.requireNonNull(score, "score == null"));
            return this;
        }

        public WaitlistEntry build() {
            return new WaitlistEntry(this);
        }
    }
}
