package org.practicekit.fhir.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;

/** Code systems the mappers use (see the FHIR mapping in the docs) and the identifier search syntax. */
public final class Codes {
    public static final String LOINC = "http://loinc.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-category";
    public static final String US_CORE_DOC_CATEGORY =
            "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    public static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String V3_CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    public static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String V2_CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";
    public static final String SUBSCRIBER_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/subscriber-relationship";
    public static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";
    public static final String PAYER_TYPE = "https://nahdo.org/sopt";
    public static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
    public static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    public static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    public static final String CANCELLATION_REASON =
            "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";
    public static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public static final String BCP47 = "urn:ietf:bcp:47";

    private Codes() {
    }

    public static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    public static boolean has(CodeableConcept c, String system, String code) {
        return c.getCoding().stream().anyMatch(x -> system.equals(x.getSystem()) && code.equals(x.getCode()));
    }

    public static Identifier identifier(String system, String value) {
        return new Identifier().setSystem(system).setValue(value);
    }

    /** {@code identifier=system|value} as a search or match URL parameter, escaped for both FHIR and URLs. */
    public static String identifierParam(String system, String value) {
        return "identifier=" + url(system) + "|" + url(escapeToken(value));
    }

    /** A conditional reference a transaction resolves on the server, e.g. {@code Patient?identifier=…}. */
    public static String match(String resourceType, String system, String value) {
        return resourceType + "?" + identifierParam(system, value);
    }

    /** {@code s} safe as one URI path segment. */
    public static String pathSegment(String s) {
        return url(s);
    }

    private static String escapeToken(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace(",", "\\,").replace("$", "\\$");
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
