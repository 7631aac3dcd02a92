package org.practicekit.fhir.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.practicekit.core.model.Address;
import org.practicekit.core.model.AdministrativeSex;
import org.practicekit.core.model.Client;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.EmergencyContact;
import org.practicekit.core.model.GenderIdentity;
import org.practicekit.core.model.PersonName;
import org.practicekit.fhir.FhirIdentifierSystems;

/**
 * Client ↔ Patient (US Core 6.1 patient): practice identifier, official name and the name the client
 * goes by (a {@code usual} name), administrative sex as {@code gender} and the US Core sex extension,
 * gender identity as the US Core extension, pronouns, birth date, telecom, address, emergency contact,
 * language and zone (the last two as the practice's own extensions).
 */
public final class PatientMapper {
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    private final FhirIdentifierSystems ids;
    private final String zoneExtension;
    private final String pronounsExtension;

    public PatientMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
        this.zoneExtension = ids.base() + "/StructureDefinition/time-zone";
        this.pronounsExtension = ids.base() + "/StructureDefinition/pronouns";
    }

    public Patient toFhir(Client c) {
        Patient p = Profiles.claim(new Patient(), Profiles.PATIENT);
        Identifier id = p.addIdentifier().setSystem(ids.client()).setValue(c.id().value());
        id.setUse(Identifier.IdentifierUse.USUAL).setType(Codes.concept(Codes.V2_IDENTIFIER_TYPE, "MR", "Medical record number"));
        p.setActive(true);
        p.addName(name(c.name()).setUse(HumanName.NameUse.OFFICIAL));
        c.preferredName().ifPresent(n -> p.addName(new HumanName().setUse(HumanName.NameUse.USUAL).addGiven(n)
                .setFamily(c.name().family().isEmpty() ? null : c.name().family())));
        // US Core requires gender: the client's administrative sex, "unknown" when they gave none.
        p.setGender(gender(c.sex()));
        sexCode(c.sex()).ifPresent(code -> p.addExtension(new Extension(Profiles.SEX_EXTENSION, new CodeType(code))));
        c.genderIdentity().ifPresent(g -> p.addExtension(new Extension(Profiles.GENDER_IDENTITY_EXTENSION,
                genderIdentity(g))));
        c.pronouns().ifPresent(x -> p.addExtension(new Extension(pronounsExtension, new StringType(x))));
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

    private static Enumerations.AdministrativeGender gender(AdministrativeSex sex) {
        return switch (sex) {
            case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
            case MALE -> Enumerations.AdministrativeGender.MALE;
            case OTHER -> Enumerations.AdministrativeGender.OTHER;
            case UNKNOWN -> Enumerations.AdministrativeGender.UNKNOWN;
        };
    }

    private static AdministrativeSex sex(Enumerations.AdministrativeGender gender) {
        if (gender == null) {
            return AdministrativeSex.UNKNOWN;
        }
        return switch (gender) {
            case FEMALE -> AdministrativeSex.FEMALE;
            case MALE -> AdministrativeSex.MALE;
            case OTHER -> AdministrativeSex.OTHER;
            default -> AdministrativeSex.UNKNOWN;
        };
    }

    /** The US Core sex extension's SNOMED code; only a sex the client stated is recorded. */
    private static Optional<String> sexCode(AdministrativeSex sex) {
        return switch (sex) {
            case FEMALE -> Optional.of("248152002");
            case MALE -> Optional.of("248153007");
            default -> Optional.empty();
        };
    }

    /** SNOMED CT gender-identity findings, HL7 null flavors for "another identity" and "chose not to answer". */
    private static CodeableConcept genderIdentity(GenderIdentity g) {
        String[] c = switch (g) {
            case WOMAN -> new String[] {SNOMED, "446141000124107", "Identifies as female gender (finding)"};
            case MAN -> new String[] {SNOMED, "446151000124109", "Identifies as male gender (finding)"};
            case NON_BINARY -> new String[] {SNOMED, "33791000087105", "Identifies as nonbinary gender (finding)"};
            case TRANSGENDER_WOMAN -> new String[] {SNOMED, "407376001", "Male-to-female transsexual (finding)"};
            case TRANSGENDER_MAN -> new String[] {SNOMED, "407377005", "Female-to-male transsexual (finding)"};
            case ANOTHER_IDENTITY -> new String[] {NULL_FLAVOR, "OTH", "other"};
            case DECLINED -> new String[] {NULL_FLAVOR, "ASKU", "asked but unknown"};
        };
        return Codes.concept(c[0], c[1], c[2]).setText(g.display());
    }

    private static Optional<GenderIdentity> genderIdentity(CodeableConcept c) {
        for (GenderIdentity g : GenderIdentity.values()) {
            CodeableConcept expected = genderIdentity(g);
            Coding code = expected.getCodingFirstRep();
            if (Codes.has(c, code.getSystem(), code.getCode())) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
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
        HumanName official = officialName(p);
        Client.Builder b = Client.builder().id(ClientId.of(id.get())).name(personName(official)).sex(sex(p.getGender()));
        p.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.USUAL && n != official).findFirst()
                .map(HumanName::getGivenAsSingleString).filter(g -> !g.isBlank()).ifPresent(b::preferredName);
        Extension identity = p.getExtensionByUrl(Profiles.GENDER_IDENTITY_EXTENSION);
        if (identity != null && identity.getValue() instanceof CodeableConcept cc) {
            genderIdentity(cc).ifPresent(b::genderIdentity);
        }
        Extension pronouns = p.getExtensionByUrl(pronounsExtension);
        if (pronouns != null && pronouns.getValue() != null) {
            b.pronouns(pronouns.getValue().primitiveValue());
        }
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
