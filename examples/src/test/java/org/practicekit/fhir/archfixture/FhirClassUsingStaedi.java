package org.practicekit.fhir.archfixture;

/** Deliberately broken: a module other than practice-x12 that writes X12 with StAEDI itself. */
public class FhirClassUsingStaedi {
    public Object factory() {
        return io.xlate.edi.stream.EDIOutputFactory.newFactory();
    }
}
