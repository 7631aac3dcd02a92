package org.practicekit.fhir;

/**
 * What a consent document is about, as FHIR R4's required {@code Consent.scope} says it. The adapter
 * cannot tell from a document id, so the practice names the scope of each of its documents
 * ({@link FhirEhrAdapter.Builder#consentScope(String, ConsentScope)}); unnamed documents are
 * {@link #TREATMENT}.
 */
public enum ConsentScope {
    /** Consent to treatment, including telehealth. */
    TREATMENT("treatment", "Treatment"),
    /** Privacy: notice of privacy practices, releases of information, AI-assisted documentation. */
    PATIENT_PRIVACY("patient-privacy", "Privacy Consent"),
    /** Participation in research. */
    RESEARCH("research", "Research"),
    /** Advance directives. */
    ADVANCE_DIRECTIVE("adr", "Advanced Care Directive");

    private final String code;
    private final String display;

    ConsentScope(String code, String display) {
        this.code = code;
        this.display = display;
    }

    /** The code in {@code http://terminology.hl7.org/CodeSystem/consentscope}. */
    public String code() {
        return code;
    }

    /** The code's display. */
    public String display() {
        return display;
    }
}
