package org.practicekit.core.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in care (or coming into care). Immutable; derive changed copies with {@link #toBuilder()}.
 * Everything here except the id is PHI, so {@link #toString()} shows the id only.
 */
public final class Client {
    private final ClientId id;
    private final PersonName name;
    private final LocalDate birthDate;
    private final List<ContactPoint> contacts;
    private final Address address;
    private final EmergencyContact emergencyContact;
    private final ZoneId zone;
    private final String language;

    private Client(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id == null");
        this.name = Objects.requireNonNull(b.name, "name == null");
        this.birthDate = b.birthDate;
        this.contacts = List.copyOf(b.contacts);
        this.address = b.address;
        this.emergencyContact = b.emergencyContact;
        this.zone = Objects.requireNonNull(b.zone, "zone == null");
        this.language = Objects.requireNonNull(b.language, "language == null");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.birthDate = birthDate;
        b.contacts.addAll(contacts);
        b.address = address;
        b.emergencyContact = emergencyContact;
        b.zone = zone;
        b.language = language;
        return b;
    }

    public ClientId id() {
        return id;
    }

    public PersonName name() {
        return name;
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** Contact points in the client's order of preference; the first one is used first. */
    public List<ContactPoint> contacts() {
        return contacts;
    }

    /** The first contact point of the given kind, if any. */
    public Optional<ContactPoint> contact(ContactPoint.Kind kind) {
        return contacts.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public Optional<Address> address() {
        return Optional.ofNullable(address);
    }

    public Optional<EmergencyContact> emergencyContact() {
        return Optional.ofNullable(emergencyContact);
    }

    /** The client's time zone: reminders and offered times are shown in it. */
    public ZoneId zone() {
        return zone;
    }

    /** Preferred language as a BCP 47 tag ("en", "es"). */
    public String language() {
        return language;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Client)) {
            return false;
        }
        Client c = (Client) o;
        return id.equals(c.id) && name.equals(c.name) && Objects.equals(birthDate, c.birthDate)
                && contacts.equals(c.contacts) && Objects.equals(address, c.address)
                && Objects.equals(emergencyContact, c.emergencyContact) && zone.equals(c.zone)
                && language.equals(c.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, birthDate, contacts, address, emergencyContact, zone, language);
    }

    @Override
    public String toString() {
        return "Client[" + id + "]";
    }

    /** Builds a {@link Client}. Required: id, name. Defaults: zone America/New_York, language "en". */
    public static final class Builder {
        private ClientId id;
        private PersonName name;
        private LocalDate birthDate;
        private final List<ContactPoint> contacts = new ArrayList<>();
        private Address address;
        private EmergencyContact emergencyContact;
        private ZoneId zone = ZoneId.of("America/New_York");
        private String language = "en";

        private Builder() {
        }

        public Builder id(ClientId id) {
            this.id = Objects.requireNonNull(id, "id == null");
            return this;
        }

        public Builder id(String id) {
            return id(ClientId.of(id));
        }

        public Builder name(PersonName name) {
            this.name = Objects.requireNonNull(name, "name == null");
            return this;
        }

        public Builder name(String given, String family) {
            return name(PersonName.of(given, family));
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = Objects.requireNonNull(birthDate, "birthDate == null");
            return this;
        }

        public Builder addContact(ContactPoint contact) {
            contacts.add(Objects.requireNonNull(contact, "contact == null"));
            return this;
        }

        public Builder contacts(List<ContactPoint> contacts) {
            this.contacts.clear();
            contacts.forEach(this::addContact);
            return this;
        }

        public Builder address(Address address) {
            this.address = Objects.requireNonNull(address, "address == null");
            return this;
        }

        public Builder emergencyContact(EmergencyContact emergencyContact) {
            this.emergencyContact = Objects.requireNonNull(emergencyContact, "emergencyContact == null");
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone == null");
            return this;
        }

        public Builder language(String language) {
            this.language = Objects.requireNonNull(language, "language == null");
            return this;
        }

        public Client build() {
            return new Client(this);
        }
    }
}
