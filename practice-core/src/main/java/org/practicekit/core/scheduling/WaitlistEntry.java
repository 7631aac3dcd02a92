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
 * Offers greet the client by the name they go by ({@link #preferredName()}) when one is given.
 * {@link #toString()} shows the entry id only.
 */
public final class WaitlistEntry {
    private final String id;
    private final SlotRequest request;
    private final ContactPoint contact;
    private final boolean acuteRisk;
    private final List<ScreeningScore> screening;
    private final String preferredName;

    private WaitlistEntry(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id == null");
        this.request = Objects.requireNonNull(b.request, "request == null");
        this.contact = Objects.requireNonNull(b.contact, "contact == null");
        this.acuteRisk = b.acuteRisk;
        this.screening = List.copyOf(b.screening);
        this.preferredName = b.preferredName;
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
        b.preferredName = preferredName;
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

    /** The name the client goes by in texts; empty when not known. */
    public java.util.Optional<String> preferredName() {
        return java.util.Optional.ofNullable(preferredName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitlistEntry && ((WaitlistEntry) o).id.equals(id) && ((WaitlistEntry) o).request.equals(request)
                && ((WaitlistEntry) o).contact.equals(contact) && ((WaitlistEntry) o).acuteRisk == acuteRisk
                && ((WaitlistEntry) o).screening.equals(screening)
                && Objects.equals(((WaitlistEntry) o).preferredName, preferredName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, request, contact, acuteRisk, screening, preferredName);
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
        private String preferredName;

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

        /** The name the client goes by in texts ("Sam"); blank means none. */
        public Builder preferredName(String preferredName) {
            Objects.requireNonNull(preferredName, "preferredName == null");
            this.preferredName = preferredName.isBlank() ? null : preferredName.strip();
            return this;
        }

        public WaitlistEntry build() {
            return new WaitlistEntry(this);
        }
    }
}
