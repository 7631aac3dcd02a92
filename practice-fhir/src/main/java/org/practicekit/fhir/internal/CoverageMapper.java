package org.practicekit.fhir.internal;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.practicekit.core.model.ClientId;
import org.practicekit.core.model.Coverage;
import org.practicekit.core.model.PayerKind;
import org.practicekit.core.model.PersonName;
import org.practicekit.fhir.FhirIdentifierSystems;

/** Coverage ↔ Coverage + payer Organization. One coverage per client and payer, keyed by both. */
public final class CoverageMapper {
    private final FhirIdentifierSystems ids;

    public CoverageMapper(FhirIdentifierSystems ids) {
        this.ids = ids;
    }

    /** The practice's key of a client's coverage with one payer. */
    public static String coverageKey(ClientId client, Coverage c) {
        return client.value() + "/" + c.payerId();
    }

    public Organization payer(Coverage c) {
        Organization o = Profiles.claim(new Organization(), Profiles.ORGANIZATION);
        o.addIdentifier(Codes.identifier(ids.payer(), c.payerId()));
        o.setActive(true);
        o.addType(Codes.concept(Codes.ORGANIZATION_TYPE, "pay", "Payer"));
        return o.setName(c.payerName());
    }

    public org.hl7.fhir.r4.model.Coverage toFhir(ClientId client, Coverage c, String patientRef, String payerRef) {
        org.hl7.fhir.r4.model.Coverage f = Profiles.claim(new org.hl7.fhir.r4.model.Coverage(), Profiles.COVERAGE);
        f.addIdentifier(Codes.identifier(ids.coverage(), coverageKey(client, c)));
        f.addIdentifier().setType(Codes.concept(Codes.V2_IDENTIFIER_TYPE, "MB", "Member Number"))
                .setSystem(ids.payer() + "/" + c.payerId() + "/member").setValue(c.memberId());
        f.setStatus(org.hl7.fhir.r4.model.Coverage.CoverageStatus.ACTIVE);
        f.setType(payerType(c.payerKind()));
        f.setSubscriberId(c.memberId());
        f.setBeneficiary(new Reference(patientRef));
        if (c.subscriber().isPresent() && c.relationship() != Coverage.Relationship.SELF) {
            // The subscriber is another person: kept inside the Coverage so no extra record is created.
            RelatedPerson rp = new RelatedPerson();
            rp.setId("subscriber");
            rp.setPatient(new Reference(patientRef));
            PersonName n = c.subscriber().get();
            HumanName h = rp.addName();
            if (!n.family().isEmpty()) {
                h.setFamily(n.family());
            }
            if (!n.given().isEmpty()) {
                h.addGiven(n.given());
            }
            f.addContained(rp);
            f.setSubscriber(new Reference("#subscriber"));
        } else {
            f.setSubscriber(new Reference(patientRef));
        }
        f.setRelationship(Codes.concept(Codes.SUBSCRIBER_RELATIONSHIP, relationshipCode(c.relationship()),
                relationshipDisplay(c.relationship())));
        f.addPayor(new Reference(payerRef).setDisplay(c.payerName()));
        c.groupNumber().ifPresent(g -> f.addClass_()
                .setType(Codes.concept(Codes.COVERAGE_CLASS, "group", "Group")).setValue(g));
        c.planName().ifPresent(p -> f.addClass_()
                .setType(Codes.concept(Codes.COVERAGE_CLASS, "plan", "Plan")).setValue(p).setName(p));
        return f;
    }

    private static CodeableConcept payerType(PayerKind kind) {
        switch (kind) {
            case MEDICARE:
                return Codes.concept(Codes.PAYER_TYPE, "1", "MEDICARE");
            case MEDICAID:
                return Codes.concept(Codes.PAYER_TYPE, "2", "MEDICAID");
            default:
                return Codes.concept(Codes.PAYER_TYPE, "5", "PRIVATE HEALTH INSURANCE");
        }
    }

    private static String relationshipCode(Coverage.Relationship r) {
        switch (r) {
            case SELF:
                return "self";
            case SPOUSE:
                return "spouse";
            case CHILD:
                return "child";
            default:
                return "other";
        }
    }

    private static String relationshipDisplay(Coverage.Relationship r) {
        String code = relationshipCode(r);
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    /** The coverage held in {@code f} with its payer, or empty when the EHR's record lacks what PracticeKit needs. */
    public Optional<Coverage> fromFhir(org.hl7.fhir.r4.model.Coverage f, Organization payer) {
        String memberId = f.hasSubscriberId() ? f.getSubscriberId()
                : f.getIdentifier().stream().filter(i -> Codes.has(i.getType(), Codes.V2_IDENTIFIER_TYPE, "MB"))
                        .map(Identifier::getValue).findFirst().orElse(null);
        String payerId = payer == null ? null : payer.getIdentifier().stream()
                .filter(i -> ids.payer().equals(i.getSystem())).map(Identifier::getValue).findFirst()
                .orElse(payer.getIdentifierFirstRep().getValue());
        String payerName = payer != null && payer.hasName() ? payer.getName() : f.getPayorFirstRep().getDisplay();
        if (memberId == null || payerId == null || payerName == null || payerName.isBlank()) {
            return Optional.empty();
        }
        Coverage.Builder b = Coverage.builder().memberId(memberId).payerId(payerId).payerName(payerName)
                .payerKind(payerKind(f.getType()));
        for (org.hl7.fhir.r4.model.Coverage.ClassComponent cl : f.getClass_()) {
            if (Codes.has(cl.getType(), Codes.COVERAGE_CLASS, "group") && cl.hasValue()) {
                b.groupNumber(cl.getValue());
            } else if (Codes.has(cl.getType(), Codes.COVERAGE_CLASS, "plan")) {
                b.planName(cl.hasName() ? cl.getName() : cl.getValue());
            }
        }
        Coverage.Relationship rel = relationship(f.getRelationship());
        if (rel != Coverage.Relationship.SELF) {
            subscriberName(f).ifPresent(n -> b.subscriber(n, rel));
        }
        return Optional.of(b.build());
    }

    private static Optional<PersonName> subscriberName(org.hl7.fhir.r4.model.Coverage f) {
        for (Resource r : f.getContained()) {
            if (r instanceof RelatedPerson && ((RelatedPerson) r).hasName()) {
                HumanName h = ((RelatedPerson) r).getNameFirstRep();
                return Optional.of(PersonName.of(h.getGivenAsSingleString(), h.hasFamily() ? h.getFamily() : ""));
            }
        }
        return Optional.empty();
    }

    private static PayerKind payerKind(CodeableConcept type) {
        for (Coding c : type.getCoding()) {
            if (Codes.PAYER_TYPE.equals(c.getSystem()) && c.hasCode()) {
                if (c.getCode().startsWith("1")) {
                    return PayerKind.MEDICARE;
                }
                if (c.getCode().startsWith("2")) {
                    return PayerKind.MEDICAID;
                }
            }
        }
        return PayerKind.COMMERCIAL;
    }

    private static Coverage.Relationship relationship(CodeableConcept c) {
        for (Coding x : c.getCoding()) {
            if (Codes.SUBSCRIBER_RELATIONSHIP.equals(x.getSystem()) && x.hasCode()) {
                switch (x.getCode()) {
                    case "self":
                        return Coverage.Relationship.SELF;
                    case "spouse":
                    case "common":
                        return Coverage.Relationship.SPOUSE;
                    case "child":
                        return Coverage.Relationship.CHILD;
                    default:
                        return Coverage.Relationship.OTHER;
                }
            }
        }
        return Coverage.Relationship.SELF;
    }
}
