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
 *
 * <p>Identity is kept as the client gives it: the administrative sex insurance and the EHR record, the
 * gender they identify with, their pronouns, and the name they go by, which every text uses
 * ({@link #greetingName()}).
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
    private final AdministrativeSex sex;
    private final GenderIdentity genderIdentity;
    private final String pronouns;
    private final String preferredName;

    private Client(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id == null");
        this.name = Objects.requireNonNull(b.name, "name == null");
        this.birthDate = b.birthDate;
        this.contacts = List.copyOf(b.contacts);
        this.address = b.address;
        this.emergencyContact = b.emergencyContact;
        this.zone = Objects.requireNonNull(b.zone, "zone == null");
        this.language = Objects.requireNonNull(b.language, "language == null");
        this.sex = Objects.requireNonNull(b.sex, "sex == null");
        this.genderIdentity = b.genderIdentity;
        this.pronouns = b.pronouns;
        this.preferredName = b.preferredName;
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
        b.sex = sex;
        b.genderIdentity = genderIdentity;
        b.pronouns = pronouns;
        b.preferredName = preferredName;
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

    /** The sex recorded for administration and insurance; {@link AdministrativeSex#UNKNOWN} when not given. */
    public AdministrativeSex sex() {
        return sex;
    }

    /** The gender the client identifies with, when they said. */
    public Optional<GenderIdentity> genderIdentity() {
        return Optional.ofNullable(genderIdentity);
    }

    /** The client's pronouns as they wrote them ("she/her", "they/them"), when they said. */
    public Optional<String> pronouns() {
        return Optional.ofNullable(pronouns);
    }

    /** The name the client goes by, when it differs from the given name on their record. */
    public Optional<String> preferredName() {
        return Optional.ofNullable(preferredName);
    }

    /** The name a text greets the client with: the name they go by, else the given name. */
    public String greetingName() {
        return preferredName != null ? preferredName : name.given();
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
                && language.equals(c.language) && sex == c.sex && genderIdentity == c.genderIdentity
                && Objects.equals(pronouns, c.pronouns) && Objects.equals(preferredName, c.preferredName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, birthDate, contacts, address, emergencyContact, zone, language, sex, genderIdentity,
                pronouns, preferredName);
    }

    @Override
    public String toString() {
        return "Client[" + id + "]";
    }

    /**
     * Builds a {@link Client}. Required: id, name. Defaults: zone America/New_York, language "en", sex
     * UNKNOWN, no gender identity, pronouns or preferred name.
     */
    public static final class Builder {
        private ClientId id;
        private PersonName name;
        private LocalDate birthDate;
        private final List<ContactPoint> contacts = new ArrayList<>();
        private Address address;
        private EmergencyContact emergencyContact;
        private ZoneId zone = ZoneId.of("America/New_York");
        private String language = "en";
        private AdministrativeSex sex = AdministrativeSex.UNKNOWN;
        private GenderIdentity genderIdentity;
        private String pronouns;
        private String preferredName;

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

        public Builder sex(AdministrativeSex sex) {
            this.sex = Objects.requireNonNull(sex, "sex == null");
            return this;
        }

        public Builder genderIdentity(GenderIdentity genderIdentity) {
            this.genderIdentity = Objects.requireNonNull(genderIdentity, "genderIdentity == null");
            return this;
        }

        /** Pronouns as the client writes them ("she/her"); blank means none given. */
        public Builder pronouns(String pronouns) {
            Objects.requireNonNull(pronouns, "pronouns == null");
            this.pronouns = pronouns.isBlank() ? null : pronouns.strip();
            return this;
        }

        /** The name the client goes by ("Sam" for Samantha); blank means the given name. */
        public Builder preferredName(String preferredName) {
            Objects.requireNonNull(preferredName, "preferredName == null");
            this.preferredName = preferredName.isBlank() ? null : preferredName.strip();
            return this;
        }

        public Client build() {
            return new Client(this);
        }
    }
}
