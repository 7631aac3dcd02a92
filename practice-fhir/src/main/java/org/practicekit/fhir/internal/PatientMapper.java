package org.practicekit.fhir.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.EmergencyContact;
import org.practicekit.core.model.PersonName;
import org.practicekit.fhir.FhirIdentifierSystems;

/** Client ↔ Patient: practice identifier, name, birth date, telecom, address, emergency contact, language, zone. */
public final class PatientMapper {
    private final FhirIdentifierSystems ids;
    private final String zoneExtension;

    public PatientMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
        this.zoneExtension = ids.base() + "/StructureDefinition/time-zone";
    }

    public Patient toFhir(Client c) {
        Patient p = new Patient();
        Identifier id = p.addIdentifier().setSystem(ids.client()).setValue(c.id().value());
        id.setUse(Identifier.IdentifierUse.USUAL).setType(Codes.concept(Codes.V2_IDENTIFIER_TYPE, "MR", "Medical record number"));
        p.setActive(true);
        p.addName(name(c.name()).setUse(HumanName.NameUse.OFFICIAL));
        // The practice's intake does not ask administrative gender; US Core requires the element, and
        // "unknown" is the honest value.
        p.setGender(Enumerations.AdministrativeGender.UNKNOWN);
        c.birthDate().ifPresent(d -> p.setBirthDateElement(new DateType(d.toString())));
        int rank = 1;
        for (org.practicekit.core.model.ContactPoint cp : c.contacts()) {
            p.addTelecom(telecom(cp).setRank(rank++));
        }
        c.address().ifPresent(a -> p.addAddress(address(a)));
        c.emergencyContact().ifPresent(e -> {
            Patient.ContactComponent contact = p.addContact();
            contact.addRelationship(Codes.concept(Codes.V2_CONTACT_ROLE, "C", "Emergency Contact"));
            contact.addRelationship().setText(e.relationship());
            contact.setName(name(e.name()));
            contact.addTelecom(telecom(e.phone()));
        });
        p.addCommunication().setPreferred(true).setLanguage(Codes.concept(Codes.BCP47, c.language(), null));
        p.addExtension(new Extension(zoneExtension, new CodeType(c.zone().getId())));
        return p;
    }

    private static HumanName name(PersonName n) {
        HumanName h = new HumanName();
        if (!n.family().isEmpty()) {
            h.setFamily(n.family());
        }
        if (!n.given().isEmpty()) {
            h.addGiven(n.given());
        }
        return h;
    }

    static ContactPoint telecom(org.practicekit.core.model.ContactPoint cp) {
        ContactPoint t = new ContactPoint().setValue(cp.value());
        switch (cp.kind()) {
            case EMAIL:
                return t.setSystem(ContactPoint.ContactPointSystem.EMAIL);
            case MOBILE:
                return t.setSystem(ContactPoint.ContactPointSystem.PHONE).setUse(ContactPoint.ContactPointUse.MOBILE);
            default:
                return t.setSystem(ContactPoint.ContactPointSystem.PHONE).setUse(ContactPoint.ContactPointUse.HOME);
        }
    }

    private static org.hl7.fhir.r4.model.Address address(Address a) {
        org.hl7.fhir.r4.model.Address f = new org.hl7.fhir.r4.model.Address();
        f.setUse(org.hl7.fhir.r4.model.Address.AddressUse.HOME);
        a.lines().forEach(f::addLine);
        f.setCity(a.city());
        if (!a.state().isBlank()) {
            f.setState(a.state());
        }
        if (!a.postalCode().isBlank()) {
            f.setPostalCode(a.postalCode());
        }
        return f.setCountry(a.country());
    }

    /** The client held in {@code p}, or empty when it carries no identifier of the practice. */
    public Optional<Client> fromFhir(Patient p) {
        Optional<String> id = p.getIdentifier().stream().filter(i -> ids.client().equals(i.getSystem()))
                .map(Identifier::getValue).filter(v -> v != null && !v.isBlank()).findFirst();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Client.Builder b = Client.builder().id(ClientId.of(id.get())).name(personName(officialName(p)));
        if (p.hasBirthDateElement() && p.getBirthDateElement().getValueAsString() != null) {
            String d = p.getBirthDateElement().getValueAsString();
            if (d.length() == 10) {
                b.birthDate(LocalDate.parse(d));
            }
        }
        List<ContactPoint> telecoms = new ArrayList<>(p.getTelecom());
        telecoms.sort(Comparator.comparingInt(t -> t.hasRank() ? t.getRank() : Integer.MAX_VALUE));
        for (ContactPoint t : telecoms) {
            contactPoint(t).ifPresent(b::addContact);
        }
        p.getAddress().stream().map(PatientMapper::address).flatMap(Optional::stream).findFirst().ifPresent(b::address);
        for (Patient.ContactComponent contact : p.getContact()) {
            if (contact.getRelationship().stream().anyMatch(r -> Codes.has(r, Codes.V2_CONTACT_ROLE, "C"))) {
                emergencyContact(contact).ifPresent(b::emergencyContact);
                break;
            }
        }
        p.getCommunication().stream().filter(Patient.PatientCommunicationComponent::getPreferred)
                .flatMap(c -> c.getLanguage().getCoding().stream()).filter(c -> c.hasCode()).findFirst()
                .ifPresent(c -> b.language(c.getCode()));
        Extension zone = p.getExtensionByUrl(zoneExtension);
        if (zone != null && zone.getValue() != null) {
            try {
                b.zone(ZoneId.of(zone.getValue().primitiveValue()));
            } catch (DateTimeException e) {
                // An unknown zone id keeps the default zone.
            }
        }
        return Optional.of(b.build());
    }

    private static HumanName officialName(Patient p) {
        return p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(p.getNameFirstRep());
    }

    private static PersonName personName(HumanName n) {
        String given = n.getGivenAsSingleString();
        String family = n.hasFamily() ? n.getFamily() : "";
        if (given.isBlank() && family.isBlank()) {
            return PersonName.of("", n.hasText() ? n.getText() : "(no name)");
        }
        return PersonName.of(given, family);
    }

    static Optional<org.practicekit.core.model.ContactPoint> contactPoint(ContactPoint t) {
        if (!t.hasValue() || t.getSystem() == null) {
            return Optional.empty();
        }
        try {
            if (t.getSystem() == ContactPoint.ContactPointSystem.EMAIL) {
                return Optional.of(org.practicekit.core.model.ContactPoint.email(t.getValue()));
            }
            if (t.getSystem() == ContactPoint.ContactPointSystem.PHONE || t.getSystem() == ContactPoint.ContactPointSystem.SMS) {
                String e164 = org.practicekit.core.model.ContactPoint.normalizePhone(t.getValue());
                if (e164.isEmpty()) {
                    return Optional.empty();
                }
                boolean mobile = t.getUse() == ContactPoint.ContactPointUse.MOBILE
                        || t.getSystem() == ContactPoint.ContactPointSystem.SMS;
                return Optional.of(new org.practicekit.core.model.ContactPoint(
                        mobile ? org.practicekit.core.model.ContactPoint.Kind.MOBILE
                                : org.practicekit.core.model.ContactPoint.Kind.PHONE, e164));
            }
        } catch (IllegalArgumentException e) {
            // A contact point PracticeKit cannot use (malformed in the EHR) is skipped.
        }
        return Optional.empty();
    }

    private static Optional<Address> address(org.hl7.fhir.r4.model.Address a) {
        List<String> lines = a.getLine().stream().map(org.hl7.fhir.r4.model.StringType::getValue).filter(s -> s != null && !s.isBlank()).toList();
        if (lines.isEmpty() || !a.hasCity()) {
            return Optional.empty();
        }
        return Optional.of(new Address(lines, a.getCity(), a.hasState() ? a.getState() : "",
                a.hasPostalCode() ? a.getPostalCode() : "", a.hasCountry() ? a.getCountry() : "US"));
    }

    private static Optional<EmergencyContact> emergencyContact(Patient.ContactComponent c) {
        String relationship = c.getRelationship().stream().filter(r -> r.hasText()).map(r -> r.getText()).findFirst()
                .orElse("emergency contact");
        Optional<org.practicekit.core.model.ContactPoint> phone = c.getTelecom().stream()
                .map(PatientMapper::contactPoint).flatMap(Optional::stream)
                .filter(cp -> cp.kind() != org.practicekit.core.model.ContactPoint.Kind.EMAIL).findFirst();
        if (phone.isEmpty() || !c.hasName()) {
            return Optional.empty();
        }
        return Optional.of(new EmergencyContact(personName(c.getName()), relationship, phone.get()));
    }
}
