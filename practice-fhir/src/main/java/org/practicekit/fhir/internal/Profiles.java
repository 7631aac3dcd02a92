package org.practicekit.fhir.internal;

import org.hl7.fhir.r4.model.Resource;

/**
 * The profile every resource the adapter writes claims in {@code meta.profile}: US Core 6.1.0 where
 * US Core has one, else the base R4 definition (US Core 6.1.0 profiles no Consent, Flag or Appointment).
 * A validator then checks each resource against what it claims, as stored.
 */
public final class Profiles {
    public static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";
    public static final String PATIENT = US_CORE + "us-core-patient";
    public static final String ORGANIZATION = US_CORE + "us-core-organization";
    public static final String COVERAGE = US_CORE + "us-core-coverage";
    public static final String QUESTIONNAIRE_RESPONSE = US_CORE + "us-core-questionnaireresponse";
    public static final String SCREENING_ASSESSMENT = US_CORE + "us-core-observation-screening-assessment";
    public static final String DOCUMENT_REFERENCE = US_CORE + "us-core-documentreference";
    /** The US Core 6.1 extensions for administrative sex and gender identity. */
    public static final String SEX_EXTENSION = US_CORE + "us-core-sex";
    public static final String GENDER_IDENTITY_EXTENSION = US_CORE + "us-core-genderIdentity";
    private static final String BASE = "http://hl7.org/fhir/StructureDefinition/";

    private Profiles() {
    }

    /** {@code resource} claiming {@code profile}. */
    public static <R extends Resource> R claim(R resource, String profile) {
        resource.getMeta().addProfile(profile);
        return resource;
    }

    /** {@code resource} claiming the base R4 definition of its type, for types US Core does not profile. */
    public static <R extends Resource> R base(R resource) {
        return claim(resource, BASE + resource.fhirType());
    }
}
